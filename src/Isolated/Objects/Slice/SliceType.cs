using System.Numerics;
using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>slice</c> type: construction, start/stop/step, <c>indices()</c>, repr,
/// comparisons (as tuples) and, since 3.12, hashing.</summary>
public static class SliceType
{
    public static PyType Create(Interpreter interp, BuiltinTypes types) =>
        types.NewBuiltin("slice", types.Object, TypeFlags.Immutable, s =>
        {
            s.New = New;
            s.Init = static (ts, self, args, kw) => true;
            s.Repr = Repr;
            s.RichCompare = RichCompare;
            s.Hash = Hash;
        }, FillDict);

    /// <summary>A new slice object of this interpreter.</summary>
    public static PySlice NewSlice(Interpreter interp, PyObject? start, PyObject? stop, PyObject? step) =>
        new(interp.Types.Slice, start ?? interp.None, stop ?? interp.None, step ?? interp.None);

    static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!ArgBinder.CheckPositional(ts, "slice", args, kwnames, 1, 3)) return null;
        var interp = ts.Interpreter;
        return args.Length switch
        {
            1 => NewSlice(interp, null, args[0], null),
            2 => NewSlice(interp, args[0], args[1], null),
            _ => NewSlice(interp, args[0], args[1], args[2]),
        };
    }

    static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var s = (PySlice)self;
        if (Ops.Repr(ts, s.Start) is not PyStr a) return null;
        if (Ops.Repr(ts, s.Stop) is not PyStr b) return null;
        if (Ops.Repr(ts, s.Step) is not PyStr c) return null;
        return ts.Interpreter.Str($"slice({a.Value}, {b.Value}, {c.Value})");
    }

    static PyTuple AsTuple(Interpreter interp, PySlice s) => interp.Tuple(s.Start, s.Stop, s.Step);

    static PyObject? RichCompare(ThreadState ts, PyObject self, PyObject other, CompareOp op)
    {
        if (other is not PySlice o) return ts.Interpreter.NotImplemented;
        var interp = ts.Interpreter;
        if (ReferenceEquals(self, other) && op is CompareOp.Eq or CompareOp.Ne)
            return interp.Bool(op == CompareOp.Eq);
        return Ops.RichCompare(ts, AsTuple(interp, (PySlice)self), AsTuple(interp, o), op);
    }

    static bool Hash(ThreadState ts, PyObject self, out long hash)
    {
        var sl = (PySlice)self;
        return TupleType.HashItems(ts, [sl.Start, sl.Stop, sl.Step], mixInLength: false, out hash);
    }

    static void FillDict(ThreadState? ts0, PyType type)
    {
        type.AddGetSet("start", static (ts, self) => ((PySlice)self).Start);
        type.AddGetSet("stop", static (ts, self) => ((PySlice)self).Stop);
        type.AddGetSet("step", static (ts, self) => ((PySlice)self).Step);
        type.AddMethod("indices", Indices, "S.indices(len) -> (start, stop, stride)");
        type.AddMethod("__reduce__", static (ts, self, args, kw) =>
        {
            var s = (PySlice)self;
            return ts.Interpreter.Tuple(s.Type, AsTuple(ts.Interpreter, s));
        });
    }

    /// <summary>slice.indices(length), exact for arbitrarily large integers.</summary>
    static PyObject? Indices(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!ArgBinder.CheckPositional(ts, "slice.indices", args, kwnames, 1, 1)) return null;
        var interp = ts.Interpreter;
        var lengthObj = Ops.IndexOrNull(ts, args[0]);
        if (lengthObj is null)
            return ts.HasError ? null : ts.Raise(ExceptionKind.TypeError, $"'{args[0].Type.Name}' object cannot be interpreted as an integer");
        var length = lengthObj.ToBigInteger();
        if (length.Sign < 0) return ts.Raise(ExceptionKind.ValueError, "length should not be negative");
        if (!BigIndices(ts, (PySlice)self, length, out var start, out var stop, out var step)) return null;
        return interp.Tuple(interp.Int(start), interp.Int(stop), interp.Int(step));
    }

    /// <summary>The slice's (start, stop, step) clamped to a sequence of
    /// <paramref name="length"/> items, in arbitrary precision (for range and slice.indices).</summary>
    public static bool BigIndices(ThreadState ts, PySlice s, BigInteger length, out BigInteger start, out BigInteger stop, out BigInteger step)
    {
        var interp = ts.Interpreter;
        start = stop = 0;
        step = 1;
        if (!ReferenceEquals(s.Step, interp.None))
        {
            if (!BigBound(ts, s.Step, out step)) return false;
            if (step.IsZero)
            {
                ts.Raise(ExceptionKind.ValueError, "slice step cannot be zero");
                return false;
            }
        }
        bool back = step.Sign < 0;
        BigInteger lower = back ? -1 : 0, upper = back ? length - 1 : length;
        if (ReferenceEquals(s.Start, interp.None)) start = back ? upper : lower;
        else
        {
            if (!BigBound(ts, s.Start, out start)) return false;
            start = Clamp(start, length, lower, upper);
        }
        if (ReferenceEquals(s.Stop, interp.None)) stop = back ? lower : upper;
        else
        {
            if (!BigBound(ts, s.Stop, out stop)) return false;
            stop = Clamp(stop, length, lower, upper);
        }
        return true;
    }

    static BigInteger Clamp(BigInteger v, BigInteger length, BigInteger lower, BigInteger upper)
    {
        if (v.Sign < 0)
        {
            v += length;
            return v < lower ? lower : v;
        }
        return v > upper ? upper : v;
    }

    static bool BigBound(ThreadState ts, PyObject o, out BigInteger value)
    {
        value = default;
        var i = Ops.IndexOrNull(ts, o);
        if (i is null)
        {
            if (!ts.HasError)
                ts.Raise(ExceptionKind.TypeError, "slice indices must be integers or None or have an __index__ method");
            return false;
        }
        value = i.ToBigInteger();
        return true;
    }
}
