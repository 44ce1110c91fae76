using Isolated.CApi.Bridge;
using Isolated.Objects;

namespace Isolated.CApi.Extensions;

/// <summary>
/// The managed side of an instance whose memory is native: an object of a type made by
/// PyType_FromSpec (or a Python subclass of one), laid out as C asked (PyObject_HEAD, then the
/// C struct). Its PyObject* is <see cref="Address"/> itself, so C reads its fields directly.
///
/// Lifetime: the memory must outlive both kinds of reference. While ob_refcnt &gt; 0 (C holds
/// references) the interpreter's <see cref="NativeInstanceTable"/> holds this proxy strongly;
/// when the count drops to 0 the hold becomes weak, and when .NET finds the proxy unreachable its
/// finalizer queues it on the interpreter (resurrecting it), where tp_finalize and tp_dealloc run
/// later under the GIL — unless C took a reference again meanwhile (an inline Py_INCREF of a
/// borrowed pointer), in which case the proxy is held strongly again.
/// </summary>
internal sealed class PyNativeInstance : PyObject, IInstanceDict
{
    public readonly nint Address;

    /// <summary>The memory belongs to the host (a static object made with PyObject_HEAD_INIT):
    /// the runtime never finalizes or frees it.</summary>
    public readonly bool HostOwned;

    /// <summary>tp_dealloc ran or the memory was freed: the proxy is dead.</summary>
    public bool Freed;

    /// <summary>tp_finalize ran (PEP 442: once per object).</summary>
    public bool Finalized;

    /// <summary>Tracked by the cycle collector (PyObject_GC_Track / PyObject_GC_UnTrack): only a
    /// tracked instance of a Py_TPFLAGS_HAVE_GC type is traversed.</summary>
    public bool Tracked;

    /// <summary>What tp_traverse visited, only while a collection is looking (see
    /// NativeCycleCollector): the managed edges that let .NET see references held in C fields.</summary>
    public PyObject[]? Edges;

    public PyDict? InstanceDict { get; set; }

    public PyNativeInstance(PyType type, nint address, bool hostOwned) : base(type)
    {
        Address = address;
        HostOwned = hostOwned;
        NativeHeader = address;
    }

    ~PyNativeInstance()
    {
        if (Freed || HostOwned) return;
        if (Type.Owner.NativeState is NativeInterpreterState state)
        {
            state.Instances.Pending.Enqueue(this);
            Interlocked.Exchange(ref state.PendingWork, 1);
        }
    }
}
