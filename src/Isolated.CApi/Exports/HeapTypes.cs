using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.CApi.Bridge;
using Isolated.CApi.Extensions;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.CApi.Exports;

/// <summary>Types made by C (typeobject.h): PyType_FromSpec and friends, PyType_GetSlot, the
/// module a type belongs to, and instance allocation (tp_alloc / tp_free, the GC object
/// functions). The .NET GC traces managed references; C references are roots while counted, so
/// the GC tracking calls have nothing to do beyond being valid.</summary>
internal static unsafe class HeapTypes
{
    [UnmanagedCallersOnly(EntryPoint = "PyType_FromSpec")]
    public static nint PyType_FromSpec(NativeTypeSpec* spec) => FromSpec(spec, 0, 0, 0, "PyType_FromSpec");

    [UnmanagedCallersOnly(EntryPoint = "PyType_FromSpecWithBases")]
    public static nint PyType_FromSpecWithBases(NativeTypeSpec* spec, nint bases) => FromSpec(spec, bases, 0, 0, "PyType_FromSpecWithBases");

    [UnmanagedCallersOnly(EntryPoint = "PyType_FromModuleAndSpec")]
    public static nint PyType_FromModuleAndSpec(nint module, NativeTypeSpec* spec, nint bases) => FromSpec(spec, bases, module, 0, "PyType_FromModuleAndSpec");

    [UnmanagedCallersOnly(EntryPoint = "PyType_FromMetaclass")]
    public static nint PyType_FromMetaclass(nint metaclass, nint module, NativeTypeSpec* spec, nint bases) => FromSpec(spec, bases, module, metaclass, "PyType_FromMetaclass");

    static nint FromSpec(NativeTypeSpec* spec, nint bases, nint module, nint metaclass, string function)
    {
        var ts = Api.Ts(function);
        if (ts is null) return 0;
        try
        {
            PyObject? b = null;
            PyModule? m = null;
            PyType? meta = null;
            if (bases != 0 && (b = Api.Arg(ts, bases)) is null) return 0;
            if (module != 0)
            {
                var mo = Api.Arg(ts, module);
                if (mo is null) return 0;
                m = mo as PyModule;
                if (m is null)
                {
                    ts.Raise(ExceptionKind.TypeError, $"{function}: module must be a module object");
                    return 0;
                }
            }
            if (metaclass != 0)
            {
                meta = Api.Arg<PyType>(ts, metaclass, function);
                if (meta is null) return 0;
                if (!meta.IsSubtypeOf(ts.Interpreter.Types.Type))
                {
                    ts.Raise(ExceptionKind.TypeError, "Metaclass is not a subclass of type");
                    return 0;
                }
            }
            return Api.New(ts, TypeFactory.FromSpec(ts, spec, b, m, meta));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    static PyType? Type(ThreadState ts, nint type, string function) => Api.Arg<PyType>(ts, type, function);

    /// <summary>PyType_GetSlot: the C value of the slot, inherited along the MRO; tp_alloc and
    /// tp_free default to PyType_GenericAlloc and PyObject_GC_Del, tp_new of an instantiable type
    /// without a C one to PyType_GenericNew. Slots the runtime implements in C# have no C function:
    /// NULL.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyType_GetSlot")]
    public static nint PyType_GetSlot(nint type, int slot)
    {
        var ts = Api.Ts("PyType_GetSlot");
        if (ts is null) return 0;
        var t = Type(ts, type, "PyType_GetSlot");
        if (t is null) return 0;
        if (slot < 1 || slot > NativeTypeInfo.LastSlot)
        {
            ts.Raise(ExceptionKind.SystemError, "bad argument to internal function");
            return 0;
        }
        nint v = NativeInstances.SlotOf(t, slot);
        if (v != 0) return v;
        return slot switch
        {
            NativeTypeInfo.TpAlloc => (nint)(delegate* unmanaged<nint, nint, nint>)&PyType_GenericAlloc,
            NativeTypeInfo.TpFree => (nint)(delegate* unmanaged<nint, void>)&PyObject_GC_Del,
            NativeTypeInfo.TpNew when t.Slots.New is not null && NativeInstances.HasNativeLayout(t)
                => (nint)(delegate* unmanaged<nint, nint, nint, nint>)&PyType_GenericNew,
            NativeTypeInfo.TpInit when !t.HasFlag(TypeFlags.HeapType)
                => (nint)(delegate* unmanaged<nint, nint, nint, int>)&BuiltinInit,
            _ => 0,
        };
    }

    /// <summary>What PyType_GetSlot(builtin, Py_tp_init) returns: C code calls its base's tp_init
    /// from its own (the tutorial's SubList calls list's). One function serves every builtin type,
    /// so it runs the __init__ of the first builtin type in the instance's MRO: the builtin base
    /// the calling spec type extends.</summary>
    [UnmanagedCallersOnly]
    static int BuiltinInit(nint self, nint args, nint kwds)
    {
        var ts = Api.Ts("tp_init");
        if (ts is null) return -1;
        try
        {
            var o = Api.Arg(ts, self);
            if (o is null) return -1;
            if ((args != 0 ? Api.Arg(ts, args) : ts.Interpreter.EmptyTuple) is not PyTuple a)
            {
                if (!ts.HasError) ts.Raise(ExceptionKind.SystemError, "tp_init: the arguments must be a tuple");
                return -1;
            }
            PyObject? k = kwds == 0 ? null : Api.Arg(ts, kwds);
            if (kwds != 0 && k is null) return -1;
            PyType? builtin = null;
            foreach (var t in o.Type.Mro)
                if (!t.HasFlag(TypeFlags.HeapType)) { builtin = t; break; }
            var init = (builtin ?? ts.Interpreter.Types.Object).LookupMro(ts.Interpreter.Intern("__init__"));
            if (init is null) { ts.Raise(ExceptionKind.SystemError, "tp_init: no __init__ to call"); return -1; }
            var all = new PyObject[a.Count + 1];
            all[0] = o;
            a.Items.AsSpan(0, a.Count).CopyTo(all.AsSpan(1));
            return ObjectProtocol.Call(ts, init, ts.Interpreter.Tuple(all), k) is null ? -1 : 0;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    static NativeTypeInfo? Info(ThreadState ts, PyType t) =>
        NativeInterpreterState.Of(ts.Interpreter).NativeTypes.GetValueOrDefault(t);

    [UnmanagedCallersOnly(EntryPoint = "PyType_GetModule")]
    public static nint PyType_GetModule(nint type)
    {
        var ts = Api.Ts("PyType_GetModule");
        if (ts is null) return 0;
        var t = Type(ts, type, "PyType_GetModule");
        if (t is null) return 0;
        if (!t.HasFlag(TypeFlags.HeapType))
        {
            ts.Raise(ExceptionKind.TypeError, $"PyType_GetModule: Type '{t.Name}' is not a heap type");
            return 0;
        }
        if (Info(ts, t)?.Module is not { } m)
        {
            ts.Raise(ExceptionKind.TypeError, $"PyType_GetModule: Type '{t.Name}' has no associated module");
            return 0;
        }
        return Api.Borrow(ts, m);
    }

    [UnmanagedCallersOnly(EntryPoint = "PyType_GetModuleState")]
    public static nint PyType_GetModuleState(nint type)
    {
        var ts = Api.Ts("PyType_GetModuleState");
        if (ts is null) return 0;
        var t = Type(ts, type, "PyType_GetModuleState");
        if (t is null) return 0;
        if (Info(ts, t)?.Module is not { } m)
        {
            ts.Raise(ExceptionKind.TypeError, t.HasFlag(TypeFlags.HeapType)
                ? $"PyType_GetModule: Type '{t.Name}' has no associated module"
                : $"PyType_GetModule: Type '{t.Name}' is not a heap type");
            return 0;
        }
        return m.NativeState is ExtensionModuleState st ? st.State : 0;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyType_GetModuleByDef")]
    public static nint PyType_GetModuleByDef(nint type, NativeModuleDef* def)
    {
        var ts = Api.Ts("PyType_GetModuleByDef");
        if (ts is null) return 0;
        var t = Type(ts, type, "PyType_GetModuleByDef");
        if (t is null) return 0;
        foreach (var info in NativeInstances.InfosOf(t))
            if (info.Module is { NativeState: ExtensionModuleState st } m && st.Def == def)
                return Api.Borrow(ts, m);
        ts.Raise(ExceptionKind.TypeError, $"PyType_GetModuleByDef: No superclass of '{t.Name}' has the given module");
        return 0;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyType_GetName")]
    public static nint PyType_GetName(nint type) => Api.Unary(type, "PyType_GetName", static (ts, t) =>
        t is PyType pt ? ts.Interpreter.Str(pt.Name) : ts.Raise(ExceptionKind.SystemError, "PyType_GetName: bad argument to internal function"));

    [UnmanagedCallersOnly(EntryPoint = "PyType_GetQualName")]
    public static nint PyType_GetQualName(nint type) => Api.Unary(type, "PyType_GetQualName", static (ts, t) =>
        t is PyType pt ? ts.Interpreter.Str(pt.QualName) : ts.Raise(ExceptionKind.SystemError, "PyType_GetQualName: bad argument to internal function"));

    /// <summary>Every type the runtime hands out is ready; PyTypeObject is opaque here, so C cannot
    /// make a static type that would need readying.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyType_Ready")]
    public static int PyType_Ready(nint type)
    {
        var ts = Api.Ts("PyType_Ready");
        if (ts is null) return -1;
        return Type(ts, type, "PyType_Ready") is null ? -1 : 0;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyType_Modified")]
    public static void PyType_Modified(nint type)
    {
        var ts = Api.Ts("PyType_Modified");
        if (ts is null) return;
        if (Type(ts, type, "PyType_Modified") is { } t) ClassBuilder.AttributeChanged(ts, t, ts.Interpreter.Str("__dict__"));
        else ts.CurrentException = null;
    }

    static nint Allocate(nint type, long nitems, string function, bool track = true)
    {
        var ts = Api.Ts(function);
        if (ts is null) return 0;
        try
        {
            var t = Type(ts, type, function);
            if (t is null) return 0;
            return NativeInstances.Allocate(ts, t, nitems, track) is { } obj ? obj.Address : 0;
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyType_GenericAlloc")]
    public static nint PyType_GenericAlloc(nint type, nint nitems) => Allocate(type, nitems, "PyType_GenericAlloc");

    [UnmanagedCallersOnly(EntryPoint = "PyType_GenericNew")]
    public static nint PyType_GenericNew(nint type, nint args, nint kwargs) => Allocate(type, 0, "PyType_GenericNew");

    [UnmanagedCallersOnly(EntryPoint = "_PyObject_New")]
    public static nint _PyObject_New(nint type) => Allocate(type, 0, "PyObject_New");

    [UnmanagedCallersOnly(EntryPoint = "_PyObject_NewVar")]
    public static nint _PyObject_NewVar(nint type, nint nitems) => Allocate(type, nitems, "PyObject_NewVar");

    [UnmanagedCallersOnly(EntryPoint = "_PyObject_GC_New")]
    public static nint _PyObject_GC_New(nint type) => Allocate(type, 0, "PyObject_GC_New", track: false);

    [UnmanagedCallersOnly(EntryPoint = "_PyObject_GC_NewVar")]
    public static nint _PyObject_GC_NewVar(nint type, nint nitems) => Allocate(type, nitems, "PyObject_GC_NewVar", track: false);

    /// <summary>PyObject_Init: memory C allocated itself becomes an instance of type (count 1).
    /// The runtime never frees that memory: tp_dealloc does, as CPython's contract says.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyObject_Init")]
    public static nint PyObject_Init(nint op, nint type)
    {
        var ts = Api.Ts("PyObject_Init");
        if (ts is null) return 0;
        try
        {
            if (op == 0) { ts.Raise(ExceptionKind.MemoryError, ""); return 0; }
            var t = Type(ts, type, "PyObject_Init");
            return t is null ? 0 : Init(ts, op, t);
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    static nint Init(ThreadState ts, nint op, PyType t)
    {
        if (!NativeInstances.HasNativeLayout(t))
        {
            ts.Raise(ExceptionKind.SystemError, $"PyObject_Init: type '{t.Name}' was not made by PyType_FromSpec with a C instance layout");
            return 0;
        }
        *NativeArena.RefCount(op) = 1;
        *NativeArena.TypeSlot(op) = ObjectBridge.Borrowed(ts.Interpreter, t);
        var obj = new PyNativeInstance(t, op, hostOwned: false);
        NativeInterpreterState.Of(ts.Interpreter).Instances.Add(obj);
        return op;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyObject_GC_Del")]
    public static void PyObject_GC_Del(nint op)
    {
        try
        {
            NativeInstances.Free(op);
        }
        catch (Exception e) { Fatal.Bug("PyObject_GC_Del", e); }
    }

    /// <summary>PyObject_GC_Track: the cycle collector traverses the instance from now on (an
    /// instance of a type with Py_TPFLAGS_HAVE_GC and a tp_traverse; others are never traversed).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyObject_GC_Track")]
    public static void PyObject_GC_Track(nint op) => SetTracked(op, true);

    /// <summary>PyObject_GC_UnTrack: no longer traversed (a tp_dealloc calls it first, so that a
    /// collection never sees fields being torn down).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyObject_GC_UnTrack")]
    public static void PyObject_GC_UnTrack(nint op) => SetTracked(op, false);

    static void SetTracked(nint op, bool tracked)
    {
        try
        {
            if (op != 0 && ObjectBridge.IsNativeInstance(op) && ObjectBridge.FromNative(op) is PyNativeInstance n)
                n.Tracked = tracked && NativeCycleCollector.Traverses(n.Type, out _);
        }
        catch (Exception e) { Fatal.Bug(tracked ? "PyObject_GC_Track" : "PyObject_GC_UnTrack", e); }
    }

    /// <summary>1 while the cycle collector tracks the instance (see PyObject_GC_Track).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyObject_GC_IsTracked")]
    public static int PyObject_GC_IsTracked(nint op)
    {
        if (op == 0 || !ObjectBridge.IsNativeInstance(op) || ObjectBridge.FromNative(op) is not PyNativeInstance n) return 0;
        return n.Tracked ? 1 : 0;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyObject_GC_IsFinalized")]
    public static int PyObject_GC_IsFinalized(nint op) =>
        op != 0 && ObjectBridge.FromNative(op) is PyNativeInstance { Finalized: true } ? 1 : 0;

    /// <summary>PyObject_InitVar: PyObject_Init plus ob_size (a PyVarObject's third field).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyObject_InitVar")]
    public static nint PyObject_InitVar(nint op, nint type, nint size)
    {
        var ts = Api.Ts("PyObject_InitVar");
        if (ts is null) return 0;
        try
        {
            if (op == 0) { ts.Raise(ExceptionKind.MemoryError, ""); return 0; }
            var t = Type(ts, type, "PyObject_InitVar");
            if (t is null) return 0;
            if (NativeInstances.LayoutInfo(t) is not { } info || info.BasicSize < NativeInstances.ObjectSize + sizeof(nint))
            {
                ts.Raise(ExceptionKind.SystemError, $"PyObject_InitVar: type '{t.Name}' has no variable-size C layout (PyObject_VAR_HEAD)");
                return 0;
            }
            if (Init(ts, op, t) == 0) return 0;
            *(nint*)(op + NativeInstances.ObjectSize) = size;
            return op;
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>PyObject_GetTypeData: where cls's own data starts in obj (after cls's base
    /// layout, aligned), for types made with a negative basicsize.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyObject_GetTypeData")]
    public static nint PyObject_GetTypeData(nint obj, nint cls)
    {
        var ts = Api.Ts("PyObject_GetTypeData");
        if (ts is null) return 0;
        try
        {
            var t = Type(ts, cls, "PyObject_GetTypeData");
            var o = t is null ? null : Api.Arg(ts, obj);
            if (o is null) return 0;
            if (o is not PyNativeInstance && o.Type.IsSubtypeOf(t!) && NativeInterpreterState.Of(ts.Interpreter) is var state
                && state.NativeTypes.TryGetValue(t!, out var info) && info.ManagedTypeDataSize > 0)
                return ManagedTypeData.Of(state.ManagedTypeData ??= new(), o, t!, info.ManagedTypeDataSize);
            if (o is not PyNativeInstance n || !o.Type.IsSubtypeOf(t!))
            {
                ts.Raise(ExceptionKind.SystemError, $"PyObject_GetTypeData: a '{o.Type.Name}' object has no C data of type '{t!.Name}'");
                return 0;
            }
            return n.Address + NativeInstances.AlignedDataOffset(NativeInstances.BaseLayoutSize(t!));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>PyType_GetTypeDataSize: the bytes cls adds after its base's layout (0 when none).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyType_GetTypeDataSize")]
    public static nint PyType_GetTypeDataSize(nint cls)
    {
        var ts = Api.Ts("PyType_GetTypeDataSize");
        if (ts is null) return 0;
        var t = Type(ts, cls, "PyType_GetTypeDataSize");
        if (t is null) return 0;
        if (NativeInterpreterState.Of(ts.Interpreter).NativeTypes.TryGetValue(t, out var own) && own.ManagedTypeDataSize > 0)
            return own.ManagedTypeDataSize;
        int size = (NativeInstances.LayoutInfo(t)?.BasicSize ?? NativeInstances.ObjectSize)
            - NativeInstances.AlignedDataOffset(NativeInstances.BaseLayoutSize(t));
        return size < 0 ? 0 : size;
    }

    /// <summary>PyType_ClearCache: there is no process-wide method cache to clear (attribute
    /// caches are per type, invalidated by its version tag), so this only answers 0.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyType_ClearCache")]
    public static uint PyType_ClearCache() => 0;
}
