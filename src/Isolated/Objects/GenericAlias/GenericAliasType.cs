using System.Text;
using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>
/// <c>types.GenericAlias</c>: repr (<c>list[int]</c>), <c>__origin__</c>, <c>__args__</c>,
/// <c>__parameters__</c> (the type variables among the arguments, nested aliases included) and
/// substitution (<c>dict[K, list[T]][str, int]</c>), equality and hashing, calling (creates an
/// instance of the origin), pickling, the isinstance/issubclass refusal, and attribute lookup
/// falling back to the origin.
/// </summary>
public static class GenericAliasType
{
    public static PyType Create(Interpreter interp, BuiltinTypes types) =>
        types.NewBuiltin("GenericAlias", types.Object, TypeFlags.BaseType, s =>
        {
            s.New = static (ts, type, args, kw) =>
            {
                if (!ArgBinder.CheckPositional(ts, "GenericAlias", args, kw, 2, 2)) return null;
                return new PyGenericAlias(type, args[0], args[1] as PyTuple ?? ts.Interpreter.Tuple(args[1]));
            };
            s.Init = static (ts, self, args, kw) => true;
            s.Repr = Repr;
            s.Call = static (ts, self, args, kw) => Ops.Call(ts, ((PyGenericAlias)self).Origin, args, kw);
            s.GetAttr = GetAttr;
            s.Or = UnionType.OrSlot;   // list[int] | None (PEP 604)
            s.GetItem = Substitute;
            s.RichCompare = static (ts, self, other, op) =>
            {
                if (other is not PyGenericAlias o || op is not (CompareOp.Eq or CompareOp.Ne)) return ts.Interpreter.NotImplemented;
                var a = (PyGenericAlias)self;
                int eq = Ops.RichCompareBool(ts, a.Origin, o.Origin, CompareOp.Eq);
                if (eq < 0) return null;
                if (eq > 0) eq = Ops.RichCompareBool(ts, a.Args, o.Args, CompareOp.Eq);
                if (eq < 0) return null;
                return ts.Interpreter.Bool((eq > 0) == (op == CompareOp.Eq));
            };
            s.Hash = static (ThreadState ts, PyObject self, out long h) =>
            {
                var a = (PyGenericAlias)self;
                h = 0;
                if (!Ops.Hash(ts, a.Origin, out long h1) || !Ops.Hash(ts, a.Args, out long h2)) return false;
                h = h1 ^ h2;
                if (h == -1) h = -2;
                return true;
            };
        }, FillDict);

    static void FillDict(ThreadState? ts0, PyType type)
    {
        type.AddValue("__module__", type.Owner.Str("types"));
        type.AddMethod("__reduce__", static (ts, self, args, kw) =>
        {
            var a = (PyGenericAlias)self;
            var interp = ts.Interpreter;
            return interp.Tuple(a.Type, interp.Tuple(a.Origin, a.Args));
        });
        // PEP 560: class C(list[int]) derives from list.
        type.AddMethod("__mro_entries__", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "__mro_entries__", args, kw, 1, 1) ? ts.Interpreter.Tuple(((PyGenericAlias)self).Origin) : null);
        type.AddMethod("__instancecheck__", static (ts, self, args, kw) =>
            ts.Raise(ExceptionKind.TypeError, "isinstance() argument 2 cannot be a parameterized generic"));
        type.AddMethod("__subclasscheck__", static (ts, self, args, kw) =>
            ts.Raise(ExceptionKind.TypeError, "issubclass() argument 2 cannot be a parameterized generic"));
    }

    /// <summary>The type variables (anything with <c>__typing_subst__</c>) among the arguments,
    /// and those of arguments that have <c>__parameters__</c> themselves, in order, each once.</summary>
    static PyTuple? Parameters(ThreadState ts, PyGenericAlias a)
    {
        if (a.Parameters is { } cached) return cached;
        var interp = ts.Interpreter;
        var found = new List<PyObject>();
        foreach (var arg in a.Args.Items)
        {
            if (arg is PyType) continue;
            var subst = LookupAttr(ts, arg, "__typing_subst__", out bool failed);
            if (failed) return null;
            if (subst is not null)
            {
                AddOnce(found, arg);
                continue;
            }
            var nested = LookupAttr(ts, arg, "__parameters__", out failed);
            if (failed) return null;
            if (nested is PyTuple inner)
                foreach (var p in inner.Items) AddOnce(found, p);
        }
        return a.Parameters = found.Count == 0 ? interp.EmptyTuple : interp.Tuple([.. found]);
    }

    /// <summary>The attribute, or null when absent (failed: an error other than AttributeError).</summary>
    static PyObject? LookupAttr(ThreadState ts, PyObject o, string name, out bool failed)
    {
        int r = Ops.LookupAttr(ts, o, ts.Interpreter.Str(name), out var value);
        failed = r < 0;
        return r > 0 ? value : null;
    }

    static void AddOnce(List<PyObject> list, PyObject o)
    {
        foreach (var x in list)
            if (ReferenceEquals(x, o)) return;
        list.Add(o);
    }

    /// <summary><c>alias[items]</c>: replaces each type variable by its item (through the
    /// variable's <c>__typing_subst__</c>) and re-subscripts nested aliases with theirs.</summary>
    static PyObject? Substitute(ThreadState ts, PyObject self, PyObject key)
    {
        var a = (PyGenericAlias)self;
        var interp = ts.Interpreter;
        var parameters = Parameters(ts, a);
        if (parameters is null) return null;
        if (parameters.Count == 0)
            return Ops.Repr(ts, self) is PyStr r ? ts.Raise(ExceptionKind.TypeError, $"{r.Value} is not a generic class") : null;
        PyObject items = key as PyTuple ?? interp.Tuple(key);
        foreach (var p in parameters.Items)
        {
            var prepare = LookupAttr(ts, p, "__typing_prepare_subst__", out bool failed);
            if (failed) return null;
            if (prepare is not null && (items = Ops.Call(ts, prepare, self, items)!) is null) return null;
        }
        if (items is not PyTuple values) return ts.Raise(ExceptionKind.TypeError, "__typing_prepare_subst__ must return a tuple");
        if (values.Count != parameters.Count)
            return Ops.Repr(ts, self) is PyStr r
                ? ts.Raise(ExceptionKind.TypeError,
                    $"Too {(values.Count > parameters.Count ? "many" : "few")} arguments for {r.Value}; actual {values.Count}, expected {parameters.Count}")
                : null;
        var newArgs = new PyObject[a.Args.Count];
        for (int i = 0; i < newArgs.Length; i++)
        {
            var arg = a.Args[i];
            newArgs[i] = arg;
            if (arg is PyType) continue;
            var subst = LookupAttr(ts, arg, "__typing_subst__", out bool failed);
            if (failed) return null;
            if (subst is not null)
            {
                var value = values[IndexOf(parameters, arg)];
                if ((newArgs[i] = Ops.Call(ts, subst, value)!) is null) return null;
                continue;
            }
            var nested = LookupAttr(ts, arg, "__parameters__", out failed);
            if (failed) return null;
            if (nested is PyTuple { Count: > 0 } inner)
            {
                var sub = new PyObject[inner.Count];
                for (int j = 0; j < sub.Length; j++) sub[j] = values[IndexOf(parameters, inner[j])];
                if ((newArgs[i] = Ops.GetItem(ts, arg, sub.Length == 1 ? sub[0] : interp.Tuple(sub))!) is null) return null;
            }
        }
        return new PyGenericAlias(a.Type, a.Origin, interp.Tuple(newArgs));
    }

    static int IndexOf(PyTuple t, PyObject o)
    {
        for (int i = 0; i < t.Count; i++)
            if (ReferenceEquals(t[i], o)) return i;
        return -1;
    }

    /// <summary>origin[args] → GenericAlias (args as given; a tuple means several arguments).</summary>
    public static PyGenericAlias NewAlias(Interpreter interp, PyObject origin, PyObject args) =>
        new(interp.Types.GenericAlias, origin, args as PyTuple ?? interp.Tuple(args));

    /// <summary>The <c>__class_getitem__</c> classmethod of list, dict, tuple, set, ...</summary>
    public static PyObject? ClassGetItem(ThreadState ts, PyObject cls, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!ArgBinder.CheckPositional(ts, "__class_getitem__", args, kwnames, 1, 1)) return null;
        return NewAlias(ts.Interpreter, cls, args[0]);
    }

    static readonly string[] OwnAttributes =
    [
        "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__",
        "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__", "__instancecheck__", "__subclasscheck__",
        "__module__",
    ];

    static PyObject? GetAttr(ThreadState ts, PyObject self, PyStr name)
    {
        var a = (PyGenericAlias)self;
        switch (name.Value)
        {
            case "__origin__": return a.Origin;
            case "__args__": return a.Args;
            case "__parameters__": return Parameters(ts, a);
            // Star-unpacked aliases (*tuple[int, ...]) are not made here: every alias is a plain one.
            case "__unpacked__": return ts.Interpreter.False;
            case "__typing_unpacked_tuple_args__": return ts.Interpreter.None;
            case "__class__": return a.Type;
        }
        // Everything else is the origin's (list[int].__name__ is 'list'), except the few names
        // an alias answers itself.
        if (Array.IndexOf(OwnAttributes, name.Value) >= 0)
            return Ops.GenericGetAttr(ts, self, name);
        return Ops.GetAttr(ts, a.Origin, name);
    }

    static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var a = (PyGenericAlias)self;
        var sb = new StringBuilder();
        if (!AppendTypeRepr(ts, sb, a.Origin)) return null;
        sb.Append('[');
        if (a.Args.Count == 0) sb.Append("()");
        for (int i = 0; i < a.Args.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            if (!AppendTypeRepr(ts, sb, a.Args[i])) return null;
        }
        return ts.Interpreter.Str(sb.Append(']').ToString());
    }

    /// <summary>How typing shows a type argument: classes by (module-qualified) name, ... for
    /// Ellipsis, anything else by repr.</summary>
    static bool AppendTypeRepr(ThreadState ts, StringBuilder sb, PyObject o)
    {
        if (ReferenceEquals(o, ts.Interpreter.Ellipsis)) { sb.Append("..."); return true; }
        if (o is PyType t && o is not PyGenericAlias)
        {
            string module = Ops.TypeModuleName(t);
            sb.Append(module == "builtins" ? t.QualName : module + "." + t.QualName);
            return true;
        }
        if (Ops.Repr(ts, o) is not PyStr r) return false;
        sb.Append(r.Value);
        return true;
    }
}
