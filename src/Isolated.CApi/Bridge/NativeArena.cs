using System.Runtime.InteropServices;
using Isolated.Objects;

namespace Isolated.CApi.Bridge;

/// <summary>
/// One interpreter's native object headers (DESIGN §6). A header is
/// <c>{ ob_refcnt, ob_type, handle }</c>: CPython's two public fields, then a GCHandle that keeps
/// the managed object alive while C holds references. Headers come from blocks owned by the
/// arena, so ending the interpreter frees every byte, even for references the host leaked.
/// Used only under the interpreter's GIL.
/// </summary>
internal sealed unsafe class NativeArena : IDisposable
{
    public const int HeaderSize = 24;
    const int HeadersPerBlock = 256;

    /// <summary>CPython 3.12's immortal reference count: singletons and types are never freed
    /// by Py_DECREF, only with the interpreter.</summary>
    public const long ImmortalRefCount = uint.MaxValue >> 2;

    readonly List<nint> _blocks = new();
    nint _freeList;  // headers linked through their first word
    int _live;

    public int LiveHeaders => _live;

    public static long* RefCount(nint header) => (long*)header;
    public static nint* TypeSlot(nint header) => (nint*)(header + 8);
    public static nint* HandleSlot(nint header) => (nint*)(header + 16);

    /// <summary>Allocates a header for <paramref name="obj"/> with the given count and type header.</summary>
    public nint Allocate(PyObject obj, long refCount, nint typeHeader)
    {
        if (_freeList == 0) Grow();
        nint h = _freeList;
        _freeList = *(nint*)h;
        *RefCount(h) = refCount;
        *TypeSlot(h) = typeHeader;
        *HandleSlot(h) = GCHandle.ToIntPtr(GCHandle.Alloc(obj));
        obj.NativeHeader = h;
        _live++;
        return h;
    }

    /// <summary>Returns a header to the free list and lets the managed object go.</summary>
    public void Free(nint header)
    {
        var handle = GCHandle.FromIntPtr(*HandleSlot(header));
        if (handle.Target is PyObject obj && obj.NativeHeader == header) obj.NativeHeader = 0;
        handle.Free();
        *HandleSlot(header) = 0;
        *(nint*)header = _freeList;
        _freeList = header;
        _live--;
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
    }
}
