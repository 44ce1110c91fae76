using System.Runtime.CompilerServices;
using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>
/// A Python <c>dict</c>: an insertion-ordered hash table (compact entries array plus an index
/// table with open addressing, as CPython's). Keys are compared by identity first, then by hash,
/// then with a fast path for <see cref="PyStr"/>, then with <c>__eq__</c> (which needs a
/// ThreadState and may fail: the general methods return false with the exception set).
/// <see cref="Version"/> changes on every mutation so that call sites can cache lookups.
/// </summary>
public class PyDict : PyObject
{
    struct Entry
    {
        public long Hash;
        public PyObject? Key;   // null: deleted slot
        public PyObject? Value;
    }

    const int Empty = -1;
    const int Dummy = -2;

    Entry[] _entries;
    int[] _indices;         // -1 empty, -2 deleted, else index into _entries
    int _used;              // live entries
    int _filled;            // entries array fill (live + deleted)
    public uint Version;

    /// <summary>The type whose namespace this dict is, if any: any mutation retires that type's
    /// (and its subclasses') cached attribute lookups.</summary>
    internal PyType? NamespaceOf;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    void Mutated()
    {
        Version++;
        if (NamespaceOf is not null) NamespaceOf.DictChanged();
    }

    public PyDict(PyType type) : this(type, 0) { }

    public PyDict(PyType type, int capacity) : base(type)
    {
        int size = 8;
        while (size * 2 < capacity * 3) size <<= 1;
        _indices = NewIndices(size);
        _entries = new Entry[size * 2 / 3 + 1];
    }

    static int[] NewIndices(int size)
    {
        var a = new int[size];
        Array.Fill(a, Empty);
        return a;
    }

    public int Count => _used;

    // ---- str-keyed fast paths (namespaces, type dicts, kwargs) ----

    /// <summary>Looks up a str key. Never fails: str equality needs no Python code.</summary>
    public PyObject? GetStr(PyStr key)
    {
        long hash = key.Hash;
        int mask = _indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)(hash & mask);
        while (true)
        {
            int ix = _indices[i];
            if (ix == Empty) return null;
            if (ix >= 0)
            {
                ref Entry e = ref _entries[ix];
                if (ReferenceEquals(e.Key, key)) return e.Value;
                // A str subclass key equal by value matches too (str.__eq__; a subclass that
                // overrides __eq__ is not consulted here, where no thread state is at hand).
                if (e.Hash == hash && e.Key is PyStr s && s.Value == key.Value) return e.Value;
            }
            perturb >>= 5;
            i = (int)((ulong)(i * 5 + 1) + perturb) & mask;
        }
    }

    /// <summary>Like <see cref="GetStr(PyStr)"/>, trying entry position <paramref name="hint"/>
    /// first and leaving the position found there (instances of one class usually store their
    /// attributes in the same order, so an attribute site's hint keeps matching).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyObject? GetStrHinted(PyStr key, ref int hint)
    {
        var entries = _entries;
        int h = hint;
        if ((uint)h < (uint)entries.Length && ReferenceEquals(entries[h].Key, key)) return entries[h].Value;
        return GetStrAndHint(key, ref hint);
    }

    PyObject? GetStrAndHint(PyStr key, ref int hint)
    {
        int ix = FindStrIndex(key);
        if (ix < 0) return null;
        hint = ix;
        return _entries[ix].Value;
    }

    /// <summary>Stores a str key, replacing in place when entry <paramref name="hint"/> holds it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetStrHinted(PyStr key, PyObject value, ref int hint)
    {
        var entries = _entries;
        int h = hint;
        if ((uint)h < (uint)entries.Length && ReferenceEquals(entries[h].Key, key))
        {
            Mutated();
            entries[h].Value = value;
            return;
        }
        SetStr(key, value);
        int ix = FindStrIndex(key);
        if (ix >= 0) hint = ix;
    }

    /// <summary>The entry index of a str key, or -1 (same matching rules as GetStr).</summary>
    int FindStrIndex(PyStr key)
    {
        long hash = key.Hash;
        int mask = _indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)(hash & mask);
        while (true)
        {
            int ix = _indices[i];
            if (ix == Empty) return -1;
            if (ix >= 0)
            {
                ref Entry e = ref _entries[ix];
                if (ReferenceEquals(e.Key, key)) return ix;
                if (e.Hash == hash && e.Key is PyStr s && s.Value == key.Value) return ix;
            }
            perturb >>= 5;
            i = (int)((ulong)(i * 5 + 1) + perturb) & mask;
        }
    }

    /// <summary>Convenience lookup by .NET string (for runtime code, not hot paths).</summary>
    public PyObject? GetStr(string key) => GetStr(new PyStr(Owner.Types.Str, key));

    public void SetStr(PyStr key, PyObject value)
    {
        if (!TrySetItem(null, key, key.Hash, value)) throw new InvalidOperationException("str key insert cannot fail");
    }

    public void SetStr(string key, PyObject value) => SetStr(Owner.Str(key), value);

    Interpreter Owner => Type.Owner;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool IsExactStr(PyStr s) => s.GetType() == typeof(PyStr);

    // ---- general protocol ----

    /// <summary>Finds the entry index of <paramref name="key"/>: &gt;= 0 found, -1 absent, -2 error
    /// (exception set on <paramref name="ts"/>).</summary>
    int FindEntry(ThreadState? ts, PyObject key, long hash, out int slot)
    {
        int mask = _indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)(hash & mask);
        int firstDummy = -1;
        while (true)
        {
            int ix = _indices[i];
            if (ix == Empty)
            {
                slot = firstDummy >= 0 ? firstDummy : i;
                return -1;
            }
            if (ix == Dummy)
            {
                if (firstDummy < 0) firstDummy = i;
            }
            else
            {
                var ek = _entries[ix].Key!;
                if (ReferenceEquals(ek, key)) { slot = i; return ix; }
                if (_entries[ix].Hash == hash)
                {
                    if (ek is PyStr a && key is PyStr b && IsExactStr(a) && IsExactStr(b))
                    {
                        if (a.Value == b.Value) { slot = i; return ix; }
                    }
                    else
                    {
                        if (ts is null) throw new InvalidOperationException("non-str dict key compared without a thread state");
                        var version = Version;
                        int eq = Ops.RichCompareBool(ts, ek, key, CompareOp.Eq);
                        if (eq < 0) { slot = -1; return -2; }
                        if (version != Version || _entries.Length <= ix || !ReferenceEquals(_entries[ix].Key, ek))
                        {
                            // __eq__ mutated the dict: start over, as CPython does.
                            return FindEntry(ts, key, hash, out slot);
                        }
                        if (eq > 0) { slot = i; return ix; }
                    }
                }
            }
            perturb >>= 5;
            i = (int)((ulong)(i * 5 + 1) + perturb) & mask;
        }
    }

    /// <summary>Looks up <paramref name="key"/>. Returns false with an exception set on failure
    /// (unhashable key, failing __eq__); true otherwise, with value null when absent.</summary>
    public bool TryGetItem(ThreadState ts, PyObject key, out PyObject? value)
    {
        if (!Ops.Hash(ts, key, out long hash)) { value = null; return false; }
        return TryGetItem(ts, key, hash, out value);
    }

    public bool TryGetItem(ThreadState? ts, PyObject key, long hash, out PyObject? value)
    {
        int ix = FindEntry(ts, key, hash, out _);
        if (ix == -2) { value = null; return false; }
        value = ix >= 0 ? _entries[ix].Value : null;
        return true;
    }

    public bool TrySetItem(ThreadState ts, PyObject key, PyObject value)
    {
        if (!Ops.Hash(ts, key, out long hash)) return false;
        return TrySetItem(ts, key, hash, value);
    }

    public bool TrySetItem(ThreadState? ts, PyObject key, long hash, PyObject value)
    {
        int ix = FindEntry(ts, key, hash, out int slot);
        if (ix == -2) return false;
        Mutated();
        if (ix >= 0)
        {
            _entries[ix].Value = value;
            return true;
        }
        if (_filled == _entries.Length)
        {
            Resize(_used * 3 + 1);
            FindEntry(ts, key, hash, out slot);
        }
        _entries[_filled] = new Entry { Hash = hash, Key = key, Value = value };
        _indices[slot] = _filled;
        _filled++;
        _used++;
        return true;
    }

    /// <summary>Removes <paramref name="key"/>. Returns 1 removed, 0 absent, -1 error.</summary>
    public int TryDelItem(ThreadState ts, PyObject key, out PyObject? oldValue)
    {
        oldValue = null;
        if (!Ops.Hash(ts, key, out long hash)) return -1;
        return TryDelItem(ts, key, hash, out oldValue);
    }

    /// <summary>Removes <paramref name="key"/> without handing back the value (so no caller's
    /// out-local keeps it reachable). Returns 1 removed, 0 absent, -1 error.</summary>
    public int TryDelItem(ThreadState? ts, PyObject key, long hash) => TryDelItem(ts, key, hash, out _);

    public int TryDelItem(ThreadState? ts, PyObject key, long hash, out PyObject? oldValue)
    {
        oldValue = null;
        int ix = FindEntry(ts, key, hash, out int slot);
        if (ix == -2) return -1;
        if (ix == -1) return 0;
        oldValue = _entries[ix].Value;
        _entries[ix] = default;
        _indices[slot] = Dummy;
        _used--;
        Mutated();
        return 1;
    }

    void Resize(int minUsed)
    {
        int size = 8;
        while (size * 2 < minUsed * 3) size <<= 1;
        var oldEntries = _entries;
        int oldFilled = _filled;
        _indices = NewIndices(size);
        _entries = new Entry[size * 2 / 3 + 1];
        _filled = 0;
        int mask = size - 1;
        for (int k = 0; k < oldFilled; k++)
        {
            ref Entry e = ref oldEntries[k];
            if (e.Key is null) continue;
            ulong perturb = (ulong)e.Hash;
            int i = (int)(e.Hash & mask);
            while (_indices[i] != Empty)
            {
                perturb >>= 5;
                i = (int)((ulong)(i * 5 + 1) + perturb) & mask;
            }
            _entries[_filled] = e;
            _indices[i] = _filled++;
        }
    }

    public void Clear()
    {
        _indices = NewIndices(8);
        _entries = new Entry[6];
        _used = _filled = 0;
        Mutated();
    }

    /// <summary>One past the last entry position in use (iterators walk positions
    /// 0..<see cref="EntryLimit"/>-1; deleted positions are skipped).</summary>
    public int EntryLimit => _filled;

    /// <summary>The entry at <paramref name="position"/>, if it is live.</summary>
    public bool TryGetEntry(int position, out PyObject key, out PyObject value)
    {
        if ((uint)position < (uint)_filled)
        {
            ref Entry e = ref _entries[position];
            if (e.Key is not null)
            {
                key = e.Key;
                value = e.Value!;
                return true;
            }
        }
        key = null!;
        value = null!;
        return false;
    }

    /// <summary>Removes and returns the most recently inserted entry (dict.popitem). False when
    /// the dict is empty.</summary>
    public bool PopLast(out PyObject key, out PyObject value)
    {
        int ix = _filled - 1;
        while (ix >= 0 && _entries[ix].Key is null) ix--;
        if (ix < 0)
        {
            _filled = 0;
            key = null!;
            value = null!;
            return false;
        }
        ref Entry e = ref _entries[ix];
        key = e.Key!;
        value = e.Value!;
        // Find the index slot that points at this entry.
        int mask = _indices.Length - 1;
        ulong perturb = (ulong)e.Hash;
        int i = (int)(e.Hash & mask);
        while (_indices[i] != ix)
        {
            perturb >>= 5;
            i = (int)((ulong)(i * 5 + 1) + perturb) & mask;
        }
        _indices[i] = Dummy;
        e = default;
        _filled = ix;
        _used--;
        Mutated();
        return true;
    }

    /// <summary>A shallow copy with the same order (dict.copy).</summary>
    public void CopyFrom(PyDict other)
    {
        _indices = (int[])other._indices.Clone();
        _entries = (Entry[])other._entries.Clone();
        _used = other._used;
        _filled = other._filled;
        Mutated();
    }

    /// <summary>Inserts or replaces every entry of <paramref name="other"/>, reusing its stored
    /// hashes (dict.update with a dict). False with an error set when a key comparison fails.</summary>
    public bool Merge(ThreadState ts, PyDict other, bool overwrite = true)
    {
        if (_used == 0 && overwrite && other._used == other._filled && !ReferenceEquals(this, other))
        {
            CopyFrom(other);
            return true;
        }
        int n = other._filled;
        for (int k = 0; k < n && k < other._filled; k++)
        {
            var e = other._entries[k];
            if (e.Key is null) continue;
            if (!overwrite)
            {
                int ix = FindEntry(ts, e.Key, e.Hash, out _);
                if (ix == -2) return false;
                if (ix >= 0) continue;
            }
            if (!TrySetItem(ts, e.Key, e.Hash, e.Value!)) return false;
        }
        return true;
    }

    /// <summary>Iterates live entries in insertion order. <paramref name="position"/> starts at 0.
    /// Returns false at the end. (PyDict_Next semantics.)</summary>
    public bool Next(ref int position, out PyObject key, out PyObject value)
    {
        while (position < _filled)
        {
            ref Entry e = ref _entries[position++];
            if (e.Key is not null)
            {
                key = e.Key;
                value = e.Value!;
                return true;
            }
        }
        key = null!;
        value = null!;
        return false;
    }

    /// <summary>Like <see cref="Next"/> but also yields the stored hash.</summary>
    public bool Next(ref int position, out PyObject key, out PyObject value, out long hash)
    {
        while (position < _filled)
        {
            ref Entry e = ref _entries[position++];
            if (e.Key is not null)
            {
                key = e.Key;
                value = e.Value!;
                hash = e.Hash;
                return true;
            }
        }
        key = null!;
        value = null!;
        hash = 0;
        return false;
    }
}
