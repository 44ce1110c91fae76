using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The types of the C#-implemented callables and descriptors: method_descriptor,
/// classmethod_descriptor, getset_descriptor and builtin_function_or_method.</summary>
public static class DescriptorTypes
{
    public static PyType CreateMethodDescriptor(BuiltinTypes types) =>
        types.NewBuiltin("method_descriptor", types.Object, TypeFlags.None, s =>
        {
            s.DescrGet = static (ts, descr, instance, owner) =>
            {
                var d = (PyMethodDescriptor)descr;
                if (instance is null) return d;
                if (!instance.Type.IsSubtypeOf(d.ObjectType))
                    return ts.Raise(ExceptionKind.TypeError,
                        $"descriptor '{d.Name}' for '{d.ObjectType.Name}' objects doesn't apply to a '{instance.Type.Name}' object");
                return new PyBuiltinFunction(ts.Interpreter.Types.BuiltinFunction, d.Name, instance, d.Function, d.Doc);
            };
            s.Call = static (ts, callable, args, kwnames) =>
            {
                var d = (PyMethodDescriptor)callable;
                int positional = args.Length - (kwnames?.Count ?? 0);
                if (positional < 1)
                    return ts.Raise(ExceptionKind.TypeError, $"unbound method {d.ObjectType.Name}.{d.Name}() needs an argument");
                var self = args[0];
                if (!self.Type.IsSubtypeOf(d.ObjectType))
                    return ts.Raise(ExceptionKind.TypeError,
                        $"descriptor '{d.Name}' for '{d.ObjectType.Name}' objects doesn't apply to a '{self.Type.Name}' object");
                return d.Function(ts, self, args[1..], kwnames);
            };
            s.Repr = static (ts, self) =>
            {
                var d = (PyMethodDescriptor)self;
                return ts.Interpreter.Str($"<method '{d.Name}' of '{d.ObjectType.Name}' objects>");
            };
        }, static (ts0, type) =>
        {
            AddNames(type, static self => (((PyMethodDescriptor)self).ObjectType, ((PyMethodDescriptor)self).Name, ((PyMethodDescriptor)self).Doc));
            AddReduceAsGetAttr(type, static self => (((PyMethodDescriptor)self).ObjectType, ((PyMethodDescriptor)self).Name));
        });

    public static PyType CreateClassMethodDescriptor(BuiltinTypes types) =>
        types.NewBuiltin("classmethod_descriptor", types.Object, TypeFlags.None, s =>
        {
            s.DescrGet = static (ts, descr, instance, owner) =>
            {
                var d = (PyClassMethodDescriptor)descr;
                var cls = owner ?? instance!.Type;
                return new PyBuiltinFunction(ts.Interpreter.Types.BuiltinFunction, d.Name, cls, d.Function, d.Doc);
            };
            s.Repr = static (ts, self) =>
            {
                var d = (PyClassMethodDescriptor)self;
                return ts.Interpreter.Str($"<method '{d.Name}' of '{d.ObjectType.Name}' objects>");
            };
        }, static (ts0, type) =>
        {
            AddNames(type, static self => (((PyClassMethodDescriptor)self).ObjectType, ((PyClassMethodDescriptor)self).Name, ((PyClassMethodDescriptor)self).Doc));
            AddReduceAsGetAttr(type, static self => (((PyClassMethodDescriptor)self).ObjectType, ((PyClassMethodDescriptor)self).Name));
        });

    public static PyType CreateGetSetDescriptor(BuiltinTypes types) =>
        types.NewBuiltin("getset_descriptor", types.Object, TypeFlags.None, s =>
        {
            s.DescrGet = static (ts, descr, instance, owner) =>
            {
                var d = (PyGetSetDescriptor)descr;
                if (instance is null) return d;
                if (d.Getter is null)
                    return ts.Raise(ExceptionKind.AttributeError, $"attribute '{d.Name}' of '{d.ObjectType.Name}' objects is not readable");
                return d.Getter(ts, instance);
            };
            s.DescrSet = static (ts, descr, instance, value) =>
            {
                var d = (PyGetSetDescriptor)descr;
                if (d.Setter is null)
                {
                    ts.Raise(ExceptionKind.AttributeError,
                        $"attribute '{d.Name}' of '{d.ObjectType.Name}' objects is not writable");
                    return false;
                }
                return d.Setter(ts, instance, value);
            };
            s.Repr = static (ts, self) =>
            {
                var d = (PyGetSetDescriptor)self;
                return ts.Interpreter.Str($"<attribute '{d.Name}' of '{d.ObjectType.Name}' objects>");
            };
        }, static (ts0, type) => AddNames(type, static self => (((PyGetSetDescriptor)self).ObjectType, ((PyGetSetDescriptor)self).Name, ((PyGetSetDescriptor)self).Doc)));

    /// <summary>__name__, __qualname__, __objclass__, __doc__ and __text_signature__ of a descriptor
    /// of a builtin type (the signature CPython gives it, or None).</summary>
    static void AddNames(PyType type, Func<PyObject, (PyType Owner, string Name, string? Doc)> parts)
    {
        type.AddGetSet("__name__", (ts, self) => ts.Interpreter.Str(parts(self).Name));
        type.AddGetSet("__qualname__", (ts, self) =>
        {
            var (owner, name, _) = parts(self);
            return ts.Interpreter.Str(owner.QualName + "." + name);
        });
        type.AddGetSet("__objclass__", (ts, self) => parts(self).Owner);
        type.AddGetSet("__doc__", (ts, self) =>
        {
            var (owner, name, doc) = parts(self);
            return (BuiltinDocs.ForMember(owner, name) ?? doc) is { } text ? ts.Interpreter.Str(text) : ts.Interpreter.None;
        });
        type.AddGetSet("__text_signature__", (ts, self) =>
        {
            var (owner, name, _) = parts(self);
            return BuiltinSignatures.AsValue(ts.Interpreter, BuiltinSignatures.ForMember(owner, name));
        });
    }

    /// <summary>__reduce__ of a callable found as an attribute of <c>target</c>: pickle and
    /// concurrent.interpreters name it as getattr(target, name), as CPython does for
    /// method_descriptor, wrapper_descriptor and bound builtin methods.</summary>
    internal static void AddReduceAsGetAttr(PyType type, Func<PyObject, (PyObject Target, string Name)> parts) =>
        type.AddMethod("__reduce__", (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "__reduce__", args, kw, 0, 0)) return null;
            var (target, name) = parts(self);
            return ReduceAsGetAttr(ts, target, name);
        });

    internal static PyObject? ReduceAsGetAttr(ThreadState ts, PyObject target, string name)
    {
        var interp = ts.Interpreter;
        var getattr = Isolated.Modules.Sys.SysState.Of(interp).Builtins.Dict.GetStr("getattr");
        if (getattr is null) return ts.Raise(ExceptionKind.RuntimeError, "builtins.getattr is missing");
        return interp.Tuple(getattr, interp.Tuple(target, interp.Str(name)));
    }

    public static PyType CreateBuiltinFunction(BuiltinTypes types) =>
        types.NewBuiltin("builtin_function_or_method", types.Object, TypeFlags.None, s =>
        {
            s.Call = static (ts, callable, args, kwnames) =>
            {
                var f = (PyBuiltinFunction)callable;
                return f.Function(ts, f.Self, args, kwnames);
            };
            // Each attribute access makes a new bound object: equal when bound to the same object
            // and running the same code, as CPython's (x.append == x.append).
            s.RichCompare = static (ts, self, other, op) =>
            {
                if (other is not PyBuiltinFunction o || op is not (CompareOp.Eq or CompareOp.Ne)) return ts.Interpreter.NotImplemented;
                var a = (PyBuiltinFunction)self;
                bool eq = ReferenceEquals(a.Self, o.Self) && ReferenceEquals(a.Function, o.Function) && a.Name == o.Name;
                return ts.Interpreter.Bool(op == CompareOp.Eq ? eq : !eq);
            };
            s.Hash = static (ThreadState ts, PyObject self, out long h) =>
            {
                var f = (PyBuiltinFunction)self;
                h = Ops.IdentityHash(f.Self) ^ f.Function.GetHashCode();
                if (h == -1) h = -2;
                return true;
            };
            s.Repr = static (ts, self) =>
            {
                var f = (PyBuiltinFunction)self;
                if (f.Self is PyModule || f.Module is not null)
                    return ts.Interpreter.Str($"<built-in function {f.Name}>");
                return ts.Interpreter.Str($"<built-in method {f.Name} of {f.Self.Type.Name} object at 0x{Ops.Id(f.Self):x}>");
            };
        }, static (ts, type) =>
        {
            // CPython's attributes: what pickle and concurrent.interpreters use to name the function.
            type.AddGetSet("__name__", static (ts, self) => ts.Interpreter.Str(((PyBuiltinFunction)self).Name));
            type.AddGetSet("__qualname__", static (ts, self) =>
            {
                var f = (PyBuiltinFunction)self;
                return ts.Interpreter.Str(f.Self is PyModule || f.Module is not null ? f.Name : f.Self is PyType owner ? $"{owner.QualName}.{f.Name}" : $"{f.Self.Type.QualName}.{f.Name}");
            });
            type.AddGetSet("__module__", static (ts, self) =>
            {
                var f = (PyBuiltinFunction)self;
                if (f.Module is not null) return f.Module;
                return f.Self is PyModule m && m.Dict.GetStr("__name__") is { } name ? name : ts.Interpreter.None;
            });
            type.AddGetSet("__self__", static (ts, self) => ((PyBuiltinFunction)self).Self);
            type.AddGetSet("__text_signature__", static (ts, self) =>
                BuiltinSignatures.AsValue(ts.Interpreter, BuiltinSignatures.ForFunction((PyBuiltinFunction)self)));
            type.AddGetSet("__doc__", static (ts, self) =>
            {
                var f = (PyBuiltinFunction)self;
                return (BuiltinDocs.ForFunction(f) ?? f.Doc) is { } doc ? ts.Interpreter.Str(doc) : ts.Interpreter.None;
            });
            // pickle: a module-level function by its name, a method as getattr(self, name).
            type.AddMethod("__reduce__", static (ts, self, args, kw) =>
            {
                if (!ArgBinder.CheckPositional(ts, "__reduce__", args, kw, 0, 0)) return null;
                var f = (PyBuiltinFunction)self;
                var interp = ts.Interpreter;
                if (f.Self is PyModule || f.Module is not null) return interp.Str(f.Name);
                return ReduceAsGetAttr(ts, f.Self, f.Name);
            });
        });
}
