using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.Objects;

namespace Isolated.CApi.Exports;

/// <summary>Type objects as C sees them: flags for the Py*_Check macros, subtype checks, and
/// the current interpreter's builtin types behind &amp;PyLong_Type and friends.</summary>
internal static class Types
{
    // CPython's Py_TPFLAGS_* bit values (abstract.h).
    const ulong HeapType = 1UL << 9, BaseType = 1UL << 10, LongSubclass = 1UL << 24, ListSubclass = 1UL << 25,
        TupleSubclass = 1UL << 26, BytesSubclass = 1UL << 27, UnicodeSubclass = 1UL << 28, DictSubclass = 1UL << 29,
        BaseExcSubclass = 1UL << 30, TypeSubclass = 1UL << 31;

    public static ulong CPythonFlags(PyType t)
    {
        ulong f = 0;
        if (t.HasFlag(TypeFlags.HeapType)) f |= HeapType;
        if (t.HasFlag(TypeFlags.BaseType)) f |= BaseType;
        if (t.HasFlag(TypeFlags.IntSubclass)) f |= LongSubclass;
        if (t.HasFlag(TypeFlags.ListSubclass)) f |= ListSubclass;
        if (t.HasFlag(TypeFlags.TupleSubclass)) f |= TupleSubclass;
        if (t.HasFlag(TypeFlags.BytesSubclass)) f |= BytesSubclass;
        if (t.HasFlag(TypeFlags.StrSubclass)) f |= UnicodeSubclass;
        if (t.HasFlag(TypeFlags.DictSubclass)) f |= DictSubclass;
        if (t.HasFlag(TypeFlags.BaseExceptionSubclass)) f |= BaseExcSubclass;
        if (t.HasFlag(TypeFlags.TypeSubclass)) f |= TypeSubclass;
        f |= 1UL << 12;   // Py_TPFLAGS_READY: every type the runtime hands out is ready
        // A type made from a spec also answers the flags its spec asked for (HAVE_GC, ...).
        if (t.HasFlag(TypeFlags.Native) && t.Owner.NativeState is Bridge.NativeInterpreterState state
            && state.NativeTypes.TryGetValue(t, out var info))
            f |= info.SpecFlags & ~BaseType;
        return f;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyType_GetFlags")]
    public static ulong PyType_GetFlags(nint type) =>
        type != 0 && Bridge.ObjectBridge.FromNative(type) is PyType t ? CPythonFlags(t) : 0;

    [UnmanagedCallersOnly(EntryPoint = "PyType_IsSubtype")]
    public static int PyType_IsSubtype(nint a, nint b) =>
        a != 0 && b != 0 && Bridge.ObjectBridge.FromNative(a) is PyType ta && Bridge.ObjectBridge.FromNative(b) is PyType tb
            && ta.IsSubtypeOf(tb) ? 1 : 0;

    [UnmanagedCallersOnly(EntryPoint = "PyIsolated_GetType")]
    public static nint PyIsolated_GetType(int which)
    {
        var ts = Api.Ts("PyIsolated_GetType");
        if (ts is null) return 0;
        var t = ts.Interpreter.Types;
        PyType? type = which switch
        {
            0 => t.Object,
            1 => t.Type,
            2 => t.Int,
            3 => t.Bool,
            4 => t.Str,
            5 => t.Tuple,
            6 => t.Dict,
            7 => t.Module,
            8 => t.Float,
            9 => t.Complex,
            10 => t.List,
            11 => t.Bytes,
            32 => t.Slice,   // PyIsolated_TYPE_SLICE (sliceobject.h)
            40 => t.ByteArray,   // PyIsolated_TYPE_BYTEARRAY (bytearrayobject.h)
            41 => t.MemoryView,  // PyIsolated_TYPE_MEMORYVIEW (pybuffer.h)
            48 => t.Set,         // PyIsolated_TYPE_SET (setobject.h)
            49 => t.FrozenSet,   // PyIsolated_TYPE_FROZENSET
            // The other types the Limited API names as data (abstract.h, PyIsolated_TYPE_CFUNCTION...).
            64 => t.BuiltinFunction,
            65 => t.CallableIterator,
            66 => t.ClassMethodDescriptor,
            67 => t.DictItems,
            68 => t.DictKeys,
            69 => t.DictValues,
            70 => t.DictItemIterator,
            71 => t.DictKeyIterator,
            72 => t.DictValueIterator,
            73 => t.DictReverseItemIterator,
            74 => t.DictReverseKeyIterator,
            75 => t.DictReverseValueIterator,
            76 => t.MappingProxy,
            77 => t.EllipsisType,
            78 => t.Enumerate,
            79 => t.Filter,
            80 => t.GetSetDescriptor,
            81 => t.ListIterator,
            82 => t.ListReverseIterator,
            83 => t.LongRangeIterator,
            84 => t.Map,
            85 => t.MemberDescriptor,
            86 => t.MethodDescriptor,
            87 => t.Property,
            88 => t.RangeIterator,
            89 => t.Range,
            90 => t.Reversed,
            91 => t.SeqIterator,
            92 => t.SetIterator,
            93 => t.Super,
            94 => t.Traceback,
            95 => t.TupleIterator,
            96 => t.StrIterator,
            97 => t.WrapperDescriptor,
            98 => t.Zip,
            99 => t.GenericAlias,
            100 => t.BytesIterator,
            101 => t.ByteArrayIterator,
            102 => t.WeakRef,
            103 => t.WeakProxy,
            104 => t.WeakCallableProxy,
            _ => null,
        };
        if (type is null)
        {
            ts.Raise(ExceptionKind.SystemError, $"no builtin type number {which}");
            return 0;
        }
        return Api.Borrow(ts, type);
    }
}
