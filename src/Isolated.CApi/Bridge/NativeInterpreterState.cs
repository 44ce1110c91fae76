using System.Runtime.InteropServices;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.CApi.Bridge;

/// <summary>
/// What the C API keeps per interpreter: the handle behind its PyInterpreterState* and its
/// native arena. Hung on <see cref="Interpreter.NativeState"/> and disposed when it ends.
/// </summary>
internal sealed class NativeInterpreterState : IDisposable, Isolated.Modules.Gc.INativeCycleCollector
{
    public readonly Interpreter Interpreter;
    public readonly NativeArena Arena = new();

    /// <summary>Modules made from a PyModuleDef in this interpreter: their m_clear/m_free run and
    /// their state is freed when the interpreter ends.</summary>
    public readonly List<PyModule> ExtensionModules = new();

    /// <summary>PyState_AddModule's table: single-phase modules of this interpreter by their
    /// PyModuleDef's address.</summary>
    public readonly Dictionary<nint, PyModule> ModulesByDef = new();

    /// <summary>Instances with native memory (types made by PyType_FromSpec), by address.</summary>
    public readonly Extensions.NativeInstanceTable Instances = new();

    /// <summary>Proxies of host static objects that crossed while their ob_type was NULL
    /// (see NativeInstances.FromUntypedHostObject); usually empty.</summary>
    public readonly List<Extensions.PyNativeInstance> UntypedHostObjects = new();

    /// <summary>Collects cycles through the C fields of <see cref="Instances"/>.</summary>
    public readonly Extensions.NativeCycleCollector Collector;

    public int CollectNativeCycles(ThreadState ts)
    {
        ReleaseTemporaryReferences();
        return Instances.Count == 0 && Instances.Pending.IsEmpty ? 0 : Collector.Collect(ts);
    }

    /// <summary>Headers given a count until the next collection (ObjectBridge.BorrowedUntilCollection).</summary>
    public readonly List<nint> TemporaryReferences = new();

    /// <summary>Drops the counts of <see cref="TemporaryReferences"/> (at a collection, under the GIL).</summary>
    public unsafe void ReleaseTemporaryReferences()
    {
        if (TemporaryReferences.Count == 0) return;
        var list = TemporaryReferences.ToArray();
        TemporaryReferences.Clear();
        foreach (nint h in list)
        {
            *NativeArena.Flags(h) &= ~NativeArena.FlagTemporaryReference;
            if (--(*NativeArena.RefCount(h)) == 0) ObjectBridge.Dealloc(h);
        }
    }

    /// <summary>UTF-8 attribute names for Py_tp_getattr/Py_tp_setattr functions.</summary>
    public readonly Utf8NameCache AttributeNames = new();

    /// <summary>The types made by PyType_FromSpec in this interpreter.</summary>
    public readonly Dictionary<PyType, Extensions.NativeTypeInfo> NativeTypes = new(ReferenceEqualityComparer.Instance);

    /// <summary>Type data of managed instances of spec types over builtin bases (see ManagedTypeData);
    /// made on first use (a table is a finalizable object: not one per interpreter for nothing).</summary>
    public System.Runtime.CompilerServices.ConditionalWeakTable<PyObject, Extensions.ManagedTypeData>? ManagedTypeData;

    /// <summary>Types this interpreter made for the C API (capsules), created on first use.</summary>
    public PyType? CapsuleType;

    /// <summary>Non-zero when a .NET finalizer queued work (a capsule destructor, an instance's
    /// tp_dealloc) since the last drain: one read on the hot path instead of two queue checks.</summary>
    public int PendingWork;

    /// <summary>Runs what finalizers queued, if anything (under the GIL, ts current or not).</summary>
    public void DrainPending(ThreadState ts)
    {
        if (Volatile.Read(ref PendingWork) == 0) return;
        Interlocked.Exchange(ref PendingWork, 0);
        if (!PendingCapsules.IsEmpty) DrainPendingCapsules(ts);
        if (!Instances.Pending.IsEmpty) Extensions.NativeInstances.Drain(ts, this);
    }

    /// <summary>Capsules whose .NET finalizer ran: their destructors run under the GIL later.</summary>
    public readonly System.Collections.Concurrent.ConcurrentQueue<Extensions.PyCapsule> PendingCapsules = new();

    /// <summary>Capsules with a destructor, so that the interpreter's end can run those still alive.</summary>
    public readonly List<WeakReference<Extensions.PyCapsule>> LiveCapsules = new();

    /// <summary>Runs the destructors of capsules that died since the last call (under the GIL).</summary>
    public void DrainPendingCapsules(ThreadState ts)
    {
        while (PendingCapsules.TryDequeue(out var c)) Extensions.CapsuleType.Destroy(ts, c);
        if (LiveCapsules.Count > 64) LiveCapsules.RemoveAll(static w => !w.TryGetTarget(out var c) || c.Destroyed);
    }
    GCHandle _handle;

    NativeInterpreterState(Interpreter interp)
    {
        Interpreter = interp;
        Collector = new Extensions.NativeCycleCollector(this);
        _handle = GCHandle.Alloc(this);
    }

    public nint Pointer => GCHandle.ToIntPtr(_handle);

    public static NativeInterpreterState Of(Interpreter interp)
    {
        if (interp.NativeState is NativeInterpreterState s) return s;
        s = new NativeInterpreterState(interp);
        interp.NativeState = s;
        return s;
    }

    /// <summary>
    /// The C side of ending the interpreter, before its headers go: each extension module's
    /// m_clear and m_free (CPython calls them when the module is collected at the latest at
    /// interpreter end), then its state is freed. C code runs under the interpreter's GIL with a
    /// thread state current, as it may call back into the C API.
    /// </summary>
    void RunNativeFinalization()
    {
        if (ExtensionModules.Count == 0 && LiveCapsules.Count == 0 && PendingCapsules.IsEmpty
            && Instances.Count == 0 && Instances.Pending.IsEmpty) return;
        var holder = Interpreter.Gil.Holder;
        var ts = holder ?? Interpreter.NewThreadState();
        if (holder is null) Interpreter.Gil.Acquire(ts);
        var previous = Extensions.NativeCall.Enter(ts);
        try
        {
            DrainPendingCapsules(ts);
            foreach (var w in LiveCapsules)
                if (w.TryGetTarget(out var capsule)) Extensions.CapsuleType.Destroy(ts, capsule);
            LiveCapsules.Clear();
            foreach (var module in ExtensionModules)
                if (module.NativeState is Extensions.ExtensionModuleState st) ReleaseModule(ts, module, st);
            ExtensionModules.Clear();
            Extensions.NativeInstances.EndInterpreter(ts, this);
        }
        finally
        {
            Extensions.NativeCall.Leave(previous);
            if (holder is null)
            {
                Interpreter.Gil.Release(ts);
                Interpreter.DeleteThreadState(ts);
            }
        }
    }

    static unsafe void ReleaseModule(ThreadState ts, PyModule module, Extensions.ExtensionModuleState st)
    {
        if (st.Released) return;
        st.Released = true;
        var def = st.Def;
        nint m = Extensions.NativeCall.Ref(ts, module);
        if (def->Clear != 0) ((delegate* unmanaged<nint, int>)def->Clear)(m);
        ts.CurrentException = null;
        if (def->Free != 0 && (def->Size <= 0 || st.State != 0)) ((delegate* unmanaged<nint, void>)def->Free)(m);
        ts.CurrentException = null;
        Extensions.NativeCall.Release(m);
        st.FreeState();
    }

    public static Interpreter? FromPointer(nint p)
    {
        if (p == 0) return null;
        return (GCHandle.FromIntPtr(p).Target as NativeInterpreterState)?.Interpreter;
    }

    public void Dispose()
    {
        try
        {
            RunNativeFinalization();
        }
        catch (Exception)
        {
            // Best effort, as the rest of finalization: the arena is released regardless.
        }
        Arena.Dispose();
        AttributeNames.Dispose();
        if (_handle.IsAllocated) _handle.Free();
    }
}
