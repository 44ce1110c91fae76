using System.Text;
using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>
/// A minimal <c>types.GenericAlias</c>: repr (<c>list[int]</c>), <c>__origin__</c>,
/// <c>__args__</c>, <c>__parameters__</c> (always empty here: type variables are not tracked),
/// equality and hashing, calling (creates an instance of the origin), and attribute lookup
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
        });

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
        "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__",
    ];

    static PyObject? GetAttr(ThreadState ts, PyObject self, PyStr name)
    {
        var a = (PyGenericAlias)self;
        switch (name.Value)
        {
            case "__origin__": return a.Origin;
            case "__args__": return a.Args;
            case "__parameters__": return ts.Interpreter.EmptyTuple;
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
