using Isolated.Modules.Weakref;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Heapq;

/// <summary><c>_heapq</c>: the C accelerator of heapq.py — the same sift algorithms over a list's
/// items (so results and comparison order match the pure-Python fallback), failing with
/// RuntimeError when a comparison changes the list's size.</summary>
public static class HeapqModule
{
    public static PyModule? Create(ThreadState ts)
    {
        var m = ModuleType.New(ts.Interpreter, "_heapq");
        WeakrefModule.Add(m, "heappush", static (ts, s, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "heappush", a, k, 2, 2) || ListArg(ts, "heappush", a[0], true) is not { } heap) return null;
            heap.Append(a[1]);
            return SiftDown(ts, heap, 0, heap.Count - 1, max: false) ? ts.Interpreter.None : null;
        });
        WeakrefModule.Add(m, "heappop", static (ts, s, a, k) =>
            ArgBinder.CheckPositional(ts, "heappop", a, k, 1, 1) && ListArg(ts, "heappop", a[0], false) is { } heap ? Pop(ts, heap, max: false) : null);
        WeakrefModule.Add(m, "_heappop_max", static (ts, s, a, k) =>
            ArgBinder.CheckPositional(ts, "_heappop_max", a, k, 1, 1) && ListArg(ts, "_heappop_max", a[0], false) is { } heap ? Pop(ts, heap, max: true) : null);
        WeakrefModule.Add(m, "heapreplace", static (ts, s, a, k) =>
            ArgBinder.CheckPositional(ts, "heapreplace", a, k, 2, 2) && ListArg(ts, "heapreplace", a[0], true) is { } heap ? Replace(ts, heap, a[1], max: false) : null);
        WeakrefModule.Add(m, "_heapreplace_max", static (ts, s, a, k) =>
            ArgBinder.CheckPositional(ts, "_heapreplace_max", a, k, 2, 2) && ListArg(ts, "_heapreplace_max", a[0], true) is { } heap ? Replace(ts, heap, a[1], max: true) : null);
        WeakrefModule.Add(m, "heapify", static (ts, s, a, k) =>
            ArgBinder.CheckPositional(ts, "heapify", a, k, 1, 1) && ListArg(ts, "heapify", a[0], false) is { } heap && Heapify(ts, heap, max: false) ? ts.Interpreter.None : null);
        WeakrefModule.Add(m, "_heapify_max", static (ts, s, a, k) =>
            ArgBinder.CheckPositional(ts, "_heapify_max", a, k, 1, 1) && ListArg(ts, "_heapify_max", a[0], false) is { } heap && Heapify(ts, heap, max: true) ? ts.Interpreter.None : null);
        WeakrefModule.Add(m, "heappushpop", static (ts, s, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "heappushpop", a, k, 2, 2) || ListArg(ts, "heappushpop", a[0], true) is not { } heap) return null;
            if (heap.Count == 0) return a[1];
            var top = heap.Items[0];
            int c = Ops.RichCompareBool(ts, top, a[1], CompareOp.Lt);
            if (c < 0) return null;
            if (c == 0) return a[1];
            if (heap.Count == 0) return ts.Raise(ExceptionKind.IndexError, "index out of range");
            var result = heap.Items[0];
            heap.Items[0] = a[1];
            return SiftUp(ts, heap, 0, max: false) ? result : null;
        });
        return m;
    }

    /// <summary>The heap argument: a list (subclasses too), with CPython's wording for the error.</summary>
    static PyList? ListArg(ThreadState ts, string name, PyObject o, bool hasSecondArgument)
    {
        if (o is PyList l) return l;
        ts.Raise(ExceptionKind.TypeError, hasSecondArgument
            ? $"{name}() argument 1 must be list, not {o.Type.Name}"
            : $"{name}() argument must be list, not {o.Type.Name}");
        return null;
    }

    static PyObject? Pop(ThreadState ts, PyList heap, bool max)
    {
        if (heap.Count == 0) return ts.Raise(ExceptionKind.IndexError, "index out of range");
        var last = heap.RemoveAt(heap.Count - 1);
        if (heap.Count == 0) return last;
        var result = heap.Items[0];
        heap.Items[0] = last;
        return SiftUp(ts, heap, 0, max) ? result : null;
    }

    static PyObject? Replace(ThreadState ts, PyList heap, PyObject item, bool max)
    {
        if (heap.Count == 0) return ts.Raise(ExceptionKind.IndexError, "index out of range");
        var result = heap.Items[0];
        heap.Items[0] = item;
        return SiftUp(ts, heap, 0, max) ? result : null;
    }

    static bool Heapify(ThreadState ts, PyList heap, bool max)
    {
        for (int i = heap.Count / 2 - 1; i >= 0; i--)
            if (!SiftUp(ts, heap, i, max)) return false;
        return true;
    }

    /// <summary>a &lt; b (max heaps: b &lt; a); -1 on error, including the list changing size.</summary>
    static int Less(ThreadState ts, PyList heap, PyObject a, PyObject b, bool max)
    {
        int size = heap.Count;
        int c = max ? Ops.RichCompareBool(ts, b, a, CompareOp.Lt) : Ops.RichCompareBool(ts, a, b, CompareOp.Lt);
        if (c >= 0 && heap.Count != size)
        {
            ts.Raise(ExceptionKind.RuntimeError, "list changed size during iteration");
            return -1;
        }
        return c;
    }

    static bool SiftDown(ThreadState ts, PyList heap, int start, int pos, bool max)
    {
        var item = heap.Items[pos];
        while (pos > start)
        {
            int parentPos = (pos - 1) >> 1;
            var parent = heap.Items[parentPos];
            int c = Less(ts, heap, item, parent, max);
            if (c < 0) return false;
            if (c == 0) break;
            heap.Items[pos] = parent;
            pos = parentPos;
        }
        heap.Items[pos] = item;
        return true;
    }

    static bool SiftUp(ThreadState ts, PyList heap, int pos, bool max)
    {
        int end = heap.Count, start = pos;
        var item = heap.Items[pos];
        int child = 2 * pos + 1;
        while (child < end)
        {
            int rightPos = child + 1;
            if (rightPos < end)
            {
                int c = Less(ts, heap, heap.Items[child], heap.Items[rightPos], max);
                if (c < 0) return false;
                if (c == 0) child = rightPos;
            }
            heap.Items[pos] = heap.Items[child];
            pos = child;
            child = 2 * pos + 1;
        }
        heap.Items[pos] = item;
        return SiftDown(ts, heap, start, pos, max);
    }
}
