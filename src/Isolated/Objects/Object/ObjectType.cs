using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>object</c> type: the root of every class, with the generic attribute protocol,
/// identity hashing and equality, and the default repr.</summary>
public static class ObjectType
{
    // The slot delegates, kept so that subclasses can tell whether a slot was overridden.
    public static readonly RichCompareFunc RichCompareSlot = RichCompare;
    public static readonly NewFunc NewSlot = New;
    public static readonly InitFunc InitSlot = Init;

    public static PyType Create(Interpreter interp)
    {
        var slots = new TypeSlots
        {
            GetAttr = Ops.GenericGetAttr,
            SetAttr = Ops.GenericSetAttr,
            Repr = static (ts, self) => Ops.DefaultRepr(ts, self),
            Hash = static (ThreadState ts, PyObject self, out long h) => { h = Ops.IdentityHash(self); return true; },
            RichCompare = RichCompareSlot,
            New = NewSlot,
            Init = InitSlot,
        };
        // metatype is patched by BuiltinTypes once `type` exists.
        return new PyType(interp, null, "object", null, slots, TypeFlags.BaseType, FillDict);
    }

    static PyObject? RichCompare(ThreadState ts, PyObject self, PyObject other, CompareOp op)
    {
        var interp = ts.Interpreter;
        switch (op)
        {
            case CompareOp.Eq:
                return ReferenceEquals(self, other) ? interp.True : interp.NotImplemented;
            case CompareOp.Ne:
                // By default __ne__ delegates to __eq__ and inverts the result.
                if (self.Type.Slots.RichCompare is { } eq && !ReferenceEquals(eq, RichCompareSlot))
                {
                    var r = eq(ts, self, other, CompareOp.Eq);
                    if (r is null || ReferenceEquals(r, interp.NotImplemented)) return r;
                    int t = Ops.IsTrue(ts, r);
                    return t < 0 ? null : interp.Bool(t == 0);
                }
                return ReferenceEquals(self, other) ? interp.False : interp.NotImplemented;
            default:
                return interp.NotImplemented;
        }
    }

    static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (args.Length > 0 && ReferenceEquals(type.Slots.Init, InitSlot))
            return ts.Raise(ExceptionKind.TypeError, $"{type.Name}() takes no arguments");
        if (type.HasFlag(TypeFlags.IsAbstract))
            return ts.Raise(ExceptionKind.TypeError, $"Can't instantiate abstract class {type.Name}");
        return new PyInstance(type);
    }

    static bool Init(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (args.Length > 0 && ReferenceEquals(self.Type.Slots.New, NewSlot))
        {
            ts.Raise(ExceptionKind.TypeError, $"{self.Type.Name}.__init__() takes exactly one argument (the instance to initialize)");
            return false;
        }
        return true;
    }

    static void FillDict(ThreadState? ts, PyType type)
    {
        type.AddGetSet("__class__", static (ts, self) => self.Type);
        type.AddValue("__doc__", type.Owner.Str("The base class of the class hierarchy."));
    }
}
