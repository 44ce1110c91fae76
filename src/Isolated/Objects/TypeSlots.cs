namespace Isolated.Objects;

/// <summary>
/// A type's slot table: how the VM and the C API dispatch operations through the type (DESIGN §4).
/// A new type starts with a copy of its base's table; a Python class that defines (or inherits from
/// a Python class) a dunder gets the generic slot that looks the dunder up and calls it, so a
/// Python override always wins over the C# implementation it overrides.
/// </summary>
public sealed class TypeSlots
{
    // Object protocol
    public UnaryFunc? Repr;
    public UnaryFunc? Str;
    public HashFunc? Hash;
    public RichCompareFunc? RichCompare;
    public GetAttrFunc? GetAttr;
    public SetAttrFunc? SetAttr;
    public DescrGetFunc? DescrGet;
    public DescrSetFunc? DescrSet;
    public CallFunc? Call;
    public UnaryFunc? Iter;
    public IterNextFunc? IterNext;
    public NewFunc? New;
    public InitFunc? Init;

    // Number protocol
    public BinaryFunc? Add, Subtract, Multiply, TrueDivide, FloorDivide, Remainder, DivMod,
        LShift, RShift, And, Or, Xor, MatrixMultiply;
    public TernaryFunc? Power;
    public BinaryFunc? InplaceAdd, InplaceSubtract, InplaceMultiply, InplaceTrueDivide,
        InplaceFloorDivide, InplaceRemainder, InplaceLShift, InplaceRShift, InplaceAnd, InplaceOr,
        InplaceXor, InplaceMatrixMultiply;
    public TernaryFunc? InplacePower;
    public UnaryFunc? Negative, Positive, Absolute, Invert, Int, Float, Index;
    public InquiryFunc? Bool;

    // Sequence / mapping protocol
    public LengthFunc? Length;
    public BinaryFunc? GetItem;
    public SetItemFunc? SetItem;
    public ContainsFunc? Contains;

    public TypeSlots Clone() => (TypeSlots)MemberwiseClone();

    /// <summary>Whether every slot holds the same function as in <paramref name="other"/>
    /// (every field has its <see cref="SlotId"/>: TypeSlotsTests checks it).</summary>
    public bool SameAs(TypeSlots other)
    {
        for (var id = (SlotId)0; id < SlotId.Count; id++)
            if (!ReferenceEquals(SlotAccess.Get(this, id), SlotAccess.Get(other, id))) return false;
        return true;
    }
}
