using System.Runtime.InteropServices;
using Isolated.Objects;

namespace Isolated.CApi.Bridge;

/// <summary>
/// One interpreter's native object headers (DESIGN §6). A header is
/// <c>{ ob_refcnt, ob_type, handle, flags }</c>: CPython's two public fields, then a GCHandle that
/// keeps the managed object alive while C holds references, then bridge flags. Headers come from blocks owned by the
/// arena, so ending the interpreter frees every byte, even for references the host leaked.
/// Used only under the interpreter's GIL.
/// </summary>
internal sealed unsafe class NativeArena : IDisposable
{
    public const int HeaderSize = 32;
    const int HeadersPerBlock = 256;

    /// <summary>CPython 3.12's immortal reference count: singletons and types are never freed
    /// by Py_DECREF, only with the interpreter.</summary>
    public const long ImmortalRefCount = uint.MaxValue >> 2;

    readonly List<nint> _blocks = new();
    // UTF-8 copies handed out by PyUnicode_AsUTF8, owned by the str's header.
    readonly Dictionary<nint, nint> _utf8 = new();
    // bytes payloads pinned for PyBytes_AsString, released with the header.
    readonly Dictionary<nint, GCHandle> _pinned = new();
    nint _freeList;  // headers linked through their first word
    int _live;
    // Parked headers (see Park), swept for dead objects when the free list runs out.
    readonly List<nint> _parked = new();
    int _sweepThreshold = HeadersPerBlock;
    // Past this many parked headers a sweep first asks for a young-generation .NET collection.
    const int ParkedCollectLimit = 16 * 1024;
    // Emptied GC handles for reuse: strong ones for live headers, weak ones for parked headers.
    readonly Stack<nint> _strongHandles = new(), _weakHandles = new();
    // Headers a container's header keeps one count on: items C borrowed from it (see ObjectBridge.BorrowedFrom).
    readonly Dictionary<nint, HashSet<nint>> _lent = new();
    readonly Stack<HashSet<nint>> _lentPool = new();

    public int LiveHeaders => _live;
    public int ParkedHeaders => _parked.Count;

    public static long* RefCount(nint header) => (long*)header;
    public static nint* TypeSlot(nint header) => (nint*)(header + 8);
    public static nint* HandleSlot(nint header) => (nint*)(header + 16);
    public static long* Flags(nint header) => (long*)(header + 24);

    /// <summary>Flag: the count includes one reference held by the interpreter on behalf of
    /// managed owners, so that borrowed references stay valid (see ObjectBridge.Borrowed).</summary>
    public const long FlagInterpreterReference = 1;

    /// <summary>Flag: a bytes object made by PyBytes_FromStringAndSize(NULL, n), whose contents C
    /// fills through PyBytes_AsString; its pinned copy is written back into the managed payload
    /// whenever the object crosses back (see <see cref="SyncWrittenBytes"/>).</summary>
    public const long FlagWritableBytes = 2;

    /// <summary>Flag on a type's header: the type's instances have native memory (see
    /// ObjectBridge.IsNativeInstance); set when the header is made, as the layout never changes.</summary>
    public const long FlagNativeLayoutType = 4;

    /// <summary>Flag: the header owns a UTF-8 copy or a pinned payload (so that freeing headers
    /// without either, the common case, skips the two dictionary lookups).</summary>
    const long FlagHasBuffers = 8;

    /// <summary>Flag: C's count reached 0 but the object may still be alive in managed code, so the
    /// header is kept, holding it only weakly (see <see cref="Park"/>).</summary>
    public const long FlagParked = 16;

    /// <summary>Flag: the header is in the list of parked headers that <see cref="Sweep"/> visits.</summary>
    const long FlagInParkedList = 32;

    /// <summary>Flag: the header keeps counts on items C borrowed from its container (see
    /// <see cref="Lend"/>), released when its own count reaches 0 (see <see cref="Park"/>).</summary>
    const long FlagLends = 64;

    /// <summary>Flag: the count includes one reference held until the next collection (see
    /// ObjectBridge.BorrowedUntilCollection).</summary>
    public const long FlagTemporaryReference = 128;

    /// <summary>Flag: a container lent the header a count (its object is an item C borrowed):
    /// a managed owner holds the object, so it is not C's alone (PyUnicode_WriteChar asks).</summary>
    public const long FlagLentByContainer = 256;

    /// <summary>Records that <paramref name="container"/>'s header keeps a count on
    /// <paramref name="item"/>'s; false when it keeps one already (the caller adds the count).
    /// Only a header C counts (not a parked one) lends: its count reaching 0 releases the items.</summary>
    public bool Lend(nint container, nint item)
    {
        if ((*Flags(container) & FlagLends) == 0 || !_lent.TryGetValue(container, out var items))
        {
            items = _lentPool.Count > 0 ? _lentPool.Pop() : new HashSet<nint>();
            _lent[container] = items;
            *Flags(container) |= FlagLends;
        }
        *Flags(item) |= FlagLentByContainer;
        return items.Add(item);
    }

    /// <summary>The items <paramref name="header"/> lent counts to, which the caller releases
    /// (then gives the set back with <see cref="Recycle"/>); null when it lent none.</summary>
    HashSet<nint>? TakeLent(nint header)
    {
        if ((*Flags(header) & FlagLends) == 0) return null;
        *Flags(header) &= ~FlagLends;
        _lent.Remove(header, out var items);
        return items;
    }

    /// <summary>Gives a set <see cref="Park"/> or <see cref="Free"/> returned back to the pool once its items are released.</summary>
    public void Recycle(HashSet<nint> items)
    {
        items.Clear();
        if (_lentPool.Count < 16) _lentPool.Push(items);
    }

    /// <summary>Allocates a header for <paramref name="obj"/> with the given count and type header.</summary>
    public nint Allocate(PyObject obj, long refCount, nint typeHeader)
    {
        if (_freeList == 0)
        {
            if (_parked.Count >= _sweepThreshold)
            {
                Sweep();
                if (_parked.Count >= ParkedCollectLimit)
                {
                    // Parked headers of objects that died young wait for a .NET collection to
                    // clear their weak handles; without one their number follows the GC's pace
                    // (a C function called in a loop parks its arguments tuple each call).
                    GC.Collect(0, GCCollectionMode.Forced, blocking: true);
                    Sweep();
                }
                _sweepThreshold = Math.Max(HeadersPerBlock, _parked.Count * 2);
            }
            if (_freeList == 0) Grow();
        }
        nint h = _freeList;
        _freeList = *(nint*)h;
        *RefCount(h) = refCount;
        *TypeSlot(h) = typeHeader;
        *Flags(h) &= FlagInParkedList;   // a freed header may still be listed (Sweep drops it)
        // A recycled header keeps its (emptied) handle: re-targeting it is much cheaper than
        // freeing and allocating a GCHandle each time an object crosses again.
        nint handle = *HandleSlot(h);
        if (handle != 0)
        {
            var recycled = GCHandle.FromIntPtr(handle);
            recycled.Target = obj;
        }
        else *HandleSlot(h) = TakeHandle(_strongHandles, obj, GCHandleType.Normal);
        obj.NativeHeader = h;
        _live++;
        return h;
    }

    /// <summary>A NUL-terminated UTF-8 copy of <paramref name="text"/> that lives as long as the
    /// header (PyUnicode_AsUTF8's contract).</summary>
    public nint Utf8Of(nint header, string text, out int length)
    {
        length = System.Text.Encoding.UTF8.GetByteCount(text);
        if (_utf8.TryGetValue(header, out var existing)) return existing;
        nint buffer = Utf8NameCache.Copy(text);
        _utf8.Add(header, buffer);
        *Flags(header) |= FlagHasBuffers;
        return buffer;
    }

    /// <summary>A pointer to a bytes object's payload plus a NUL terminator, valid as long as the
    /// header: the payload is copied once into a pinned array kept with the header.</summary>
    public byte* PinnedBytes(nint header, PyBytes bytes)
    {
        if (!_pinned.TryGetValue(header, out var pin))
        {
            var copy = new byte[bytes.Value.Length + 1];
            bytes.Value.CopyTo(copy, 0);
            pin = GCHandle.Alloc(copy, GCHandleType.Pinned);
            _pinned.Add(header, pin);
            *Flags(header) |= FlagHasBuffers;
        }
        return (byte*)pin.AddrOfPinnedObject();
    }

    /// <summary>A pointer into <paramref name="array"/> itself (a bytearray's storage, which C
    /// reads and writes in place), pinned while the header lives or until the object hands out
    /// a different array (after a resize, as CPython's pointer is then stale too).</summary>
    public byte* PinnedArray(nint header, byte[] array)
    {
        if (_pinned.TryGetValue(header, out var pin))
        {
            if (ReferenceEquals(pin.Target, array)) return (byte*)pin.AddrOfPinnedObject();
            pin.Free();
            _pinned.Remove(header);
        }
        pin = GCHandle.Alloc(array, GCHandleType.Pinned);
        _pinned.Add(header, pin);
        *Flags(header) |= FlagHasBuffers;
        return (byte*)pin.AddrOfPinnedObject();
    }

    /// <summary>Points the header at <paramref name="replacement"/> (a new object): how a str
    /// only C holds is changed "in place" (PyUnicode_WriteChar), as .NET strings are immutable.
    /// What was cached for the old object (its UTF-8 copy) goes; the old object, if managed code
    /// still has it, is untouched and gets a header of its own when it crosses again.</summary>
    public void Retarget(nint header, PyObject replacement)
    {
        if ((*Flags(header) & FlagHasBuffers) != 0)
        {
            if (_pinned.Remove(header, out var pin)) pin.Free();
            if (_utf8.Remove(header, out var utf8)) NativeMemory.Free((void*)utf8);
            *Flags(header) &= ~FlagHasBuffers;
        }
        var handle = GCHandle.FromIntPtr(*HandleSlot(header));
        if (handle.Target is PyObject old && old.NativeHeader == header) old.NativeHeader = 0;
        handle.Target = replacement;
        replacement.NativeHeader = header;
    }

    /// <summary>Copies what C wrote into a writable bytes object's buffer back into its payload.</summary>
    public void SyncWrittenBytes(nint header, PyBytes bytes)
    {
        if (_pinned.TryGetValue(header, out var pin))
            new ReadOnlySpan<byte>((byte*)pin.AddrOfPinnedObject(), bytes.Value.Length).CopyTo(bytes.Value);
    }

    /// <summary>
    /// C's count of an object reached 0. CPython's pointer stays valid, and unique, as long as the
    /// object lives (a container holds it): C code keeps using such pointers as borrowed ones
    /// (vim keeps its module in a global after handing it to the import system) and compares them
    /// (vim's converter keys a dict by "%p" of each item). So the header is not reused while its
    /// object may be alive: it keeps the object only weakly, C's next reference makes it strong
    /// again (<see cref="Unpark"/>: a reference the runtime hands out, or C's own Py_INCREF, whose
    /// inline form calls in when it raises a count from 0), and <see cref="Sweep"/> frees it once
    /// the object is gone.
    /// A container's header lets go of the items C borrowed from it at once (returned for the
    /// caller to release): C had to stop using those when its last count went, as in CPython,
    /// where an args tuple's items are borrowed for the duration of the call and no longer.
    /// </summary>
    public HashSet<nint>? Park(nint header)
    {
        if ((*Flags(header) & FlagParked) != 0) return null;
        var lent = TakeLent(header);
        nint strongPtr = *HandleSlot(header);
        var strong = GCHandle.FromIntPtr(strongPtr);
        if (strong.Target is not PyObject obj || obj.NativeHeader != header)
        {
            Free(header);
            return lent;
        }
        strong.Target = null;
        _strongHandles.Push(strongPtr);
        *HandleSlot(header) = TakeHandle(_weakHandles, obj, GCHandleType.Weak);
        *Flags(header) |= FlagParked;
        if ((*Flags(header) & FlagInParkedList) == 0)
        {
            *Flags(header) |= FlagInParkedList;
            _parked.Add(header);
        }
        return lent;
    }

    /// <summary>C holds the parked header's object again: it must stay alive for C.</summary>
    public void Unpark(nint header, PyObject obj)
    {
        nint weakPtr = *HandleSlot(header);
        var weak = GCHandle.FromIntPtr(weakPtr);
        weak.Target = null;
        _weakHandles.Push(weakPtr);
        *HandleSlot(header) = TakeHandle(_strongHandles, obj, GCHandleType.Normal);
        *Flags(header) &= ~FlagParked;
    }

    /// <summary>Frees the parked headers whose object died; makes those C counts again without
    /// telling the runtime (a count written directly, not through Py_INCREF) strong again.</summary>
    void Sweep()
    {
        int kept = 0;
        for (int i = 0; i < _parked.Count; i++)
        {
            nint h = _parked[i];
            if ((*Flags(h) & FlagParked) != 0)
            {
                var target = GCHandle.FromIntPtr(*HandleSlot(h)).Target;
                if (target is null)
                {
                    if (*RefCount(h) == 0)
                    {
                        *Flags(h) &= ~FlagInParkedList;
                        var lent = Free(h);
                        System.Diagnostics.Debug.Assert(lent is null, "a parked header lends nothing (Park released it, Lend refuses parked containers)");
                        continue;
                    }
                }
                else if (*RefCount(h) > 0) Unpark(h, (PyObject)target);
                else
                {
                    _parked[kept++] = h;
                    continue;
                }
                if ((*Flags(h) & FlagParked) != 0)
                {
                    _parked[kept++] = h;   // C holds a count on a dead object: nothing to free safely
                    continue;
                }
            }
            *Flags(h) &= ~FlagInParkedList;
        }
        _parked.RemoveRange(kept, _parked.Count - kept);
    }

    static nint TakeHandle(Stack<nint> pool, object target, GCHandleType kind)
    {
        if (pool.TryPop(out nint h))
        {
            var pooled = GCHandle.FromIntPtr(h);
            pooled.Target = target;
            return h;
        }
        return GCHandle.ToIntPtr(GCHandle.Alloc(target, kind));
    }

    /// <summary>Returns a header to the free list and lets the managed object go; returns the
    /// items it lent counts to (see <see cref="Lend"/>), which the caller releases.</summary>
    public HashSet<nint>? Free(nint header)
    {
        var lent = TakeLent(header);
        if ((*Flags(header) & FlagHasBuffers) != 0)
        {
            if (_pinned.Remove(header, out var pin)) pin.Free();
            if (_utf8.Remove(header, out var utf8)) NativeMemory.Free((void*)utf8);
        }
        var handle = GCHandle.FromIntPtr(*HandleSlot(header));
        if (handle.Target is PyObject obj && obj.NativeHeader == header) obj.NativeHeader = 0;
        handle.Target = null;   // kept for the header's next object (see Allocate)
        if ((*Flags(header) & FlagParked) != 0)
        {
            // A weak handle is no use to the next object: back to its pool.
            _weakHandles.Push(*HandleSlot(header));
            *HandleSlot(header) = 0;
        }
        // Still listed: the flag tells Sweep to drop the entry.
        *Flags(header) &= FlagInParkedList;
        *(nint*)header = _freeList;
        _freeList = header;
        _live--;
        return lent;
    }

    public static PyObject? ObjectOf(nint header)
    {
        nint handle = *HandleSlot(header);
        return handle == 0 ? null : GCHandle.FromIntPtr(handle).Target as PyObject;
    }

    void Grow()
    {
        nint block = (nint)NativeMemory.AllocZeroed((nuint)(HeaderSize * HeadersPerBlock));
        _blocks.Add(block);
        for (int i = HeadersPerBlock - 1; i >= 0; i--)
        {
            nint h = block + i * HeaderSize;
            *(nint*)h = _freeList;
            _freeList = h;
        }
    }

    /// <summary>Frees every header and block: the interpreter has ended.</summary>
    public void Dispose()
    {
        foreach (var buffer in _utf8.Values) NativeMemory.Free((void*)buffer);
        _utf8.Clear();
        foreach (var pin in _pinned.Values) pin.Free();
        _pinned.Clear();
        _lent.Clear();
        _lentPool.Clear();
        foreach (var block in _blocks)
        {
            for (int i = 0; i < HeadersPerBlock; i++)
            {
                nint h = block + i * HeaderSize;
                nint handle = *HandleSlot(h);
                if (handle == 0) continue;
                var gch = GCHandle.FromIntPtr(handle);
                if (gch.Target is PyObject obj && obj.NativeHeader == h) obj.NativeHeader = 0;
                gch.Free();
                *HandleSlot(h) = 0;
            }
            NativeMemory.Free((void*)block);
        }
        _blocks.Clear();
        _freeList = 0;
        _live = 0;
        _parked.Clear();
        foreach (var h in _strongHandles) GCHandle.FromIntPtr(h).Free();
        foreach (var h in _weakHandles) GCHandle.FromIntPtr(h).Free();
        _strongHandles.Clear();
        _weakHandles.Clear();
    }
}
