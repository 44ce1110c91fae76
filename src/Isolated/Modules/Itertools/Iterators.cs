using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Itertools;

/// <summary>The non-combinatoric itertools iterators: constructors (argument checking with
/// CPython's messages) and their step functions.</summary>
public static class Iterators
{
    static bool NoKw(ThreadState ts, PyType type, string name, PyTuple? kw) =>
        !type.HasFlag(TypeFlags.HeapType) ? ArgBinder.NoKeywords(ts, name, kw) : true;

    static PyObject? Iter(ThreadState ts, PyObject o) => Ops.GetIter(ts, o);

    // ---- count ----

    public sealed class CountIterator(PyType type, PyObject current, PyObject step) : PyItertool(type)
    {
        PyObject _current = current;
        readonly PyObject _step = step;

        public override PyObject? Next(ThreadState ts)
        {
            var r = _current;
            var n = Ops.Add(ts, _current, _step);
            if (n is null) return null;
            _current = n;
            return r;
        }

        public override string? Repr(ThreadState ts)
        {
            var c = Ops.Repr(ts, _current) as PyStr;
            if (c is null) return null;
            bool defaultStep = _step is PyInt { IsSmall: true, Small: 1 } && _step.GetType() == typeof(PyInt) || ReferenceEquals(_step, ts.Interpreter.Int(1));
            if (defaultStep) return $"{Type.Name}({c.Value})";
            var s = Ops.Repr(ts, _step) as PyStr;
            return s is null ? null : $"{Type.Name}({c.Value}, {s.Value})";
        }
    }

    public static PyItertool? Count(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "count", args, kw, ["start", "step"], 0, a)) return null;
        var start = a[0] ?? ts.Interpreter.Int(0);
        var step = a[1] ?? ts.Interpreter.Int(1);
        foreach (var v in new[] { start, step })
            if (v.Type.Slots.Add is null && v.Type.Slots.Index is null && v.Type.Slots.Float is null)
            {
                ts.Raise(ExceptionKind.TypeError, "a number is required");
                return null;
            }
        return new CountIterator(type, start, step);
    }

    // ---- cycle ----

    public sealed class CycleIterator(PyType type, PyObject it) : PyItertool(type)
    {
        readonly List<PyObject> _saved = new();
        int _index;
        bool _exhausted;

        public override PyObject? Next(ThreadState ts)
        {
            if (!_exhausted)
            {
                var v = Ops.Next(ts, it);
                if (v is not null) { _saved.Add(v); return v; }
                if (ts.HasError) return null;
                _exhausted = true;
            }
            if (_saved.Count == 0) return null;
            var r = _saved[_index];
            _index = (_index + 1) % _saved.Count;
            return r;
        }
    }

    public static PyItertool? Cycle(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!NoKw(ts, type, "cycle", kw) || !ArgBinder.CheckPositional(ts, "cycle", args, null, 1, 1)) return null;
        var it = Iter(ts, args[0]);
        return it is null ? null : new CycleIterator(type, it);
    }

    // ---- repeat ----

    public sealed class RepeatIterator(PyType type, PyObject value, long times) : PyItertool(type)
    {
        long _left = times;   // -1: forever

        public override PyObject? Next(ThreadState ts)
        {
            if (_left == 0) return null;
            if (_left > 0) _left--;
            return value;
        }

        public PyObject? LengthHint(ThreadState ts) =>
            _left < 0 ? ts.Raise(ExceptionKind.TypeError, "len() of unsized object") : ts.Interpreter.Int(_left);

        public override string? Repr(ThreadState ts)
        {
            var r = Ops.Repr(ts, value) as PyStr;
            if (r is null) return null;
            return _left < 0 ? $"{Type.Name}({r.Value})" : $"{Type.Name}({r.Value}, {_left})";
        }
    }

    public static PyItertool? Repeat(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "repeat", args, kw, ["object", "times"], 1, a)) return null;
        long times = -1;
        if (a[1] is { } t)
        {
            if (!Ops.AsLong(ts, t, out times)) return null;
            if (times < 0) times = 0;
        }
        return new RepeatIterator(type, a[0]!, times);
    }

    // ---- accumulate ----

    public sealed class AccumulateIterator(PyType type, PyObject it, PyObject? func, PyObject? initial) : PyItertool(type)
    {
        PyObject? _total;
        PyObject? _initial = initial;

        public override PyObject? Next(ThreadState ts)
        {
            if (_initial is not null)
            {
                _total = _initial;
                _initial = null;
                return _total;
            }
            var v = Ops.Next(ts, it);
            if (v is null) return null;
            if (_total is null) { _total = v; return v; }
            var n = func is null ? Ops.Add(ts, _total, v) : Ops.Call(ts, func, _total, v);
            if (n is null) return null;
            _total = n;
            return n;
        }
    }

    public static PyItertool? Accumulate(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[3];
        if (!ArgBinder.Bind(ts, "accumulate", args, kw, ["iterable", "func", "initial"], 1, a, keywordOnlyFrom: 2)) return null;
        var it = Iter(ts, a[0]!);
        if (it is null) return null;
        var none = ts.Interpreter.None;
        return new AccumulateIterator(type, it, ReferenceEquals(a[1], none) ? null : a[1], ReferenceEquals(a[2], none) ? null : a[2]);
    }

    // ---- chain ----

    public sealed class ChainIterator(PyType type, PyObject sources) : PyItertool(type)
    {
        PyObject? _sources = sources;   // an iterator of iterables
        PyObject? _active;

        public override PyObject? Next(ThreadState ts)
        {
            while (true)
            {
                if (_active is null)
                {
                    if (_sources is null) return null;
                    var next = Ops.Next(ts, _sources);
                    if (next is null) { if (!ts.HasError) _sources = null; return null; }
                    _active = Ops.GetIter(ts, next);
                    if (_active is null) return null;
                }
                var v = Ops.Next(ts, _active);
                if (v is not null) return v;
                if (ts.HasError) return null;
                _active = null;
            }
        }
    }

    public static PyItertool? Chain(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!NoKw(ts, type, "chain", kw)) return null;
        var tuple = ts.Interpreter.Tuple(args.ToArray());
        var it = Ops.GetIter(ts, tuple);
        return it is null ? null : new ChainIterator(type, it);
    }

    public static PyObject? ChainFromIterable(ThreadState ts, PyType type, PyObject iterable)
    {
        var it = Ops.GetIter(ts, iterable);
        return it is null ? null : new ChainIterator(type, it);
    }

    // ---- compress, dropwhile, takewhile, filterfalse, starmap, pairwise ----

    public sealed class CompressIterator(PyType type, PyObject data, PyObject selectors) : PyItertool(type)
    {
        public override PyObject? Next(ThreadState ts)
        {
            while (true)
            {
                var d = Ops.Next(ts, data);
                if (d is null) return null;
                var s = Ops.Next(ts, selectors);
                if (s is null) return null;
                int t = Ops.IsTrue(ts, s);
                if (t < 0) return null;
                if (t > 0) return d;
            }
        }
    }

    public static PyItertool? Compress(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "compress", args, kw, ["data", "selectors"], 2, a)) return null;
        var d = Iter(ts, a[0]!);
        if (d is null) return null;
        var s = Iter(ts, a[1]!);
        return s is null ? null : new CompressIterator(type, d, s);
    }

    public sealed class PredicateIterator(PyType type, PyObject pred, PyObject it, int mode) : PyItertool(type)
    {
        // mode 0: dropwhile, 1: takewhile, 2: filterfalse
        bool _done;

        public override PyObject? Next(ThreadState ts)
        {
            while (true)
            {
                if (mode == 1 && _done) return null;
                var v = Ops.Next(ts, it);
                if (v is null) return null;
                if (mode == 0 && _done) return v;
                int t;
                if (mode == 2 && ReferenceEquals(pred, ts.Interpreter.None)) t = Ops.IsTrue(ts, v);
                else
                {
                    var r = Ops.Call(ts, pred, v);
                    if (r is null) return null;
                    t = Ops.IsTrue(ts, r);
                }
                if (t < 0) return null;
                switch (mode)
                {
                    case 0: if (t == 0) { _done = true; return v; } break;
                    case 1: if (t != 0) return v; _done = true; return null;
                    default: if (t == 0) return v; break;
                }
            }
        }
    }

    static PyItertool? Predicate(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw, string name, int mode)
    {
        if (!NoKw(ts, type, name, kw) || !ArgBinder.CheckPositional(ts, name, args, null, 2, 2)) return null;
        var it = Iter(ts, args[1]);
        return it is null ? null : new PredicateIterator(type, args[0], it, mode);
    }

    public static PyItertool? DropWhile(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw) => Predicate(ts, type, args, kw, "dropwhile", 0);
    public static PyItertool? TakeWhile(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw) => Predicate(ts, type, args, kw, "takewhile", 1);
    public static PyItertool? FilterFalse(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw) => Predicate(ts, type, args, kw, "filterfalse", 2);

    public sealed class StarMapIterator(PyType type, PyObject func, PyObject it) : PyItertool(type)
    {
        public override PyObject? Next(ThreadState ts)
        {
            var v = Ops.Next(ts, it);
            if (v is null) return null;
            var t = v as PyTuple ?? Ops.ToTuple(ts, v);
            if (t is null) return null;
            return Ops.Call(ts, func, t.Items);
        }
    }

    public static PyItertool? StarMap(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!NoKw(ts, type, "starmap", kw) || !ArgBinder.CheckPositional(ts, "starmap", args, null, 2, 2)) return null;
        var it = Iter(ts, args[1]);
        return it is null ? null : new StarMapIterator(type, args[0], it);
    }

    public sealed class PairwiseIterator(PyType type, PyObject it) : PyItertool(type)
    {
        PyObject? _old;
        bool _done;

        public override PyObject? Next(ThreadState ts)
        {
            if (_done) return null;
            if (_old is null)
            {
                _old = Ops.Next(ts, it);
                if (_old is null) { _done = !ts.HasError; return null; }
            }
            var n = Ops.Next(ts, it);
            if (n is null) { _done = !ts.HasError; _old = null; return null; }
            var r = ts.Interpreter.Tuple(_old, n);
            _old = n;
            return r;
        }
    }

    public static PyItertool? Pairwise(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!NoKw(ts, type, "pairwise", kw) || !ArgBinder.CheckPositional(ts, "pairwise", args, null, 1, 1)) return null;
        var it = Iter(ts, args[0]);
        return it is null ? null : new PairwiseIterator(type, it);
    }

    // ---- islice ----

    public sealed class ISliceIterator(PyType type, PyObject it, long start, long stop, long step) : PyItertool(type)
    {
        long _next = start;   // index of the next item to yield
        long _seen;
        PyObject? _it = it;

        public override PyObject? Next(ThreadState ts)
        {
            if (_it is null) return null;
            while (_seen < _next)
            {
                if (stop >= 0 && _seen >= stop) { _it = null; return null; }
                var skip = Ops.Next(ts, _it);
                if (skip is null) { if (!ts.HasError) _it = null; return null; }
                _seen++;
            }
            if (stop >= 0 && _seen >= stop) { _it = null; return null; }
            var v = Ops.Next(ts, _it);
            if (v is null) { if (!ts.HasError) _it = null; return null; }
            _seen++;
            _next += step;
            if (stop >= 0 && _next > stop) _next = stop;
            return v;
        }
    }

    static bool SliceArg(ThreadState ts, PyObject o, string message, out long value)
    {
        value = -1;
        if (ReferenceEquals(o, ts.Interpreter.None)) return true;
        if (o.Type.Slots.Index is null || !Ops.AsLong(ts, o, out value) || value < 0)
        {
            ts.CurrentException = null;
            ts.Raise(ExceptionKind.ValueError, message);
            return false;
        }
        return true;
    }

    public static PyItertool? ISlice(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!NoKw(ts, type, "islice", kw) || !ArgBinder.CheckPositional(ts, "islice", args, null, 2, 4)) return null;
        long start = 0, stop, step = 1;
        if (args.Length == 2)
        {
            if (!SliceArg(ts, args[1], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.", out stop)) return null;
        }
        else
        {
            const string msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
            if (!SliceArg(ts, args[1], msg, out start) || !SliceArg(ts, args[2], msg, out stop)) return null;
            if (start < 0) start = 0;
            if (args.Length == 4)
            {
                if (!SliceArg(ts, args[3], "Step for islice() must be a positive integer or None.", out step)) return null;
                if (step == 0) { ts.Raise(ExceptionKind.ValueError, "Step for islice() must be a positive integer or None."); return null; }
                if (step < 0) step = 1;
            }
        }
        var it = Iter(ts, args[0]);
        return it is null ? null : new ISliceIterator(type, it, start, stop, step);
    }

    // ---- zip_longest, batched ----

    public sealed class ZipLongestIterator(PyType type, PyObject?[] its, PyObject fill) : PyItertool(type)
    {
        int _active = its.Length;

        public override PyObject? Next(ThreadState ts)
        {
            if (its.Length == 0 || _active == 0) return null;
            var items = new PyObject[its.Length];
            for (int i = 0; i < its.Length; i++)
            {
                if (its[i] is null) { items[i] = fill; continue; }
                var v = Ops.Next(ts, its[i]!);
                if (v is null)
                {
                    if (ts.HasError) return null;
                    its[i] = null;
                    if (--_active == 0) return null;
                    v = fill;
                }
                items[i] = v;
            }
            return ts.Interpreter.Tuple(items);
        }
    }

    public static PyItertool? ZipLongest(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        int nkw = kw?.Count ?? 0;
        PyObject fill = ts.Interpreter.None;
        for (int k = 0; k < nkw; k++)
        {
            var key = ((PyStr)kw!.Items[k]).Value;
            if (key != "fillvalue") { ts.Raise(ExceptionKind.TypeError, $"zip_longest() got an unexpected keyword argument '{key}'"); return null; }
            fill = args[args.Length - nkw + k];
        }
        var its = new PyObject?[args.Length - nkw];
        for (int i = 0; i < its.Length; i++)
        {
            its[i] = Iter(ts, args[i]);
            if (its[i] is null) return null;
        }
        return new ZipLongestIterator(type, its, fill);
    }

    public sealed class BatchedIterator(PyType type, PyObject it, long n) : PyItertool(type)
    {
        PyObject? _it = it;

        public override PyObject? Next(ThreadState ts)
        {
            if (_it is null) return null;
            var items = new List<PyObject>();
            while (items.Count < n)
            {
                var v = Ops.Next(ts, _it);
                if (v is null)
                {
                    if (ts.HasError) return null;
                    _it = null;
                    break;
                }
                items.Add(v);
            }
            return items.Count == 0 ? null : ts.Interpreter.Tuple(items.ToArray());
        }
    }

    public static PyItertool? Batched(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "batched", args, kw, ["iterable", "n"], 2, a)) return null;
        if (!Ops.AsLong(ts, a[1]!, out long n)) return null;
        if (n < 1) { ts.Raise(ExceptionKind.ValueError, "n must be at least one"); return null; }
        var it = Iter(ts, a[0]!);
        return it is null ? null : new BatchedIterator(type, it, n);
    }

    // ---- groupby ----

    public sealed class GroupByIterator(PyType type, PyObject it, PyObject? key) : PyItertool(type)
    {
        public PyObject? CurrentKey, CurrentValue, TargetKey;
        public int Generation;
        readonly PyObject _it = it;

        /// <summary>Advances the source: sets CurrentValue/CurrentKey. False at end or on error.</summary>
        public bool Step(ThreadState ts)
        {
            var v = Ops.Next(ts, _it);
            if (v is null) { CurrentValue = null; return false; }
            var k = key is null ? v : Ops.Call(ts, key, v);
            if (k is null) return false;
            CurrentValue = v;
            CurrentKey = k;
            return true;
        }

        public override PyObject? Next(ThreadState ts)
        {
            // Skip to the next key different from the current target.
            while (true)
            {
                if (CurrentValue is null)
                {
                    if (!Step(ts)) return null;
                    if (TargetKey is null) break;
                }
                if (TargetKey is null) break;
                int eq = Ops.RichCompareBool(ts, TargetKey, CurrentKey!, CompareOp.Eq);
                if (eq < 0) return null;
                if (eq == 0) break;
                if (!Step(ts)) return null;
            }
            TargetKey = CurrentKey;
            Generation++;
            var grouper = new GrouperIterator(ItertoolsModule.TypeOf(ts, "_grouper"), this, TargetKey!, Generation);
            return ts.Interpreter.Tuple(CurrentKey!, grouper);
        }
    }

    public sealed class GrouperIterator(PyType type, GroupByIterator parent, PyObject key, int generation) : PyItertool(type)
    {
        public override PyObject? Next(ThreadState ts)
        {
            if (parent.Generation != generation) return null;
            if (parent.CurrentValue is null && !parent.Step(ts)) return null;
            int eq = Ops.RichCompareBool(ts, key, parent.CurrentKey!, CompareOp.Eq);
            if (eq <= 0) return null;
            var v = parent.CurrentValue;
            parent.CurrentValue = null;
            return v;
        }
    }

    public static PyItertool? GroupBy(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "groupby", args, kw, ["iterable", "key"], 1, a)) return null;
        var it = Iter(ts, a[0]!);
        if (it is null) return null;
        return new GroupByIterator(type, it, ReferenceEquals(a[1], ts.Interpreter.None) ? null : a[1]);
    }

    // ---- tee ----

    /// <summary>The values read from the source, shared by the tee iterators of one tee() call.</summary>
    public sealed class TeeBuffer(PyObject source)
    {
        public readonly PyObject Source = source;
        public readonly List<PyObject> Values = new();
        public bool Exhausted;
        // Set while the source's __next__ runs: a tee iterator reached again from it (or from
        // another thread while the GIL is released) must not read the source a second time.
        public bool Reading;
    }

    public sealed class TeeIterator(PyType type, TeeBuffer buffer, int index) : PyItertool(type)
    {
        int _index = index;

        public override PyObject? Next(ThreadState ts)
        {
            if (_index < buffer.Values.Count) return buffer.Values[_index++];
            if (buffer.Exhausted) return null;
            if (buffer.Reading) return ts.Raise(ExceptionKind.RuntimeError, "cannot re-enter the tee iterator");
            buffer.Reading = true;
            var v = Ops.Next(ts, buffer.Source);
            buffer.Reading = false;
            if (v is null) { if (!ts.HasError) buffer.Exhausted = true; return null; }
            buffer.Values.Add(v);
            _index++;
            return v;
        }

        public PyObject Copy() => new TeeIterator(Type, buffer, _index);
    }

    public static PyItertool? TeeNew(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "_tee", args, kw, 1, 1)) return null;
        if (args[0] is TeeIterator t) return (PyItertool)t.Copy();
        var it = Iter(ts, args[0]);
        return it is null ? null : new TeeIterator(type, new TeeBuffer(it), 0);
    }

    public static PyObject? Tee(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "tee", args, kw, 1, 2)) return null;
        long n = 2;
        if (args.Length == 2 && !Ops.AsLong(ts, args[1], out n)) return null;
        if (n < 0) return ts.Raise(ExceptionKind.ValueError, "n must be >= 0");
        if (n == 0) return ts.Interpreter.EmptyTuple;
        var type = ItertoolsModule.TypeOf(ts, "_tee");
        TeeIterator first;
        if (args[0] is TeeIterator t) first = (TeeIterator)t.Copy();
        else
        {
            var it = Iter(ts, args[0]);
            if (it is null) return null;
            first = new TeeIterator(type, new TeeBuffer(it), 0);
        }
        var items = new PyObject[n];
        items[0] = first;
        for (int i = 1; i < n; i++) items[i] = first.Copy();
        return ts.Interpreter.Tuple(items);
    }
}
