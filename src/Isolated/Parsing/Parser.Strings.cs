using System.Globalization;
using System.Numerics;
using Isolated.Parsing.Ast;
using Attribute = Isolated.Parsing.Ast.Attribute;
using Tuple = Isolated.Parsing.Ast.Tuple;

namespace Isolated.Parsing;

// Literals: numbers, strings, bytes, implicit concatenation and PEP 701 f-strings.
public sealed partial class Parser
{
    private object NumberValue(Token t)
    {
        ReadOnlySpan<byte> raw = new(_text.Bytes, t.Start, t.End - t.Start);
        Span<char> buf = raw.Length <= 256 ? stackalloc char[raw.Length] : new char[raw.Length];
        int n = 0;
        foreach (byte b in raw)
        {
            if (b != '_')
                buf[n++] = (char)b;
        }
        ReadOnlySpan<char> s = buf[..n];
        char last = s[^1];
        if (last is 'j' or 'J')
            return new Complex(0, ParseFloat(s[..^1]));
        if (s.Length > 1 && s[0] == '0' && (s[1] | 0x20) is 'x' or 'o' or 'b')
        {
            int radix = (s[1] | 0x20) == 'x' ? 16 : (s[1] | 0x20) == 'o' ? 8 : 2;
            return ParseRadix(s[2..], radix);
        }
        foreach (char c in s)
        {
            if (c is '.' or 'e' or 'E')
                return ParseFloat(s);
        }
        if (long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out long v))
            return v;
        return BigInteger.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private static double ParseFloat(ReadOnlySpan<char> s) =>
        double.Parse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);

    private static object ParseRadix(ReadOnlySpan<char> digits, int radix)
    {
        ulong acc = 0;
        int shift = radix == 16 ? 4 : radix == 8 ? 3 : 1;
        int i = 0;
        for (; i < digits.Length; i++)
        {
            int d = digits[i] <= '9' ? digits[i] - '0' : (digits[i] | 0x20) - 'a' + 10;
            if ((acc >> (63 - shift)) != 0)
                break;
            acc = (acc << shift) | (uint)d;
        }
        if (i == digits.Length)
            return (long)acc;
        BigInteger big = acc;
        for (; i < digits.Length; i++)
        {
            int d = digits[i] <= '9' ? digits[i] - '0' : (digits[i] | 0x20) - 'a' + 10;
            big = (big << shift) | d;
        }
        return big;
    }

    private Action<string>? WarningFor(Token t) =>
        _options.Warning is { } w ? msg => w(msg, t.Line) : null;

    /// <summary>One or more adjacent string, bytes or f-string literals.</summary>
    private ExprNode Strings()
    {
        Token first = Peek();
        // Fast path: a single plain string literal.
        if (first.Kind == TokenKind.String && KindAt(1) is not (TokenKind.String or TokenKind.FStringStart))
        {
            Advance();
            object value = PlainStringValue(first);
            return new Constant(value, KindOf(first),
                first.Line, first.Col, first.EndLine, first.EndCol);
        }

        bool sawBytes = false, sawText = false, sawFString = false;
        var parts = new List<ExprNode>();
        System.Text.StringBuilder? text = null;
        List<byte>? bytes = null;
        // The literal text pending merge, with the position where it started.
        int pendLine = 0, pendCol = 0, pendEndLine = 0, pendEndCol = 0;
        bool pending = false;

        void AddText(string s, int line, int col, int endLine, int endCol)
        {
            if (!pending)
            {
                text ??= new System.Text.StringBuilder();
                text.Clear();
                pendLine = line;
                pendCol = col;
                pending = true;
            }
            text!.Append(s);
            pendEndLine = endLine;
            pendEndCol = endCol;
        }

        void FlushText()
        {
            if (!pending)
                return;
            pending = false;
            if (text!.Length > 0)
                parts.Add(new Constant(text.ToString(), null, pendLine, pendCol, pendEndLine, pendEndCol));
        }

        while (Kind is TokenKind.String or TokenKind.FStringStart)
        {
            Token t = Peek();
            bool isBytes = (t.Flags & (byte)StringPrefix.Bytes) != 0;
            if (isBytes)
                sawBytes = true;
            else
                sawText = true;
            if (sawBytes && sawText)
            {
                // CPython reports this once all the literals are read, at the token that follows them.
                while (Kind is TokenKind.String or TokenKind.FStringStart)
                    SkipStringLiteral();
                throw ErrorAt("cannot mix bytes and nonbytes literals", Peek());
            }
            if (t.Kind == TokenKind.String)
            {
                Advance();
                object v = PlainStringValue(t);
                if (v is byte[] b)
                {
                    bytes ??= new List<byte>();
                    bytes.AddRange(b);
                }
                else
                    AddText((string)v, t.Line, t.Col, t.EndLine, t.EndCol);
                continue;
            }
            sawFString = true;
            FStringParts(parts, AddText, FlushText);
        }
        Token lastTok = Prev;
        if (sawBytes)
            return new Constant(bytes!.ToArray(), null, first.Line, first.Col, lastTok.EndLine, lastTok.EndCol);
        if (!sawFString)
        {
            return new Constant(text!.ToString(), KindOf(first),
                first.Line, first.Col, lastTok.EndLine, lastTok.EndCol);
        }
        FlushText();
        return new JoinedStr(parts, first.Line, first.Col, lastTok.EndLine, lastTok.EndCol);
    }

    /// <summary>Constant.kind: "u" only for a literal whose prefix is a lower-case 'u' (as CPython).</summary>
    private string? KindOf(Token t) => _text.Bytes[t.Start] == 'u' ? "u" : null;

    private void SkipStringLiteral()
    {
        if (Advance().Kind != TokenKind.FStringStart)
            return;
        int depth = 1;
        while (depth > 0 && Kind != TokenKind.EndMarker)
        {
            TokenKind k = Advance().Kind;
            if (k == TokenKind.FStringStart)
                depth++;
            else if (k == TokenKind.FStringEnd)
                depth--;
        }
    }

    private object PlainStringValue(Token t)
    {
        var prefix = (StringPrefix)t.Flags;
        int p = t.Start;
        while (_text.Bytes[p] != '"' && _text.Bytes[p] != '\'')
            p++;
        byte q = _text.Bytes[p];
        int quoteLen = p + 2 < t.End && _text.Bytes[p + 1] == q && _text.Bytes[p + 2] == q && t.End - p >= 6 ? 3 : 1;
        var body = new ReadOnlySpan<byte>(_text.Bytes, p + quoteLen, t.End - p - 2 * quoteLen);
        try
        {
            if ((prefix & StringPrefix.Bytes) != 0)
                return StringDecoder.DecodeBytes(body, (prefix & StringPrefix.Raw) != 0, WarningFor(t));
            return StringDecoder.DecodeStr(body, (prefix & StringPrefix.Raw) != 0, false, _options.UnicodeNames, WarningFor(t));
        }
        catch (StringDecoder.EscapeException e)
        {
            throw Error(e.Message, t.Line, t.Col, t.EndLine, t.EndCol);
        }
    }

    /// <summary>Parses FSTRING_START ... FSTRING_END, appending literal text and replacement fields.</summary>
    private void FStringParts(List<ExprNode> parts, Action<string, int, int, int, int> addText, Action flushText)
    {
        Enter();
        try
        {
            Advance(); // FSTRING_START
            while (true)
            {
                Token t = Peek();
                if (t.Kind == TokenKind.FStringMiddle)
                {
                    Advance();
                    addText(MiddleValue(t), t.Line, t.Col, t.EndLine, t.EndCol);
                }
                else if (t.Kind == TokenKind.LBrace)
                {
                    FormattedValue fv = ReplacementField(out Constant? debugText);
                    if (debugText is not null)
                        addText((string)debugText.Value!, debugText.Lineno, debugText.ColOffset, debugText.EndLineno, debugText.EndColOffset);
                    flushText();
                    parts.Add(fv);
                }
                else if (t.Kind == TokenKind.FStringEnd)
                {
                    Advance();
                    return;
                }
                else
                    throw InvalidSyntax();
            }
        }
        finally
        {
            Leave();
        }
    }

    private string MiddleValue(Token t)
    {
        var flags = (StringPrefix)t.Flags;
        var body = new ReadOnlySpan<byte>(_text.Bytes, t.Start, t.End - t.Start);
        try
        {
            return StringDecoder.DecodeStr(body, (flags & StringPrefix.Raw) != 0, (flags & StringPrefix.FormatSpec) == 0,
                _options.UnicodeNames, WarningFor(t));
        }
        catch (StringDecoder.EscapeException e)
        {
            throw Error(e.Message, t.Line, t.Col, t.EndLine, t.EndCol);
        }
    }

    /// <summary>
    /// The "{expr=}" debug text keeps the source as written minus comments. CPython 3.12 cuts from every '#'
    /// to the end of its line, even inside a string literal (f"{'#' = }" gives "'"); so does this.
    /// </summary>
    private static string WithoutComments(string text)
    {
        int hash = text.IndexOf('#');
        if (hash < 0)
            return text;
        var sb = new System.Text.StringBuilder(text.Length);
        int i = 0;
        while (hash >= 0)
        {
            sb.Append(text, i, hash - i);
            int nl = text.IndexOf('\n', hash);
            if (nl < 0)
                return sb.ToString();
            i = nl;
            hash = text.IndexOf('#', i);
        }
        sb.Append(text, i, text.Length - i);
        return sb.ToString();
    }

    /// <summary>How many format specs enclose the replacement field being parsed (CPython allows two).</summary>
    private int _formatSpecDepth;

    /// <summary>'{' (yield_expr | star_expressions) ['='] ['!' NAME] [':' format_spec] '}'.</summary>
    private FormattedValue ReplacementField(out Constant? debugText)
    {
        Token open = Advance();
        debugText = null;
        if (Kind == TokenKind.RBrace || Kind == TokenKind.Exclamation || Kind == TokenKind.Colon || Kind == TokenKind.Equal)
        {
            Token t = Peek();
            string what = t.Kind switch
            {
                TokenKind.RBrace => "'}'",
                TokenKind.Exclamation => "'!'",
                TokenKind.Colon => "':'",
                _ => "'='",
            };
            throw ErrorAt($"f-string: valid expression required before {what}", t);
        }
        Token first = Peek();
        if (first.Kind == TokenKind.Lambda)
        {
            // A top-level ':' starts the format spec, so "lambda x: ..." cannot work here.
            Advance();
            try
            {
                Parameters(TokenKind.Colon, isLambda: true);
            }
            catch (PythonSyntaxError) when (!_tokenizerFailed)
            {
                throw ErrorAt("f-string: expecting a valid expression after '{'", first);
            }
            if (Kind == TokenKind.Colon)
                throw Error("f-string: lambda expressions are not allowed without parentheses", first.Line, first.Col, Peek().EndLine, Peek().EndCol);
            throw ErrorAt("f-string: expecting a valid expression after '{'", first);
        }
        if (!StartsExpression())
            throw ErrorAt("f-string: expecting a valid expression after '{'", first);
        int firstIndex = _p;
        ExprNode value;
        try
        {
            value = Kind == TokenKind.Yield ? YieldExpr() : StarExpressions();
        }
        catch (PythonSyntaxError e) when (!_tokenizerFailed && e.Msg == "invalid syntax")
        {
            // CPython's PEG parser keeps the longest expression prefix and complains about the token after it.
            int at = _count - 2;
            if (at <= firstIndex)
                throw ErrorAt("f-string: expecting a valid expression after '{'", first);
            throw ErrorAt("f-string: expecting '=', or '!', or ':', or '}'", _tokens[at]);
        }
        int conversion = -1;
        if (Kind is not (TokenKind.Equal or TokenKind.Exclamation or TokenKind.Colon or TokenKind.RBrace))
        {
            if (StartsExpression())
                ForgotComma(value);
            throw ErrorAt("f-string: expecting '=', or '!', or ':', or '}'", Peek());
        }
        if (Kind == TokenKind.Equal)
        {
            Advance(); // '='
            Token next = Peek();
            string dbg = WithoutComments(System.Text.Encoding.UTF8.GetString(_text.Bytes, open.End, next.Start - open.End));
            debugText = new Constant(dbg, null, open.Line, open.EndCol, next.Line, next.Col);
            if (Kind is not (TokenKind.Exclamation or TokenKind.Colon or TokenKind.RBrace))
                throw ErrorAt("f-string: expecting '!', or ':', or '}'", Peek());
        }
        if (Kind == TokenKind.Exclamation)
        {
            Token bang = Advance();
            Token n = Peek();
            if (n.Kind is not TokenKind.Name || n.Start != bang.End)
            {
                if (n.Kind is TokenKind.Colon or TokenKind.RBrace or TokenKind.FStringEnd)
                    throw ErrorAt("f-string: missing conversion character", n);
                if (n.Kind is TokenKind.Name)
                    throw Error("f-string: conversion type must come right after the exclamanation mark", bang.Line, bang.Col, n.EndLine, n.EndCol);
                throw ErrorAt("f-string: invalid conversion character", n);
            }
            Advance();
            conversion = n.Text switch
            {
                "s" => 's',
                "r" => 'r',
                "a" => 'a',
                _ => throw ErrorAt($"f-string: invalid conversion character '{n.Text}': expected 's', 'r', or 'a'", n),
            };
            if (Kind is not (TokenKind.Colon or TokenKind.RBrace))
                throw ErrorAt("f-string: expecting ':' or '}'", Peek());
        }
        JoinedStr? spec = null;
        if (Kind == TokenKind.Colon)
        {
            Token colon = Advance();
            if (_formatSpecDepth >= 2)
                throw ErrorAt("f-string: expressions nested too deeply", colon);
            _formatSpecDepth++;
            var specParts = new List<ExprNode>();
            while (true)
            {
                Token t = Peek();
                if (t.Kind == TokenKind.FStringMiddle)
                {
                    Advance();
                    specParts.Add(new Constant(MiddleValue(t), null, t.Line, t.Col, t.EndLine, t.EndCol));
                }
                else if (t.Kind == TokenKind.LBrace)
                {
                    FormattedValue inner = ReplacementField(out Constant? innerDebug);
                    if (innerDebug is not null)
                        specParts.Add(innerDebug);
                    specParts.Add(inner);
                }
                else
                    break;
            }
            // CPython 3.12 quirk: a spec ending in a replacement field gets a trailing empty Constant.
            if (specParts.Count > 0 && specParts[^1] is FormattedValue)
                specParts.Add(new Constant("", null, EndLine, EndCol, EndLine, EndCol));
            spec = new JoinedStr(specParts, colon.Line, colon.Col, EndLine, EndCol);
            _formatSpecDepth--;
        }
        if (Kind != TokenKind.RBrace)
        {
            Token t = Peek();
            throw ErrorAt("f-string: expecting '}'", t);
        }
        Advance();
        if (debugText is not null && conversion == -1 && spec is null)
            conversion = 'r';
        return new FormattedValue(value, conversion, spec, open.Line, open.Col, EndLine, EndCol);
    }
}
