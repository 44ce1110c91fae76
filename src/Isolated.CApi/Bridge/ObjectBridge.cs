using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.CApi.Bridge;

/// <summary>
/// Turns managed objects into PyObject* and back (DESIGN §6). An object gets a header the first
/// time it crosses; the same header serves every later crossing while it lives. Types and the
/// interpreter's singletons are immortal (CPython 3.12's rule): Py_DECREF never frees them, the
/// end of the interpreter does.
/// </summary>
internal static unsafe class ObjectBridge
{
    /// <summary>A new reference to <paramref name="obj"/> (the caller owns one count).</summary>
    public static nint NewReference(Interpreter interp, PyObject obj)
    {
        if (obj is Extensions.PyNativeInstance native)
        {
            // C holds a reference again: the proxy must stay alive for it.
            if (++(*NativeArena.RefCount(native.Address)) == 1)
                NativeInterpreterState.Of(interp).Instances.SetStrong(native.Address, true);
            return native.Address;
        }
        nint h = EnsureHeader(interp, obj);
        if ((*NativeArena.Flags(h) & NativeArena.FlagParked) != 0) NativeInterpreterState.Of(interp).Arena.Unpark(h, obj);
        (*NativeArena.RefCount(h))++;
        return h;
    }

    /// <summary>Whether <paramref name="p"/> is an object with native memory (its type, or a base
    /// in its layout chain, was made by PyType_FromSpec): its header is the C struct's
    /// PyObject_HEAD, not an arena header, so the fields after ob_type are C's.</summary>
    public static bool IsNativeInstance(nint p)
    {
        nint t = *NativeArena.TypeSlot(p);
        return t != 0 && (*NativeArena.Flags(t) & NativeArena.FlagNativeLayoutType) != 0;
    }

    /// <summary>
    /// A borrowed reference: valid while the object's owner keeps it, as CPython documents. The
    /// managed owner (a tuple, a dict, the interpreter) cannot tell C when it lets go, so the
    /// header's count gets one reference held by the interpreter itself: a host's
    /// Py_INCREF/Py_DECREF pair on a borrowed pointer can never free the header under the owner.
    /// Such headers live until the interpreter ends (a bounded cost: at most one header per object
    /// that ever crossed as a borrowed reference).
    /// </summary>
    public static nint Borrowed(Interpreter interp, PyObject obj)
    {
        // A native instance's memory lives as long as its proxy, which the owner keeps.
        if (obj is Extensions.PyNativeInstance native) return native.Address;
        nint h = EnsureHeader(interp, obj);
        if ((*NativeArena.Flags(h) & NativeArena.FlagParked) != 0) NativeInterpreterState.Of(interp).Arena.Unpark(h, obj);
        if ((*NativeArena.Flags(h) & NativeArena.FlagInterpreterReference) == 0)
        {
            *NativeArena.Flags(h) |= NativeArena.FlagInterpreterReference;
            (*NativeArena.RefCount(h))++;
        }
        return h;
    }

    /// <summary>
    /// A borrowed reference to an item of <paramref name="container"/> (the header of a tuple,
    /// list or dict C holds): the container's header keeps one count on the item's header until
    /// C's last count on the container goes (see NativeArena.Park) — so an argument
    /// PyArg_ParseTuple hands out lives as long as the call's arguments tuple, not as long as the
    /// interpreter (see <see cref="Borrowed"/>), and C's own Py_INCREF on it keeps it alive after.
    /// </summary>
    public static nint BorrowedFrom(Interpreter interp, nint container, PyObject item)
    {
        if (item is Extensions.PyNativeInstance native) return native.Address;
        // A container C counts no reference on (a parked header C kept as borrowed), or one that
        // lives as long as the interpreter anyway, cannot tell when C is done with its items.
        long containerCount = container == 0 ? 0 : *NativeArena.RefCount(container);
        if (containerCount <= 0 || containerCount >= NativeArena.ImmortalRefCount || IsNativeInstance(container)
            || (*NativeArena.Flags(container) & (NativeArena.FlagInterpreterReference | NativeArena.FlagParked)) != 0)
            return Borrowed(interp, item);
        nint h = EnsureHeader(interp, item);
        var arena = NativeInterpreterState.Of(interp).Arena;
        if (arena.Lend(container, h))
        {
            if ((*NativeArena.Flags(h) & NativeArena.FlagParked) != 0) arena.Unpark(h, item);
            (*NativeArena.RefCount(h))++;
        }
        return h;
    }

    /// <summary>
    /// A borrowed reference whose owner cannot keep it (PyWeakref_GetObject: the referent may die
    /// at any time): valid until the next collection (gc.collect(), PyGC_Collect, an automatic
    /// collection of native cycles), when the interpreter lets go of it — as in CPython, where the
    /// collector may free the referent then too. C keeps it longer with Py_INCREF.
    /// </summary>
    public static nint BorrowedUntilCollection(Interpreter interp, PyObject obj)
    {
        if (obj is Extensions.PyNativeInstance native) return native.Address;
        nint h = EnsureHeader(interp, obj);
        if ((*NativeArena.Flags(h) & NativeArena.FlagTemporaryReference) == 0 && *NativeArena.RefCount(h) < NativeArena.ImmortalRefCount)
        {
            var state = NativeInterpreterState.Of(interp);
            if ((*NativeArena.Flags(h) & NativeArena.FlagParked) != 0) state.Arena.Unpark(h, obj);
            *NativeArena.Flags(h) |= NativeArena.FlagTemporaryReference;
            (*NativeArena.RefCount(h))++;
            state.TemporaryReferences.Add(h);
        }
        return h;
    }

    public static PyObject? FromNative(nint p)
    {
        if (p == 0) return null;
        // A live arena header always has a type: NULL is a host's static object not yet typed
        // (Api.Arg finds its proxy), whose other fields are C's, never a handle.
        if (*NativeArena.TypeSlot(p) == 0) return null;
        if (IsNativeInstance(p)) return Extensions.NativeInstances.FromAddress(p, *NativeArena.TypeSlot(p));
        var obj = NativeArena.ObjectOf(p);
        if ((*NativeArena.Flags(p) & NativeArena.FlagWritableBytes) != 0 && obj is PyBytes b
            && obj.Type.Owner.NativeState is NativeInterpreterState state)
            state.Arena.SyncWrittenBytes(p, b);
        return obj;
    }

    static nint EnsureHeader(Interpreter interp, PyObject obj)
    {
        if (obj.NativeHeader != 0) return obj.NativeHeader;
        var arena = NativeInterpreterState.Of(interp).Arena;
        if (obj is PyType type)
        {
            // Allocate before resolving the metatype: `type` is its own type.
            nint th = arena.Allocate(type, NativeArena.ImmortalRefCount, 0);
            *NativeArena.TypeSlot(th) = EnsureHeader(interp, type.Type);
            if (Extensions.NativeInstances.HasNativeLayout(type)) *NativeArena.Flags(th) |= NativeArena.FlagNativeLayoutType;
            return th;
        }
        long initial = IsImmortal(interp, obj) ? NativeArena.ImmortalRefCount : 0;
        return arena.Allocate(obj, initial, EnsureHeader(interp, obj.Type));
    }

    static bool IsImmortal(Interpreter interp, PyObject obj) =>
        ReferenceEquals(obj, interp.None) || ReferenceEquals(obj, interp.True) || ReferenceEquals(obj, interp.False)
        || ReferenceEquals(obj, interp.Ellipsis) || ReferenceEquals(obj, interp.NotImplemented)
        || ReferenceEquals(obj, interp.EmptyStr) || ReferenceEquals(obj, interp.EmptyTuple)
        || obj is PyBytes { Length: 0 } b && ReferenceEquals(b, interp.EmptyBytes);

    /// <summary>
    /// Py_INCREF raised a count from zero (object.h calls in for that transition only): C used a
    /// pointer it kept after its count went (a borrowed reference, valid while another owner
    /// holds the object) and owns a reference again. A parked header holds its object only
    /// weakly, so it becomes strong again, as <see cref="NewReference"/> does. Native instances
    /// need nothing: their proxy's finalizer finds the count and rescues them (NativeCycleCollector).
    /// </summary>
    public static void CountedAgain(nint p)
    {
        // NULL ob_type: a host's static object not yet typed, whose memory is the host's.
        if (p == 0 || *NativeArena.TypeSlot(p) == 0 || IsNativeInstance(p)) return;
        if ((*NativeArena.Flags(p) & NativeArena.FlagParked) == 0) return;
        // Collected already: C incremented a pointer past its object's life (freed in CPython too).
        if (NativeArena.ObjectOf(p) is not PyObject obj || obj.NativeHeader != p) return;
        if (obj.Type.Owner.NativeState is NativeInterpreterState state) state.Arena.Unpark(p, obj);
    }

    /// <summary>_Py_Dealloc: the count reached zero. Items the header lent counts to are
    /// released in a loop (a chain of containers C walked needs no deep stack).</summary>
    public static void Dealloc(nint p)
    {
        var lent = DeallocOne(p);
        if (lent is null) return;
        var work = new Stack<(HashSet<nint> Items, NativeArena Arena)>();
        work.Push(lent.Value);
        while (work.TryPop(out var next))
        {
            foreach (nint item in next.Items)
                if (--(*NativeArena.RefCount(item)) == 0 && DeallocOne(item) is { } more) work.Push(more);
            next.Arena.Recycle(next.Items);
        }
    }

    static (HashSet<nint>, NativeArena)? DeallocOne(nint p)
    {
        // NULL ob_type: a host's static object not yet typed, whose memory is the host's.
        if (p == 0 || *NativeArena.TypeSlot(p) == 0) return null;
        if (IsNativeInstance(p))
        {
            Extensions.NativeInstances.OnZero(p);
            return null;
        }
        var obj = NativeArena.ObjectOf(p);
        if (obj is null)
        {
            // The object went while C still counted it (a bug the cycle collector guards against):
            // at least the header goes back to its interpreter's arena.
            if (NativeArena.ObjectOf(*NativeArena.TypeSlot(p)) is PyType t && t.Owner.NativeState is NativeInterpreterState owner)
                return Lent(owner.Arena, owner.Arena.Free(p));
            return null;
        }
        var interp = obj.Type.Owner;
        if (obj is PyType || IsImmortal(interp, obj))
        {
            *NativeArena.RefCount(p) = NativeArena.ImmortalRefCount;
            return null;
        }
        return interp.NativeState is NativeInterpreterState state ? Lent(state.Arena, state.Arena.Park(p)) : null;
    }

    static (HashSet<nint>, NativeArena)? Lent(NativeArena arena, HashSet<nint>? items) =>
        items is null ? null : (items, arena);
}
