using System.Runtime.CompilerServices;
using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>
/// A Python <c>set</c> or <c>frozenset</c>: an open-addressing hash table of keys (a few linear
/// probes, then perturbed probing, like CPython's, so small int sets iterate in the same order).
/// Keys compare as dict keys do: identity, then hash, then exact-str equality, then
/// <c>__eq__</c> (which may run Python code and fail: the general methods return -1 with the
/// exception set).
/// </summary>
public class PySet : PyObject
{
    struct Entry
    {
        public long Hash;       // 0 with Key null: never used; -1 with Key null: deleted
        public PyObject? Key;
    }

    const int MinSize = 8;
    const int LinearProbes = 9;

    Entry[] _table = new Entry[MinSize];
    int _fill;                  // live + deleted slots
    int _used;                  // live keys
    /// <summary>Bumped on every mutation (iterators and lookups that ran Python code check it).</summary>
    public uint Version;
    /// <summary>frozenset's cached hash (-1: not computed).</summary>
    public long CachedHash = -1;

    public PySet(PyType type) : base(type) { }

    public int Count => _used;

    /// <summary>Number of table slots; iterators walk slots 0..TableSize-1.</summary>
    public int TableSize => _table.Length;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool IsExactStr(PyObject o) => o.GetType() == typeof(PyStr);

    /// <summary>Finds <paramref name="key"/>: the slot index when present, -1 when absent (with
    /// <paramref name="freeSlot"/> the slot where it would go), -2 on error.</summary>
    int Find(ThreadState ts, PyObject key, long hash, out int freeSlot)
    {
    restart:
        var table = _table;
        int mask = table.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)(hash & mask);
        int firstDummy = -1;
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            for (int j = i; ; j++)
            {
                ref Entry e = ref table[j];
                if (e.Key is null)
                {
                    if (e.Hash == 0)
                    {
                        freeSlot = firstDummy >= 0 ? firstDummy : j;
                        return -1;
                    }
                    if (firstDummy < 0) firstDummy = j;
                }
                else if (ReferenceEquals(e.Key, key))
                {
                    freeSlot = -1;
                    return j;
                }
                else if (e.Hash == hash)
                {
                    var ek = e.Key;
                    if (IsExactStr(ek) && IsExactStr(key))
                    {
                        if (((PyStr)ek).Value == ((PyStr)key).Value) { freeSlot = -1; return j; }
                    }
                    else
                    {
                        var version = Version;
                        int eq = Ops.RichCompareBool(ts, ek, key, CompareOp.Eq);
                        if (eq < 0) { freeSlot = -1; return -2; }
                        // __eq__ may have changed the set: start over, as CPython does.
                        if (!ReferenceEquals(table, _table) || version != Version || !ReferenceEquals(table[j].Key, ek))
                            goto restart;
                        if (eq > 0) { freeSlot = -1; return j; }
                    }
                }
                if (j - i >= probes) break;
            }
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>1 present, 0 absent, -1 error.</summary>
    public int Contains(ThreadState ts, PyObject key, long hash) =>
        Find(ts, key, hash, out _) switch { -1 => 0, -2 => -1, _ => 1 };

    public int Contains(ThreadState ts, PyObject key)
    {
        if (!Ops.Hash(ts, key, out long hash)) return -1;
        return Contains(ts, key, hash);
    }

    /// <summary>Adds <paramref name="key"/>: 1 added, 0 already present, -1 error.</summary>
    public int Add(ThreadState ts, PyObject key, long hash)
    {
        int ix = Find(ts, key, hash, out int slot);
        if (ix == -2) return -1;
        if (ix >= 0) return 0;
        ref Entry e = ref _table[slot];
        if (e.Hash == 0) _fill++;  // a never-used slot (a deleted one is already counted)
        e.Key = key;
        e.Hash = hash;
        _used++;
        Version++;
        if ((long)_fill * 5 >= (long)(_table.Length - 1) * 3)
            Resize(_used > 50000 ? _used * 2 : _used * 4);
        return 1;
    }

    public int Add(ThreadState ts, PyObject key)
    {
        if (!Ops.Hash(ts, key, out long hash)) return -1;
        return Add(ts, key, hash);
    }

    /// <summary>Removes <paramref name="key"/>: 1 removed, 0 absent, -1 error.</summary>
    public int Discard(ThreadState ts, PyObject key, long hash)
    {
        int ix = Find(ts, key, hash, out _);
        if (ix < 0) return ix == -1 ? 0 : -1;
        _table[ix].Key = null;
        _table[ix].Hash = -1;
        _used--;
        Version++;
        return 1;
    }

    public int Discard(ThreadState ts, PyObject key)
    {
        if (!Ops.Hash(ts, key, out long hash)) return -1;
        return Discard(ts, key, hash);
    }

    void Resize(int minUsed)
    {
        int size = MinSize;
        while (size <= minUsed) size <<= 1;
        var old = _table;
        _table = new Entry[size];
        _fill = _used;
        int mask = size - 1;
        foreach (ref readonly Entry e in old.AsSpan())
        {
            if (e.Key is null) continue;
            InsertClean(e.Key, e.Hash, mask);
        }
    }

    /// <summary>Inserts into a table known to hold no deleted slots and not this key.</summary>
    void InsertClean(PyObject key, long hash, int mask)
    {
        var table = _table;
        ulong perturb = (ulong)hash;
        int i = (int)(hash & mask);
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            for (int j = i; j <= i + probes; j++)
            {
                if (table[j].Key is null)
                {
                    table[j].Key = key;
                    table[j].Hash = hash;
                    return;
                }
            }
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>The live key at table slot <paramref name="slot"/>, if any.</summary>
    public bool TryGetSlot(int slot, out PyObject key, out long hash)
    {
        var table = _table;
        if ((uint)slot < (uint)table.Length && table[slot].Key is { } k)
        {
            key = k;
            hash = table[slot].Hash;
            return true;
        }
        key = null!;
        hash = 0;
        return false;
    }

    /// <summary>Iterates the keys in table order. <paramref name="position"/> starts at 0.</summary>
    public bool Next(ref int position, out PyObject key, out long hash)
    {
        var table = _table;
        while (position < table.Length)
        {
            ref Entry e = ref table[position++];
            if (e.Key is not null)
            {
                key = e.Key;
                hash = e.Hash;
                return true;
            }
        }
        key = null!;
        hash = 0;
        return false;
    }

    /// <summary>Removes some key (set.pop). False when empty.</summary>
    public bool PopAny(ref int finger, out PyObject key)
    {
        if (_used == 0)
        {
            key = null!;
            return false;
        }
        var table = _table;
        int i = finger & (table.Length - 1);
        while (table[i].Key is null) i = (i + 1) & (table.Length - 1);
        key = table[i].Key!;
        table[i].Key = null;
        table[i].Hash = -1;
        _used--;
        Version++;
        finger = i + 1;
        return true;
    }

    /// <summary>Where set.pop resumes its search (CPython keeps this "finger" too).</summary>
    public int PopFinger;

    public void Clear()
    {
        _table = new Entry[MinSize];
        _fill = _used = 0;
        Version++;
    }

    /// <summary>Makes this set a copy of <paramref name="other"/> (same table, same order).</summary>
    public void CopyFrom(PySet other)
    {
        _table = (Entry[])other._table.Clone();
        _fill = other._fill;
        _used = other._used;
        Version++;
    }

    /// <summary>Adds every key of <paramref name="other"/> (reusing stored hashes). -1 on error.</summary>
    public int AddAll(ThreadState ts, PySet other)
    {
        if (ReferenceEquals(this, other)) return 0;
        if (_used == 0 && other._fill == other._used)
        {
            CopyFrom(other);
            return 0;
        }
        if ((long)(_fill + other._used) * 5 >= (long)(_table.Length - 1) * 3)
            Resize((_used + other._used) * 2);
        var table = other._table;
        for (int i = 0; i < table.Length; i++)
        {
            if (table[i].Key is { } k && Add(ts, k, table[i].Hash) < 0) return -1;
        }
        return 0;
    }

    /// <summary>frozenset's hash: order-independent (xor of shuffled member hashes), then
    /// mixed with the size, with CPython's constants so the values agree with CPython's.</summary>
    public long ComputeFrozenHash()
    {
        ulong h = 0;
        foreach (ref readonly Entry e in _table.AsSpan())
        {
            if (e.Key is null) continue;
            ulong x = (ulong)e.Hash;
            h ^= ((x ^ 89869747UL) ^ (x << 16)) * 3644798167UL;
        }
        h ^= ((ulong)_used + 1) * 1927868237UL;
        h ^= (h >> 11) ^ (h >> 25);
        h = h * 69069U + 907133923UL;
        if (h == ulong.MaxValue) h = 590923713UL;
        return (long)h;
    }
}
