using Isolated.Parsing.Ast;
using Attribute = Isolated.Parsing.Ast.Attribute;
using Tuple = Isolated.Parsing.Ast.Tuple;

namespace Isolated.Parsing;

// Statements: module/interactive/eval inputs, simple statements and compound statements.
public sealed partial class Parser
{
    private Module FileInput()
    {
        var body = new List<StmtNode>();
        while (Kind != TokenKind.EndMarker)
            Statement(body);
        return new Module(body, new List<TypeIgnoreNode>());
    }

    private Expression EvalInput()
    {
        while (Kind == TokenKind.Newline)
            Advance();
        ExprNode e = Kind == TokenKind.Yield ? YieldExpr() : StarExpressions();
        while (Kind == TokenKind.Newline)
            Advance();
        if (Kind != TokenKind.EndMarker)
            throw InvalidSyntax();
        return new Expression(e);
    }

    private Interactive InteractiveInput()
    {
        var body = new List<StmtNode>();
        if (Kind is TokenKind.Newline or TokenKind.EndMarker)
            throw InvalidSyntax();
        if (IsCompoundStart())
            Statement(body);
        else
            SimpleStatements(body);
        while (Kind == TokenKind.Newline)
            Advance();
        if (Kind != TokenKind.EndMarker)
        {
            StmtNode first = body[0];
            throw Error("multiple statements found while compiling a single statement", first.Lineno, first.ColOffset,
                first.EndLineno, first.EndColOffset);
        }
        return new Interactive(body);
    }

    private FunctionType FuncTypeInput()
    {
        Expect(TokenKind.LPar);
        var argtypes = new List<ExprNode>();
        while (Kind != TokenKind.RPar)
        {
            // "*a" and "**k" contribute just their expression, as in CPython.
            Accept(TokenKind.Star);
            Accept(TokenKind.DoubleStar);
            argtypes.Add(Expression());
            if (!Accept(TokenKind.Comma))
                break;
        }
        Expect(TokenKind.RPar);
        Expect(TokenKind.RArrow);
        ExprNode returns = Expression();
        while (Kind == TokenKind.Newline)
            Advance();
        Expect(TokenKind.EndMarker);
        return new FunctionType(argtypes, returns);
    }

    private bool IsCompoundStart()
    {
        switch (Kind)
        {
            case TokenKind.Def:
            case TokenKind.Class:
            case TokenKind.If:
            case TokenKind.While:
            case TokenKind.For:
            case TokenKind.Try:
            case TokenKind.With:
            case TokenKind.At:
            case TokenKind.Async:
                return true;
            case TokenKind.Name:
                return Peek().Text == "match";
            default:
                return false;
        }
    }

    /// <summary>Parses one statement (a compound statement or a line of simple statements) into <paramref name="body"/>.</summary>
    private void Statement(List<StmtNode> body)
    {
        Enter();
        try
        {
            StmtNode? s = CompoundStatement();
            if (s is not null)
            {
                body.Add(s);
            }
            else if (_matchWithoutColon is { } newline)
            {
                // "match x" + NEWLINE: CPython says "expected ':'" only if it is not a valid statement either.
                _matchWithoutColon = null;
                try
                {
                    SimpleStatements(body);
                }
                catch (PythonSyntaxError e) when (!_tokenizerFailed && e.Msg == "invalid syntax")
                {
                    throw ErrorAt("expected ':'", newline);
                }
            }
            else
            {
                SimpleStatements(body);
            }
        }
        finally
        {
            Leave();
        }
    }

    private StmtNode? CompoundStatement()
    {
        switch (Kind)
        {
            case TokenKind.Def:
                return FunctionDefinition(new List<ExprNode>(), null);
            case TokenKind.Class:
                return ClassDefinition(new List<ExprNode>());
            case TokenKind.At:
                return Decorated();
            case TokenKind.If:
                return IfStatement();
            case TokenKind.While:
                return WhileStatement();
            case TokenKind.For:
                return ForStatement(null);
            case TokenKind.Try:
                return TryStatement();
            case TokenKind.With:
                return WithStatement(null);
            case TokenKind.Async:
            {
                Token asyncTok = Peek();
                switch (KindAt(1))
                {
                    case TokenKind.Def:
                        Advance();
                        return FunctionDefinition(new List<ExprNode>(), asyncTok);
                    case TokenKind.For:
                        Advance();
                        return ForStatement(asyncTok);
                    case TokenKind.With:
                        Advance();
                        return WithStatement(asyncTok);
                }
                PeekAt(1);
                throw InvalidSyntax();
            }
            case TokenKind.Name:
                if (Peek().Text == "match")
                    return TryMatchStatement();
                return null;
            case TokenKind.Indent:
                throw InvalidSyntax();
            default:
                return null;
        }
    }

    /// <summary>simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE.</summary>
    private void SimpleStatements(List<StmtNode> body)
    {
        while (true)
        {
            body.Add(SimpleStatement());
            if (Accept(TokenKind.Semi))
            {
                if (Kind == TokenKind.Newline)
                    break;
                continue;
            }
            break;
        }
        if (Kind != TokenKind.Newline)
            throw InvalidSyntax();
        Advance();
    }

    private StmtNode SimpleStatement()
    {
        Token t = Peek();
        switch (t.Kind)
        {
            case TokenKind.Pass:
                Advance();
                return new Pass(t.Line, t.Col, t.EndLine, t.EndCol);
            case TokenKind.Break:
                Advance();
                return new Break(t.Line, t.Col, t.EndLine, t.EndCol);
            case TokenKind.Continue:
                Advance();
                return new Continue(t.Line, t.Col, t.EndLine, t.EndCol);
            case TokenKind.Return:
            {
                Advance();
                ExprNode? value = StartsExpression() ? StarExpressions() : null;
                return new Return(value, t.Line, t.Col, EndLine, EndCol);
            }
            case TokenKind.Raise:
            {
                Advance();
                ExprNode? exc = null, cause = null;
                if (StartsExpression())
                {
                    exc = Expression();
                    if (Accept(TokenKind.From))
                        cause = Expression();
                }
                return new Raise(exc, cause, t.Line, t.Col, EndLine, EndCol);
            }
            case TokenKind.Global:
            case TokenKind.Nonlocal:
            {
                Advance();
                var names = new List<string>();
                do
                {
                    names.Add(Expect(TokenKind.Name).Text!);
                }
                while (Accept(TokenKind.Comma));
                return t.Kind == TokenKind.Global
                    ? new Global(names, t.Line, t.Col, EndLine, EndCol)
                    : new Nonlocal(names, t.Line, t.Col, EndLine, EndCol);
            }
            case TokenKind.Del:
                return DelStatement();
            case TokenKind.Assert:
            {
                Advance();
                ExprNode test = Expression();
                ExprNode? msg = Accept(TokenKind.Comma) ? Expression() : null;
                return new Assert(test, msg, t.Line, t.Col, EndLine, EndCol);
            }
            case TokenKind.Import:
                return ImportStatement();
            case TokenKind.From:
                return ImportFromStatement();
            case TokenKind.Name when t.Text == "type":
            {
                StmtNode? alias = TryTypeAlias();
                if (alias is not null)
                    return alias;
                break;
            }
        }
        return ExpressionStatement();
    }

    /// <summary>Assignment, annotated assignment, augmented assignment or expression statement.</summary>
    private StmtNode ExpressionStatement()
    {
        Token start = Peek();
        ExprNode first = Kind == TokenKind.Yield ? YieldExpr() : StarExpressions();
        switch (Kind)
        {
            case TokenKind.Colon:
            {
                Token colon = Advance();
                // CPython checks the target only once the annotation itself has parsed. Its first (error-free)
                // pass never reads past the ':' of an invalid target, so that is where "invalid syntax" points.
                ExprNode annotation;
                if (first is Name or Attribute or Subscript)
                {
                    annotation = Expression();
                }
                else
                {
                    try
                    {
                        annotation = Expression();
                    }
                    catch (PythonSyntaxError e) when (!_tokenizerFailed && e.Msg == "invalid syntax")
                    {
                        throw ErrorAt("invalid syntax", colon);
                    }
                }
                ValidateAnnotationTarget(first);
                int simple = first is Name && start.Kind != TokenKind.LPar ? 1 : 0;
                SetContext(first, ExprContext.Store);
                ExprNode? value = null;
                if (Accept(TokenKind.Equal))
                    value = Kind == TokenKind.Yield ? YieldExpr() : StarExpressions();
                return new AnnAssign(first, annotation, value, simple, start.Line, start.Col, EndLine, EndCol);
            }
            case TokenKind.Equal:
            {
                var targets = new List<ExprNode> { first };
                ExprNode value;
                while (true)
                {
                    Advance();
                    bool bareYield = Kind == TokenKind.Yield;
                    ExprNode v;
                    try
                    {
                        v = bareYield ? YieldExpr() : StarExpressions();
                    }
                    catch (PythonSyntaxError e) when (!_tokenizerFailed && e.Msg == "invalid syntax")
                    {
                        // CPython names an invalid target even when what follows its '=' does not parse.
                        foreach (var target in targets)
                            ValidateTarget(target, TargetKind.Assign, null);
                        throw;
                    }
                    if (Kind == TokenKind.Equal)
                    {
                        if (bareYield)
                            throw ErrorAt("assignment to yield expression not possible", v);
                        targets.Add(v);
                        continue;
                    }
                    value = v;
                    break;
                }
                for (int i = 0; i < targets.Count; i++)
                    ValidateTarget(targets[i], TargetKind.Assign, i == 0 && targets.Count == 1 ? value : null);
                foreach (var target in targets)
                    SetContext(target, ExprContext.Store);
                return new Assign(targets, value, null, start.Line, start.Col, EndLine, EndCol);
            }
            default:
            {
                Operator? op = AugAssignOperator(Kind);
                if (op is { } aug)
                {
                    if (first is not (Name or Attribute or Subscript))
                        throw ErrorAt($"'{ExprName(first)}' is an illegal expression for augmented assignment", first);
                    Advance();
                    SetContext(first, ExprContext.Store);
                    ExprNode value = Kind == TokenKind.Yield ? YieldExpr() : StarExpressions();
                    return new AugAssign(first, aug, value, start.Line, start.Col, EndLine, EndCol);
                }
                if (Kind != TokenKind.Newline && Kind != TokenKind.Semi)
                    InvalidStatementTail(first);
                return new Expr(first, start.Line, start.Col, EndLine, EndCol);
            }
        }
    }

    /// <summary>Special messages for an expression statement followed by something unexpected.</summary>
    private void InvalidStatementTail(ExprNode first)
    {
        Token next = Peek();
        if (first is Name { Id: "print" or "exec" } name && StartsExpression())
        {
            ExprNode arg = StarExpressions();
            throw Error($"Missing parentheses in call to '{name.Id}'. Did you mean {name.Id}(...)?",
                name.Lineno, name.ColOffset, arg.EndLineno, arg.EndColOffset);
        }
        if (next.Kind == TokenKind.If && first is not IfExp)
        {
            // "a if b" without else.
            Advance();
            if (StartsExpression())
            {
                Disjunction();
                if (Kind != TokenKind.Else)
                    throw Error("expected 'else' after 'if' expression", first.Lineno, first.ColOffset, EndLine, EndCol);
            }
        }
        throw InvalidSyntax();
    }

    private static Operator? AugAssignOperator(TokenKind kind) => kind switch
    {
        TokenKind.PlusEqual => Operator.Add,
        TokenKind.MinEqual => Operator.Sub,
        TokenKind.StarEqual => Operator.Mult,
        TokenKind.AtEqual => Operator.MatMult,
        TokenKind.SlashEqual => Operator.Div,
        TokenKind.PercentEqual => Operator.Mod,
        TokenKind.AmperEqual => Operator.BitAnd,
        TokenKind.VBarEqual => Operator.BitOr,
        TokenKind.CircumflexEqual => Operator.BitXor,
        TokenKind.LeftShiftEqual => Operator.LShift,
        TokenKind.RightShiftEqual => Operator.RShift,
        TokenKind.DoubleStarEqual => Operator.Pow,
        TokenKind.DoubleSlashEqual => Operator.FloorDiv,
        _ => null,
    };

    private StmtNode DelStatement()
    {
        Token t = Advance();
        var targets = new List<ExprNode>();
        while (true)
        {
            if (Kind == TokenKind.Star)
            {
                Token star = Advance();
                ExprNode inner = BitwiseOr();
                throw Error("cannot delete starred", star.Line, star.Col, inner.EndLineno, inner.EndColOffset);
            }
            ExprNode e = BitwiseOr(); // del targets are validated afterwards
            ValidateTarget(e, TargetKind.Del, null);
            SetContext(e, ExprContext.Del);
            targets.Add(e);
            if (!Accept(TokenKind.Comma))
                break;
            if (Kind is TokenKind.Newline or TokenKind.Semi)
                break;
        }
        if (Kind is not (TokenKind.Newline or TokenKind.Semi))
            throw InvalidSyntax();
        return new Delete(targets, t.Line, t.Col, EndLine, EndCol);
    }

    private StmtNode ImportStatement()
    {
        Token t = Advance();
        var names = new List<alias>();
        do
        {
            Token s = Peek();
            string name = DottedName();
            string? asname = null;
            if (Accept(TokenKind.As))
                asname = Expect(TokenKind.Name).Text;
            names.Add(new alias(name, asname, s.Line, s.Col, EndLine, EndCol));
        }
        while (Accept(TokenKind.Comma));
        return new Import(names, t.Line, t.Col, EndLine, EndCol);
    }

    private string DottedName()
    {
        string name = Expect(TokenKind.Name).Text!;
        if (Kind != TokenKind.Dot)
            return name;
        var sb = new System.Text.StringBuilder(name);
        while (Accept(TokenKind.Dot))
            sb.Append('.').Append(Expect(TokenKind.Name).Text);
        return sb.ToString();
    }

    private StmtNode ImportFromStatement()
    {
        Token t = Advance();
        int level = 0;
        while (true)
        {
            if (Accept(TokenKind.Dot))
                level++;
            else if (Accept(TokenKind.Ellipsis))
                level += 3;
            else
                break;
        }
        string? module = null;
        if (Kind == TokenKind.Name)
            module = DottedName();
        else if (level == 0)
            throw InvalidSyntax();
        Expect(TokenKind.Import);
        var names = new List<alias>();
        if (Kind == TokenKind.Star)
        {
            Token s = Advance();
            names.Add(new alias("*", null, s.Line, s.Col, s.EndLine, s.EndCol));
        }
        else
        {
            bool paren = Accept(TokenKind.LPar);
            while (true)
            {
                Token s = Expect(TokenKind.Name);
                string? asname = null;
                if (Accept(TokenKind.As))
                    asname = Expect(TokenKind.Name).Text;
                names.Add(new alias(s.Text!, asname, s.Line, s.Col, EndLine, EndCol));
                if (!Accept(TokenKind.Comma))
                    break;
                if (paren && Kind == TokenKind.RPar)
                    break;
                if (!paren && Kind == TokenKind.Newline)
                    throw ErrorAt("trailing comma not allowed without surrounding parentheses", Peek());
            }
            if (paren)
                Expect(TokenKind.RPar);
        }
        return new ImportFrom(module, names, level, t.Line, t.Col, EndLine, EndCol);
    }

    // ----- Blocks -----

    /// <summary>block: NEWLINE INDENT statements DEDENT | simple_stmts.</summary>
    private List<StmtNode> Block(string what, int line)
    {
        var body = new List<StmtNode>();
        if (Kind == TokenKind.Newline)
        {
            Advance();
            if (Kind != TokenKind.Indent)
            {
                Token t = Peek();
                // CPython places the error one column earlier when the next line is dedented.
                int col = t.Kind == TokenKind.Dedent && t.Start < _text.Length ? t.Col - 1 : t.Col;
                throw Error($"expected an indented block after {what} on line {line}", t.Line, col, t.EndLine, t.EndCol,
                    SyntaxErrorKind.IndentationError);
            }
            Advance();
            while (Kind != TokenKind.Dedent && Kind != TokenKind.EndMarker)
                Statement(body);
            Accept(TokenKind.Dedent);
            return body;
        }
        SimpleStatements(body);
        return body;
    }

    /// <summary>End of the last token consumed that is not NEWLINE/INDENT/DEDENT (CPython's end of a compound statement).</summary>
    private (int Line, int Col) LastRealEnd()
    {
        int i = _p - 1;
        while (i > 0 && _tokens[i].Kind is TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent)
            i--;
        return (_tokens[i].EndLine, _tokens[i].EndCol);
    }

    /// <summary>The ':' that opens a block. CPython says "expected ':'" when the line ends instead.</summary>
    private void BlockColon(bool forced)
    {
        if (Kind == TokenKind.Colon)
        {
            Advance();
            return;
        }
        if (forced || Kind == TokenKind.Newline)
        {
            Token t = Peek();
            if (t.Kind == TokenKind.Newline)
                throw Error("expected ':'", t.Line, t.Col, t.EndLine, t.EndCol);
            throw Error("expected ':'", t.Line, t.Col, t.EndLine, t.EndCol);
        }
        throw InvalidSyntax();
    }

    private StmtNode IfStatement()
    {
        // Build the elif chain iteratively so that a long chain does not recurse.
        var chain = new List<(Token Keyword, ExprNode Test, List<StmtNode> Body)>();
        List<StmtNode> orelse = new();
        while (true)
        {
            Token kw = Advance();
            ExprNode test = CheckedNamedExpression();
            BlockColon(false);
            var body = Block(kw.Kind == TokenKind.If ? "'if' statement" : "'elif' statement", kw.Line);
            chain.Add((kw, test, body));
            if (Kind == TokenKind.Elif)
                continue;
            if (Kind == TokenKind.Else)
            {
                Token e = Advance();
                BlockColon(true);
                orelse = Block("'else' statement", e.Line);
            }
            break;
        }
        StmtNode? result = null;
        for (int i = chain.Count - 1; i >= 0; i--)
        {
            var (kw, test, body) = chain[i];
            var tail = result is null ? orelse : new List<StmtNode> { result };
            Node last = tail.Count > 0 ? tail[^1] : body[^1];
            var (endLine, endCol) = LastRealEnd();
            result = new If(test, body, tail, kw.Line, kw.Col, endLine, endCol);
        }
        return result!;
    }

    private StmtNode WhileStatement()
    {
        Token kw = Advance();
        ExprNode test = CheckedNamedExpression();
        BlockColon(false);
        var body = Block("'while' statement", kw.Line);
        var orelse = ElseBlock();
        Node last = orelse.Count > 0 ? orelse[^1] : body[^1];
        var (endLine, endCol) = LastRealEnd();
        return new While(test, body, orelse, kw.Line, kw.Col, endLine, endCol);
    }

    private List<StmtNode> ElseBlock()
    {
        if (Kind != TokenKind.Else)
            return new List<StmtNode>();
        Token e = Advance();
        BlockColon(true);
        return Block("'else' statement", e.Line);
    }

    private StmtNode ForStatement(Token? asyncTok)
    {
        Token kw = Advance();
        ExprNode target = StarTargets();
        if (Kind != TokenKind.In)
            throw InvalidSyntax();
        Advance();
        ExprNode iter = StarExpressions();
        BlockColon(false);
        var body = Block("'for' statement", kw.Line);
        var orelse = ElseBlock();
        Node last = orelse.Count > 0 ? orelse[^1] : body[^1];
        var (endLine, endCol) = LastRealEnd();
        Token s = asyncTok ?? kw;
        return asyncTok is null
            ? new For(target, iter, body, orelse, null, s.Line, s.Col, endLine, endCol)
            : new AsyncFor(target, iter, body, orelse, null, s.Line, s.Col, endLine, endCol);
    }

    private StmtNode TryStatement()
    {
        Token kw = Advance();
        BlockColon(true);
        var body = Block("'try' statement", kw.Line);
        var handlers = new List<ExceptHandlerNode>();
        bool? star = null;
        while (Kind == TokenKind.Except)
        {
            Token ex = Advance();
            bool isStar = Accept(TokenKind.Star);
            if (star is { } s && s != isStar)
                throw Error("cannot have both 'except' and 'except*' on the same 'try'", ex.Line, ex.Col, EndLine, EndCol);
            star = isStar;
            ExprNode? type = null;
            string? name = null;
            if (Kind != TokenKind.Colon || isStar)
            {
                if (isStar && Kind == TokenKind.Colon)
                    throw Error("expected one or more exception types", Peek().Line, Peek().Col, Peek().EndLine, Peek().EndCol);
                type = Expression();
                if (Kind == TokenKind.Comma)
                {
                    Advance();
                    ExprNode second = Expression();
                    while (Accept(TokenKind.Comma))
                        second = Expression();
                    throw ErrorRange("multiple exception types must be parenthesized", type, second);
                }
                if (Accept(TokenKind.As))
                    name = Expect(TokenKind.Name).Text;
            }
            BlockColon(true);
            var hbody = Block(isStar ? "'except*' statement" : "'except' statement", ex.Line);
            var lastStmt = hbody[^1];
            var (handlerEndLine, handlerEndCol) = LastRealEnd();
            handlers.Add(new ExceptHandler(type, name, hbody, ex.Line, ex.Col, handlerEndLine, handlerEndCol));
        }
        var orelse = handlers.Count > 0 ? ElseBlock() : new List<StmtNode>();
        var finalbody = new List<StmtNode>();
        if (Kind == TokenKind.Finally)
        {
            Token f = Advance();
            BlockColon(true);
            finalbody = Block("'finally' statement", f.Line);
        }
        if (handlers.Count == 0 && finalbody.Count == 0)
        {
            Token t = Peek();
            int col = t.Kind == TokenKind.Dedent && t.Start < _text.Length ? t.Col - 1 : t.Col;
            throw Error("expected 'except' or 'finally' block", t.Line, col, t.EndLine, t.EndCol);
        }
        Node last = finalbody.Count > 0 ? finalbody[^1] : orelse.Count > 0 ? orelse[^1] : handlers[^1];
        var (endLine, endCol) = LastRealEnd();
        return star == true
            ? new TryStar(body, handlers, orelse, finalbody, kw.Line, kw.Col, endLine, endCol)
            : new Try(body, handlers, orelse, finalbody, kw.Line, kw.Col, endLine, endCol);
    }

    private StmtNode WithStatement(Token? asyncTok)
    {
        Token kw = Advance();
        List<withitem>? items = null;
        if (Kind == TokenKind.LPar)
        {
            // with ( item, item, ) : — only if the whole parenthesised list is followed by ':'.
            int mark = _p;
            items = TryParenthesizedWithItems();
            if (items is null)
                _p = mark;
        }
        if (items is null)
        {
            items = new List<withitem>();
            do
            {
                items.Add(WithItem());
            }
            while (Accept(TokenKind.Comma));
        }
        BlockColon(false);
        var body = Block("'with' statement", kw.Line);
        Token s = asyncTok ?? kw;
        var last = body[^1];
        var (endLine, endCol) = LastRealEnd();
        return asyncTok is null
            ? new With(items, body, null, s.Line, s.Col, endLine, endCol)
            : new AsyncWith(items, body, null, s.Line, s.Col, endLine, endCol);
    }

    private List<withitem>? TryParenthesizedWithItems()
    {
        try
        {
            Advance();
            var items = new List<withitem>();
            while (true)
            {
                items.Add(WithItem());
                if (!Accept(TokenKind.Comma))
                    break;
                if (Kind == TokenKind.RPar)
                    break;
            }
            if (!Accept(TokenKind.RPar) || Kind != TokenKind.Colon)
                return null;
            return items;
        }
        catch (PythonSyntaxError) when (!_tokenizerFailed)
        {
            return null;
        }
    }

    private withitem WithItem()
    {
        ExprNode e = Expression();
        ExprNode? vars = null;
        if (Accept(TokenKind.As))
        {
            vars = StarTarget();
            if (Kind is not (TokenKind.Comma or TokenKind.RPar or TokenKind.Colon or TokenKind.Newline))
                throw InvalidSyntax();
        }
        return new withitem(e, vars);
    }

    private StmtNode Decorated()
    {
        var decorators = new List<ExprNode>();
        while (Accept(TokenKind.At))
        {
            decorators.Add(CheckedNamedExpression());
            if (Kind != TokenKind.Newline)
                throw InvalidSyntax();
            Advance();
        }
        switch (Kind)
        {
            case TokenKind.Def:
                return FunctionDefinition(decorators, null);
            case TokenKind.Class:
                return ClassDefinition(decorators);
            case TokenKind.Async when KindAt(1) == TokenKind.Def:
            {
                Token a = Advance();
                return FunctionDefinition(decorators, a);
            }
        }
        throw InvalidSyntax();
    }

    private StmtNode FunctionDefinition(List<ExprNode> decorators, Token? asyncTok)
    {
        Token kw = Advance();
        string name = Expect(TokenKind.Name).Text!;
        var typeParams = new List<TypeParamNode>();
        if (Kind == TokenKind.LSqb)
        {
            // As CPython: when the type parameter list does not parse, the error is the missing '('.
            Token open = Peek();
            int mark = _p;
            try
            {
                typeParams = TypeParams();
            }
            catch (PythonSyntaxError e) when (!_tokenizerFailed && e.Msg == "invalid syntax")
            {
                _p = mark;
                throw ErrorAt("expected '('", open);
            }
        }
        if (Kind != TokenKind.LPar)
        {
            Token t = Peek();
            throw Error("expected '('", t.Line, t.Col, t.EndLine, t.EndCol);
        }
        Advance();
        arguments args = Parameters(TokenKind.RPar, isLambda: false);
        Expect(TokenKind.RPar);
        ExprNode? returns = null;
        if (Accept(TokenKind.RArrow))
            returns = Expression();
        BlockColon(true);
        var body = Block("function definition", kw.Line);
        Token s = asyncTok ?? kw;
        var last = body[^1];
        var (endLine, endCol) = LastRealEnd();
        return asyncTok is null
            ? new FunctionDef(name, args, body, decorators, returns, null, typeParams, s.Line, s.Col, endLine, endCol)
            : new AsyncFunctionDef(name, args, body, decorators, returns, null, typeParams, s.Line, s.Col, endLine, endCol);
    }

    private StmtNode ClassDefinition(List<ExprNode> decorators)
    {
        Token kw = Advance();
        string name = Expect(TokenKind.Name).Text!;
        var typeParams = Kind == TokenKind.LSqb ? TypeParams() : new List<TypeParamNode>();
        var bases = new List<ExprNode>();
        var keywords = new List<keyword>();
        if (Kind == TokenKind.LPar)
        {
            Token open = Advance();
            CallArguments(open, bases, keywords, allowGenerator: false);
            Expect(TokenKind.RPar);
        }
        BlockColon(false);
        var body = Block("class definition", kw.Line);
        var last = body[^1];
        var (endLine, endCol) = LastRealEnd();
        return new ClassDef(name, bases, keywords, body, decorators, typeParams, kw.Line, kw.Col, endLine, endCol);
    }

    // ----- PEP 695 -----

    private List<TypeParamNode> TypeParams()
    {
        Advance(); // '['
        var list = new List<TypeParamNode>();
        while (Kind != TokenKind.RSqb)
        {
            Token s = Peek();
            if (Accept(TokenKind.Star))
            {
                string n = Expect(TokenKind.Name).Text!;
                if (Kind == TokenKind.Colon)
                {
                    Token colon = Advance();
                    ExprNode bound = Expression();
                    throw Error("cannot use bound with TypeVarTuple", colon.Line, colon.Col, bound.EndLineno, bound.EndColOffset);
                }
                list.Add(new TypeVarTuple(n, s.Line, s.Col, EndLine, EndCol));
            }
            else if (Accept(TokenKind.DoubleStar))
            {
                string n = Expect(TokenKind.Name).Text!;
                if (Kind == TokenKind.Colon)
                {
                    Token colon = Advance();
                    ExprNode bound = Expression();
                    throw Error("cannot use bound with ParamSpec", colon.Line, colon.Col, bound.EndLineno, bound.EndColOffset);
                }
                list.Add(new ParamSpec(n, s.Line, s.Col, EndLine, EndCol));
            }
            else
            {
                string n = Expect(TokenKind.Name).Text!;
                ExprNode? bound = Accept(TokenKind.Colon) ? Expression() : null;
                list.Add(new TypeVar(n, bound, s.Line, s.Col, EndLine, EndCol));
            }
            if (!Accept(TokenKind.Comma))
                break;
        }
        if (list.Count == 0)
            throw InvalidSyntax();
        Expect(TokenKind.RSqb);
        return list;
    }

    /// <summary>type_alias: "type" NAME [type_params] '=' expression — or null (then "type" is a name).</summary>
    private StmtNode? TryTypeAlias()
    {
        if (KindAt(1) != TokenKind.Name)
            return null;
        TokenKind after = KindAt(2);
        if (after != TokenKind.Equal && after != TokenKind.LSqb)
            return null;
        Token kw = Advance();
        Token n = Advance();
        var name = new Name(n.Text!, ExprContext.Store, n.Line, n.Col, n.EndLine, n.EndCol);
        var typeParams = Kind == TokenKind.LSqb ? TypeParams() : new List<TypeParamNode>();
        Expect(TokenKind.Equal);
        ExprNode value = Expression();
        return new TypeAlias(name, typeParams, value, kw.Line, kw.Col, EndLine, EndCol);
    }
}
