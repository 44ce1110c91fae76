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
    /// (each field named once: SlotTests checks that the fields are the SlotIds).</summary>
    public bool SameAs(TypeSlots other)
    {
        return ReferenceEquals(Repr, other.Repr) && ReferenceEquals(Str, other.Str) &&
            ReferenceEquals(Hash, other.Hash) && ReferenceEquals(RichCompare, other.RichCompare) &&
            ReferenceEquals(GetAttr, other.GetAttr) && ReferenceEquals(SetAttr, other.SetAttr) &&
            ReferenceEquals(DescrGet, other.DescrGet) && ReferenceEquals(DescrSet, other.DescrSet) &&
            ReferenceEquals(Call, other.Call) && ReferenceEquals(Iter, other.Iter) &&
            ReferenceEquals(IterNext, other.IterNext) && ReferenceEquals(New, other.New) &&
            ReferenceEquals(Init, other.Init) && ReferenceEquals(Add, other.Add) &&
            ReferenceEquals(Subtract, other.Subtract) && ReferenceEquals(Multiply, other.Multiply) &&
            ReferenceEquals(TrueDivide, other.TrueDivide) &&
            ReferenceEquals(FloorDivide, other.FloorDivide) && ReferenceEquals(Remainder, other.Remainder) &&
            ReferenceEquals(DivMod, other.DivMod) && ReferenceEquals(LShift, other.LShift) &&
            ReferenceEquals(RShift, other.RShift) && ReferenceEquals(And, other.And) &&
            ReferenceEquals(Or, other.Or) && ReferenceEquals(Xor, other.Xor) &&
            ReferenceEquals(MatrixMultiply, other.MatrixMultiply) && ReferenceEquals(Power, other.Power) &&
            ReferenceEquals(InplaceAdd, other.InplaceAdd) &&
            ReferenceEquals(InplaceSubtract, other.InplaceSubtract) &&
            ReferenceEquals(InplaceMultiply, other.InplaceMultiply) &&
            ReferenceEquals(InplaceTrueDivide, other.InplaceTrueDivide) &&
            ReferenceEquals(InplaceFloorDivide, other.InplaceFloorDivide) &&
            ReferenceEquals(InplaceRemainder, other.InplaceRemainder) &&
            ReferenceEquals(InplaceLShift, other.InplaceLShift) &&
            ReferenceEquals(InplaceRShift, other.InplaceRShift) &&
            ReferenceEquals(InplaceAnd, other.InplaceAnd) && ReferenceEquals(InplaceOr, other.InplaceOr) &&
            ReferenceEquals(InplaceXor, other.InplaceXor) &&
            ReferenceEquals(InplaceMatrixMultiply, other.InplaceMatrixMultiply) &&
            ReferenceEquals(InplacePower, other.InplacePower) && ReferenceEquals(Negative, other.Negative) &&
            ReferenceEquals(Positive, other.Positive) && ReferenceEquals(Absolute, other.Absolute) &&
            ReferenceEquals(Invert, other.Invert) && ReferenceEquals(Int, other.Int) &&
            ReferenceEquals(Float, other.Float) && ReferenceEquals(Index, other.Index) &&
            ReferenceEquals(Bool, other.Bool) && ReferenceEquals(Length, other.Length) &&
            ReferenceEquals(GetItem, other.GetItem) && ReferenceEquals(SetItem, other.SetItem) &&
            ReferenceEquals(Contains, other.Contains);
    }
}
