using System.Numerics;
using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>range</c> type: O(1) length, indexing, membership for ints, count and
/// index; slicing gives a range; equality compares the sequences.</summary>
public static class RangeType
{
    public static PyType Create(Interpreter interp, BuiltinTypes types) =>
        types.NewBuiltin("range", types.Object, TypeFlags.Immutable | TypeFlags.Sequence, s =>
        {
            s.New = New;
            s.Init = static (ts, self, args, kw) => true;
            s.Repr = Repr;
            s.Length = static (ts, self) =>
            {
                var r = (PyRange)self;
                if (r.IsSmall) return r.Length;
                if (r.BigLength <= long.MaxValue) return (long)r.BigLength;
                ts.Raise(ExceptionKind.OverflowError, "Python int too large to convert to C ssize_t");
                return -1;
            };
            s.Bool = static (ts, self) => ((PyRange)self).BigLength.IsZero ? 0 : 1;
            s.GetItem = GetItem;
            s.Contains = Contains;
            s.Iter = static (ts, self) => PyRangeIterator.For(ts.Interpreter, (PyRange)self, reverse: false);
            s.RichCompare = RichCompare;
            s.Hash = Hash;
        }, FillDict);

    public static PyRange NewRange(Interpreter interp, long start, long stop, long step = 1) =>
        new(interp.Types.Range, interp.Int(start), interp.Int(stop), interp.Int(step));

    static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is not null && kwnames.Count > 0) return ts.Raise(ExceptionKind.TypeError, "range() takes no keyword arguments");
        if (args.Length == 0) return ts.Raise(ExceptionKind.TypeError, "range expected at least 1 argument, got 0");
        if (args.Length > 3) return ts.Raise(ExceptionKind.TypeError, $"range expected at most 3 arguments, got {args.Length}");
        var interp = ts.Interpreter;
        PyInt? start, stop, step;
        if (args.Length == 1)
        {
            stop = AsInt(ts, args[0]);
            if (stop is null) return null;
            start = interp.Int(0);
            step = interp.Int(1);
        }
        else
        {
            start = AsInt(ts, args[0]);
            if (start is null) return null;
            stop = AsInt(ts, args[1]);
            if (stop is null) return null;
            if (args.Length == 3)
            {
                step = AsInt(ts, args[2]);
                if (step is null) return null;
                if (step.IsSmall && step.Small == 0) return ts.Raise(ExceptionKind.ValueError, "range() arg 3 must not be zero");
            }
            else step = interp.Int(1);
        }
        return new PyRange(interp.Types.Range, start, stop, step);
    }

    /// <summary>The argument as an exact int (bool and int subclasses are converted).</summary>
    static PyInt? AsInt(ThreadState ts, PyObject o)
    {
        var i = Ops.IndexOrNull(ts, o);
        if (i is null)
        {
            if (!ts.HasError) ts.Raise(ExceptionKind.TypeError, $"'{o.Type.Name}' object cannot be interpreted as an integer");
            return null;
        }
        if (i.GetType() != typeof(PyInt) || !ReferenceEquals(i.Type, ts.Interpreter.Types.Int))
            i = i.IsSmall ? ts.Interpreter.Int(i.Small) : ts.Interpreter.Int(i.ToBigInteger());
        return i;
    }

    static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var r = (PyRange)self;
        bool unitStep = r.StepObj.IsSmall && r.StepObj.Small == 1;
        return ts.Interpreter.Str(unitStep ? $"range({r.StartObj}, {r.StopObj})" : $"range({r.StartObj}, {r.StopObj}, {r.StepObj})");
    }

    static PyObject? GetItem(ThreadState ts, PyObject self, PyObject key)
    {
        var r = (PyRange)self;
        var interp = ts.Interpreter;
        if (key is PySlice slice)
        {
            if (!SliceType.BigIndices(ts, slice, r.BigLength, out var start, out var stop, out var step)) return null;
            return new PyRange(interp.Types.Range, interp.Int(r.BigStart + start * r.BigStep),
                interp.Int(r.BigStart + stop * r.BigStep), interp.Int(step * r.BigStep));
        }
        var index = Ops.IndexOrNull(ts, key);
        if (index is null)
            return ts.HasError ? null : ts.Raise(ExceptionKind.TypeError, $"range indices must be integers or slices, not {key.Type.Name}");
        if (r.IsSmall && index.IsSmall)
        {
            long i = index.Small;
            if (i < 0) i += r.Length;
            if ((ulong)i >= (ulong)r.Length) return ts.Raise(ExceptionKind.IndexError, "range object index out of range");
            return interp.Int(r.Start + i * r.Step);
        }
        var bi = index.ToBigInteger();
        if (bi.Sign < 0) bi += r.BigLength;
        if (bi.Sign < 0 || bi >= r.BigLength) return ts.Raise(ExceptionKind.IndexError, "range object index out of range");
        return interp.Int(r.ItemAt(bi));
    }

    /// <summary>Whether the int value <paramref name="v"/> is one of the range's items.</summary>
    static bool ContainsInt(PyRange r, PyInt v)
    {
        if (r.IsSmall && v.IsSmall)
        {
            long x = v.Small;
            if (r.Step > 0 ? x < r.Start || x >= r.Stop : x > r.Start || x <= r.Stop) return false;
            // The distance from start fits in a ulong even when it does not fit in a long.
            return r.Step > 0 ? (ulong)(x - r.Start) % (ulong)r.Step == 0 : (ulong)(r.Start - x) % (ulong)-r.Step == 0;
        }
        var b = v.ToBigInteger();
        if (r.BigStep.Sign > 0 ? b < r.BigStart || b >= r.BigStop : b > r.BigStart || b <= r.BigStop) return false;
        return ((b - r.BigStart) % r.BigStep).IsZero;
    }

    static int Contains(ThreadState ts, PyObject self, PyObject item)
    {
        var r = (PyRange)self;
        // Exact ints and bools are answered arithmetically; anything else compares item by item.
        if (item.GetType() == typeof(PyInt) || item.GetType() == typeof(PyBool)) return ContainsInt(r, (PyInt)item) ? 1 : 0;
        var it = PyRangeIterator.For(ts.Interpreter, r, reverse: false);
        while (Ops.Next(ts, it) is { } x)
        {
            int eq = Ops.RichCompareBool(ts, x, item, CompareOp.Eq);
            if (eq != 0) return eq;
        }
        return ts.HasError ? -1 : 0;
    }

    static bool SameSequence(PyRange a, PyRange b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a.BigLength != b.BigLength) return false;
        if (a.BigLength.IsZero) return true;
        if (a.BigStart != b.BigStart) return false;
        return a.BigLength.IsOne || a.BigStep == b.BigStep;
    }

    static PyObject? RichCompare(ThreadState ts, PyObject self, PyObject other, CompareOp op)
    {
        var interp = ts.Interpreter;
        if (other is not PyRange o || op is not (CompareOp.Eq or CompareOp.Ne)) return interp.NotImplemented;
        return interp.Bool(SameSequence((PyRange)self, o) == (op == CompareOp.Eq));
    }

    static bool Hash(ThreadState ts, PyObject self, out long hash)
    {
        var r = (PyRange)self;
        var interp = ts.Interpreter;
        PyTuple t;
        if (r.BigLength.IsZero) t = interp.Tuple(interp.Int(0), interp.None, interp.None);
        else if (r.BigLength.IsOne) t = interp.Tuple(interp.Int(1), r.StartObj, interp.None);
        else t = interp.Tuple(interp.Int(r.BigLength), r.StartObj, r.StepObj);
        return Ops.Hash(ts, t, out hash);
    }

    static void FillDict(ThreadState? ts0, PyType type)
    {
        type.AddGetSet("start", static (ts, self) => ((PyRange)self).StartObj);
        type.AddGetSet("stop", static (ts, self) => ((PyRange)self).StopObj);
        type.AddGetSet("step", static (ts, self) => ((PyRange)self).StepObj);
        type.AddMethod("count", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "range.count", args, kw, 1, 1)) return null;
            var r = (PyRange)self;
            var x = args[0];
            if (x.GetType() == typeof(PyInt) || x.GetType() == typeof(PyBool))
                return ts.Interpreter.Int(ContainsInt(r, (PyInt)x) ? 1 : 0);
            long n = 0;
            var it = PyRangeIterator.For(ts.Interpreter, r, reverse: false);
            while (Ops.Next(ts, it) is { } v)
            {
                int eq = Ops.RichCompareBool(ts, v, x, CompareOp.Eq);
                if (eq < 0) return null;
                n += eq;
            }
            return ts.HasError ? null : ts.Interpreter.Int(n);
        }, "rangeobject.count(value) -> integer -- return number of occurrences of value");
        type.AddMethod("index", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "range.index", args, kw, 1, 1)) return null;
            var r = (PyRange)self;
            var x = args[0];
            var interp = ts.Interpreter;
            if (x.GetType() == typeof(PyInt) || x.GetType() == typeof(PyBool))
            {
                var v = (PyInt)x;
                if (ContainsInt(r, v))
                {
                    if (r.IsSmall && v.IsSmall) return interp.Int((long)(r.Step > 0 ? (ulong)(v.Small - r.Start) / (ulong)r.Step : (ulong)(r.Start - v.Small) / (ulong)-r.Step));
                    return interp.Int((v.ToBigInteger() - r.BigStart) / r.BigStep);
                }
            }
            else
            {
                long i = 0;
                var it = PyRangeIterator.For(interp, r, reverse: false);
                while (Ops.Next(ts, it) is { } item)
                {
                    int eq = Ops.RichCompareBool(ts, item, x, CompareOp.Eq);
                    if (eq < 0) return null;
                    if (eq > 0) return interp.Int(i);
                    i++;
                }
                if (ts.HasError) return null;
            }
            if (Ops.Repr(ts, x) is not PyStr rep) return null;
            return ts.Raise(ExceptionKind.ValueError, $"{rep.Value} is not in range");
        }, "rangeobject.index(value) -> integer -- return index of value.");
        type.AddMethod("__reversed__", static (ts, self, args, kw) =>
            PyRangeIterator.For(ts.Interpreter, (PyRange)self, reverse: true), "Return a reverse iterator.");
        type.AddMethod("__reduce__", static (ts, self, args, kw) =>
        {
            var r = (PyRange)self;
            return ts.Interpreter.Tuple(r.Type, ts.Interpreter.Tuple(r.StartObj, r.StopObj, r.StepObj));
        });
    }
}
