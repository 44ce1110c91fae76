using System.Runtime.InteropServices;
using Isolated.CApi.Bridge;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.CApi.Extensions;

/// <summary>
/// Allocation, lookup and destruction of native instances (see <see cref="PyNativeInstance"/>):
/// tp_alloc/tp_free, the object bridge's questions about them, and the deferred tp_finalize /
/// tp_dealloc of instances nothing references any more.
/// </summary>
internal static unsafe class NativeInstances
{
    /// <summary>sizeof(PyObject): the basicsize of a type that adds no fields to object.</summary>
    public const int ObjectSize = 16;

    /// <summary>Where a type's own data starts after a base layout of <paramref name="baseSize"/>
    /// bytes: aligned to max_align_t (16), as CPython's PyObject_GetTypeData.</summary>
    public static int AlignedDataOffset(int baseSize) => (baseSize + 15) & ~15;

    /// <summary>The C layout size of <paramref name="type"/>'s base (object's header for object
    /// or a builtin base).</summary>
    public static int BaseLayoutSize(PyType type) =>
        type.Base is { } b ? LayoutInfo(b)?.BasicSize ?? ObjectSize : ObjectSize;

    /// <summary>Whether instances of <paramref name="type"/> have native memory: it or a base in its
    /// layout chain was made from a spec with a C struct.</summary>
    public static bool HasNativeLayout(PyType type)
    {
        for (var t = type; t is not null; t = t.Base)
            if (t.HasFlag(TypeFlags.Native)) return true;
        return false;
    }

    /// <summary>The nearest spec-made type in <paramref name="type"/>'s layout chain.</summary>
    public static NativeTypeInfo? LayoutInfo(PyType type)
    {
        if (type.Owner.NativeState is not NativeInterpreterState state) return null;
        return Resolved(state, type).Layout;
    }

    /// <summary>A slot's C value as PyType_GetSlot sees it: the first type of the MRO that was
    /// given the slot in its spec.</summary>
    public static nint SlotOf(PyType type, int slot)
    {
        if (type.Owner.NativeState is not NativeInterpreterState state || (uint)slot > NativeTypeInfo.LastSlot) return 0;
        return Resolved(state, type).Slots[slot];
    }

    /// <summary>A type's slots and layout resolved along its MRO once (the MRO of a type made
    /// from a spec, and of its subclasses, is fixed when they are created).</summary>
    static ResolvedType Resolved(NativeInterpreterState state, PyType type)
    {
        if (type.ClassData?.NativeData is ResolvedType known) return known;
        var slots = new nint[NativeTypeInfo.LastSlot + 1];
        var infos = new List<NativeTypeInfo>();
        foreach (var t in type.Mro)
        {
            if (!state.NativeTypes.TryGetValue(t, out var info)) continue;
            infos.Add(info);
            foreach (var (number, value) in info.Slots)
                if (slots[number] == 0) slots[number] = value;
        }
        NativeTypeInfo? layout = null;
        for (var t = type; t is not null && layout is null; t = t.Base)
            state.NativeTypes.TryGetValue(t, out layout);
        var r = new ResolvedType(slots, layout, infos.ToArray());
        ClassData.Of(type).NativeData = r;
        return r;
    }

    /// <summary>The spec-made types of <paramref name="type"/>'s MRO, in MRO order.</summary>
    public static NativeTypeInfo[] InfosOf(PyType type)
    {
        if (type.Owner.NativeState is not NativeInterpreterState state) return [];
        return Resolved(state, type).Infos;
    }

    /// <summary>The proxy of the native object at <paramref name="address"/> (its ob_type is the
    /// type header <paramref name="typeHeader"/>): the registered one, or a new one for memory the
    /// runtime did not allocate (a host's static object), which the runtime then never frees.</summary>
    public static PyObject? FromAddress(nint address, nint typeHeader)
    {
        if (NativeArena.ObjectOf(typeHeader) is not PyType type) return null;
        var state = NativeInterpreterState.Of(type.Owner);
        var obj = state.Instances.Find(address);
        if (obj is null)
        {
            obj = new PyNativeInstance(type, address, hostOwned: true);
            state.Instances.Add(obj);
        }
        else if (!ReferenceEquals(obj.Type, type))
            obj.Type = type;   // C assigned ob_type
        return obj;
    }

    /// <summary>The proxy of a host's static object whose ob_type is still NULL
    /// (PyObject_HEAD_INIT(NULL), the type assigned later, as vim does for its sys.stdout, set before
    /// `import vim` creates the type). CPython stores such an object without looking at its type;
    /// here it is an `object` until <see cref="AssignHostObjectTypes"/> sees the type C gave it.</summary>
    public static PyObject FromUntypedHostObject(ThreadState ts, nint address)
    {
        var state = NativeInterpreterState.Of(ts.Interpreter);
        var obj = state.Instances.Find(address);
        if (obj is not null) return obj;
        obj = new PyNativeInstance(ts.Interpreter.Types.Object, address, hostOwned: true);
        state.Instances.Add(obj);
        state.UntypedHostObjects.Add(obj);
        return obj;
    }

    /// <summary>Gives the proxies of untyped host objects the type C has assigned them since
    /// (called where C code returns: module init functions, C methods, the run functions).</summary>
    public static void AssignHostObjectTypes(Interpreter interp)
    {
        if (interp.NativeState is not NativeInterpreterState state || state.UntypedHostObjects.Count == 0) return;
        var list = state.UntypedHostObjects;
        for (int i = list.Count - 1; i >= 0; i--)
        {
            var obj = list[i];
            nint typeHeader = *NativeArena.TypeSlot(obj.Address);
            if (typeHeader == 0) continue;
            if (NativeArena.ObjectOf(typeHeader) is PyType type && ReferenceEquals(type.Owner, interp)) obj.Type = type;
            list.RemoveAt(i);
        }
    }

    /// <summary>tp_alloc (PyType_GenericAlloc): zeroed memory for basicsize + (nitems + 1) *
    /// itemsize bytes, ob_refcnt 1, ob_type set (and ob_size for variable-size types).
    /// <paramref name="track"/>: whether the cycle collector tracks it from the start
    /// (PyType_GenericAlloc) or only after PyObject_GC_Track (PyObject_GC_New).</summary>
    public static PyNativeInstance? Allocate(ThreadState ts, PyType type, long nitems, bool track = true)
    {
        var info = LayoutInfo(type);
        if (info is null || !HasNativeLayout(type))
        {
            ts.Raise(ExceptionKind.SystemError, $"PyType_GenericAlloc: type '{type.Name}' was not made by PyType_FromSpec with a C instance layout");
            return null;
        }
        if (nitems < 0)
        {
            ts.Raise(ExceptionKind.SystemError, "PyType_GenericAlloc: negative item count");
            return null;
        }
        var state = NativeInterpreterState.Of(ts.Interpreter);
        state.DrainPending(ts);
        bool traverses = NativeCycleCollector.Traverses(type, out _);
        if (traverses) state.Collector.CountAllocation(ts);
        long size = info.BasicSize + (info.ItemSize == 0 ? 0 : (nitems + 1) * info.ItemSize);
        nint p = (nint)NativeMemory.AllocZeroed((nuint)size);
        *NativeArena.RefCount(p) = 1;
        *NativeArena.TypeSlot(p) = ObjectBridge.Borrowed(ts.Interpreter, type);
        if (info.ItemSize != 0) *(long*)(p + ObjectSize) = nitems;
        var obj = new PyNativeInstance(type, p, hostOwned: false) { Tracked = track && traverses };
        state.Instances.Add(obj);
        return obj;
    }

    /// <summary>tp_free (PyObject_GC_Del / PyObject_Free of an instance): forgets the proxy and
    /// frees the memory, unless the host owns it.</summary>
    public static void Free(nint address)
    {
        if (address == 0) return;
        nint typeHeader = *NativeArena.TypeSlot(address);
        if (typeHeader != 0 && NativeArena.ObjectOf(typeHeader) is PyType type && type.Owner.NativeState is NativeInterpreterState state)
        {
            var obj = state.Instances.Find(address);
            state.Instances.Remove(address);
            if (obj is not null)
            {
                obj.Freed = true;
                if (obj.HostOwned) return;
            }
        }
        NativeMemory.Free((void*)address);
    }

    /// <summary>_Py_Dealloc of a native instance: C let go of its last reference. The proxy may
    /// still be referenced from Python, so only the table's hold on it becomes weak; destruction
    /// follows when the proxy is collected.</summary>
    public static void OnZero(nint address)
    {
        nint typeHeader = *NativeArena.TypeSlot(address);
        if (NativeArena.ObjectOf(typeHeader) is PyType type && type.Owner.NativeState is NativeInterpreterState state
            && !state.Collector.OnZero(address))
            state.Instances.SetStrong(address, false);
    }

    /// <summary>Destroys the instances whose proxies were collected since the last call (see
    /// <see cref="NativeCycleCollector.Drain"/>).</summary>
    public static void Drain(ThreadState ts, NativeInterpreterState state) => state.Collector.Drain(ts, out _);

    /// <summary>tp_dealloc (tp_free by default) of an instance nothing references, with ts current;
    /// tp_finalize has run already where the type has one.</summary>
    public static void Dealloc(ThreadState ts, NativeInterpreterState state, PyNativeInstance obj)
    {
        nint dealloc = SlotOf(obj.Type, NativeTypeInfo.TpDealloc);
        if (dealloc == 0)
        {
            Free(obj.Address);
            return;
        }
        ((delegate* unmanaged<nint, void>)dealloc)(obj.Address);
        ts.CurrentException = null;
        if (!obj.Freed)
        {
            // tp_dealloc freed the memory some other way (or leaked it): the object is dead.
            obj.Freed = true;
            state.Instances.Remove(obj.Address);
        }
    }

    /// <summary>
    /// The interpreter's end: instances nothing references are destroyed through the normal path
    /// (collect, finalize, dealloc, a few rounds as deallocs release others); those still held (by
    /// references the host leaked, or cycles through C fields) get tp_clear, one more round, and
    /// then their memory is freed without tp_dealloc. Host-owned memory is never freed.
    /// </summary>
    public static void EndInterpreter(ThreadState ts, NativeInterpreterState state)
    {
        if (state.Instances.Count == 0 && state.Instances.Pending.IsEmpty) return;
        // Cycles through C fields first: they get tp_finalize, tp_clear and tp_dealloc in order.
        state.Collector.Collect(ts);
        for (int round = 0; round < 8; round++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            if (state.Instances.Pending.IsEmpty) break;
            Drain(ts, state);
        }
        var live = state.Instances.Live();
        if (live.Count > 0)
        {
            var previous = NativeCall.Enter(ts);
            try
            {
                foreach (var obj in live)
                {
                    nint clear = obj.HostOwned || obj.Freed ? 0 : SlotOf(obj.Type, NativeTypeInfo.TpClear);
                    if (clear != 0) ((delegate* unmanaged<nint, int>)clear)(obj.Address);
                    ts.CurrentException = null;
                }
            }
            finally { NativeCall.Leave(previous); }
            live.Clear();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            Drain(ts, state);
            foreach (var obj in state.Instances.Live())
            {
                obj.Freed = true;
                if (!obj.HostOwned) NativeMemory.Free((void*)obj.Address);
            }
        }
        state.Instances.Clear();
    }
}
