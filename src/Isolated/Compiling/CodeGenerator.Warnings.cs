using System.Numerics;
using Isolated.Parsing.Ast;
using AstTuple = Isolated.Parsing.Ast.Tuple;
using AstList = Isolated.Parsing.Ast.List;
using AstDict = Isolated.Parsing.Ast.Dict;
using AstSet = Isolated.Parsing.Ast.Set;
using AstSlice = Isolated.Parsing.Ast.Slice;

namespace Isolated.Compiling;

/// <summary>
/// CPython 3.12's compile-time SyntaxWarnings about literals used where they cannot work:
/// `x is 1`, calling a literal (`[a, b] (c, d)` — a missing comma), subscripting one that cannot
/// be subscripted or with an index of the wrong type.
/// </summary>
public sealed partial class CodeGenerator
{
    /// <summary>`is` / `is not` with a literal operand (None, True, False and ... are fine).</summary>
    void CheckIsLiteral(Compare cmp)
    {
        if (_warnings is null) return;
        var leftExpr = cmp.Left;
        bool leftOk = !IsValueLiteral(leftExpr);
        for (int i = 0; i < cmp.Ops.Count; i++)
        {
            var rightExpr = cmp.Comparators[i];
            bool rightOk = !IsValueLiteral(rightExpr);
            if (cmp.Ops[i] is CmpOperator.Is or CmpOperator.IsNot && !(leftOk && rightOk))
            {
                var literal = leftOk ? rightExpr : leftExpr;
                Warn(cmp.Ops[i] == CmpOperator.Is
                    ? $"\"is\" with '{LiteralTypeName(literal)}' literal. Did you mean \"==\"?"
                    : $"\"is not\" with '{LiteralTypeName(literal)}' literal. Did you mean \"!=\"?", cmp);
                return;
            }
            leftOk = rightOk;
            leftExpr = rightExpr;
        }
    }

    /// <summary>A constant whose identity is not guaranteed (anything but None, True, False, ...);
    /// a tuple of constants counts (CPython folds it into one).</summary>
    static bool IsValueLiteral(ExprNode e) => e switch
    {
        Constant { Value: null or bool } => false,
        Constant { Value: AstEllipsis } => false,
        Constant => true,
        AstTuple t => IsConstantTuple(t),
        _ => false,
    };

    static bool IsConstantTuple(AstTuple t)
    {
        foreach (var e in t.Elts)
            if (e is not (Constant or AstTuple) || (e is AstTuple inner && !IsConstantTuple(inner))) return false;
        return true;
    }

    /// <summary>Calling a literal: "'int' object is not callable; perhaps you missed a comma?".</summary>
    void CheckCaller(Call call)
    {
        if (_warnings is null) return;
        if (call.Func is Constant or AstTuple or AstList or ListComp or AstDict or DictComp or AstSet or SetComp or GeneratorExp
            or JoinedStr or FormattedValue)
            Warn($"'{LiteralTypeName(call.Func)}' object is not callable; perhaps you missed a comma?", call);
    }

    /// <summary>Subscripting a literal that has no items, or a sequence literal with an index of
    /// the wrong type.</summary>
    void CheckSubscript(Subscript s)
    {
        if (_warnings is null) return;
        var value = s.Value;
        bool notSubscriptable = value switch
        {
            Constant { Value: null or AstEllipsis or bool or long or BigInteger or double or Complex } => true,
            AstSet or SetComp or GeneratorExp or Lambda => true,
            _ => false,
        };
        if (notSubscriptable)
        {
            Warn($"'{LiteralTypeName(value)}' object is not subscriptable; perhaps you missed a comma?", s);
            return;
        }
        string? indexType = s.Slice is AstSlice ? "slice" : InferredTypeName(s.Slice);
        if (indexType is null or "int" or "bool" or "slice") return;
        bool sequence = value switch
        {
            Constant { Value: string or byte[] } => true,
            Constant => false,
            AstTuple or AstList or ListComp or JoinedStr or FormattedValue => true,
            _ => false,
        };
        if (sequence)
            Warn($"{LiteralTypeName(value)} indices must be integers or slices, not {indexType}; perhaps you missed a comma?", s);
    }

    static string LiteralTypeName(ExprNode e) => InferredTypeName(e) ?? "object";

    /// <summary>The type a literal expression evaluates to (CPython's infer_type), or null.</summary>
    static string? InferredTypeName(ExprNode e) => e switch
    {
        Constant c => c.Value switch
        {
            null => "NoneType",
            bool => "bool",
            long or BigInteger => "int",
            double => "float",
            Complex => "complex",
            string => "str",
            byte[] => "bytes",
            AstEllipsis => "ellipsis",
            _ => "object",
        },
        AstTuple => "tuple",
        AstList or ListComp => "list",
        AstDict or DictComp => "dict",
        AstSet or SetComp => "set",
        GeneratorExp => "generator",
        Lambda => "function",
        JoinedStr or FormattedValue => "str",
        _ => null,
    };
}
