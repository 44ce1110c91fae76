using Isolated.Parsing.Ast;
using Attribute = Isolated.Parsing.Ast.Attribute;
using Tuple = Isolated.Parsing.Ast.Tuple;

namespace Isolated.Parsing;

// Assignment/deletion targets and function parameters.
public sealed partial class Parser
{
    private enum TargetKind
    {
        Assign,
        For,
        Del,
    }

    /// <summary>CPython's name for an expression kind in "cannot assign to X" messages.</summary>
    private static string ExprName(ExprNode e) => e switch
    {
        Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        List => "list",
        Tuple => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        Dict => "dict literal",
        Set => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant c => c.Value switch
        {
            null => "None",
            true => "True",
            false => "False",
            AstEllipsis => "ellipsis",
            _ => "literal",
        },
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };

    /// <summary>Finds the first sub-expression that cannot be a target, or null when <paramref name="e"/> is valid.</summary>
    private static ExprNode? InvalidTarget(ExprNode e, TargetKind kind)
    {
        switch (e)
        {
            case Name:
            case Attribute:
            case Subscript:
                return null;
            case Starred s:
                if (kind == TargetKind.Del)
                    return s;
                return InvalidTarget(s.Value, kind);
            case Tuple t:
                foreach (var el in t.Elts)
                {
                    var bad = InvalidTarget(el, kind);
                    if (bad is not null)
                        return bad;
                }
                return null;
            case List l:
                foreach (var el in l.Elts)
                {
                    var bad = InvalidTarget(el, kind);
                    if (bad is not null)
                        return bad;
                }
                return null;
            case Compare c when kind == TargetKind.For:
                // "for x in y" parsed too far never happens (targets stop at 'in'), but "(a in b)" can.
                return c;
            default:
                return e;
        }
    }

    /// <summary>Raises CPython's error when <paramref name="target"/> is not assignable (or deletable).</summary>
    private void ValidateTarget(ExprNode target, TargetKind kind, ExprNode? singleValue)
    {
        ExprNode? bad = InvalidTarget(target, kind);
        if (bad is null)
            return;
        if (kind == TargetKind.Del)
            throw ErrorAt($"cannot delete {ExprName(bad)}", bad);
        if (kind == TargetKind.Assign && singleValue is not null && ReferenceEquals(bad, target) && IsBitwiseOrLevel(target))
            throw ErrorAt($"cannot assign to {ExprName(bad)} here. Maybe you meant '==' instead of '='?", bad);
        throw ErrorAt($"cannot assign to {ExprName(bad)}", bad);
    }

    /// <summary>
    /// Whether CPython's "cannot assign to X here. Maybe you meant '==' instead of '='?" applies: the target is
    /// a bitwise_or-level expression other than a tuple, list, generator expression or True/False/None.
    /// </summary>
    private static bool IsBitwiseOrLevel(ExprNode e) => e switch
    {
        Compare or BoolOp or IfExp or Lambda or GeneratorExp or NamedExpr or Tuple or List or Starred => false,
        UnaryOp { Op: UnaryOperator.Not } => false,
        Constant { Value: null or bool } => false,
        _ => true,
    };

    /// <summary>Sets the context of a (validated) target and its nested targets.</summary>
    private static void SetContext(ExprNode e, ExprContext ctx)
    {
        switch (e)
        {
            case Name n:
                n.Ctx = ctx;
                break;
            case Attribute a:
                a.Ctx = ctx;
                break;
            case Subscript s:
                s.Ctx = ctx;
                break;
            case Starred st:
                st.Ctx = ctx;
                SetContext(st.Value, ctx);
                break;
            case Tuple t:
                t.Ctx = ctx;
                foreach (var el in t.Elts)
                    SetContext(el, ctx);
                break;
            case List l:
                l.Ctx = ctx;
                foreach (var el in l.Elts)
                    SetContext(el, ctx);
                break;
        }
    }

    private void ValidateAnnotationTarget(ExprNode target)
    {
        switch (target)
        {
            case Name:
            case Attribute:
            case Subscript:
                return;
            case Tuple:
                throw ErrorAt("only single target (not tuple) can be annotated", target);
            case List:
                throw ErrorAt("only single target (not list) can be annotated", target);
            default:
                throw ErrorAt("illegal target for annotation", target);
        }
    }

    // ----- Parameters -----

    /// <summary>Parameters of a def (up to ')') or a lambda (up to ':').</summary>
    private arguments Parameters(TokenKind end, bool isLambda)
    {
        var posonly = new List<arg>();
        var args = new List<arg>();
        var defaults = new List<ExprNode>();
        arg? vararg = null;
        var kwonly = new List<arg>();
        var kwDefaults = new List<ExprNode?>();
        arg? kwarg = null;
        bool afterStar = false, bareStar = false, seenDefault = false, seenSlash = false;
        Token? bareStarToken = null;
        while (Kind != end)
        {
            Token s = Peek();
            if (kwarg is not null)
            {
                if (Kind is TokenKind.Star or TokenKind.DoubleStar or TokenKind.Name or TokenKind.Slash)
                    throw ErrorAt("arguments cannot follow var-keyword argument", s);
                throw InvalidSyntax();
            }
            if (Kind == TokenKind.Star)
            {
                Advance();
                if (afterStar)
                    throw ErrorAt("* argument may appear only once", s);
                afterStar = true;
                if (Kind == TokenKind.Comma || Kind == end)
                {
                    bareStar = true;
                    bareStarToken = s;
                    if (Kind == end)
                        throw ErrorAt("named arguments must follow bare *", s);
                }
                else
                {
                    vararg = Parameter(isLambda, allowStarred: true);
                    if (Kind == TokenKind.Equal)
                        throw ErrorAt("var-positional argument cannot have default value", Peek());
                }
            }
            else if (Kind == TokenKind.DoubleStar)
            {
                Advance();
                if (bareStar && kwonly.Count == 0)
                    throw ErrorAt("named arguments must follow bare *", bareStarToken!.Value);
                kwarg = Parameter(isLambda, allowStarred: false);
                if (Kind == TokenKind.Equal)
                    throw ErrorAt("var-keyword argument cannot have default value", Peek());
            }
            else if (Kind == TokenKind.Slash)
            {
                Advance();
                if (afterStar)
                    throw ErrorAt("/ must be ahead of *", s);
                if (seenSlash)
                    throw ErrorAt("/ may appear only once", s);
                if (args.Count == 0)
                    throw ErrorAt(Kind == end ? "invalid syntax" : "at least one argument must precede /", s);
                seenSlash = true;
                posonly.AddRange(args);
                args.Clear();
            }
            else
            {
                if (Kind != TokenKind.Name)
                    throw InvalidSyntax();
                arg p = Parameter(isLambda, allowStarred: false);
                ExprNode? def = null;
                if (Kind == TokenKind.Equal)
                {
                    Token eq = Advance();
                    if (Kind == TokenKind.Comma || Kind == end)
                        throw ErrorAt("expected default value expression", eq);
                    def = Expression();
                }
                if (afterStar)
                {
                    kwonly.Add(p);
                    kwDefaults.Add(def);
                }
                else
                {
                    if (def is not null)
                    {
                        defaults.Add(def);
                        seenDefault = true;
                    }
                    else if (seenDefault && (Kind == TokenKind.Comma || Kind == end))
                        throw ErrorAt("parameter without a default follows parameter with a default", p);
                    else if (seenDefault)
                        throw InvalidSyntax();
                    args.Add(p);
                }
            }
            if (!Accept(TokenKind.Comma))
                break;
        }
        if (bareStar && kwonly.Count == 0 && kwarg is null)
            throw ErrorAt("named arguments must follow bare *", bareStarToken!.Value);
        return new arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private arg Parameter(bool isLambda, bool allowStarred)
    {
        Token n = Peek();
        if (n.Kind != TokenKind.Name)
            throw InvalidSyntax();
        Advance();
        ExprNode? annotation = null;
        if (!isLambda && Accept(TokenKind.Colon))
        {
            if (allowStarred && Kind == TokenKind.Star)
            {
                Token st = Advance();
                ExprNode v = Expression();
                annotation = new Starred(v, ExprContext.Load, st.Line, st.Col, EndLine, EndCol);
            }
            else
                annotation = Expression();
        }
        return new arg(n.Text!, annotation, null, n.Line, n.Col, EndLine, EndCol);
    }
}
