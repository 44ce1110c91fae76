using Isolated.Parsing.Ast;
using Attribute = Isolated.Parsing.Ast.Attribute;
using Tuple = Isolated.Parsing.Ast.Tuple;

namespace Isolated.Parsing;

// The match statement (PEP 634) and its patterns.
public sealed partial class Parser
{
    /// <summary>Set when "match subject" ended its line without ':' (reported if the line is no valid statement).</summary>
    private Token? _matchWithoutColon;

    /// <summary>"match" subject ':' NEWLINE INDENT case+ DEDENT, or null when "match" is an ordinary name here.</summary>
    private StmtNode? TryMatchStatement()
    {
        int mark = _p;
        Token kw = Advance();
        ExprNode subject;
        try
        {
            if (!StartsExpression())
            {
                _p = mark;
                return null;
            }
            subject = SubjectExpression();
        }
        catch (PythonSyntaxError) when (!_tokenizerFailed)
        {
            _p = mark;
            return null;
        }
        if (Kind != TokenKind.Colon)
        {
            if (Kind == TokenKind.Newline)
                _matchWithoutColon = Peek();
            _p = mark;
            return null;
        }
        Advance();
        if (Kind != TokenKind.Newline)
            throw InvalidSyntax();
        Advance();
        if (Kind != TokenKind.Indent)
        {
            Token t = Peek();
            throw Error($"expected an indented block after 'match' statement on line {kw.Line}", t.Line, t.Col, t.EndLine, t.EndCol,
                SyntaxErrorKind.IndentationError);
        }
        Advance();
        var cases = new List<match_case>();
        while (Kind == TokenKind.Name && Peek().Text == "case")
            cases.Add(CaseBlock());
        if (cases.Count == 0 || Kind != TokenKind.Dedent)
            throw InvalidSyntax();
        Advance();
        var (endLine, endCol) = LastRealEnd();
        return new Match(subject, cases, kw.Line, kw.Col, endLine, endCol);
    }

    private ExprNode SubjectExpression()
    {
        Token start = Peek();
        ExprNode first = StarNamedExpression();
        if (Kind != TokenKind.Comma)
        {
            if (first is Starred)
                throw InvalidSyntax();
            return first;
        }
        var elts = new List<ExprNode> { first };
        while (Accept(TokenKind.Comma))
        {
            if (Kind == TokenKind.Colon)
                break;
            elts.Add(StarNamedExpression());
        }
        return new Tuple(elts, ExprContext.Load, start.Line, start.Col, EndLine, EndCol);
    }

    private match_case CaseBlock()
    {
        Token kw = Advance();
        PatternNode pattern = Patterns();
        ExprNode? guard = null;
        if (Accept(TokenKind.If))
            guard = NamedExpression();
        if (Kind != TokenKind.Colon)
        {
            if (Kind == TokenKind.Newline)
                throw ErrorAt("expected ':'", Peek());
            throw InvalidSyntax();
        }
        Advance();
        var body = Block("'case' statement", kw.Line);
        return new match_case(pattern, guard, body);
    }

    /// <summary>patterns: open_sequence_pattern | pattern.</summary>
    private PatternNode Patterns()
    {
        Token start = Peek();
        PatternNode first = MaybeStarPattern();
        if (Kind != TokenKind.Comma)
        {
            // A lone star pattern needs a comma (an open sequence pattern): "case *a:" is invalid.
            if (first is MatchStar)
                throw InvalidSyntax();
            return first;
        }
        var items = new List<PatternNode> { first };
        while (Accept(TokenKind.Comma))
        {
            if (Kind is TokenKind.Colon or TokenKind.If)
                break;
            items.Add(MaybeStarPattern());
        }
        return new MatchSequence(items, start.Line, start.Col, EndLine, EndCol);
    }

    private PatternNode MaybeStarPattern()
    {
        if (Kind != TokenKind.Star)
            return Pattern();
        Token star = Advance();
        Token n = Expect(TokenKind.Name);
        return new MatchStar(n.Text == "_" ? null : n.Text, star.Line, star.Col, n.EndLine, n.EndCol);
    }

    /// <summary>pattern: or_pattern ['as' NAME].</summary>
    private PatternNode Pattern()
    {
        Enter();
        try
        {
            Token start = Peek();
            PatternNode p = OrPattern();
            if (Kind != TokenKind.As)
                return p;
            Advance();
            Token n = Peek();
            if (n.Kind != TokenKind.Name)
                throw InvalidSyntax();
            if (n.Text == "_")
                throw ErrorAt("cannot use '_' as a target", n);
            Advance();
            if (Kind is TokenKind.Dot or TokenKind.LPar or TokenKind.Equal)
                throw InvalidSyntax();
            return new MatchAs(p, n.Text, start.Line, start.Col, n.EndLine, n.EndCol);
        }
        finally
        {
            Leave();
        }
    }

    private PatternNode OrPattern()
    {
        Token start = Peek();
        PatternNode first = ClosedPattern();
        if (Kind != TokenKind.VBar)
            return first;
        var alts = new List<PatternNode> { first };
        while (Accept(TokenKind.VBar))
            alts.Add(ClosedPattern());
        return new MatchOr(alts, start.Line, start.Col, EndLine, EndCol);
    }

    private PatternNode ClosedPattern()
    {
        Token t = Peek();
        switch (t.Kind)
        {
            case TokenKind.None:
                Advance();
                return new MatchSingleton(null, t.Line, t.Col, t.EndLine, t.EndCol);
            case TokenKind.True:
                Advance();
                return new MatchSingleton(true, t.Line, t.Col, t.EndLine, t.EndCol);
            case TokenKind.False:
                Advance();
                return new MatchSingleton(false, t.Line, t.Col, t.EndLine, t.EndCol);
            case TokenKind.Number:
            case TokenKind.Minus:
            {
                ExprNode v = SignedNumberPattern();
                return new MatchValue(v, v.Lineno, v.ColOffset, v.EndLineno, v.EndColOffset);
            }
            case TokenKind.String:
            case TokenKind.FStringStart:
            {
                // An f-string here is rejected by the compiler, not the parser (as in CPython).
                ExprNode s = Strings();
                return new MatchValue(s, s.Lineno, s.ColOffset, s.EndLineno, s.EndColOffset);
            }
            case TokenKind.Name:
                return NamePattern();
            case TokenKind.LPar:
            {
                Token open = Advance();
                if (Accept(TokenKind.RPar))
                    return new MatchSequence(new List<PatternNode>(), open.Line, open.Col, EndLine, EndCol);
                PatternNode first = MaybeStarPattern();
                if (Accept(TokenKind.RPar))
                {
                    if (first is MatchStar)
                        return new MatchSequence(new List<PatternNode> { first }, open.Line, open.Col, EndLine, EndCol);
                    return first; // group pattern
                }
                var items = new List<PatternNode> { first };
                while (Accept(TokenKind.Comma))
                {
                    if (Kind == TokenKind.RPar)
                        break;
                    items.Add(MaybeStarPattern());
                }
                Expect(TokenKind.RPar);
                return new MatchSequence(items, open.Line, open.Col, EndLine, EndCol);
            }
            case TokenKind.LSqb:
            {
                Token open = Advance();
                var items = new List<PatternNode>();
                while (Kind != TokenKind.RSqb)
                {
                    items.Add(MaybeStarPattern());
                    if (!Accept(TokenKind.Comma))
                        break;
                }
                Expect(TokenKind.RSqb);
                return new MatchSequence(items, open.Line, open.Col, EndLine, EndCol);
            }
            case TokenKind.LBrace:
                return MappingPattern();
            default:
                throw InvalidSyntax();
        }
    }

    /// <summary>signed_number, or a complex literal: signed_real ('+' | '-') imaginary.</summary>
    private ExprNode SignedNumberPattern()
    {
        Token start = Peek();
        ExprNode real;
        if (Kind == TokenKind.Minus)
        {
            Advance();
            Token n = Expect(TokenKind.Number);
            var c = new Constant(NumberValue(n), null, n.Line, n.Col, n.EndLine, n.EndCol);
            real = new UnaryOp(UnaryOperator.USub, c, start.Line, start.Col, EndLine, EndCol);
        }
        else
        {
            Token n = Expect(TokenKind.Number);
            real = new Constant(NumberValue(n), null, n.Line, n.Col, n.EndLine, n.EndCol);
        }
        if (Kind is TokenKind.Plus or TokenKind.Minus)
        {
            Token op = Advance();
            Token n = Expect(TokenKind.Number);
            object imag = NumberValue(n);
            if (imag is not System.Numerics.Complex)
                throw ErrorAt("imaginary number required in complex literal", n);
            var right = new Constant(imag, null, n.Line, n.Col, n.EndLine, n.EndCol);
            return new BinOp(real, op.Kind == TokenKind.Plus ? Operator.Add : Operator.Sub, right, start.Line, start.Col, EndLine, EndCol);
        }
        return real;
    }

    /// <summary>Capture, wildcard, value (dotted name) or class pattern.</summary>
    private PatternNode NamePattern()
    {
        Token n = Advance();
        ExprNode nameExpr = new Name(n.Text!, ExprContext.Load, n.Line, n.Col, n.EndLine, n.EndCol);
        bool dotted = false;
        while (Accept(TokenKind.Dot))
        {
            Token a = Expect(TokenKind.Name);
            nameExpr = new Attribute(nameExpr, a.Text!, ExprContext.Load, n.Line, n.Col, EndLine, EndCol);
            dotted = true;
        }
        if (Kind == TokenKind.LPar)
            return ClassPattern(nameExpr);
        if (dotted)
            return new MatchValue(nameExpr, nameExpr.Lineno, nameExpr.ColOffset, nameExpr.EndLineno, nameExpr.EndColOffset);
        if (Kind == TokenKind.Equal)
            throw InvalidSyntax();
        return new MatchAs(null, n.Text == "_" ? null : n.Text, n.Line, n.Col, n.EndLine, n.EndCol);
    }

    private PatternNode ClassPattern(ExprNode cls)
    {
        Advance(); // '('
        var patterns = new List<PatternNode>();
        var kwdAttrs = new List<string>();
        var kwdPatterns = new List<PatternNode>();
        while (Kind != TokenKind.RPar)
        {
            if (Kind == TokenKind.Name && KindAt(1) == TokenKind.Equal)
            {
                Token k = Advance();
                Advance();
                kwdAttrs.Add(k.Text!);
                kwdPatterns.Add(Pattern());
            }
            else
            {
                PatternNode p = Pattern();
                if (kwdAttrs.Count > 0)
                    throw ErrorAt("positional patterns follow keyword patterns", p);
                patterns.Add(p);
            }
            if (!Accept(TokenKind.Comma))
                break;
        }
        Expect(TokenKind.RPar);
        return new MatchClass(cls, patterns, kwdAttrs, kwdPatterns, cls.Lineno, cls.ColOffset, EndLine, EndCol);
    }

    private PatternNode MappingPattern()
    {
        Token open = Advance();
        var keys = new List<ExprNode>();
        var patterns = new List<PatternNode>();
        string? rest = null;
        while (Kind != TokenKind.RBrace)
        {
            if (Accept(TokenKind.DoubleStar))
            {
                rest = Expect(TokenKind.Name).Text;
                Accept(TokenKind.Comma);
                break;
            }
            keys.Add(MappingKey());
            Expect(TokenKind.Colon);
            patterns.Add(Pattern());
            if (!Accept(TokenKind.Comma))
                break;
        }
        Expect(TokenKind.RBrace);
        return new MatchMapping(keys, patterns, rest, open.Line, open.Col, EndLine, EndCol);
    }

    private ExprNode MappingKey()
    {
        Token t = Peek();
        switch (t.Kind)
        {
            case TokenKind.None:
            case TokenKind.True:
            case TokenKind.False:
                Advance();
                return new Constant(t.Kind == TokenKind.None ? null : t.Kind == TokenKind.True, null, t.Line, t.Col, t.EndLine, t.EndCol);
            case TokenKind.Number:
            case TokenKind.Minus:
                return SignedNumberPattern();
            case TokenKind.String:
            case TokenKind.FStringStart:
                return Strings();
            case TokenKind.Name:
            {
                Advance();
                ExprNode e = new Name(t.Text!, ExprContext.Load, t.Line, t.Col, t.EndLine, t.EndCol);
                if (Kind != TokenKind.Dot)
                    throw InvalidSyntax();
                while (Accept(TokenKind.Dot))
                {
                    Token a = Expect(TokenKind.Name);
                    e = new Attribute(e, a.Text!, ExprContext.Load, t.Line, t.Col, EndLine, EndCol);
                }
                return e;
            }
            default:
                throw InvalidSyntax();
        }
    }
}
