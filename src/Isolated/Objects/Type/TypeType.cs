using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>type</c> type: attribute lookup on classes, calling a class to make an
/// instance (__new__ then __init__), and the class repr.</summary>
public static class TypeType
{
    public static readonly GetAttrFunc GetAttrSlot = GetAttr;

    public static PyType Create(Interpreter interp, PyType objectType)
    {
        var slots = objectType.Slots.Clone();
        slots.GetAttr = GetAttrSlot;
        slots.SetAttr = SetAttr;
        slots.Repr = Repr;
        slots.Call = Call;
        slots.New = New;
        slots.Init = static (ts, self, args, kw) => true;
        return new PyType(interp, null, "type", objectType, slots,
            TypeFlags.BaseType | TypeFlags.TypeSubclass, FillDict);
    }

    /// <summary>type.__getattribute__: data descriptors of the metatype, then the class's own
    /// MRO (descriptors bound with no instance), then the metatype's other attributes.</summary>
    static PyObject? GetAttr(ThreadState ts, PyObject self, PyStr name)
    {
        var type = (PyType)self;
        var meta = type.Type;
        var metaAttr = meta.LookupMro(name);
        DescrGetFunc? metaGet = null;
        if (metaAttr is not null)
        {
            metaGet = metaAttr.Type.Slots.DescrGet;
            if (metaGet is not null && metaAttr.Type.Slots.DescrSet is not null)
                return metaGet(ts, metaAttr, type, meta);
        }
        var attr = type.LookupMro(name);
        if (attr is not null)
        {
            if (attr.Type.Slots.DescrGet is { } get)
                return get(ts, attr, null, type);
            return attr;
        }
        if (metaGet is not null) return metaGet(ts, metaAttr!, type, meta);
        if (metaAttr is not null) return metaAttr;
        return ts.Raise(ExceptionKind.AttributeError, $"type object '{type.Name}' has no attribute '{name.Value}'");
    }

    static bool SetAttr(ThreadState ts, PyObject self, PyStr name, PyObject? value)
    {
        var type = (PyType)self;
        if (!type.HasFlag(TypeFlags.HeapType))
        {
            ts.Raise(ExceptionKind.TypeError,
                $"cannot set '{name.Value}' attribute of immutable type '{type.Name}'");
            return false;
        }
        var metaAttr = type.Type.LookupMro(name);
        if (metaAttr?.Type.Slots.DescrSet is { } set)
            return set(ts, metaAttr, type, value);
        if (value is null)
        {
            if (type.Dict.TryDelItem(ts, name, name.Hash, out _) == 0)
            {
                ts.Raise(ExceptionKind.AttributeError, $"type object '{type.Name}' has no attribute '{name.Value}'");
                return false;
            }
        }
        else
        {
            type.Dict.SetStr(name, value);
        }
        ClassBuilder.AttributeChanged(ts, type, name);
        return true;
    }

    static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var type = (PyType)self;
        string module = Ops.TypeModuleName(type);
        return ts.Interpreter.Str(module == "builtins" ? $"<class '{type.QualName}'>" : $"<class '{module}.{type.QualName}'>");
    }

    /// <summary>Calling a class: __new__, then __init__ when the result is an instance of it.</summary>
    static PyObject? Call(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var type = (PyType)self;
        var interp = ts.Interpreter;
        // type(x) returns the type of x.
        if (ReferenceEquals(type, interp.Types.Type) && args.Length == 1 && kwnames is null)
            return args[0].Type;
        var newSlot = type.Slots.New;
        if (newSlot is null)
            return ts.Raise(ExceptionKind.TypeError, $"cannot create '{type.Name}' instances");
        var obj = newSlot(ts, type, args, kwnames);
        if (obj is null) return null;
        if (!obj.Type.IsSubtypeOf(type)) return obj;
        if (obj.Type.Slots.Init is { } init && !init(ts, obj, args, kwnames)) return null;
        return obj;
    }

    static PyObject? New(ThreadState ts, PyType metatype, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (args.Length == 1 && kwnames is null)
            return args[0].Type;
        return ClassBuilder.New(ts, metatype, args, kwnames);
    }

    static void FillDict(ThreadState? ts, PyType type)
    {
        type.AddGetSet("__name__", static (ts, self) => ts.Interpreter.Str(((PyType)self).Name),
            static (ts, self, v) =>
            {
                if (v is not PyStr s)
                {
                    ts.Raise(ExceptionKind.TypeError, $"can only assign string to {((PyType)self).Name}.__name__, not '{v?.Type.Name ?? "NoneType"}'");
                    return false;
                }
                ((PyType)self).Name = s.Value;
                return true;
            });
        type.AddGetSet("__qualname__", static (ts, self) => ts.Interpreter.Str(((PyType)self).QualName));
        type.AddGetSet("__mro__", static (ts, self) => ts.Interpreter.Tuple([.. ((PyType)self).Mro]));
        type.AddGetSet("__bases__", static (ts, self) => ts.Interpreter.Tuple([.. ((PyType)self).Bases]));
        type.AddGetSet("__base__", static (ts, self) => (PyObject?)((PyType)self).Base ?? ts.Interpreter.None);
        type.AddGetSet("__module__", static (ts, self) =>
        {
            var t = (PyType)self;
            return t.Dict.GetStr(ts.Interpreter.Str("__module__")) ?? ts.Interpreter.Str("builtins");
        });
    }
}
