using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules;

// The sequence and iteration builtins: len, iter, next, sorted, min, max, sum, all, any, and the
// container and iterator types (list, set, frozenset, range, slice, enumerate, zip, map, filter,
// reversed).
public static partial class BuiltinsModule
{
    static partial void AddSequenceFunctions(Interpreter interp, PyModule m)
    {
        var t = interp.Types;
        m.Dict.SetStr("list", t.List);
        m.Dict.SetStr("set", t.Set);
        m.Dict.SetStr("frozenset", t.FrozenSet);
        m.Dict.SetStr("range", t.Range);
        m.Dict.SetStr("slice", t.Slice);
        m.Dict.SetStr("enumerate", t.Enumerate);
        m.Dict.SetStr("zip", t.Zip);
        m.Dict.SetStr("map", t.Map);
        m.Dict.SetStr("filter", t.Filter);
        m.Dict.SetStr("reversed", t.Reversed);
        AddFunction(m, "len", SeqLen, "Return the number of items in a container.");
        AddFunction(m, "iter", SeqIter, "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator");
        AddFunction(m, "next", SeqNext, "next(iterator[, default])");
        AddFunction(m, "aiter", SeqAIter, "aiter(async_iterable) -> async_iterator");
        AddFunction(m, "anext", SeqANext, "anext(aiterator[, default])");
        AddFunction(m, "sorted", SeqSorted, "Return a new list containing all items from the iterable in ascending order.");
        AddFunction(m, "min", static (ts, self, args, kw) => SeqMinMax(ts, args, kw, "min", CompareOp.Lt), "min(iterable, *[, default=obj, key=func]) -> value");
        AddFunction(m, "max", static (ts, self, args, kw) => SeqMinMax(ts, args, kw, "max", CompareOp.Gt), "max(iterable, *[, default=obj, key=func]) -> value");
        AddFunction(m, "sum", SeqSum, "Return the sum of a 'start' value (default: 0) plus an iterable of numbers");
        AddFunction(m, "all", static (ts, self, args, kw) => SeqAllAny(ts, args, kw, "all", stopOn: false), "Return True if bool(x) is True for all values x in the iterable.");
        AddFunction(m, "any", static (ts, self, args, kw) => SeqAllAny(ts, args, kw, "any", stopOn: true), "Return True if bool(x) is True for any x in the iterable.");
    }

    static PyObject? SeqLen(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "len", args, kw, 1, 1)) return null;
        long n = Ops.Length(ts, args[0]);
        return n < 0 ? null : ts.Interpreter.Int(n);
    }

    static PyObject? SeqIter(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "iter", args, kw, 1, 2)) return null;
        if (args.Length == 1) return Ops.GetIter(ts, args[0]);
        if (args[0].Type.Slots.Call is null)
            return ts.Raise(ExceptionKind.TypeError, "iter(object, sentinel): object must be callable");
        return new PyCallableIterator(ts.Interpreter.Types.CallableIterator, args[0], args[1]);
    }

    static PyObject? SeqNext(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "next", args, kw, 1, 2)) return null;
        var it = args[0];
        var next = it.Type.Slots.IterNext;
        if (next is null) return ts.Raise(ExceptionKind.TypeError, $"'{it.Type.Name}' object is not an iterator");
        var r = next(ts, it);
        if (r is not null) return r;
        if (ts.CurrentException is not null)
        {
            if (args.Length < 2 || !Ops.IsError(ts, ExceptionKind.StopIteration)) return null;
            ts.CurrentException = null;
        }
        if (args.Length == 2) return args[1];
        // The end of a C# iterator: materialise StopIteration only now that Python asks.
        return ts.Raise(new PyBaseException(ts.Interpreter.ExceptionType(ExceptionKind.StopIteration), ts.Interpreter.EmptyTuple));
    }

    static PyObject? SeqAIter(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "aiter", args, kw, 1, 1)) return null;
        var o = args[0];
        if (o.Type.LookupMro(ts.Interpreter.Str("__aiter__")) is null)
            return ts.Raise(ExceptionKind.TypeError, $"'{o.Type.Name}' object is not an async iterable");
        var it = Ops.VmCallMethod(ts, o, "__aiter__", []);
        if (it is null) return null;
        if (it.Type.LookupMro(ts.Interpreter.Str("__anext__")) is null)
            return ts.Raise(ExceptionKind.TypeError, $"aiter() returned not an async iterator of type '{it.Type.Name}'");
        return it;
    }

    static PyObject? SeqANext(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "anext", args, kw, 1, 2)) return null;
        var it = args[0];
        if (it.Type.LookupMro(ts.Interpreter.Str("__anext__")) is null)
            return ts.Raise(ExceptionKind.TypeError, $"'{it.Type.Name}' object is not an async iterator");
        if (args.Length == 1) return Ops.VmCallMethod(ts, it, "__anext__", []);
        return new PyANextAwaitable(ts.Interpreter.Types.ANextAwaitable, it, args[1]);
    }

    static PyObject? SeqSorted(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        int npos = args.Length - (kw?.Count ?? 0);
        if (npos != 1) return ts.Raise(ExceptionKind.TypeError, $"sorted expected 1 argument, got {npos}");
        if (!ListType.ParseSortKeywords(ts, args, kw, out var key, out bool reverse)) return null;
        var list = Ops.IterToList(ts, args[0]);
        if (list is null) return null;
        return ListSort.Sort(ts, list, key, reverse) ? list : null;
    }

    static PyObject? SeqMinMax(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, string name, CompareOp op)
    {
        int nkw = kw?.Count ?? 0;
        int npos = args.Length - nkw;
        PyObject? key = null, defaultValue = null;
        for (int k = 0; k < nkw; k++)
        {
            var kname = ((PyStr)kw!.Items[k]).Value;
            var value = args[npos + k];
            if (kname == "key") key = value;
            else if (kname == "default") defaultValue = value;
            else return ts.Raise(ExceptionKind.TypeError, $"'{kname}' is an invalid keyword argument for {name}()");
        }
        if (npos == 0) return ts.Raise(ExceptionKind.TypeError, $"{name} expected at least 1 argument, got 0");
        if (npos > 1 && defaultValue is not null)
            return ts.Raise(ExceptionKind.TypeError, $"Cannot specify a default for {name}() with multiple positional arguments");
        if (key is not null && ReferenceEquals(key, ts.Interpreter.None)) key = null;

        PyObject? best = null, bestKey = null;
        if (npos > 1)
        {
            for (int i = 0; i < npos; i++)
                if (!MinMaxStep(ts, args[i], key, op, ref best, ref bestKey)) return null;
            return best;
        }
        var it = Ops.GetIter(ts, args[0]);
        if (it is null) return null;
        var next = it.Type.Slots.IterNext!;
        while (true)
        {
            var item = next(ts, it);
            if (item is null)
            {
                if (ts.CurrentException is not null)
                {
                    if (!Ops.IsError(ts, ExceptionKind.StopIteration)) return null;
                    ts.CurrentException = null;
                }
                break;
            }
            if (!MinMaxStep(ts, item, key, op, ref best, ref bestKey)) return null;
        }
        if (best is not null) return best;
        return defaultValue ?? ts.Raise(ExceptionKind.ValueError, $"{name}() iterable argument is empty");
    }

    /// <summary>Keeps the first item whose key is strictly better (so ties keep the earliest).</summary>
    static bool MinMaxStep(ThreadState ts, PyObject item, PyObject? key, CompareOp op, ref PyObject? best, ref PyObject? bestKey)
    {
        var k = item;
        if (key is not null)
        {
            k = Ops.Call(ts, key, item)!;
            if (k is null) return false;
        }
        if (best is null)
        {
            best = item;
            bestKey = k;
            return true;
        }
        int better;
        if (k.GetType() == typeof(PyInt) && bestKey!.GetType() == typeof(PyInt) && ((PyInt)k).IsSmall && ((PyInt)bestKey).IsSmall)
        {
            long a = ((PyInt)k).Small, b = ((PyInt)bestKey).Small;
            better = (op == CompareOp.Lt ? a < b : a > b) ? 1 : 0;
        }
        else better = Ops.RichCompareBool(ts, k, bestKey!, op);
        if (better < 0) return false;
        if (better > 0)
        {
            best = item;
            bestKey = k;
        }
        return true;
    }

    static readonly string[] SumNames = ["", "start"];

    static PyObject? SeqSum(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var bound = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "sum", args, kw, SumNames, 1, bound, positionalOnly: 1)) return null;
        var interp = ts.Interpreter;
        var start = bound[1] ?? interp.Int(0);
        if (start is PyStr)
            return ts.Raise(ExceptionKind.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
        foreach (var t in start.Type.Mro)
        {
            if (t.HasFlag(TypeFlags.HeapType)) continue;
            if (t.Name is "bytes" or "bytearray")
                return ts.Raise(ExceptionKind.TypeError, $"sum() can't sum {t.Name} [use b''.join(seq) instead]");
        }
        var it = Ops.GetIter(ts, bound[0]!);
        if (it is null) return null;
        var next = it.Type.Slots.IterNext!;
        var result = start;

        // Exact ints that fit in a long are added without allocating until the total overflows.
        if (result.GetType() == typeof(PyInt) && ((PyInt)result).IsSmall)
        {
            long acc = ((PyInt)result).Small;
            while (true)
            {
                var item = next(ts, it);
                if (item is null)
                    return EndOfIteration(ts) ? interp.Int(acc) : null;
                if ((item.GetType() == typeof(PyInt) || item.GetType() == typeof(PyBool)) && ((PyInt)item).IsSmall)
                {
                    long b = ((PyInt)item).Small;
                    long s = acc + b;
                    // Overflow when both operands have the same sign and the sum's sign differs.
                    if (((acc ^ s) & (b ^ s)) >= 0)
                    {
                        acc = s;
                        continue;
                    }
                }
                result = Ops.Add(ts, interp.Int(acc), item);
                if (result is null) return null;
                break;
            }
        }

        // Exact floats (and ints that fit in a long) are summed with Neumaier's compensated
        // summation, as CPython 3.12 does, so sum([0.1, 0.2, 0.3]) == 0.6.
        if (result.GetType() == typeof(PyFloat))
        {
            double total = ((PyFloat)result).Value, compensation = 0.0;
            while (true)
            {
                var item = next(ts, it);
                if (item is null)
                {
                    if (!EndOfIteration(ts)) return null;
                    return FloatType.New(interp, AddCompensation(total, compensation));
                }
                if (item.GetType() == typeof(PyFloat))
                {
                    double x = ((PyFloat)item).Value;
                    double t = total + x;
                    if (Math.Abs(total) >= Math.Abs(x)) compensation += (total - t) + x;
                    else compensation += (x - t) + total;
                    total = t;
                    continue;
                }
                if (item is PyInt iv && iv.IsSmall)
                {
                    total += iv.Small;
                    continue;
                }
                result = Ops.Add(ts, FloatType.New(interp, AddCompensation(total, compensation)), item);
                if (result is null) return null;
                break;
            }
        }
        while (true)
        {
            var item = next(ts, it);
            if (item is null) return EndOfIteration(ts) ? result : null;
            result = Ops.Add(ts, result, item);
            if (result is null) return null;
        }
    }

    /// <summary>Adds the compensation unless it would turn an infinite sum into a NaN.</summary>
    static double AddCompensation(double total, double compensation) =>
        compensation != 0.0 && double.IsFinite(compensation) ? total + compensation : total;

    /// <summary>At a null from an iterator's next: true at a clean end (a StopIteration from
    /// Python code counts as one), false when an error is pending.</summary>
    static bool EndOfIteration(ThreadState ts)
    {
        if (ts.CurrentException is null) return true;
        if (!Ops.IsError(ts, ExceptionKind.StopIteration)) return false;
        ts.CurrentException = null;
        return true;
    }

    static PyObject? SeqAllAny(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, string name, bool stopOn)
    {
        if (!ArgBinder.CheckPositional(ts, name, args, kw, 1, 1)) return null;
        var interp = ts.Interpreter;
        var it = Ops.GetIter(ts, args[0]);
        if (it is null) return null;
        var next = it.Type.Slots.IterNext!;
        while (true)
        {
            var item = next(ts, it);
            if (item is null) return EndOfIteration(ts) ? interp.Bool(!stopOn) : null;
            int t = Ops.IsTrue(ts, item);
            if (t < 0) return null;
            if ((t > 0) == stopOn) return interp.Bool(stopOn);
        }
    }
}
