using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Isolated.CApi.Extensions;

/// <summary>
/// One interpreter's native instances by address (see <see cref="PyNativeInstance"/>): a strong
/// handle while C holds references, a weak one (that survives finalization, so a pointer C still
/// has keeps finding the resurrected proxy) otherwise. Used under the interpreter's GIL, except
/// <see cref="Pending"/>, which .NET finalizers fill from their own thread.
/// </summary>
internal sealed class NativeInstanceTable
{
    struct Entry
    {
        public GCHandle Handle;
        public bool Strong;
    }

    readonly Dictionary<nint, Entry> _entries = new();

    /// <summary>Proxies .NET found unreachable, waiting for tp_finalize/tp_dealloc under the GIL.</summary>
    public readonly ConcurrentQueue<PyNativeInstance> Pending = new();

    public int Count => _entries.Count;

    public PyNativeInstance? Find(nint address) =>
        _entries.TryGetValue(address, out var e) ? e.Handle.Target as PyNativeInstance : null;

    /// <summary>Registers a proxy, strongly held; replaces a stale entry at the same address
    /// (memory freed by a tp_free this table did not see, then reused).</summary>
    public void Add(PyNativeInstance obj)
    {
        if (_entries.Remove(obj.Address, out var old)) old.Handle.Free();
        _entries[obj.Address] = new Entry { Handle = GCHandle.Alloc(obj), Strong = true };
    }

    public void SetStrong(nint address, bool strong)
    {
        ref var e = ref CollectionsMarshal.GetValueRefOrNullRef(_entries, address);
        if (Unsafe.IsNullRef(ref e) || e.Strong == strong) return;
        var target = e.Handle.Target;
        if (target is null) return;
        var handle = GCHandle.Alloc(target, strong ? GCHandleType.Normal : GCHandleType.WeakTrackResurrection);
        e.Handle.Free();
        e.Handle = handle;
        e.Strong = strong;
    }

    public void Remove(nint address)
    {
        if (_entries.Remove(address, out var e)) e.Handle.Free();
    }

    /// <summary>The live proxies (for the interpreter's end).</summary>
    public List<PyNativeInstance> Live()
    {
        var list = new List<PyNativeInstance>(_entries.Count);
        foreach (var e in _entries.Values)
            if (e.Handle.Target is PyNativeInstance p && !p.Freed) list.Add(p);
        return list;
    }

    public void Clear()
    {
        foreach (var e in _entries.Values) e.Handle.Free();
        _entries.Clear();
    }
}
