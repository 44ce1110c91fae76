using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Isolated.CApi.Bridge;
using Isolated.Objects;

namespace Isolated.CApi.Extensions;

/// <summary>
/// One run of tp_traverse calls (see <see cref="NativeCycleCollector"/>): the visitproc handed to C
/// finds this object through its <c>arg</c> and records, per visited header, how many references
/// the traversed instances hold (<see cref="Visits"/>), and what the current instance visited —
/// as objects (<see cref="Edges"/>) or, when <see cref="Members"/> restricts the run to a set of
/// instances, as indexes into that set (<see cref="MemberEdges"/>).
/// </summary>
internal sealed unsafe class NativeTraversal : IDisposable
{
    public readonly Dictionary<nint, int> Visits = new();
    public readonly List<PyObject> Edges = new();
    public readonly Dictionary<nint, int>? Members;
    public readonly List<int> MemberEdges = new();
    GCHandle _self;

    public NativeTraversal(Dictionary<nint, int>? members = null)
    {
        Members = members;
        _self = GCHandle.Alloc(this);
    }

    /// <summary>Calls <paramref name="traverse"/> (a tp_traverse) on the instance at
    /// <paramref name="address"/>, after clearing what the previous instance visited.</summary>
    public void Traverse(nint traverse, nint address)
    {
        Edges.Clear();
        MemberEdges.Clear();
        ((delegate* unmanaged<nint, delegate* unmanaged<nint, nint, int>, nint, int>)traverse)(address, &Visit, GCHandle.ToIntPtr(_self));
    }

    [UnmanagedCallersOnly]
    static int Visit(nint obj, nint arg)
    {
        if (obj == 0 || arg == 0) return 0;
        try
        {
            (GCHandle.FromIntPtr(arg).Target as NativeTraversal)?.Record(obj);
        }
        catch (Exception)
        {
            // Never unwind into C. A reference not counted only keeps its object rooted (the safe side).
        }
        return 0;
    }

    void Record(nint header)
    {
        if (Members is not null)
        {
            if (!Members.TryGetValue(header, out int index)) return;
            MemberEdges.Add(index);
            CollectionsMarshal.GetValueRefOrAddDefault(Visits, header, out _)++;
            return;
        }
        // Immortal objects (types, singletons) are never collected: nothing to learn.
        if (*NativeArena.RefCount(header) >= NativeArena.ImmortalRefCount) return;
        var obj = ObjectBridge.FromNative(header);
        if (obj is null) return;
        Edges.Add(obj);
        CollectionsMarshal.GetValueRefOrAddDefault(Visits, header, out _)++;
    }

    public void Dispose()
    {
        if (_self.IsAllocated) _self.Free();
    }
}
