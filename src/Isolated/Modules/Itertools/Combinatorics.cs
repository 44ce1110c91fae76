using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Itertools;

/// <summary>product, permutations, combinations and combinations_with_replacement: index
/// vectors over the pool(s), stepped in the order the itertools documentation gives.</summary>
public static class Combinatorics
{
    public sealed class IndexIterator : PyItertool
    {
        readonly PyObject[][] _pools;
        readonly int[] _indices;
        readonly int[] _cycles;
        readonly int _kind;   // 0 product, 1 permutations, 2 combinations, 3 with replacement
        readonly int _r;
        bool _first = true, _done;

        public IndexIterator(PyType type, PyObject[][] pools, int r, int kind) : base(type)
        {
            _pools = pools;
            _r = r;
            _kind = kind;
            int n = kind == 0 ? pools.Length : pools[0].Length;
            _indices = kind switch
            {
                0 => new int[pools.Length],
                1 => Enumerable.Range(0, n).ToArray(),
                2 => Enumerable.Range(0, r).ToArray(),
                _ => new int[r],
            };
            _cycles = kind == 1 ? Enumerable.Range(0, r).Select(i => n - i).ToArray() : [];
            if (kind == 0) foreach (var p in pools) if (p.Length == 0) _done = true;
            if (kind is 1 or 2 && r > n) _done = true;
            if (kind == 3 && n == 0 && r > 0) _done = true;
        }

        PyObject Result(ThreadState ts)
        {
            var items = new PyObject[_kind == 0 ? _pools.Length : _r];
            for (int i = 0; i < items.Length; i++) items[i] = _kind == 0 ? _pools[i][_indices[i]] : _pools[0][_indices[i]];
            return ts.Interpreter.Tuple(items);
        }

        public override PyObject? Next(ThreadState ts)
        {
            if (_done) return null;
            if (_first)
            {
                _first = false;
                return Result(ts);
            }
            if (!Advance()) { _done = true; return null; }
            return Result(ts);
        }

        bool Advance()
        {
            switch (_kind)
            {
                case 0:
                    for (int i = _pools.Length - 1; i >= 0; i--)
                    {
                        if (++_indices[i] < _pools[i].Length) return true;
                        _indices[i] = 0;
                    }
                    return false;
                case 1:
                {
                    int n = _pools[0].Length;
                    for (int i = _r - 1; i >= 0; i--)
                    {
                        _cycles[i]--;
                        if (_cycles[i] == 0)
                        {
                            int first = _indices[i];
                            Array.Copy(_indices, i + 1, _indices, i, n - i - 1);
                            _indices[n - 1] = first;
                            _cycles[i] = n - i;
                        }
                        else
                        {
                            int j = _cycles[i];
                            (_indices[i], _indices[n - j]) = (_indices[n - j], _indices[i]);
                            return true;
                        }
                    }
                    return false;
                }
                case 2:
                {
                    int n = _pools[0].Length;
                    int i = _r - 1;
                    while (i >= 0 && _indices[i] == i + n - _r) i--;
                    if (i < 0) return false;
                    _indices[i]++;
                    for (int j = i + 1; j < _r; j++) _indices[j] = _indices[j - 1] + 1;
                    return true;
                }
                default:
                {
                    int n = _pools[0].Length;
                    int i = _r - 1;
                    while (i >= 0 && _indices[i] == n - 1) i--;
                    if (i < 0) return false;
                    int v = _indices[i] + 1;
                    for (int j = i; j < _r; j++) _indices[j] = v;
                    return true;
                }
            }
        }
    }

    static PyObject[]? Pool(ThreadState ts, PyObject iterable) => Ops.ToTuple(ts, iterable)?.Items;

    public static PyItertool? Product(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        int nkw = kw?.Count ?? 0;
        long repeat = 1;
        for (int k = 0; k < nkw; k++)
        {
            var key = ((PyStr)kw!.Items[k]).Value;
            if (key != "repeat") { ts.Raise(ExceptionKind.TypeError, $"product() got an unexpected keyword argument '{key}'"); return null; }
            if (!Ops.AsLong(ts, args[args.Length - nkw + k], out repeat)) return null;
        }
        if (repeat < 0) { ts.Raise(ExceptionKind.ValueError, "repeat argument cannot be negative"); return null; }
        int npos = args.Length - nkw;
        var basePools = new PyObject[npos][];
        for (int i = 0; i < npos; i++)
        {
            var p = Pool(ts, args[i]);
            if (p is null) return null;
            basePools[i] = p;
        }
        var pools = new PyObject[npos * repeat][];
        for (int r = 0; r < repeat; r++) Array.Copy(basePools, 0, pools, r * npos, npos);
        return new IndexIterator(type, pools, pools.Length, 0);
    }

    static bool RArg(ThreadState ts, PyObject? o, int n, bool optional, out int r)
    {
        r = n;
        if (o is null || optional && ReferenceEquals(o, ts.Interpreter.None)) return true;
        if (!Ops.AsLong(ts, o, out long v)) return false;
        if (v < 0) { ts.Raise(ExceptionKind.ValueError, "r must be non-negative"); return false; }
        r = (int)Math.Min(v, int.MaxValue);
        return true;
    }

    public static PyItertool? Permutations(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "permutations", args, kw, ["iterable", "r"], 1, a)) return null;
        var pool = Pool(ts, a[0]!);
        if (pool is null || !RArg(ts, a[1], pool.Length, true, out int r)) return null;
        return new IndexIterator(type, [pool], r, 1);
    }

    public static PyItertool? Combinations(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "combinations", args, kw, ["iterable", "r"], 2, a)) return null;
        var pool = Pool(ts, a[0]!);
        if (pool is null || !RArg(ts, a[1], pool.Length, false, out int r)) return null;
        return new IndexIterator(type, [pool], r, 2);
    }

    public static PyItertool? CombinationsWithReplacement(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "combinations_with_replacement", args, kw, ["iterable", "r"], 2, a)) return null;
        var pool = Pool(ts, a[0]!);
        if (pool is null || !RArg(ts, a[1], pool.Length, false, out int r)) return null;
        return new IndexIterator(type, [pool], r, 3);
    }
}
