namespace Isolated.Objects;

/// <summary>
/// One interpreter's cache of <see cref="PyType.LookupMro"/> results (CPython's type method
/// cache, but per interpreter): a direct-mapped table keyed by a type's version tag and the
/// attribute name. Version tags come from <see cref="NextVersion"/>, so a tag names one state of
/// one type; any change to a type's dict or a base's gives the type a fresh tag (see
/// <see cref="PyType.DictChanged"/>), which retires its old entries without a sweep.
/// </summary>
public sealed class TypeLookupCache
{
    // The table starts small (a fresh interpreter that runs a few lines needs few entries, and a
    // table over 85,000 bytes would be a large object: a gen2 collection every few interpreters
    // made) and grows while misses keep coming, up to 2^12 entries.
    const int InitialSizeLog2 = 8, MaxSizeLog2 = 12;

    struct Entry
    {
        public uint Version;
        public PyStr? Name;
        public PyObject? Value;
    }

    Entry[]? _entries;
    int _sizeLog2 = InitialSizeLog2;
    int _missesBeforeGrowth = 2 << InitialSizeLog2;
    uint _nextVersion = 1;

    /// <summary>A version tag no type of this interpreter has had before. After 2^32 type
    /// changes the counter would wrap: then the table is dropped so no stale entry can match.</summary>
    public uint NextVersion()
    {
        uint v = _nextVersion++;
        if (_nextVersion == 0)
        {
            _nextVersion = 1;
            _entries = null;
        }
        return v;
    }

    public PyObject? Lookup(PyType type, PyStr name)
    {
        var entries = _entries ??= new Entry[1 << _sizeLog2];
        uint version = type.VersionTag;
        uint index = ((version * 2654435761u) ^ (uint)name.Hash) >> (32 - _sizeLog2);
        ref var e = ref entries[index];
        if (e.Version == version && ReferenceEquals(e.Name, name)) return e.Value;
        if (--_missesBeforeGrowth <= 0 && _sizeLog2 < MaxSizeLog2) return Grow(type, name);
        var value = type.LookupMroUncached(name);
        e.Version = version;
        e.Name = name;
        e.Value = value;
        return value;
    }

    /// <summary>Replaces the table with one twice as large (its entries are dropped: they
    /// are found again on the next misses) and looks the name up in it.</summary>
    PyObject? Grow(PyType type, PyStr name)
    {
        _sizeLog2++;
        _missesBeforeGrowth = 2 << _sizeLog2;
        _entries = null;
        return Lookup(type, name);
    }
}
