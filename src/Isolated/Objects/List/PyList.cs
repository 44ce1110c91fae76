using Isolated.Runtime;
using System.Runtime.CompilerServices;

namespace Isolated.Objects;

/// <summary>
/// A Python <c>list</c>: a growable array of objects (<see cref="Items"/> holds
/// <see cref="Count"/> live items; the rest of the array is spare capacity and kept null so the
/// GC does not retain dropped items). Fields are public so the VM can index without calls.
/// </summary>
public class PyList : PyObject
{
    public PyObject[] Items;
    public int Count;

    public PyList(PyType type) : base(type) => Items = [];

    public PyList(PyType type, int capacity) : base(type) => Items = capacity == 0 ? [] : new PyObject[capacity];

    /// <summary>Takes ownership of <paramref name="items"/> (the first <paramref name="count"/>
    /// are the list's items).</summary>
    public PyList(PyType type, PyObject[] items, int count) : base(type)
    {
        Items = items;
        Count = count;
    }

    public ReadOnlySpan<PyObject> AsSpan() => new(Items, 0, Count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(PyObject item)
    {
        var items = Items;
        int n = Count;
        if ((uint)n < (uint)items.Length)
        {
            items[n] = item;
            Count = n + 1;
            return;
        }
        AppendSlow(item);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    void AppendSlow(PyObject item)
    {
        EnsureCapacity(Count + 1);
        Items[Count++] = item;
    }

    /// <summary>Makes room for at least <paramref name="min"/> items, over-allocating so that
    /// repeated appends are amortised O(1).</summary>
    public void EnsureCapacity(int min)
    {
        if (min <= Items.Length) return;
        int size = Items.Length < 4 ? 4 : Items.Length + (Items.Length >> 1) + 1;
        if (size < min) size = min;
        if ((uint)size > (uint)Array.MaxLength) size = Math.Max(min, Array.MaxLength);
        MemoryAccount.Grow(this, 8L * Items.Length, 8L * size);
        Array.Resize(ref Items, size);
    }

    public void AppendRange(ReadOnlySpan<PyObject> items)
    {
        EnsureCapacity(Count + items.Length);
        items.CopyTo(Items.AsSpan(Count));
        Count += items.Length;
    }

    /// <summary>Inserts at <paramref name="index"/> (0..Count).</summary>
    public void Insert(int index, PyObject item)
    {
        EnsureCapacity(Count + 1);
        if (index < Count) Array.Copy(Items, index, Items, index + 1, Count - index);
        Items[index] = item;
        Count++;
    }

    /// <summary>Removes and returns the item at <paramref name="index"/> (0..Count-1).</summary>
    public PyObject RemoveAt(int index)
    {
        var item = Items[index];
        Count--;
        if (index < Count) Array.Copy(Items, index + 1, Items, index, Count - index);
        Items[Count] = null!;
        return item;
    }

    /// <summary>Drops the items from <paramref name="newCount"/> on.</summary>
    public void Truncate(int newCount)
    {
        if (newCount >= Count) return;
        Array.Clear(Items, newCount, Count - newCount);
        Count = newCount;
        ShrinkIfSparse();
    }

    public void Clear()
    {
        Items = [];
        Count = 0;
    }

    /// <summary>Gives memory back when a list that grew large became mostly empty.</summary>
    internal void ShrinkIfSparse()
    {
        if (Items.Length > 64 && Count < Items.Length / 4)
            Array.Resize(ref Items, Math.Max(Count + (Count >> 1), 8));
    }
}
