using Isolated.Objects;

namespace Isolated.Modules.Functools;

/// <summary>functools._lru_cache_wrapper: the wrapped function, the cache and its statistics.
/// A bounded cache keeps its entries in a doubly linked list, most recently used last, so a hit
/// moves one link and a full cache drops the first. Carries a __dict__ (update_wrapper fills it).</summary>
public sealed class PyLruCacheWrapper : PyObject, IInstanceDict
{
    public readonly PyObject Function;
    /// <summary>-1: unbounded; 0: no caching.</summary>
    public readonly long MaxSize;
    public readonly bool Typed;
    public readonly PyObject CacheInfoType;
    /// <summary>key → result (unbounded) or key → <see cref="Link"/> (bounded).</summary>
    public PyDict Cache;
    public long Hits, Misses;
    /// <summary>The sentinel of the circular list of links (bounded caches).</summary>
    public readonly Link Root;
    public PyDict? InstanceDict { get; set; }

    public PyLruCacheWrapper(PyType type, PyObject function, long maxSize, bool typed, PyObject cacheInfoType, PyDict cache) : base(type)
    {
        Function = function;
        MaxSize = maxSize;
        Typed = typed;
        CacheInfoType = cacheInfoType;
        Cache = cache;
        Root = new Link(type.Owner.Types.Object);
        Root.Prev = Root.Next = Root;
    }

    /// <summary>One cache entry of a bounded cache. It is stored as a dict value, so it is a
    /// PyObject (typed plain object); the cache dict never reaches Python code.</summary>
    public sealed class Link : PyObject
    {
        public Link? Prev, Next;
        public PyObject? Key, Result;
        public long Hash;

        public Link(PyType type) : base(type) { }

        public void Unlink()
        {
            Prev!.Next = Next;
            Next!.Prev = Prev;
        }

        public void AppendBefore(Link root)
        {
            Prev = root.Prev;
            Next = root;
            root.Prev!.Next = this;
            root.Prev = this;
        }
    }
}
