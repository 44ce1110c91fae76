using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>tuple</c> type.</summary>
public static class TupleType
{
    public static PyType Create(Interpreter interp, BuiltinTypes types) =>
        types.NewBuiltin("tuple", types.Object, TypeFlags.BaseType | TypeFlags.TupleSubclass | TypeFlags.Immutable, s =>
        {
            s.Repr = Repr;
            s.Length = static (ts, self) => ((PyTuple)self).Count;
            s.Hash = Hash;
            s.RichCompare = RichCompare;
        });

    static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var t = (PyTuple)self;
        if (t.Count == 0) return ts.Interpreter.Str("()");
        var parts = new string[t.Count];
        for (int i = 0; i < t.Count; i++)
        {
            if (Ops.Repr(ts, t[i]) is not PyStr r) return null;
            parts[i] = r.Value;
        }
        return ts.Interpreter.Str(t.Count == 1 ? $"({parts[0]},)" : $"({string.Join(", ", parts)})");
    }

    /// <summary>CPython's xxHash-based tuple hash, so hashes agree with CPython's for equal
    /// contents whose element hashes agree.</summary>
    static bool Hash(ThreadState ts, PyObject self, out long hash)
    {
        const ulong Prime1 = 11400714785074694791UL, Prime2 = 14029467366897019727UL, Prime5 = 2870177450012600261UL;
        var t = (PyTuple)self;
        ulong acc = Prime5;
        foreach (var item in t.Items)
        {
            if (!Ops.Hash(ts, item, out long h)) { hash = -1; return false; }
            acc += (ulong)h * Prime2;
            acc = (acc << 31) | (acc >> 33);
            acc *= Prime1;
        }
        acc += (ulong)t.Count ^ (Prime5 ^ 3527539UL);
        hash = acc == ulong.MaxValue ? 1546275796 : (long)acc;
        return true;
    }

    static PyObject? RichCompare(ThreadState ts, PyObject self, PyObject other, CompareOp op)
    {
        if (other is not PyTuple o) return ts.Interpreter.NotImplemented;
        var a = ((PyTuple)self).Items;
        var b = o.Items;
        int i = 0;
        for (; i < a.Length && i < b.Length; i++)
        {
            int eq = Ops.RichCompareBool(ts, a[i], b[i], CompareOp.Eq);
            if (eq < 0) return null;
            if (eq == 0) break;
        }
        if (i >= a.Length || i >= b.Length)
            return ts.Interpreter.Bool(IntType.CompareResult(a.Length.CompareTo(b.Length), op));
        if (op == CompareOp.Eq) return ts.Interpreter.False;
        if (op == CompareOp.Ne) return ts.Interpreter.True;
        return Ops.RichCompare(ts, a[i], b[i], op);
    }
}
