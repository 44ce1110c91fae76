namespace Isolated.Objects;

/// <summary>Reads and writes a <see cref="TypeSlots"/> field by <see cref="SlotId"/>.</summary>
public static class SlotAccess
{
    public static Delegate? Get(TypeSlots s, SlotId id) => id switch
    {
        SlotId.Repr => s.Repr,
        SlotId.Str => s.Str,
        SlotId.Hash => s.Hash,
        SlotId.RichCompare => s.RichCompare,
        SlotId.GetAttr => s.GetAttr,
        SlotId.SetAttr => s.SetAttr,
        SlotId.DescrGet => s.DescrGet,
        SlotId.DescrSet => s.DescrSet,
        SlotId.Call => s.Call,
        SlotId.Iter => s.Iter,
        SlotId.IterNext => s.IterNext,
        SlotId.New => s.New,
        SlotId.Init => s.Init,
        SlotId.Add => s.Add,
        SlotId.Subtract => s.Subtract,
        SlotId.Multiply => s.Multiply,
        SlotId.TrueDivide => s.TrueDivide,
        SlotId.FloorDivide => s.FloorDivide,
        SlotId.Remainder => s.Remainder,
        SlotId.DivMod => s.DivMod,
        SlotId.LShift => s.LShift,
        SlotId.RShift => s.RShift,
        SlotId.And => s.And,
        SlotId.Or => s.Or,
        SlotId.Xor => s.Xor,
        SlotId.MatrixMultiply => s.MatrixMultiply,
        SlotId.Power => s.Power,
        SlotId.InplaceAdd => s.InplaceAdd,
        SlotId.InplaceSubtract => s.InplaceSubtract,
        SlotId.InplaceMultiply => s.InplaceMultiply,
        SlotId.InplaceTrueDivide => s.InplaceTrueDivide,
        SlotId.InplaceFloorDivide => s.InplaceFloorDivide,
        SlotId.InplaceRemainder => s.InplaceRemainder,
        SlotId.InplaceLShift => s.InplaceLShift,
        SlotId.InplaceRShift => s.InplaceRShift,
        SlotId.InplaceAnd => s.InplaceAnd,
        SlotId.InplaceOr => s.InplaceOr,
        SlotId.InplaceXor => s.InplaceXor,
        SlotId.InplaceMatrixMultiply => s.InplaceMatrixMultiply,
        SlotId.InplacePower => s.InplacePower,
        SlotId.Negative => s.Negative,
        SlotId.Positive => s.Positive,
        SlotId.Absolute => s.Absolute,
        SlotId.Invert => s.Invert,
        SlotId.Int => s.Int,
        SlotId.Float => s.Float,
        SlotId.Index => s.Index,
        SlotId.Bool => s.Bool,
        SlotId.Length => s.Length,
        SlotId.GetItem => s.GetItem,
        SlotId.SetItem => s.SetItem,
        SlotId.Contains => s.Contains,
        _ => throw new ArgumentOutOfRangeException(nameof(id)),
    };

    public static void Set(TypeSlots s, SlotId id, Delegate? f)
    {
        switch (id)
        {
            case SlotId.Repr: s.Repr = (UnaryFunc?)f; break;
            case SlotId.Str: s.Str = (UnaryFunc?)f; break;
            case SlotId.Hash: s.Hash = (HashFunc?)f; break;
            case SlotId.RichCompare: s.RichCompare = (RichCompareFunc?)f; break;
            case SlotId.GetAttr: s.GetAttr = (GetAttrFunc?)f; break;
            case SlotId.SetAttr: s.SetAttr = (SetAttrFunc?)f; break;
            case SlotId.DescrGet: s.DescrGet = (DescrGetFunc?)f; break;
            case SlotId.DescrSet: s.DescrSet = (DescrSetFunc?)f; break;
            case SlotId.Call: s.Call = (CallFunc?)f; break;
            case SlotId.Iter: s.Iter = (UnaryFunc?)f; break;
            case SlotId.IterNext: s.IterNext = (IterNextFunc?)f; break;
            case SlotId.New: s.New = (NewFunc?)f; break;
            case SlotId.Init: s.Init = (InitFunc?)f; break;
            case SlotId.Add: s.Add = (BinaryFunc?)f; break;
            case SlotId.Subtract: s.Subtract = (BinaryFunc?)f; break;
            case SlotId.Multiply: s.Multiply = (BinaryFunc?)f; break;
            case SlotId.TrueDivide: s.TrueDivide = (BinaryFunc?)f; break;
            case SlotId.FloorDivide: s.FloorDivide = (BinaryFunc?)f; break;
            case SlotId.Remainder: s.Remainder = (BinaryFunc?)f; break;
            case SlotId.DivMod: s.DivMod = (BinaryFunc?)f; break;
            case SlotId.LShift: s.LShift = (BinaryFunc?)f; break;
            case SlotId.RShift: s.RShift = (BinaryFunc?)f; break;
            case SlotId.And: s.And = (BinaryFunc?)f; break;
            case SlotId.Or: s.Or = (BinaryFunc?)f; break;
            case SlotId.Xor: s.Xor = (BinaryFunc?)f; break;
            case SlotId.MatrixMultiply: s.MatrixMultiply = (BinaryFunc?)f; break;
            case SlotId.Power: s.Power = (TernaryFunc?)f; break;
            case SlotId.InplaceAdd: s.InplaceAdd = (BinaryFunc?)f; break;
            case SlotId.InplaceSubtract: s.InplaceSubtract = (BinaryFunc?)f; break;
            case SlotId.InplaceMultiply: s.InplaceMultiply = (BinaryFunc?)f; break;
            case SlotId.InplaceTrueDivide: s.InplaceTrueDivide = (BinaryFunc?)f; break;
            case SlotId.InplaceFloorDivide: s.InplaceFloorDivide = (BinaryFunc?)f; break;
            case SlotId.InplaceRemainder: s.InplaceRemainder = (BinaryFunc?)f; break;
            case SlotId.InplaceLShift: s.InplaceLShift = (BinaryFunc?)f; break;
            case SlotId.InplaceRShift: s.InplaceRShift = (BinaryFunc?)f; break;
            case SlotId.InplaceAnd: s.InplaceAnd = (BinaryFunc?)f; break;
            case SlotId.InplaceOr: s.InplaceOr = (BinaryFunc?)f; break;
            case SlotId.InplaceXor: s.InplaceXor = (BinaryFunc?)f; break;
            case SlotId.InplaceMatrixMultiply: s.InplaceMatrixMultiply = (BinaryFunc?)f; break;
            case SlotId.InplacePower: s.InplacePower = (TernaryFunc?)f; break;
            case SlotId.Negative: s.Negative = (UnaryFunc?)f; break;
            case SlotId.Positive: s.Positive = (UnaryFunc?)f; break;
            case SlotId.Absolute: s.Absolute = (UnaryFunc?)f; break;
            case SlotId.Invert: s.Invert = (UnaryFunc?)f; break;
            case SlotId.Int: s.Int = (UnaryFunc?)f; break;
            case SlotId.Float: s.Float = (UnaryFunc?)f; break;
            case SlotId.Index: s.Index = (UnaryFunc?)f; break;
            case SlotId.Bool: s.Bool = (InquiryFunc?)f; break;
            case SlotId.Length: s.Length = (LengthFunc?)f; break;
            case SlotId.GetItem: s.GetItem = (BinaryFunc?)f; break;
            case SlotId.SetItem: s.SetItem = (SetItemFunc?)f; break;
            case SlotId.Contains: s.Contains = (ContainsFunc?)f; break;
            default: throw new ArgumentOutOfRangeException(nameof(id));
        }
    }
}
