using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>
/// list.sort: a stable merge sort (binary insertion sort on short runs, then bottom-up merges
/// that skip already ordered neighbours, so sorted and nearly sorted input is fast). Comparison is
/// <c>&lt;</c> through <see cref="Ops.RichCompareBool"/>, specialised for lists whose keys are all
/// exact small ints, all exact floats or all exact strs. While sorting, the list is empty, which is how a
/// modification by a key function or <c>__lt__</c> is detected ("list modified during sort").
/// </summary>
public static class ListSort
{
    const int RunLength = 32;

    /// <summary>Less-than on two keys: 1 true, 0 false, -1 error.</summary>
    interface ILess
    {
        int Less(ThreadState ts, PyObject a, PyObject b);
    }

    readonly struct SmallIntLess : ILess
    {
        public int Less(ThreadState ts, PyObject a, PyObject b) => ((PyInt)a).Small < ((PyInt)b).Small ? 1 : 0;
    }

    readonly struct StrLess : ILess
    {
        public int Less(ThreadState ts, PyObject a, PyObject b) =>
            StrType.CompareCodePoints(((PyStr)a).Value, ((PyStr)b).Value) < 0 ? 1 : 0;
    }

    readonly struct FloatLess : ILess
    {
        public int Less(ThreadState ts, PyObject a, PyObject b) => ((PyFloat)a).Value < ((PyFloat)b).Value ? 1 : 0;
    }

    readonly struct GenericLess : ILess
    {
        public int Less(ThreadState ts, PyObject a, PyObject b) => Ops.RichCompareBool(ts, a, b, CompareOp.Lt);
    }

    /// <summary>Sorts <paramref name="list"/> in place. False with an error set on failure (the
    /// list then holds its items in some order).</summary>
    public static bool Sort(ThreadState ts, PyList list, PyObject? key, bool reverse)
    {
        var items = list.Items;
        int n = list.Count;
        list.Items = [];
        list.Count = 0;
        bool ok = true;
        PyObject[] keys = items;
        PyObject[]? values = null;
        if (key is not null && n > 0)
        {
            keys = new PyObject[n];
            values = items;
            for (int i = 0; i < n; i++)
            {
                var k = Ops.Call(ts, key, items[i]);
                if (k is null) { ok = false; break; }
                keys[i] = k;
            }
        }
        if (ok && n > 1)
        {
            // Reversing before and after keeps equal items in their original order.
            if (reverse) ReverseBoth(keys, values, n);
            ok = SortKeys(ts, keys, values, n);
            if (reverse) ReverseBoth(keys, values, n);
        }
        bool modified = list.Count != 0 || list.Items.Length != 0;
        list.Items = items;
        list.Count = n;
        if (ok && modified)
        {
            ts.Raise(ExceptionKind.ValueError, "list modified during sort");
            return false;
        }
        return ok;
    }

    /// <summary>Sorts an array of objects in place (for sorted() and other callers that own
    /// the array). False with an error set on failure.</summary>
    public static bool SortKeys(ThreadState ts, PyObject[] keys, PyObject[]? values, int n)
    {
        switch (Classify(ts, keys, n))
        {
            case 1: return MergeSort<SmallIntLess>(ts, keys, values, n);
            case 2: return MergeSort<StrLess>(ts, keys, values, n);
            case 3: return MergeSort<FloatLess>(ts, keys, values, n);
            default: return MergeSort<GenericLess>(ts, keys, values, n);
        }
    }

    /// <summary>1: all exact ints that fit in a long; 2: all exact strs; 3: all exact floats;
    /// 0: anything else.</summary>
    static int Classify(ThreadState ts, PyObject[] keys, int n)
    {
        var types = ts.Interpreter.Types;
        var first = keys[0];
        if (first.GetType() == typeof(PyInt) && ReferenceEquals(first.Type, types.Int))
        {
            for (int i = 0; i < n; i++)
                if (keys[i].GetType() != typeof(PyInt) || !((PyInt)keys[i]).IsSmall || !ReferenceEquals(keys[i].Type, types.Int)) return 0;
            return 1;
        }
        if (first.GetType() == typeof(PyStr) && ReferenceEquals(first.Type, types.Str))
        {
            for (int i = 0; i < n; i++)
                if (keys[i].GetType() != typeof(PyStr) || !ReferenceEquals(keys[i].Type, types.Str)) return 0;
            return 2;
        }
        if (first.GetType() == typeof(PyFloat) && ReferenceEquals(first.Type, types.Float))
        {
            for (int i = 0; i < n; i++)
                if (keys[i].GetType() != typeof(PyFloat) || !ReferenceEquals(keys[i].Type, types.Float)) return 0;
            return 3;
        }
        return 0;
    }

    static void ReverseBoth(PyObject[] keys, PyObject[]? values, int n)
    {
        Array.Reverse(keys, 0, n);
        if (values is not null) Array.Reverse(values, 0, n);
    }

    static bool MergeSort<T>(ThreadState ts, PyObject[] keys, PyObject[]? values, int n) where T : struct, ILess
    {
        var less = default(T);
        for (int lo = 0; lo < n; lo += RunLength)
        {
            if (!HostControls.Check(ts) || !InsertionSort(ts, less, keys, values, lo, Math.Min(lo + RunLength, n))) return false;
        }
        if (n <= RunLength) return true;
        var tempKeys = new PyObject[n];
        var tempValues = values is null ? null : new PyObject[n];
        for (int width = RunLength; width < n; width *= 2)
        {
            for (int lo = 0; lo < n - width; lo += 2 * width)
            {
                int mid = lo + width, hi = Math.Min(lo + 2 * width, n);
                if (!HostControls.Check(ts) || !Merge(ts, less, keys, values, lo, mid, hi, tempKeys, tempValues)) return false;
            }
            if (width > n / 2) break;
        }
        return true;
    }

    static bool InsertionSort<T>(ThreadState ts, T less, PyObject[] keys, PyObject[]? values, int lo, int hi) where T : struct, ILess
    {
        for (int i = lo + 1; i < hi; i++)
        {
            var x = keys[i];
            // Fast check: already in place.
            int c = less.Less(ts, x, keys[i - 1]);
            if (c < 0) return false;
            if (c == 0) continue;
            int l = lo, r = i - 1;
            while (l < r)
            {
                int m = (l + r) >> 1;
                c = less.Less(ts, x, keys[m]);
                if (c < 0) return false;
                if (c > 0) r = m; else l = m + 1;
            }
            Array.Copy(keys, l, keys, l + 1, i - l);
            keys[l] = x;
            if (values is not null)
            {
                var v = values[i];
                Array.Copy(values, l, values, l + 1, i - l);
                values[l] = v;
            }
        }
        return true;
    }

    static bool Merge<T>(ThreadState ts, T less, PyObject[] keys, PyObject[]? values, int lo, int mid, int hi,
                         PyObject[] tempKeys, PyObject[]? tempValues) where T : struct, ILess
    {
        int c = less.Less(ts, keys[mid], keys[mid - 1]);
        if (c < 0) return false;
        if (c == 0) return true;  // the halves are already in order
        int leftCount = mid - lo;
        Array.Copy(keys, lo, tempKeys, 0, leftCount);
        if (values is not null) Array.Copy(values, lo, tempValues!, 0, leftCount);
        int i = 0, j = mid, k = lo;
        bool ok = true;
        while (i < leftCount && j < hi)
        {
            // One merge of big runs is long: check the eval breaker every 4096 steps (a stop
            // leaves the array a permutation, as an error does).
            if ((k & 4095) == 0 && !HostControls.Check(ts)) { ok = false; break; }
            // Take from the right only when strictly smaller: that keeps the sort stable.
            c = less.Less(ts, keys[j], tempKeys[i]);
            if (c < 0) { ok = false; break; }
            if (c > 0)
            {
                keys[k] = keys[j];
                if (values is not null) values[k] = values[j];
                j++;
            }
            else
            {
                keys[k] = tempKeys[i];
                if (values is not null) values[k] = tempValues![i];
                i++;
            }
            k++;
        }
        // Whatever is left of the left half goes into the gap (also after an error, so that the
        // array stays a permutation of its items).
        Array.Copy(tempKeys, i, keys, k, leftCount - i);
        if (values is not null) Array.Copy(tempValues!, i, values, k, leftCount - i);
        Array.Clear(tempKeys, 0, leftCount);
        if (tempValues is not null) Array.Clear(tempValues, 0, leftCount);
        return ok;
    }
}
