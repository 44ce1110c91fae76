using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Isolated.CApi.Extensions;

/// <summary>
/// One interpreter's native instances by address (see <see cref="PyNativeInstance"/>). Every
/// instance has a weak handle that survives finalization (so a pointer C still has keeps finding
/// the resurrected proxy); while C holds references the proxy is also in <c>_strong</c>, which
/// keeps it alive. Moving between the two states is a dictionary insert or removal, not a GCHandle
/// allocation. Used under the interpreter's GIL, except <see cref="Pending"/>, which .NET
/// finalizers fill from their own thread.
/// </summary>
internal sealed class NativeInstanceTable
{
    readonly Dictionary<nint, GCHandle> _weak = new();
    readonly Dictionary<nint, PyNativeInstance> _strong = new();

    /// <summary>Proxies .NET found unreachable, waiting for tp_finalize/tp_dealloc under the GIL.</summary>
    public readonly ConcurrentQueue<PyNativeInstance> Pending = new();

    public int Count => _weak.Count;

    /// <summary>Whether the address is a registered instance (its proxy may be collected already).</summary>
    public bool Contains(nint address) => _weak.ContainsKey(address);

    public PyNativeInstance? Find(nint address)
    {
        if (_strong.TryGetValue(address, out var obj)) return obj;
        return _weak.TryGetValue(address, out var h) ? h.Target as PyNativeInstance : null;
    }

    /// <summary>Registers a proxy, strongly held; replaces a stale entry at the same address
    /// (memory freed by a tp_free this table did not see, then reused).</summary>
    public void Add(PyNativeInstance obj)
    {
        if (_weak.Remove(obj.Address, out var old)) old.Free();
        _weak[obj.Address] = GCHandle.Alloc(obj, GCHandleType.WeakTrackResurrection);
        _strong[obj.Address] = obj;
    }

    /// <summary>Whether the table holds the proxy strongly (C counts references on it).</summary>
    public bool IsStrong(nint address) => _strong.ContainsKey(address);

    public void SetStrong(nint address, bool strong)
    {
        if (!strong)
        {
            _strong.Remove(address);
            return;
        }
        if (_strong.ContainsKey(address)) return;
        if (_weak.TryGetValue(address, out var h) && h.Target is PyNativeInstance obj) _strong[address] = obj;
    }

    public void Remove(nint address)
    {
        _strong.Remove(address);
        if (_weak.Remove(address, out var h)) h.Free();
    }

    /// <summary>The live proxies (for the interpreter's end).</summary>
    public List<PyNativeInstance> Live()
    {
        var list = new List<PyNativeInstance>(_weak.Count);
        foreach (var h in _weak.Values)
            if (h.Target is PyNativeInstance p && !p.Freed) list.Add(p);
        return list;
    }

    public void Clear()
    {
        foreach (var h in _weak.Values) h.Free();
        _weak.Clear();
        _strong.Clear();
    }
}
