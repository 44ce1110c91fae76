using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>Sets an iterator's position from the index a pickle saved (<c>__setstate__</c>);
/// each type clamps the index to its own range, as CPython's do.</summary>
public delegate void IndexStateFunc(PyObject self, long index);

/// <summary>Builds the many small iterator types (list_iterator, dict_keyiterator, ...): each is
/// its own iterator, yields through <paramref name="next"/>, and may report a length hint.</summary>
public static class IteratorTypes
{
    public static readonly UnaryFunc ReturnSelf = static (ts, self) => self;

    public static PyType New(BuiltinTypes types, string name, IterNextFunc next, Func<PyObject, long>? lengthHint = null,
        UnaryFunc? reduce = null, IndexStateFunc? setState = null, bool stateViaIndex = false)
    {
        return types.NewBuiltin(name, types.Object, TypeFlags.None, s =>
        {
            s.Iter = ReturnSelf;
            s.IterNext = next;
            s.New = null;
            s.Init = null;
        }, lengthHint is null && reduce is null ? null : (ts, type) =>
        {
            if (lengthHint is not null)
                type.AddMethod("__length_hint__", (ts2, self, args, kw) =>
                {
                    if (!ArgBinder.CheckPositional(ts2, "__length_hint__", args, kw, 0, 0)) return null;
                    return ts2.Interpreter.Int(Math.Max(0, lengthHint(self)));
                }, "Private method returning an estimate of len(list(it)).");
            if (reduce is not null) AddPickling(type, reduce, setState, stateViaIndex);
        });
    }

    /// <summary>Gives an iterator type CPython's pickling methods: <c>__reduce__</c> (what
    /// pickle and copy call) and, for iterators that resume at an index, <c>__setstate__</c>.</summary>
    /// <param name="stateViaIndex">Read the index as PyLong_AsLong does (through <c>__index__</c>,
    /// as range iterators do) rather than as an exact int.</param>
    public static void AddPickling(PyType type, UnaryFunc reduce, IndexStateFunc? setState, bool stateViaIndex = false)
    {
        type.AddMethod("__reduce__", (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "__reduce__", args, kw, 0, 0) ? reduce(ts, self) : null,
            "Return state information for pickling.");
        if (setState is null) return;
        type.AddMethod("__setstate__", (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "__setstate__", args, kw, 1, 1)) return null;
            long index;
            if (stateViaIndex ? !Ops.AsLong(ts, args[0], out index) : !StateIndex(ts, args[0], out index)) return null;
            setState(self, index);
            return ts.Interpreter.None;
        }, "Set state information for unpickling.");
    }

    /// <summary>The saved position as CPython reads it (PyLong_AsSsize_t: an exact int, no
    /// <c>__index__</c>).</summary>
    static bool StateIndex(ThreadState ts, PyObject state, out long index)
    {
        index = 0;
        if (state is not PyInt i)
        {
            ts.Raise(ExceptionKind.TypeError, "an integer is required");
            return false;
        }
        if (!i.IsSmall)
        {
            ts.Raise(ExceptionKind.OverflowError, "Python int too large to convert to C ssize_t");
            return false;
        }
        index = i.Small;
        return true;
    }

    /// <summary><c>(iter, (source,), index)</c>: how a live iterator over a sequence pickles.</summary>
    public static PyObject? ReduceAt(ThreadState ts, string builtin, PyObject source, long index)
    {
        var f = Ops.VmBuiltin(ts, builtin);
        if (f is null) return null;
        var interp = ts.Interpreter;
        return interp.Tuple(f, interp.Tuple(source), interp.Int(index));
    }

    /// <summary><c>(callable, args)</c> with no state: exhausted iterators pickle as an iterator
    /// over an empty sequence, remaining items as an iterator over a list of them.</summary>
    public static PyObject? ReduceWith(ThreadState ts, string builtin, PyObject arg)
    {
        var f = Ops.VmBuiltin(ts, builtin);
        if (f is null) return null;
        var interp = ts.Interpreter;
        return interp.Tuple(f, interp.Tuple(arg));
    }

    /// <summary><c>(iter, ((),))</c>, CPython's form for most exhausted iterators.</summary>
    public static PyObject? ReduceExhausted(ThreadState ts) => ReduceWith(ts, "iter", ts.Interpreter.EmptyTuple);

    /// <summary>Clamps a saved index into <c>[low, high]</c>.</summary>
    public static long Clamp(long index, long low, long high) => index < low ? low : index > high ? high : index;
}
