using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>
/// A Python <c>slice</c>: start, stop and step exactly as given (any objects, None when absent).
/// Sequences turn it into concrete bounds with <see cref="Indices"/> (or <see cref="Unpack"/> +
/// <see cref="AdjustIndices"/> when the length is only known later), which apply CPython's
/// clamping rules.
/// </summary>
public class PySlice : PyObject
{
    public readonly PyObject Start;
    public readonly PyObject Stop;
    public readonly PyObject Step;

    public PySlice(PyType type, PyObject start, PyObject stop, PyObject step) : base(type)
    {
        Start = start;
        Stop = stop;
        Step = step;
    }

    /// <summary>PySlice_Unpack: converts the bounds to longs (huge values clamp), with the
    /// defaults for a missing start/stop that depend on the step's sign. False with an error set
    /// when a bound is not an integer or the step is zero.</summary>
    public bool Unpack(ThreadState ts, out long start, out long stop, out long step)
    {
        var none = ts.Interpreter.None;
        start = stop = 0;
        step = 1;
        if (!ReferenceEquals(Step, none))
        {
            if (!Ops.SliceIndexValue(ts, Step, out step)) return false;
            if (step == 0)
            {
                ts.Raise(ExceptionKind.ValueError, "slice step cannot be zero");
                return false;
            }
            // Keeps -step from overflowing, as CPython does.
            if (step < -long.MaxValue) step = -long.MaxValue;
        }
        if (ReferenceEquals(Start, none)) start = step < 0 ? long.MaxValue : 0;
        else if (!Ops.SliceIndexValue(ts, Start, out start)) return false;
        if (ReferenceEquals(Stop, none)) stop = step < 0 ? long.MinValue : long.MaxValue;
        else if (!Ops.SliceIndexValue(ts, Stop, out stop)) return false;
        return true;
    }

    /// <summary>PySlice_AdjustIndices: clamps unpacked bounds to a sequence of
    /// <paramref name="length"/> items and returns how many items the slice selects.</summary>
    public static long AdjustIndices(long length, ref long start, ref long stop, long step)
    {
        if (start < 0)
        {
            start += length;
            if (start < 0) start = step < 0 ? -1 : 0;
        }
        else if (start >= length) start = step < 0 ? length - 1 : length;
        if (stop < 0)
        {
            stop += length;
            if (stop < 0) stop = step < 0 ? -1 : 0;
        }
        else if (stop >= length) stop = step < 0 ? length - 1 : length;
        if (step < 0)
            return stop < start ? (start - stop - 1) / -step + 1 : 0;
        return start < stop ? (stop - start - 1) / step + 1 : 0;
    }

    /// <summary>PySlice_GetIndicesEx: the concrete start, stop, step and number of items for a
    /// sequence of <paramref name="length"/> items. False with the error set when a bound is not
    /// an index or the step is zero.</summary>
    public bool Indices(ThreadState ts, long length, out long start, out long stop, out long step, out long count)
    {
        count = 0;
        if (!Unpack(ts, out start, out stop, out step)) return false;
        count = AdjustIndices(length, ref start, ref stop, step);
        return true;
    }
}
