using Isolated.Parsing.Ast;
using Attribute = Isolated.Parsing.Ast.Attribute;
using Tuple = Isolated.Parsing.Ast.Tuple;

namespace Isolated.Parsing;

// Expressions, from star_expressions down to atoms, plus displays, comprehensions and calls.
public sealed partial class Parser
{
    /// <summary>Whether the current token can begin an expression.</summary>
    private bool StartsExpression()
    {
        switch (Kind)
        {
            case TokenKind.Name:
            case TokenKind.Number:
            case TokenKind.String:
            case TokenKind.FStringStart:
            case TokenKind.LPar:
            case TokenKind.LSqb:
            case TokenKind.LBrace:
            case TokenKind.Minus:
            case TokenKind.Plus:
            case TokenKind.Tilde:
            case TokenKind.Not:
            case TokenKind.Await:
            case TokenKind.Lambda:
            case TokenKind.True:
            case TokenKind.False:
            case TokenKind.None:
            case TokenKind.Ellipsis:
            case TokenKind.Star:
            case TokenKind.Yield:
                return true;
            default:
                return false;
        }
    }

    /// <summary>star_expressions: a single star_expression, or a tuple of them.</summary>
    private ExprNode StarExpressions()
    {
        Token start = Peek();
        ExprNode first = StarExpression();
        if (Kind != TokenKind.Comma)
            return first;
        var elts = new List<ExprNode> { first };
        while (Accept(TokenKind.Comma))
        {
            if (!StartsExpression() || Kind == TokenKind.Yield)
                break;
            elts.Add(StarExpression());
        }
        return new Tuple(elts, ExprContext.Load, start.Line, start.Col, EndLine, EndCol);
    }

    private ExprNode StarExpression()
    {
        if (Kind == TokenKind.Star)
        {
            Token s = Advance();
            ExprNode v = BitwiseOr();
            return new Starred(v, ExprContext.Load, s.Line, s.Col, EndLine, EndCol);
        }
        return Expression();
    }

    private ExprNode StarNamedExpression()
    {
        if (Kind == TokenKind.Star)
        {
            Token s = Advance();
            ExprNode v = BitwiseOr();
            return new Starred(v, ExprContext.Load, s.Line, s.Col, EndLine, EndCol);
        }
        return CheckedNamedExpression();
    }

    /// <summary>named_expression: NAME ':=' expression | expression.</summary>
    private ExprNode NamedExpression()
    {
        if (Kind == TokenKind.Name && KindAt(1) == TokenKind.ColonEqual)
        {
            Token n = Advance();
            Advance();
            Enter();
            try
            {
                ExprNode value = Expression();
                var target = new Name(n.Text!, ExprContext.Store, n.Line, n.Col, n.EndLine, n.EndCol);
                return new NamedExpr(target, value, n.Line, n.Col, EndLine, EndCol);
            }
            finally
            {
                Leave();
            }
        }
        ExprNode e = Expression();
        if (Kind == TokenKind.ColonEqual)
        {
            int furthest = _count - 1;
            Advance();
            try
            {
                Expression();
            }
            catch (PythonSyntaxError) when (!_tokenizerFailed)
            {
                throw InvalidSyntaxAt(furthest);
            }
            throw ErrorAt($"cannot use assignment expressions with {ExprName(e)}", e);
        }
        return e;
    }

    /// <summary>
    /// A named_expression where '=' cannot follow (conditions, display elements, decorators, subscripts):
    /// "x = 1" there gets CPython's hints "Maybe you meant '==' or ':=' instead of '='?" /
    /// "cannot assign to X here. Maybe you meant '==' instead of '='?".
    /// </summary>
    private ExprNode CheckedNamedExpression()
    {
        ExprNode e = NamedExpression();
        if (Kind != TokenKind.Equal)
            return e;
        int mark = _p;
        int furthest = _count - 1;
        Advance();
        if (StartsExpression() && Kind != TokenKind.Star && Kind != TokenKind.Yield)
        {
            ExprNode rhs;
            try
            {
                rhs = BitwiseOr();
            }
            catch (PythonSyntaxError) when (!_tokenizerFailed)
            {
                _p = mark;
                throw InvalidSyntaxAt(furthest);
            }
            if (Kind is not (TokenKind.Equal or TokenKind.ColonEqual))
            {
                if (e is Name)
                    throw ErrorRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e, rhs);
                if (IsBitwiseOrLevel(e))
                    throw ErrorAt($"cannot assign to {ExprName(e)} here. Maybe you meant '==' instead of '='?", e);
            }
        }
        _p = mark;
        throw InvalidSyntaxAt(furthest);
    }

    /// <summary>expression: disjunction ['if' disjunction 'else' expression] | lambdef.</summary>
    private ExprNode Expression()
    {
        Enter();
        try
        {
            if (Kind == TokenKind.Lambda)
                return LambdaExpression();
            Token start = Peek();
            ExprNode body = Disjunction();
            if (Kind != TokenKind.If)
                return body;
            Advance();
            ExprNode test = Disjunction();
            if (Kind != TokenKind.Else)
            {
                if (Kind != TokenKind.Colon)
                    throw Error("expected 'else' after 'if' expression", start.Line, start.Col, test.EndLineno, test.EndColOffset);
                throw InvalidSyntax();
            }
            Advance();
            ExprNode orelse = Expression();
            return new IfExp(test, body, orelse, start.Line, start.Col, EndLine, EndCol);
        }
        finally
        {
            Leave();
        }
    }

    private ExprNode LambdaExpression()
    {
        Token kw = Advance();
        arguments args = Parameters(TokenKind.Colon, isLambda: true);
        Expect(TokenKind.Colon);
        ExprNode body = Expression();
        return new Lambda(args, body, kw.Line, kw.Col, EndLine, EndCol);
    }

    private ExprNode Disjunction()
    {
        Token start = Peek();
        ExprNode first = Conjunction();
        if (Kind != TokenKind.Or)
            return first;
        var values = new List<ExprNode> { first };
        while (Accept(TokenKind.Or))
            values.Add(Conjunction());
        return new BoolOp(BoolOperator.Or, values, start.Line, start.Col, EndLine, EndCol);
    }

    private ExprNode Conjunction()
    {
        Token start = Peek();
        ExprNode first = Inversion();
        if (Kind != TokenKind.And)
            return first;
        var values = new List<ExprNode> { first };
        while (Accept(TokenKind.And))
            values.Add(Inversion());
        return new BoolOp(BoolOperator.And, values, start.Line, start.Col, EndLine, EndCol);
    }

    private ExprNode Inversion()
    {
        if (Kind != TokenKind.Not)
            return Comparison(); // tail position: the JIT may reuse the frame
        // Iterative: "not not not ... x" must not recurse per 'not'.
        var nots = new List<Token>();
        while (Kind == TokenKind.Not)
        {
            nots.Add(Advance());
            CheckChain(nots.Count);
        }
        ExprNode e = Comparison();
        for (int i = nots.Count - 1; i >= 0; i--)
            e = new UnaryOp(UnaryOperator.Not, e, nots[i].Line, nots[i].Col, EndLine, EndCol);
        return e;
    }

    private ExprNode Comparison()
    {
        Token start = Peek();
        ExprNode left = BitwiseOr();
        CmpOperator? op = ComparisonOperator();
        if (op is null)
            return left;
        var ops = new List<CmpOperator>();
        var comparators = new List<ExprNode>();
        while (op is { } o)
        {
            ops.Add(o);
            comparators.Add(BitwiseOr());
            op = ComparisonOperator();
        }
        return new Compare(left, ops, comparators, start.Line, start.Col, EndLine, EndCol);
    }

    /// <summary>Consumes a comparison operator (one or two tokens) if present.</summary>
    private CmpOperator? ComparisonOperator()
    {
        switch (Kind)
        {
            case TokenKind.EqEqual: Advance(); return CmpOperator.Eq;
            case TokenKind.NotEqual:
                if (_text.Bytes[Peek().Start] == '<')
                    throw ErrorAt("invalid syntax", Peek());
                Advance();
                return CmpOperator.NotEq;
            case TokenKind.Less: Advance(); return CmpOperator.Lt;
            case TokenKind.LessEqual: Advance(); return CmpOperator.LtE;
            case TokenKind.Greater: Advance(); return CmpOperator.Gt;
            case TokenKind.GreaterEqual: Advance(); return CmpOperator.GtE;
            case TokenKind.In: Advance(); return CmpOperator.In;
            case TokenKind.Is:
                Advance();
                return Accept(TokenKind.Not) ? CmpOperator.IsNot : CmpOperator.Is;
            case TokenKind.Not when KindAt(1) == TokenKind.In:
                Advance();
                Advance();
                return CmpOperator.NotIn;
            default:
                return null;
        }
    }

    private static int BinaryPrecedence(TokenKind kind) => kind switch
    {
        TokenKind.VBar => 1,
        TokenKind.Circumflex => 2,
        TokenKind.Amper => 3,
        TokenKind.LeftShift or TokenKind.RightShift => 4,
        TokenKind.Plus or TokenKind.Minus => 5,
        TokenKind.Star or TokenKind.Slash or TokenKind.DoubleSlash or TokenKind.Percent or TokenKind.At => 6,
        _ => 0,
    };

    private static Operator BinaryOperator(TokenKind kind) => kind switch
    {
        TokenKind.VBar => Operator.BitOr,
        TokenKind.Circumflex => Operator.BitXor,
        TokenKind.Amper => Operator.BitAnd,
        TokenKind.LeftShift => Operator.LShift,
        TokenKind.RightShift => Operator.RShift,
        TokenKind.Plus => Operator.Add,
        TokenKind.Minus => Operator.Sub,
        TokenKind.Star => Operator.Mult,
        TokenKind.Slash => Operator.Div,
        TokenKind.DoubleSlash => Operator.FloorDiv,
        TokenKind.Percent => Operator.Mod,
        TokenKind.At => Operator.MatMult,
        _ => throw new InvalidOperationException(),
    };

    /// <summary>bitwise_or and everything down to term: precedence climbing, left-associative, no recursion per operator.</summary>
    private ExprNode BitwiseOr() => Binary(1);

    private ExprNode Binary(int minPrecedence)
    {
        Token start = Peek();
        ExprNode left = Factor();
        int chain = 0;
        while (true)
        {
            int prec = BinaryPrecedence(Kind);
            if (prec < minPrecedence || prec == 0)
                return left;
            Operator op = BinaryOperator(Advance().Kind);
            ExprNode right;
            if (prec == 6)
            {
                right = Factor();
            }
            else
            {
                Enter();
                try
                {
                    right = Binary(prec + 1);
                }
                finally
                {
                    Leave();
                }
            }
            CheckChain(++chain);
            left = new BinOp(left, op, right, start.Line, start.Col, EndLine, EndCol);
        }
    }

    /// <summary>factor: ('+' | '-' | '~') factor | power — the prefix operators are collected in a loop.</summary>
    private ExprNode Factor()
    {
        TokenKind k = Kind;
        if (k != TokenKind.Plus && k != TokenKind.Minus && k != TokenKind.Tilde)
        {
            if (k is TokenKind.Name or TokenKind.Number && BinaryPrecedence(KindAt(1)) == 0 && KindAt(1) is not (TokenKind.Dot or TokenKind.LPar or TokenKind.LSqb or TokenKind.DoubleStar))
                return Atom(); // common leaf: skip the power/primary frames
            return Power();
        }
        var ops = new List<Token>();
        while (Kind is TokenKind.Plus or TokenKind.Minus or TokenKind.Tilde)
        {
            ops.Add(Advance());
            CheckChain(ops.Count);
        }
        ExprNode e = Power();
        for (int i = ops.Count - 1; i >= 0; i--)
        {
            Token t = ops[i];
            UnaryOperator op = t.Kind == TokenKind.Plus ? UnaryOperator.UAdd : t.Kind == TokenKind.Minus ? UnaryOperator.USub : UnaryOperator.Invert;
            e = new UnaryOp(op, e, t.Line, t.Col, EndLine, EndCol);
        }
        return e;
    }

    /// <summary>power: await_primary ['**' factor].</summary>
    private ExprNode Power()
    {
        Token start = Peek();
        ExprNode left = start.Kind == TokenKind.Await ? AwaitPrimary() : Primary();
        if (Kind != TokenKind.DoubleStar)
            return left;
        Advance();
        Enter();
        try
        {
            ExprNode right = Factor();
            return new BinOp(left, Operator.Pow, right, start.Line, start.Col, EndLine, EndCol);
        }
        finally
        {
            Leave();
        }
    }

    private ExprNode AwaitPrimary()
    {
        if (Kind != TokenKind.Await)
            return Primary();
        Token a = Advance();
        ExprNode v = Primary();
        return new Await(v, a.Line, a.Col, EndLine, EndCol);
    }

    /// <summary>primary: atom followed by any number of '.' NAME, '(' args ')', '[' slices ']' trailers.</summary>
    private ExprNode Primary()
    {
        Token start = Peek();
        ExprNode e = Atom();
        int chain = 0;
        while (true)
        {
            switch (Kind)
            {
                case TokenKind.Dot:
                {
                    Advance();
                    Token n = Peek();
                    if (n.Kind != TokenKind.Name)
                        throw InvalidSyntax();
                    Advance();
                    e = new Attribute(e, n.Text!, ExprContext.Load, start.Line, start.Col, EndLine, EndCol);
                    break;
                }
                case TokenKind.LPar:
                {
                    Token open = Advance();
                    var args = new List<ExprNode>();
                    var keywords = new List<keyword>();
                    Enter();
                    try
                    {
                        CallArguments(open, args, keywords);
                    }
                    finally
                    {
                        Leave();
                    }
                    Expect(TokenKind.RPar);
                    if (args.Count == 1 && keywords.Count == 0 && args[0] is GeneratorExp g && g.Lineno == open.Line && g.ColOffset == open.Col)
                    {
                        g.EndLineno = EndLine;
                        g.EndColOffset = EndCol;
                    }
                    e = new Call(e, args, keywords, start.Line, start.Col, EndLine, EndCol);
                    break;
                }
                case TokenKind.LSqb:
                {
                    Advance();
                    ExprNode slice;
                    Enter();
                    try
                    {
                        slice = Slices();
                    }
                    finally
                    {
                        Leave();
                    }
                    Expect(TokenKind.RSqb);
                    e = new Subscript(e, slice, ExprContext.Load, start.Line, start.Col, EndLine, EndCol);
                    break;
                }
                default:
                    return e;
            }
            CheckChain(++chain);
        }
    }

    /// <summary>slices: slice !',' | (slice | starred_expression) (',' ...)* [','] as a Tuple.</summary>
    private ExprNode Slices()
    {
        Token start = Peek();
        ExprNode first = SliceItem();
        if (Kind is not (TokenKind.Comma or TokenKind.RSqb))
            ForgotComma(first);
        if (Kind != TokenKind.Comma)
        {
            if (first is Starred)
                return new Tuple(new List<ExprNode> { first }, ExprContext.Load, start.Line, start.Col, EndLine, EndCol);
            return first;
        }
        var elts = new List<ExprNode> { first };
        while (Accept(TokenKind.Comma))
        {
            if (Kind == TokenKind.RSqb)
                break;
            elts.Add(SliceItem());
            if (Kind is not (TokenKind.Comma or TokenKind.RSqb))
                ForgotComma(elts[^1]);
        }
        return new Tuple(elts, ExprContext.Load, start.Line, start.Col, EndLine, EndCol);
    }

    private ExprNode SliceItem()
    {
        Token s = Peek();
        if (Kind == TokenKind.Star)
            return StarNamedExpression();
        ExprNode? lower = null;
        if (Kind != TokenKind.Colon)
        {
            bool bareWalrus = Kind == TokenKind.Name && KindAt(1) == TokenKind.ColonEqual;
            lower = CheckedNamedExpression();
            if (Kind != TokenKind.Colon)
                return lower;
            if (bareWalrus)
                throw InvalidSyntax();
        }
        Advance(); // ':'
        ExprNode? upper = null, step = null;
        if (Kind is not (TokenKind.Colon or TokenKind.Comma or TokenKind.RSqb))
            upper = Expression();
        if (Accept(TokenKind.Colon))
        {
            if (Kind is not (TokenKind.Comma or TokenKind.RSqb))
                step = Expression();
        }
        return new Slice(lower, upper, step, s.Line, s.Col, EndLine, EndCol);
    }

    private ExprNode Atom()
    {
        Token t = Peek();
        switch (t.Kind)
        {
            case TokenKind.Name:
                Advance();
                return new Name(t.Text!, ExprContext.Load, t.Line, t.Col, t.EndLine, t.EndCol);
            case TokenKind.True:
                Advance();
                return new Constant(true, null, t.Line, t.Col, t.EndLine, t.EndCol);
            case TokenKind.False:
                Advance();
                return new Constant(false, null, t.Line, t.Col, t.EndLine, t.EndCol);
            case TokenKind.None:
                Advance();
                return new Constant(null, null, t.Line, t.Col, t.EndLine, t.EndCol);
            case TokenKind.Ellipsis:
                Advance();
                return new Constant(AstEllipsis.Instance, null, t.Line, t.Col, t.EndLine, t.EndCol);
            case TokenKind.Number:
                Advance();
                return new Constant(NumberValue(t), null, t.Line, t.Col, t.EndLine, t.EndCol);
            case TokenKind.String:
            case TokenKind.FStringStart:
                return Strings();
            case TokenKind.LPar:
            case TokenKind.LSqb:
            case TokenKind.LBrace:
                Enter();
                try
                {
                    return t.Kind == TokenKind.LPar ? ParenAtom() : t.Kind == TokenKind.LSqb ? ListAtom() : BraceAtom();
                }
                finally
                {
                    Leave();
                }
            default:
                throw InvalidSyntax();
        }
    }

    /// <summary>'(' ... ')': empty tuple, group, tuple, generator expression or parenthesised yield.</summary>
    private ExprNode ParenAtom()
    {
        Token open = Advance();
        if (Accept(TokenKind.RPar))
            return new Tuple(new List<ExprNode>(), ExprContext.Load, open.Line, open.Col, EndLine, EndCol);
        if (Kind == TokenKind.Yield)
        {
            ExprNode y = YieldExpr();
            Expect(TokenKind.RPar);
            return y;
        }
        ExprNode first = StarNamedExpression();
        if (Kind == TokenKind.For || (Kind == TokenKind.Async && KindAt(1) == TokenKind.For))
        {
            if (first is Starred)
                throw ErrorAt("iterable unpacking cannot be used in comprehension", first);
            var gens = ComprehensionClauses();
            Expect(TokenKind.RPar);
            return new GeneratorExp(first, gens, open.Line, open.Col, EndLine, EndCol);
        }
        if (Kind == TokenKind.RPar)
        {
            Advance();
            if (first is Starred)
                throw ErrorAt("cannot use starred expression here", first);
            return first;
        }
        if (Kind != TokenKind.Comma)
            ForgotComma(first);
        var elts = new List<ExprNode> { first };
        while (Accept(TokenKind.Comma))
        {
            if (Kind == TokenKind.RPar)
                break;
            elts.Add(StarNamedExpression());
            if (Kind is not (TokenKind.Comma or TokenKind.RPar))
                ForgotComma(elts[^1]);
        }
        Expect(TokenKind.RPar);
        return new Tuple(elts, ExprContext.Load, open.Line, open.Col, EndLine, EndCol);
    }

    private ExprNode ListAtom()
    {
        Token open = Advance();
        var elts = new List<ExprNode>();
        if (Accept(TokenKind.RSqb))
            return new List(elts, ExprContext.Load, open.Line, open.Col, EndLine, EndCol);
        ExprNode first = StarNamedExpression();
        if (Kind == TokenKind.For || (Kind == TokenKind.Async && KindAt(1) == TokenKind.For))
        {
            if (first is Starred)
                throw ErrorAt("iterable unpacking cannot be used in comprehension", first);
            var gens = ComprehensionClauses();
            Expect(TokenKind.RSqb);
            return new ListComp(first, gens, open.Line, open.Col, EndLine, EndCol);
        }
        elts.Add(first);
        if (Kind is not (TokenKind.Comma or TokenKind.RSqb))
            ForgotComma(first);
        while (Accept(TokenKind.Comma))
        {
            if (Kind == TokenKind.RSqb)
                break;
            elts.Add(StarNamedExpression());
            if (Kind is TokenKind.For or TokenKind.Async)
                throw ErrorRange("did you forget parentheses around the comprehension target?", elts[0], elts[^1]);
            if (Kind is not (TokenKind.Comma or TokenKind.RSqb))
                ForgotComma(elts[^1]);
        }
        Expect(TokenKind.RSqb);
        return new List(elts, ExprContext.Load, open.Line, open.Col, EndLine, EndCol);
    }

    private ExprNode BraceAtom()
    {
        Token open = Advance();
        if (Accept(TokenKind.RBrace))
            return new Dict(new List<ExprNode?>(), new List<ExprNode>(), open.Line, open.Col, EndLine, EndCol);
        if (Kind == TokenKind.DoubleStar)
            return DictRest(open, null, null);
        bool bareWalrus = Kind == TokenKind.Name && KindAt(1) == TokenKind.ColonEqual;
        ExprNode first = StarNamedExpression();
        if (Kind == TokenKind.Colon && first is not Starred)
        {
            if (bareWalrus)
                throw InvalidSyntax();
            Token colon = Advance();
            if (Kind is TokenKind.RBrace or TokenKind.Comma)
                throw ErrorAt("expression expected after dictionary key and ':'", colon);
            if (Kind == TokenKind.Star)
            {
                Token star = Advance();
                ExprNode starred = BitwiseOr();
                throw Error("cannot use a starred expression in a dictionary value", star.Line, star.Col, starred.EndLineno, starred.EndColOffset);
            }
            ExprNode value = Expression();
            if (Kind == TokenKind.For || (Kind == TokenKind.Async && KindAt(1) == TokenKind.For))
            {
                var gens = ComprehensionClauses();
                Expect(TokenKind.RBrace);
                return new DictComp(first, value, gens, open.Line, open.Col, EndLine, EndCol);
            }
            return DictRest(open, first, value);
        }
        if (Kind == TokenKind.For || (Kind == TokenKind.Async && KindAt(1) == TokenKind.For))
        {
            if (first is Starred)
                throw ErrorAt("iterable unpacking cannot be used in comprehension", first);
            var gens = ComprehensionClauses();
            Expect(TokenKind.RBrace);
            return new SetComp(first, gens, open.Line, open.Col, EndLine, EndCol);
        }
        var elts = new List<ExprNode> { first };
        if (Kind is not (TokenKind.Comma or TokenKind.RBrace))
            ForgotComma(first);
        while (Accept(TokenKind.Comma))
        {
            if (Kind == TokenKind.RBrace)
                break;
            elts.Add(StarNamedExpression());
            if (Kind is TokenKind.For or TokenKind.Async)
                throw ErrorRange("did you forget parentheses around the comprehension target?", elts[0], elts[^1]);
            if (Kind is not (TokenKind.Comma or TokenKind.RBrace))
                ForgotComma(elts[^1]);
        }
        Expect(TokenKind.RBrace);
        return new Set(elts, open.Line, open.Col, EndLine, EndCol);
    }

    /// <summary>The rest of a dict display after an optional first key: value pair.</summary>
    private ExprNode DictRest(Token open, ExprNode? firstKey, ExprNode? firstValue)
    {
        var keys = new List<ExprNode?>();
        var values = new List<ExprNode>();
        bool needComma = false;
        if (firstValue is not null)
        {
            keys.Add(firstKey);
            values.Add(firstValue);
            needComma = true;
        }
        while (true)
        {
            if (needComma)
            {
                if (!Accept(TokenKind.Comma))
                    break;
                if (Kind == TokenKind.RBrace)
                    break;
            }
            needComma = true;
            if (Accept(TokenKind.DoubleStar))
            {
                keys.Add(null);
                values.Add(BitwiseOr());
                continue;
            }
            ExprNode key = Expression();
            if (Kind != TokenKind.Colon)
            {
                if (keys.Count > 0)
                    throw Error("':' expected after dictionary key", key.EndLineno, key.EndColOffset - 1, key.EndLineno, key.EndColOffset);
                throw InvalidSyntax();
            }
            Token colon = Advance();
            if (Kind is TokenKind.RBrace or TokenKind.Comma)
                throw ErrorAt("expression expected after dictionary key and ':'", colon);
            if (Kind == TokenKind.Star)
            {
                Token star = Advance();
                ExprNode starred = BitwiseOr();
                throw Error("cannot use a starred expression in a dictionary value", star.Line, star.Col, starred.EndLineno, starred.EndColOffset);
            }
            keys.Add(key);
            values.Add(Expression());
        }
        if (Kind == TokenKind.For && keys.Count == 1 && keys[0] is null)
            throw Error("dict unpacking cannot be used in dict comprehension", open.Line, open.Col + 1, EndLine, EndCol);
        Expect(TokenKind.RBrace);
        return new Dict(keys, values, open.Line, open.Col, EndLine, EndCol);
    }

    /// <summary>
    /// Inside brackets, an element directly followed by something that starts an expression is CPython's
    /// "invalid syntax. Perhaps you forgot a comma?".
    /// </summary>
    private void ForgotComma(ExprNode element)
    {
        // CPython: !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression, inside brackets.
        if (element is not (IfExp or Lambda or NamedExpr or Starred) && StartsExpression()
            && Kind != TokenKind.Star && Kind != TokenKind.Yield && !StartsWithNameStringOrSoftKeyword(element))
        {
            int mark = _p;
            int furthest = _count - 1;
            try
            {
                ExprNode next = Expression();
                throw ErrorRange("invalid syntax. Perhaps you forgot a comma?", element, next);
            }
            catch (PythonSyntaxError e) when (!_tokenizerFailed && e.Msg != "invalid syntax. Perhaps you forgot a comma?")
            {
                _p = mark;
                throw InvalidSyntaxAt(furthest);
            }
        }
        throw InvalidSyntax();
    }

    private bool StartsWithNameStringOrSoftKeyword(ExprNode element)
    {
        for (int i = _p - 1; i >= 0 && _tokens[i].Line >= element.Lineno; i--)
        {
            Token t = _tokens[i];
            if (t.Line != element.Lineno || t.Col != element.ColOffset)
                continue;
            if (t.Kind != TokenKind.Name)
                return false;
            return t.Text is "match" or "case" or "type" or "_" || _tokens[i + 1].Kind == TokenKind.String;
        }
        return false;
    }

    /// <summary>One or more "[async] for targets in disjunction (if disjunction)*" clauses.</summary>
    private List<comprehension> ComprehensionClauses()
    {
        var gens = new List<comprehension>();
        while (Kind == TokenKind.For || (Kind == TokenKind.Async && KindAt(1) == TokenKind.For))
        {
            int isAsync = Accept(TokenKind.Async) ? 1 : 0;
            Advance(); // 'for'
            ExprNode target = StarTargets();
            if (Kind != TokenKind.In)
                throw InvalidSyntax();
            Advance();
            ExprNode iter = Disjunction();
            var ifs = new List<ExprNode>();
            while (Accept(TokenKind.If))
                ifs.Add(Disjunction());
            gens.Add(new comprehension(target, iter, ifs, isAsync));
        }
        return gens;
    }

    /// <summary>star_targets: star_target (',' star_target)* [','] — validated and set to Store.</summary>
    private ExprNode StarTargets()
    {
        Token start = Peek();
        ExprNode first = StarTarget();
        if (Kind != TokenKind.Comma)
            return first;
        var elts = new List<ExprNode> { first };
        while (Accept(TokenKind.Comma))
        {
            if (Kind is TokenKind.In or TokenKind.Equal or TokenKind.Colon or TokenKind.RPar or TokenKind.RSqb)
                break;
            elts.Add(StarTarget());
        }
        return new Tuple(elts, ExprContext.Store, start.Line, start.Col, EndLine, EndCol);
    }

    private ExprNode StarTarget()
    {
        ExprNode e;
        if (Kind == TokenKind.Star)
        {
            Token s = Advance();
            if (Kind == TokenKind.Star)
                throw InvalidSyntax();
            ExprNode inner = StarTarget();
            e = new Starred(inner, ExprContext.Store, s.Line, s.Col, EndLine, EndCol);
        }
        else
        {
            e = BitwiseOr();
        }
        ValidateTarget(e, TargetKind.For, null);
        SetContext(e, ExprContext.Store);
        return e;
    }

    private ExprNode YieldExpr()
    {
        Token y = Advance();
        if (Accept(TokenKind.From))
        {
            ExprNode v = Expression();
            return new YieldFrom(v, y.Line, y.Col, EndLine, EndCol);
        }
        ExprNode? value = StartsExpression() && Kind != TokenKind.Yield ? StarExpressions() : null;
        return new Yield(value, y.Line, y.Col, EndLine, EndCol);
    }

    /// <summary>Call arguments up to (not including) ')'.</summary>
    private void CallArguments(Token open, List<ExprNode> args, List<keyword> keywords, bool allowGenerator = true)
    {
        bool seenKeyword = false, seenDoubleStar = false;
        string? orderError = null;
        while (Kind != TokenKind.RPar)
        {
            Token s = Peek();
            if (Kind == TokenKind.Star)
            {
                Advance();
                ExprNode v = Expression();
                if (Kind == TokenKind.Equal)
                    throw Error("cannot assign to iterable argument unpacking", s.Line, s.Col, v.EndLineno, v.EndColOffset);
                if (seenDoubleStar)
                    throw ErrorAt("iterable argument unpacking follows keyword argument unpacking", s);
                args.Add(new Starred(v, ExprContext.Load, s.Line, s.Col, EndLine, EndCol));
            }
            else if (Kind == TokenKind.DoubleStar)
            {
                Advance();
                ExprNode v = Expression();
                keywords.Add(new keyword(null, v, s.Line, s.Col, EndLine, EndCol));
                seenDoubleStar = true;
            }
            else if (Kind == TokenKind.Name && KindAt(1) == TokenKind.Equal)
            {
                Advance();
                Token eq = Advance();
                if (Kind is TokenKind.Comma or TokenKind.RPar)
                    throw Error("expected argument value expression", s.Line, s.Col, eq.EndLine, eq.EndCol);
                ExprNode v = Expression();
                keywords.Add(new keyword(s.Text, v, s.Line, s.Col, EndLine, EndCol));
                seenKeyword = true;
            }
            else
            {
                ExprNode e = NamedExpression();
                if (Kind == TokenKind.For || (Kind == TokenKind.Async && KindAt(1) == TokenKind.For))
                {
                    if (!allowGenerator)
                        throw ErrorAt("invalid syntax", Peek());
                    var gens = ComprehensionClauses();
                    var g = new GeneratorExp(e, gens, open.Line, open.Col, EndLine, EndCol);
                    if (args.Count > 0 || keywords.Count > 0 || Kind != TokenKind.RPar)
                    {
                        if (Kind == TokenKind.Comma && KindAt(1) == TokenKind.RPar && args.Count == 0 && keywords.Count == 0)
                        {
                            // f(x for x in y,) is still an error in CPython.
                        }
                        throw Error("Generator expression must be parenthesized", s.Line, s.Col, EndLine, EndCol);
                    }
                    args.Add(g);
                    continue;
                }
                if (Kind == TokenKind.Equal)
                {
                    Token eq = Peek();
                    if (e is Constant { Value: true or false or null } c && (c.Value is bool || c.Value is null))
                        throw Error($"cannot assign to {ExprName(e)}", s.Line, s.Col, eq.EndLine, eq.EndCol);
                    throw Error("expression cannot contain assignment, perhaps you meant \"==\"?", e.Lineno, e.ColOffset, eq.EndLine, eq.EndCol);
                }
                // CPython reports these at the token after the whole argument list.
                if (seenDoubleStar)
                    orderError ??= "positional argument follows keyword argument unpacking";
                else if (seenKeyword)
                    orderError ??= "positional argument follows keyword argument";
                args.Add(e);
            }
            if (!Accept(TokenKind.Comma))
            {
                if (Kind != TokenKind.RPar)
                    ForgotComma(LastArgument(args, keywords));
                break;
            }
        }
        if (orderError is not null)
            throw ErrorAt(orderError, Peek());
    }

    private static ExprNode LastArgument(List<ExprNode> args, List<keyword> keywords)
    {
        if (keywords.Count == 0)
            return args[^1];
        var k = keywords[^1];
        if (args.Count == 0)
            return k.Value;
        var a = args[^1];
        return (a.Lineno, a.ColOffset).CompareTo((k.Lineno, k.ColOffset)) > 0 ? a : k.Value;
    }
}
