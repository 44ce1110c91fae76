using Isolated.Modules.Weakref;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Collections;

/// <summary><c>_collections</c>: deque, defaultdict, the deque iterators and _count_elements.
/// OrderedDict and _tuplegetter stay in pure Python (collections/__init__.py falls back).</summary>
public static class CollectionsModule
{
    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "_collections");
        m.Dict.SetStr("__doc__", interp.Str("High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n"));
        m.Dict.SetStr("deque", interp.Types.Deque);
        m.Dict.SetStr("defaultdict", interp.Types.DefaultDict);
        m.Dict.SetStr("_deque_iterator", interp.Types.DequeIterator);
        m.Dict.SetStr("_deque_reverse_iterator", interp.Types.DequeReverseIterator);
        WeakrefModule.Add(m, "_count_elements", CountElements);
        return m;
    }

    /// <summary>_count_elements(mapping, iterable): mapping[e] = mapping.get(e, 0) + 1 for each e.</summary>
    static PyObject? CountElements(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "_count_elements", args, kw, 2, 2)) return null;
        var mapping = args[0];
        var it = Ops.GetIter(ts, args[1]);
        if (it is null) return null;
        var interp = ts.Interpreter;
        var one = interp.Int(1);
        var get = Ops.GetAttr(ts, mapping, "get");
        if (get is null) return null;
        while (true)
        {
            var e = Ops.Next(ts, it);
            if (e is null) return ts.HasError ? null : interp.None;
            var old = Ops.Call(ts, get, e, interp.Int(0));
            if (old is null) return null;
            var n = Ops.Add(ts, old, one);
            if (n is null || !Ops.SetItem(ts, mapping, e, n)) return null;
        }
    }
}
