namespace Isolated.Objects;

/// <summary>Names every field of <see cref="TypeSlots"/> so that the slot table (CPython's
/// slotdefs) can read and write slots generically.</summary>
public enum SlotId
{
    Repr, Str, Hash, RichCompare, GetAttr, SetAttr, DescrGet, DescrSet, Call, Iter, IterNext, New, Init,
    Add, Subtract, Multiply, TrueDivide, FloorDivide, Remainder, DivMod, LShift, RShift, And, Or, Xor, MatrixMultiply,
    Power,
    InplaceAdd, InplaceSubtract, InplaceMultiply, InplaceTrueDivide, InplaceFloorDivide, InplaceRemainder,
    InplaceLShift, InplaceRShift, InplaceAnd, InplaceOr, InplaceXor, InplaceMatrixMultiply,
    InplacePower,
    Negative, Positive, Absolute, Invert, Int, Float, Index,
    Bool,
    Length, GetItem, SetItem, Contains,
    Count,
}
