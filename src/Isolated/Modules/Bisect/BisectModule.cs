using Isolated.Modules.Weakref;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Bisect;

/// <summary><c>_bisect</c>: binary search and insertion in sorted sequences (the C accelerator of
/// bisect.py, same results and errors), with a direct path for exact lists.</summary>
public static class BisectModule
{
    public static PyModule? Create(ThreadState ts)
    {
        var m = ModuleType.New(ts.Interpreter, "_bisect");
        m.Dict.SetStr("__doc__", ts.Interpreter.Str("Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\nhaving to sort the list after each insertion. For long lists of items with\nexpensive comparison operations, this can be an improvement over the more\ncommon approach.\n"));
        WeakrefModule.Add(m, "bisect_right", static (ts, s, a, k) => Run(ts, "bisect_right", a, k, right: true, insert: false));
        WeakrefModule.Add(m, "bisect_left", static (ts, s, a, k) => Run(ts, "bisect_left", a, k, right: false, insert: false));
        WeakrefModule.Add(m, "insort_right", static (ts, s, a, k) => Run(ts, "insort_right", a, k, right: true, insert: true));
        WeakrefModule.Add(m, "insort_left", static (ts, s, a, k) => Run(ts, "insort_left", a, k, right: false, insert: true));
        return m;
    }

    static readonly string[] Params = ["a", "x", "lo", "hi", "key"];

    static PyObject? Run(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kw, bool right, bool insert)
    {
        Span<PyObject?> p = new PyObject?[5];
        if (!ArgBinder.Bind(ts, name, args, kw, Params, 2, p, keywordOnlyFrom: 4)) return null;
        var interp = ts.Interpreter;
        PyObject seq = p[0]!, x = p[1]!;
        var key = p[4] is { } k && !ReferenceEquals(k, interp.None) ? k : null;
        long lo = 0, hi = -1;
        if (p[2] is { } l && !Ops.AsIndexSize(ts, l, out lo)) return null;
        if (p[3] is { } h && !ReferenceEquals(h, interp.None) && !Ops.AsIndexSize(ts, h, out hi)) return null;
        if (lo < 0) return ts.Raise(ExceptionKind.ValueError, "lo must be non-negative");
        if (hi == -1)
        {
            hi = Ops.Length(ts, seq);
            if (hi < 0) return null;
        }
        var target = x;
        if (insert && key is not null)
        {
            target = Ops.Call(ts, key, x);
            if (target is null) return null;
        }
        while (lo < hi)
        {
            long mid = (lo + hi) >>> 1;
            var item = seq is PyList list && list.GetType() == typeof(PyList) && mid < list.Count ? list.Items[mid] : Ops.GetItem(ts, seq, mid);
            if (item is null) return null;
            if (key is not null)
            {
                item = Ops.Call(ts, key, item);
                if (item is null) return null;
            }
            int c = right ? Ops.RichCompareBool(ts, target, item, CompareOp.Lt) : Ops.RichCompareBool(ts, item, target, CompareOp.Lt);
            if (c < 0) return null;
            if (right == (c == 1)) hi = mid;
            else lo = mid + 1;
        }
        if (!insert) return interp.Int(lo);
        if (seq.GetType() == typeof(PyList) && ReferenceEquals(seq.Type, interp.Types.List))
        {
            var exact = (PyList)seq;
            exact.Insert((int)Math.Min(lo, exact.Count), x);
            return interp.None;
        }
        var method = Ops.GetAttr(ts, seq, "insert");
        return method is null || Ops.Call(ts, method, interp.Int(lo), x) is null ? null : interp.None;
    }
}
