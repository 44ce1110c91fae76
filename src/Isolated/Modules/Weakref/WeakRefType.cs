using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Weakref;

/// <summary>weakref.ReferenceType (<c>_weakref.ref</c>): call it to get the referent (or None),
/// hash and equality follow the referent while it lives, subclassable (WeakMethod, KeyedRef).</summary>
public static class WeakRefType
{
    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("ReferenceType", types.Object, TypeFlags.BaseType, s =>
        {
            s.New = New;
            s.Init = static (ts, self, args, kw) => true;
            s.Call = Call;
            s.Repr = Repr;
            s.Hash = Hash;
            s.RichCompare = RichCompare;
        }, FillDict);

    static void FillDict(ThreadState? ts, PyType type)
    {
        type.AddValue("__module__", type.Owner.Str("weakref"));
        type.AddGetSet("__callback__", static (ts, self) => ((PyWeakRef)self).Callback ?? ts.Interpreter.None);
        type.AddClassMethod("__class_getitem__", GenericAliasType.ClassGetItem, "See PEP 585");
    }

    /// <summary>CPython's rule: instances of int, str, tuple, bytes (and their subclasses) and of
    /// the exact list, dict, float, NoneType... types cannot be weakly referenced.</summary>
    public static bool CheckReferenceable(ThreadState ts, PyObject obj)
    {
        var interp = ts.Interpreter;
        var t = obj.Type;
        bool refused = t.HasFlag(TypeFlags.IntSubclass) || t.HasFlag(TypeFlags.StrSubclass) || t.HasFlag(TypeFlags.TupleSubclass)
            || t.HasFlag(TypeFlags.BytesSubclass)
            || !t.HasFlag(TypeFlags.HeapType) && obj is PyList or PyDict or PyFloat or PySingleton or PyByteArray or PyWeakRef or PyComplex or PySlice or PyRange
            || t.HasFlag(TypeFlags.HeapType) && !HeapTypeHasWeakrefSlot(interp, t);
        if (!refused) return true;
        ts.Raise(ExceptionKind.TypeError, $"cannot create weak reference to '{t.Name}' object");
        return false;
    }

    /// <summary>A class whose __slots__ leave out __weakref__ (all the way up to a plain object
    /// base) has no room for weak references.</summary>
    static bool HeapTypeHasWeakrefSlot(Interpreter interp, PyType t)
    {
        if (t.LookupMro(interp.Intern("__weakref__")) is not null) return true;
        var b = t;
        while (b.HasFlag(TypeFlags.HeapType) && b.Base is not null) b = b.Base;
        return !ReferenceEquals(b, interp.Types.Object);
    }

    static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        int npos = args.Length - (kw?.Count ?? 0);
        if (npos < 1 || npos > 2)
            return ts.Raise(ExceptionKind.TypeError, npos < 1 ? $"__new__ expected at least 1 argument, got {npos}" : $"__new__ expected at most 2 arguments, got {npos}");
        if (ReferenceEquals(type, ts.Interpreter.Types.WeakRef) && !ArgBinder.NoKeywords(ts, "ref", kw)) return null;
        var referent = args[0];
        var callback = npos == 2 && !ReferenceEquals(args[1], ts.Interpreter.None) ? args[1] : null;
        if (!CheckReferenceable(ts, referent)) return null;
        var registry = ModuleStates.Of(ts.Interpreter).Weakrefs;
        bool exact = ReferenceEquals(type, ts.Interpreter.Types.WeakRef);
        if (exact && callback is null && registry.Find(referent)?.BasicRef(type) is { } existing) return existing;
        var r = exact ? new PyWeakRef(type, referent, callback) : new PyWeakRefSubclass(type, referent, callback);
        registry.WatcherFor(referent).Add(r);
        return r;
    }

    static PyObject? Call(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "weakref", args, kw, 0, 0)) return null;
        return ((PyWeakRef)self).Target ?? ts.Interpreter.None;
    }

    static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var r = (PyWeakRef)self;
        var target = r.Target;
        if (target is null) return ts.Interpreter.Str($"<weakref at 0x{Ops.Id(self):x}; dead>");
        string? name = null;
        int found = Ops.LookupAttr(ts, target, ts.Interpreter.Str("__name__"), out var n);
        if (found < 0) return null;
        if (n is PyStr ns) name = ns.Value;
        return ts.Interpreter.Str(name is null
            ? $"<weakref at 0x{Ops.Id(self):x}; to '{target.Type.QualName}' at 0x{Ops.Id(target):x}>"
            : $"<weakref at 0x{Ops.Id(self):x}; to '{target.Type.QualName}' at 0x{Ops.Id(target):x} ({name})>");
    }

    static bool Hash(ThreadState ts, PyObject self, out long hash)
    {
        var r = (PyWeakRef)self;
        if (r.HashKnown) { hash = r.Hash; return true; }
        var target = r.Target;
        if (target is null)
        {
            hash = -1;
            ts.Raise(ExceptionKind.TypeError, "weak object has gone away");
            return false;
        }
        if (!Ops.Hash(ts, target, out hash)) return false;
        r.Hash = hash;
        r.HashKnown = true;
        return true;
    }

    static PyObject? RichCompare(ThreadState ts, PyObject self, PyObject other, CompareOp op)
    {
        var interp = ts.Interpreter;
        if (op is not (CompareOp.Eq or CompareOp.Ne) || other is not PyWeakRef o || other is PyWeakProxy || self is PyWeakProxy)
            return interp.NotImplemented;
        var a = ((PyWeakRef)self).Target;
        var b = o.Target;
        if (a is null || b is null)
        {
            bool same = ReferenceEquals(self, other);
            return interp.Bool(op == CompareOp.Eq ? same : !same);
        }
        return Ops.RichCompare(ts, a, b, op);
    }
}
