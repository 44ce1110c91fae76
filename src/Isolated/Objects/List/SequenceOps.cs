using System.Text;
using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>Pieces shared by the builtin sequence types (list, tuple, range, deque...): repeat,
/// lexicographic comparison, the concat/repeat type errors, repr of items.</summary>
public static class SequenceOps
{
    /// <summary>The most elements (bytes, chars, references) one step of a repetition copies
    /// between eval-breaker checks: a few milliseconds of copying.</summary>
    public const int RepeatChunk = 1 << 22;

    /// <summary>items * n as a new array; null with MemoryError/OverflowError set when too big.</summary>
    public static PyObject[]? Repeat(ThreadState ts, ReadOnlySpan<PyObject> items, long n)
    {
        if (n <= 0 || items.Length == 0) return [];
        long total = items.Length * n;
        if (n > Array.MaxLength / items.Length)
        {
            ts.RaiseNoMemory();
            return null;
        }
        MemoryAccount.Reserve(ts.Interpreter, 8 * total);
        var result = new PyObject[total];
        if (items.Length == 1)
        {
            Array.Fill(result, items[0]);
            return result;
        }
        items.CopyTo(result);
        long done = items.Length;
        while (done < total)
        {
            if (!HostControls.Check(ts)) return null;
            long chunk = Math.Min(Math.Min(done, total - done), RepeatChunk);
            Array.Copy(result, 0, result, done, chunk);
            done += chunk;
        }
        return result;
    }

    /// <summary>The repeat count for seq * n: PyInt or __index__, with CPython's errors. Returns
    /// false with no error set when <paramref name="n"/> is a Python object that might implement
    /// the reflected operation (the caller returns NotImplemented).</summary>
    public static bool RepeatCount(ThreadState ts, PyObject n, out long count, out bool notImplemented)
    {
        notImplemented = false;
        count = 0;
        if (n is PyInt i && i.IsSmall)
        {
            count = i.Small;
            return true;
        }
        if (n is PyInt || n.Type.Slots.Index is not null)
        {
            if (!Ops.IndexValue(ts, n, out count, overflow: ExceptionKind.OverflowError)) return false;
            return true;
        }
        if (MayHandleReflected(n, n.Type.Slots.Multiply))
        {
            notImplemented = true;
            return false;
        }
        ts.Raise(ExceptionKind.TypeError, $"can't multiply sequence by non-int of type '{n.Type.Name}'");
        return false;
    }

    /// <summary>Whether a binary operation with <paramref name="other"/> should give
    /// NotImplemented (so that a Python class's reflected method gets its turn) rather than the
    /// sequence's own TypeError.</summary>
    public static bool MayHandleReflected(PyObject other, Delegate? slot) =>
        slot is not null && other.Type.HasFlag(TypeFlags.HeapType);

    /// <summary>"can only concatenate list (not "tuple") to list", unless the right operand
    /// may implement the reflected operation.</summary>
    public static PyObject? ConcatError(ThreadState ts, string typeName, PyObject other)
    {
        if (MayHandleReflected(other, other.Type.Slots.Add)) return ts.Interpreter.NotImplemented;
        return ts.Raise(ExceptionKind.TypeError, $"can only concatenate {typeName} (not \"{other.Type.Name}\") to {typeName}");
    }

    /// <summary>Appends the reprs of <paramref name="items"/>, comma separated. False on error.</summary>
    public static bool AppendReprs(ThreadState ts, StringBuilder sb, ReadOnlySpan<PyObject> items)
    {
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            if (Ops.Repr(ts, items[i]) is not PyStr r) return false;
            sb.Append(r.Value);
        }
        return true;
    }

    /// <summary>Lexicographic comparison of two item arrays (tuples: never mutated).</summary>
    public static PyObject? Compare(ThreadState ts, ReadOnlySpan<PyObject> a, ReadOnlySpan<PyObject> b, CompareOp op)
    {
        var interp = ts.Interpreter;
        if (a.Length != b.Length && op is CompareOp.Eq or CompareOp.Ne)
            return interp.Bool(op == CompareOp.Ne);
        int i = 0;
        for (; i < a.Length && i < b.Length; i++)
        {
            int eq = Ops.RichCompareBool(ts, a[i], b[i], CompareOp.Eq);
            if (eq < 0) return null;
            if (eq == 0) break;
        }
        if (i >= a.Length || i >= b.Length)
            return interp.Bool(IntType.CompareResult(a.Length.CompareTo(b.Length), op));
        if (op == CompareOp.Eq) return interp.False;
        if (op == CompareOp.Ne) return interp.True;
        return Ops.RichCompare(ts, a[i], b[i], op);
    }

    /// <summary>_PyEval_SliceIndexNotNone: a start/stop argument of index().</summary>
    static bool BoundNotNone(ThreadState ts, PyObject o, out long value)
    {
        if (o is not PyInt && o.Type.Slots.Index is null)
        {
            value = 0;
            ts.Raise(ExceptionKind.TypeError, "slice indices must be integers or have an __index__ method");
            return false;
        }
        return Ops.SliceIndexValue(ts, o, out value);
    }

    /// <summary>Resolves the start/stop arguments of index(x, start, stop) to [start, stop)
    /// within a sequence of <paramref name="length"/> items.</summary>
    public static bool IndexRange(ThreadState ts, ReadOnlySpan<PyObject> args, long length, out long start, out long stop)
    {
        start = 0;
        stop = length;
        if (args.Length > 1 && !BoundNotNone(ts, args[1], out start)) return false;
        if (args.Length > 2 && !BoundNotNone(ts, args[2], out stop)) return false;
        if (start < 0) { start += length; if (start < 0) start = 0; }
        if (stop < 0) { stop += length; if (stop < 0) stop = 0; }
        if (stop > length) stop = length;
        return true;
    }
}
