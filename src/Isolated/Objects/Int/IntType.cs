using System.Numerics;
using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>int</c> type (arbitrary precision). Hash follows CPython's numeric hash
/// (reduction modulo 2**61 - 1) so that equal numbers of different types hash alike.</summary>
public static class IntType
{
    public const long HashModulus = (1L << 61) - 1;

    public static PyType Create(Interpreter interp, BuiltinTypes types) =>
        types.NewBuiltin("int", types.Object, TypeFlags.BaseType | TypeFlags.IntSubclass | TypeFlags.Immutable, s =>
        {
            s.Repr = static (ts, self) => ts.Interpreter.Str(((PyInt)self).ToString());
            s.Str = null;
            s.Hash = static (ThreadState ts, PyObject self, out long h) => { h = Hash((PyInt)self); return true; };
            s.RichCompare = RichCompare;
            s.Bool = static (ts, self) => ((PyInt)self).IsSmall ? (((PyInt)self).Small != 0 ? 1 : 0) : 1;
            s.Index = static (ts, self) => self;
        });

    public static long Hash(PyInt value) => value.IsSmall ? HashLong(value.Small) : HashBig(value.Big!.Value);

    public static long HashLong(long v)
    {
        if (v > -HashModulus && v < HashModulus)
        {
            // Small magnitudes hash to themselves, except -1 (the C API's error marker).
            return v == -1 ? -2 : v;
        }
        long r = (long)((v < 0 ? (ulong)(-(v + 1)) + 1 : (ulong)v) % (ulong)HashModulus);
        if (v < 0) r = -r;
        return r == -1 ? -2 : r;
    }

    public static long HashBig(BigInteger v)
    {
        var r = (long)(BigInteger.Abs(v) % HashModulus);
        if (v.Sign < 0) r = -r;
        return r == -1 ? -2 : r;
    }

    static PyObject? RichCompare(ThreadState ts, PyObject self, PyObject other, CompareOp op)
    {
        if (other is not PyInt o) return ts.Interpreter.NotImplemented;
        var a = (PyInt)self;
        int c = a.IsSmall && o.IsSmall ? a.Small.CompareTo(o.Small) : a.ToBigInteger().CompareTo(o.ToBigInteger());
        return ts.Interpreter.Bool(CompareResult(c, op));
    }

    /// <summary>Turns a three-way comparison into the answer for <paramref name="op"/>.</summary>
    public static bool CompareResult(int c, CompareOp op) => op switch
    {
        CompareOp.Lt => c < 0,
        CompareOp.Le => c <= 0,
        CompareOp.Eq => c == 0,
        CompareOp.Ne => c != 0,
        CompareOp.Gt => c > 0,
        _ => c >= 0,
    };
}
