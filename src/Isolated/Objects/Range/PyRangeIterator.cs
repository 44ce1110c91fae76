using System.Numerics;
using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary><c>range_iterator</c> over long values (no allocation beyond the int objects, which
/// the small-int cache covers for small values), and <c>longrange_iterator</c> over big ones.</summary>
public sealed class PyRangeIterator : PyObject
{
    long _next, _step, _remaining;
    BigInteger _bigNext, _bigStep, _bigRemaining;
    readonly bool _big;

    public PyRangeIterator(PyType type, long start, long step, long count) : base(type)
    {
        _next = start;
        _step = step;
        _remaining = count;
    }

    public PyRangeIterator(PyType type, BigInteger start, BigInteger step, BigInteger count) : base(type)
    {
        _big = true;
        _bigNext = start;
        _bigStep = step;
        _bigRemaining = count;
    }

    /// <summary>An iterator over <paramref name="r"/>, forwards or backwards.</summary>
    public static PyRangeIterator For(Interpreter interp, PyRange r, bool reverse)
    {
        if (r.IsSmall)
        {
            if (!reverse) return new PyRangeIterator(interp.Types.RangeIterator, r.Start, r.Step, r.Length);
            long last = r.Length == 0 ? r.Start : r.Start + (r.Length - 1) * r.Step;
            return new PyRangeIterator(interp.Types.RangeIterator, last, -r.Step, r.Length);
        }
        if (!reverse) return new PyRangeIterator(interp.Types.LongRangeIterator, r.BigStart, r.BigStep, r.BigLength);
        var bigLast = r.BigLength.IsZero ? r.BigStart : r.ItemAt(r.BigLength - 1);
        return new PyRangeIterator(interp.Types.LongRangeIterator, bigLast, -r.BigStep, r.BigLength);
    }

    public static PyType CreateType(BuiltinTypes types, string name) =>
        IteratorTypes.New(types, name, Next, static self =>
        {
            var it = (PyRangeIterator)self;
            if (!it._big) return it._remaining;
            return it._bigRemaining > long.MaxValue ? long.MaxValue : (long)it._bigRemaining;
        }, Reduce, SetState, stateViaIndex: true);

    /// <summary>CPython 3.12 pickles the rest as <c>(iter, (range(next, stop, step),), None)</c>.</summary>
    static PyObject? Reduce(ThreadState ts, PyObject self)
    {
        var it = (PyRangeIterator)self;
        var interp = ts.Interpreter;
        BigInteger next = it._big ? it._bigNext : it._next, step = it._big ? it._bigStep : it._step;
        BigInteger remaining = it._big ? it._bigRemaining : it._remaining;
        var range = new PyRange(interp.Types.Range, interp.Int(next), interp.Int(next + remaining * step), interp.Int(step));
        var iter = Ops.VmBuiltin(ts, "iter");
        return iter is null ? null : interp.Tuple(iter, interp.Tuple(range), interp.None);
    }

    /// <summary>Skips <paramref name="index"/> items from the current position (pickles of
    /// older Pythons saved an index with the whole range).</summary>
    static void SetState(PyObject self, long index)
    {
        var it = (PyRangeIterator)self;
        if (!it._big)
        {
            index = IteratorTypes.Clamp(index, 0, it._remaining);
            it._next += index * it._step;
            it._remaining -= index;
            return;
        }
        var skip = index < 0 ? BigInteger.Zero : BigInteger.Min(index, it._bigRemaining);
        it._bigNext += skip * it._bigStep;
        it._bigRemaining -= skip;
    }

    static PyObject? Next(ThreadState ts, PyObject self)
    {
        if (!HostControls.Check(ts)) return null;   // a long builtin loop stays interruptible
        var it = (PyRangeIterator)self;
        if (!it._big)
        {
            if (it._remaining <= 0) return null;
            it._remaining--;
            long v = it._next;
            it._next = v + it._step;  // may wrap after the last item; never used then
            return ts.Interpreter.Int(v);
        }
        if (it._bigRemaining.Sign <= 0) return null;
        it._bigRemaining -= 1;
        var b = it._bigNext;
        it._bigNext = b + it._bigStep;
        return ts.Interpreter.Int(b);
    }
}
