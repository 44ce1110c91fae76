using Isolated.Objects;

namespace Isolated.CApi.Extensions;

/// <summary>
/// What the C API knows about a type made from a PyType_Spec: its instance layout, its module
/// (PyType_FromModuleAndSpec), its spec flags, and the raw slot values C gave (PyType_GetSlot
/// returns them, inherited along the MRO).
/// </summary>
internal sealed class NativeTypeInfo
{
    public readonly PyType Type;
    public readonly int BasicSize;
    public readonly int ItemSize;
    public readonly ulong SpecFlags;
    public readonly PyModule? Module;
    public readonly Dictionary<int, nint> Slots;

    /// <summary>Bytes of type data each instance has beside it when the type extends a builtin
    /// type with a negative basicsize (see ManagedTypeData); 0 otherwise.</summary>
    public int ManagedTypeDataSize { get; init; }

    public NativeTypeInfo(PyType type, int basicSize, int itemSize, ulong specFlags, PyModule? module, Dictionary<int, nint> slots)
    {
        Type = type;
        BasicSize = basicSize;
        ItemSize = itemSize;
        SpecFlags = specFlags;
        Module = module;
        Slots = slots;
    }

    // Slot numbers (typeslots.h) the runtime itself reads.
    public const int MpAssSubscript = 3, MpLength = 4, MpSubscript = 5, NbAdd = 7, NbInplaceAdd = 14,
        NbInplaceMultiply = 18, NbMultiply = 29, SqAssItem = 39, SqConcat = 40, SqContains = 41,
        SqInplaceConcat = 42, SqInplaceRepeat = 43, SqItem = 44, SqLength = 45, SqRepeat = 46, TpAlloc = 47,
        TpBase = 48, TpBases = 49, TpCall = 50, TpClear = 51, TpDealloc = 52, TpDel = 53, TpDescrGet = 54,
        TpDescrSet = 55, TpDoc = 56, TpGetattr = 57, TpGetattro = 58, TpHash = 59, TpInit = 60, TpIsGc = 61,
        TpIter = 62, TpIternext = 63, TpMethods = 64, TpNew = 65, TpRepr = 66, TpRichcompare = 67,
        TpSetattr = 68, TpSetattro = 69, TpStr = 70, TpTraverse = 71, TpMembers = 72, TpGetset = 73,
        TpFree = 74, TpFinalize = 80, LastSlot = 81;

    // CPython's Py_TPFLAGS_* bits that matter here.
    public const ulong FlagDisallowInstantiation = 1UL << 7, FlagImmutable = 1UL << 8, FlagHeapType = 1UL << 9,
        FlagBaseType = 1UL << 10, FlagReady = 1UL << 12, FlagHaveGc = 1UL << 14,
        FlagSequence = 1UL << 5, FlagMapping = 1UL << 6;
}
