using System.Globalization;
using System.Text;

namespace Isolated.Parsing;

/// <summary>
/// Single-pass tokenizer for the Python 3.12 lexical grammar over UTF-8 source whose newlines are already
/// normalised to '\n' (see <see cref="SourceDecoder"/>). <see cref="Next"/> produces one token at a time, so
/// lexical errors surface when the parser reaches them, as in CPython. Handles INDENT/DEDENT (tabs to
/// multiples of 8, checked against tab size 1 for TabError), implicit and explicit line joining, and
/// PEP 701 f-strings through a mode stack (FSTRING_START / FSTRING_MIDDLE / replacement-field tokens /
/// FSTRING_END).
/// </summary>
public sealed class Tokenizer
{
    /// <summary>CPython's MAXLEVEL: deeper bracket nesting raises "too many nested parentheses".</summary>
    public const int MaxParenDepth = 200;

    /// <summary>CPython's MAXINDENT: deeper indentation raises "too many levels of indentation".</summary>
    public const int MaxIndentDepth = 100;

    private readonly SourceText _text;
    private byte[] _src;
    private int _len;
    private readonly NameTable _names = new();

    private int _pos;
    private int _line = 1;
    private int _lineStart;
    private bool _atLineStart = true;
    private bool _lineHasTokens;

    private readonly int[] _indents = new int[MaxIndentDepth + 1];
    private readonly int[] _altIndents = new int[MaxIndentDepth + 1];
    private int _indentDepth;
    private int _pendingDedents;
    private bool _eofNewlineDone;

    private readonly Paren[] _parens = new Paren[MaxParenDepth + 1];
    private int _parenDepth;

    private readonly List<FString> _fstrings = new();

    private struct Paren
    {
        public byte Char;
        public int Line;
        public int Col;
        public bool IsFStringField;
    }

    private sealed class FString
    {
        public byte Quote;
        public bool Triple;
        public bool Raw;
        public int Line;
        public int Col;

        /// <summary>Open replacement fields: the paren depth at their '{' and whether we are in their format spec.</summary>
        public readonly List<(int ParenDepth, bool InSpec)> Fields = new();
    }

    private readonly Func<string, string>? _normalizeIdentifier;

    /// <summary>Receives SyntaxWarnings ("invalid decimal literal" before a keyword) with their line.</summary>
    public Action<string, int>? Warning;

    public Tokenizer(SourceText text, Func<string, string>? normalizeIdentifier = null)
    {
        _normalizeIdentifier = normalizeIdentifier;
        _text = text;
        _src = text.Bytes;
        _len = text.Length;
    }

    public SourceText Text => _text;

    /// <summary>
    /// tokenize's mode: also produce COMMENT and NL tokens, place DEDENT/ENDMARKER at the end as tokenize does,
    /// split f-string text at doubled braces, and accept what only the parser rejects (unmatched closing
    /// brackets, "1abc"). The parser never sets it, so its path does not pay for trivia.
    /// </summary>
    public bool EmitTrivia { get; init; }

    /// <summary>Where more source comes from when the text is used up (tokenize's readline); null: the text is all.</summary>
    public ISourceLineReader? LineReader { get; init; }

    private bool _inputEnded;

    /// <summary>Reads more source through <see cref="LineReader"/>; false at the end of the input.</summary>
    private bool Refill()
    {
        if (LineReader is null || _inputEnded)
            return false;
        int before = _text.Length;
        if (!LineReader.ReadMore(_text) || _text.Length == before)
        {
            _inputEnded = true;
            return false;
        }
        _src = _text.Bytes;
        _len = _text.Length;
        return true;
    }

    /// <summary>End of a comment-only last line without newline: its NL was produced (EmitTrivia).</summary>
    private bool _lastLineNlDone;

    /// <summary>End of the last FSTRING_MIDDLE, so that a format spec ending at '}' gets one (maybe empty) as in tokenize.</summary>
    private int _lastMiddleEnd = -1;

    /// <summary>
    /// Whether the tokenizer has tried to read past the end of the source (CPython's E_EOF status): the last
    /// token touches the end of a source without a final newline, or end-of-file handling has started.
    /// </summary>
    public bool ReachedEnd => _eofReached || (_pos >= _len && (_len == 0 || _src[_len - 1] != '\n'));

    private bool _eofReached;

    /// <summary>Whether the tokenizer is inside an f-string.</summary>
    public bool InFString => _fstrings.Count > 0;

    /// <summary>Current nesting of brackets (for diagnostics).</summary>
    public int ParenDepth => _parenDepth;

    private PythonSyntaxError Error(string msg, int line, int col) =>
        _text.Error(SyntaxErrorKind.SyntaxError, msg, line, col, line, col + 1);

    /// <summary>An error CPython's tokenizer reports at one point: end_offset equals offset.</summary>
    private PythonSyntaxError PointError(string msg, int line, int col)
    {
        var e = Error(msg, line, col);
        return e.WithEndOffset(e.Offset);
    }

    private PythonSyntaxError ErrorHere(string msg) => Error(msg, _line, _pos - _lineStart);

    /// <summary>The line CPython names in "(detected at line N)": the last line with text when at EOF.</summary>
    private int DetectedLine => _pos >= _len && _len > 0 && _src[_len - 1] == '\n' ? _line - 1 : _line;

    private Token Make(TokenKind kind, int start, int startLine, int startCol, string? text = null, byte flags = 0) =>
        new(kind, flags, start, _pos, startLine, startCol, _line, _pos - _lineStart, text);

    private byte At(int i) => i < _len ? _src[i] : (byte)0;

    private void NewLineAt(int newlinePos)
    {
        _line++;
        _lineStart = newlinePos + 1;
    }

    /// <summary>Returns the next token; after ENDMARKER keeps returning ENDMARKER.</summary>
    public Token Next()
    {
        if (_pendingDedents > 0)
        {
            _pendingDedents--;
            return Make(TokenKind.Dedent, _pos, _line, _pos - _lineStart);
        }

        if (_fstrings.Count > 0)
        {
            var fs = _fstrings[^1];
            if (fs.Fields.Count == 0 || fs.Fields[^1].InSpec)
                return FStringLiteral(fs);
        }

        if (_atLineStart && _parenDepth == 0)
        {
            Token? indentToken = Indentation();
            if (indentToken is { } t)
                return t;
        }

        // Skip blanks, comments and backslash continuations.
        int commentStart = -1;
        while (true)
        {
            if (_pos >= _len && !Refill())
                return EndOfFile();
            byte c = _src[_pos];
            if (c == ' ' || c == '\t' || c == '\f')
            {
                _pos++;
                continue;
            }
            if (c == '#')
            {
                commentStart = _pos;
                while (_pos < _len && _src[_pos] != '\n')
                    _pos++;
                if (EmitTrivia)
                    return new Token(TokenKind.Comment, 0, commentStart, _pos, _line, commentStart - _lineStart, _line, _pos - _lineStart, null);
                continue;
            }
            if (c == '\\')
            {
                byte n = At(_pos + 1);
                if (_pos + 1 >= _len)
                    throw EmitTrivia ? MultiLineStatementEof(_line, _pos + 2 - _lineStart) : Error("unexpected EOF while parsing", _line, _pos - _lineStart);
                if (n != '\n')
                    throw Error("unexpected character after line continuation character", _line, _pos + 1 - _lineStart).WithEndOffset(0);
                int backslashLine = _line, backslashCol = _pos - _lineStart;
                NewLineAt(_pos + 1);
                _pos += 2;
                if (_pos >= _len && !Refill())
                    throw EmitTrivia ? MultiLineStatementEof(backslashLine, backslashCol + 2) : Error("unexpected EOF while parsing", backslashLine, backslashCol + 1).WithEndOffset(-1);
                continue;
            }
            if (c == '\n')
            {
                if (_parenDepth > 0)
                {
                    if (EmitTrivia)
                        return NewlineToken(TokenKind.NL);
                    NewLineAt(_pos);
                    _pos++;
                    continue;
                }
                // As CPython, a NEWLINE after a comment is placed where the comment starts.
                int start = _pos, col = (commentStart >= 0 ? commentStart : _pos) - _lineStart;
                _pos++;
                var tok = new Token(TokenKind.Newline, 0, start, _pos, _line, col, _line, col + 1, null);
                NewLineAt(start);
                _atLineStart = true;
                _lineHasTokens = false;
                return tok;
            }
            break;
        }

        _lineHasTokens = true;
        int s = _pos;
        int sLine = _line, sCol = _pos - _lineStart;
        byte ch = _src[_pos];

        if (IsAsciiIdentStart(ch) || ch >= 0x80)
            return NameOrString(s, sLine, sCol);
        if (ch >= '0' && ch <= '9')
            return Number(s, sLine, sCol);
        if (ch == '"' || ch == '\'')
            return StringLiteral(s, sLine, sCol, StringPrefix.None);
        if (ch == '.' && At(_pos + 1) >= '0' && At(_pos + 1) <= '9')
            return Number(s, sLine, sCol);
        return Operator(s, sLine, sCol);
    }

    // ----- Indentation -----

    /// <summary>At the start of a logical line: skips blank lines and emits INDENT/DEDENT as needed.</summary>
    private Token? Indentation()
    {
        while (true)
        {
            int col = 0, alt = 0;
            int contCol = 0, contAlt = 0; // CPython: the first backslash continuation in the indentation fixes the level
            int p = _pos;
            while (p < _len || Refill())
            {
                byte c = _src[p];
                if (c == '\\' && At(p + 1) == '\n')
                {
                    if (contCol == 0)
                    {
                        contCol = col;
                        contAlt = alt;
                    }
                    NewLineAt(p + 1);
                    p += 2;
                    continue;
                }
                if (c == ' ')
                {
                    col++;
                    alt++;
                }
                else if (c == '\t')
                {
                    col = (col / 8 + 1) * 8;
                    alt++;
                }
                else if (c == '\f')
                {
                    col = alt = 0;
                }
                else
                    break;
                p++;
            }
            if (p >= _len)
            {
                _pos = p;
                _atLineStart = false;
                // tokenize ends a last line of blanks or a comment without newline with an empty NL.
                if (EmitTrivia && p > _lineStart && !_lastLineNlDone)
                {
                    _lastLineNlDone = true;
                    int c = p - _lineStart;
                    return new Token(TokenKind.NL, 0, p, p, _line, c, _line, c + 1, null);
                }
                return null; // EOF handling emits the dedents
            }
            byte first = _src[p];
            if (first == '\\')
            {
                // A backslash in the indentation: only a line continuation is allowed there.
                if (At(p + 1) != '\n')
                    throw Error("unexpected character after line continuation character", _line, p + 1 - _lineStart).WithEndOffset(0);
            }
            if (EmitTrivia && (first == '#' || first == '\n'))
                return BlankLineToken(p);
            if (first == '#' || first == '\n')
            {
                // Blank or comment-only line: no tokens at all.
                while (p < _len && _src[p] != '\n')
                    p++;
                if (p >= _len)
                {
                    _pos = p;
                    _atLineStart = false;
                    return null;
                }
                NewLineAt(p);
                _pos = p + 1;
                continue;
            }

            _pos = p;
            _atLineStart = false;
            if (contCol != 0)
            {
                col = contCol;
                alt = contAlt;
            }
            int top = _indents[_indentDepth];
            int altTop = _altIndents[_indentDepth];
            if (col == top)
            {
                if (alt != altTop)
                    throw TabError();
                return null;
            }
            if (col > top)
            {
                if (_indentDepth + 1 >= MaxIndentDepth)
                    throw _text.Error(SyntaxErrorKind.IndentationError, "too many levels of indentation", _line, 0, _line, 0).WithEndOffset(0);
                if (alt <= altTop)
                    throw TabError();
                _indentDepth++;
                _indents[_indentDepth] = col;
                _altIndents[_indentDepth] = alt;
                return new Token(TokenKind.Indent, 0, _lineStart, p, _line, 0, _line, p - _lineStart, null);
            }
            int dedents = 0;
            while (_indentDepth > 0 && col < _indents[_indentDepth])
            {
                _indentDepth--;
                dedents++;
            }
            if (col != _indents[_indentDepth])
            {
                int lineEnd = Array.IndexOf(_src, (byte)'\n', p, _len - p);
                if (lineEnd < 0)
                    lineEnd = _len;
                throw _text.Error(SyntaxErrorKind.IndentationError, "unindent does not match any outer indentation level",
                    _line, lineEnd - _lineStart, _line, lineEnd - _lineStart).WithEndOffset(-1);
            }
            if (alt != _altIndents[_indentDepth])
                throw TabError();
            _pendingDedents = dedents - 1;
            return Make(TokenKind.Dedent, _pos, _line, _pos - _lineStart);
        }
    }

    /// <summary>tokenize's tokens for a blank or comment-only line: COMMENT, then NL; indentation is left as it was.</summary>
    private Token BlankLineToken(int p)
    {
        _pos = p;
        if (_src[p] == '\n')
            return NewlineToken(TokenKind.NL);
        while (_pos < _len && _src[_pos] != '\n')
            _pos++;
        return new Token(TokenKind.Comment, 0, p, _pos, _line, p - _lineStart, _line, _pos - _lineStart, null);
    }

    /// <summary>A NEWLINE or NL token for the '\n' at the current position; the next line starts after it.</summary>
    private Token NewlineToken(TokenKind kind)
    {
        int start = _pos, col = _pos - _lineStart;
        _pos++;
        var tok = new Token(kind, 0, start, _pos, _line, col, _line, col + 1, null);
        NewLineAt(start);
        return tok;
    }

    /// <summary>tokenize's error for input ending inside brackets or after a backslash (offset 0 for brackets).</summary>
    private PythonSyntaxError MultiLineStatementEof(int line, int offset) =>
        new(SyntaxErrorKind.SyntaxError, "unexpected EOF in multi-line statement", _text.Filename, line, offset, 0, 0, _text.LineText(line));

    private PythonSyntaxError TabError() =>
        _text.Error(SyntaxErrorKind.TabError, "inconsistent use of tabs and spaces in indentation", _line, 0, _line, 0).WithEndOffset(0);

    private Token EndOfFile()
    {
        _eofReached = true;
        if (_fstrings.Count > 0)
        {
            var fs = _fstrings[^1];
            throw Error(fs.Triple ? $"unterminated triple-quoted f-string literal (detected at line {DetectedLine})"
                                  : $"unterminated f-string literal (detected at line {DetectedLine})", fs.Line, fs.Col);
        }
        if (_parenDepth > 0 && EmitTrivia)
        {
            // tokenize: the unfinished last line gets its NL, then the error names the last line.
            if (_pos > _lineStart && !_lastLineNlDone)
            {
                _lastLineNlDone = true;
                int c = _pos - _lineStart;
                return new Token(TokenKind.NL, 0, _pos, _pos, _line, c, _line, c + 1, null);
            }
            throw MultiLineStatementEof(DetectedLine, 0);
        }
        if (_parenDepth > 0)
        {
            var p = _parens[_parenDepth - 1];
            throw _text.Error(SyntaxErrorKind.SyntaxError, $"'{(char)p.Char}' was never closed", p.Line, p.Col, p.Line, p.Col + 1);
        }
        int col = _pos - _lineStart;
        if (!_eofNewlineDone)
        {
            _eofNewlineDone = true;
            if (_lineHasTokens)
            {
                _lineHasTokens = false;
                return new Token(TokenKind.Newline, 0, _pos, _pos, _line, col, _line, col + 1, null);
            }
        }
        // CPython places the end-of-file DEDENTs and ENDMARKER at the end of the last line; tokenize at the
        // start of the line after it.
        int line = _line, eofCol = col;
        if (EmitTrivia)
        {
            eofCol = 0;
            if (_len > 0 && _src[_len - 1] != '\n')
                line++;
        }
        else if (_len > 0 && _src[_len - 1] == '\n' && _line > 1)
        {
            line = _line - 1;
            int lineStart = _len - 1;
            while (lineStart > 0 && _src[lineStart - 1] != '\n')
                lineStart--;
            eofCol = _len - 1 - lineStart;
        }
        if (_indentDepth > 0)
        {
            _indentDepth--;
            return new Token(TokenKind.Dedent, 0, _pos, _pos, line, eofCol, line, eofCol, null);
        }
        return new Token(TokenKind.EndMarker, 0, _pos, _pos, line, eofCol, line, eofCol, null);
    }

    // ----- Names and keywords -----

    private static bool IsAsciiIdentStart(byte c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_';

    private static bool IsAsciiIdentChar(byte c) => IsAsciiIdentStart(c) || (uint)(c - '0') <= 9;

    private Token NameOrString(int s, int sLine, int sCol)
    {
        int p = _pos;
        while (p < _len && IsAsciiIdentChar(_src[p]))
            p++;
        if (p < _len && (_src[p] == '"' || _src[p] == '\'') && p - s <= 2)
        {
            StringPrefix prefix = ParsePrefix(s, p);
            if (prefix != (StringPrefix)0xFF)
            {
                _pos = p;
                return StringLiteral(s, sLine, sCol, prefix);
            }
        }
        string name;
        if (p < _len && _src[p] >= 0x80)
        {
            name = NonAsciiName(s, ref p);
        }
        else
        {
            name = _names.GetOrAdd(new ReadOnlySpan<byte>(_src, s, p - s));
        }
        _pos = p;
        return Make(KeywordKind(name), s, sLine, sCol, name);
    }

    private StringPrefix ParsePrefix(int s, int e)
    {
        var prefix = StringPrefix.None;
        for (int i = s; i < e; i++)
        {
            StringPrefix f = (_src[i] | 0x20) switch
            {
                'r' => StringPrefix.Raw,
                'b' => StringPrefix.Bytes,
                'u' => StringPrefix.Unicode,
                'f' => StringPrefix.Format,
                _ => (StringPrefix)0xFF,
            };
            if (f == (StringPrefix)0xFF || (prefix & f) != 0)
                return (StringPrefix)0xFF;
            prefix |= f;
        }
        if ((prefix & StringPrefix.Unicode) != 0 && prefix != StringPrefix.Unicode)
            return (StringPrefix)0xFF;
        if ((prefix & (StringPrefix.Bytes | StringPrefix.Format)) == (StringPrefix.Bytes | StringPrefix.Format))
            return (StringPrefix)0xFF;
        return prefix;
    }

    private string NonAsciiName(int s, ref int p)
    {
        // Scan the whole identifier rune by rune, validating XID_Start/XID_Continue approximately via
        // Unicode categories, then NFKC-normalise as CPython does.
        p = s;
        bool first = true;
        while (p < _len)
        {
            byte b = _src[p];
            if (b < 0x80)
            {
                if (first ? !IsAsciiIdentStart(b) : !IsAsciiIdentChar(b))
                    break;
                p++;
                first = false;
                continue;
            }
            var status = Rune.DecodeFromUtf8(new ReadOnlySpan<byte>(_src, p, _len - p), out Rune r, out int n);
            if (status != System.Buffers.OperationStatus.Done)
                throw Error("invalid character in identifier", _line, p - _lineStart);
            if (!(first ? IsIdStart(r) : IsIdContinue(r)))
            {
                if (first || !IsIdStart(r) && !IsIdContinue(r))
                {
                    if (Rune.IsControl(r) || Rune.GetUnicodeCategory(r) is UnicodeCategory.Format or UnicodeCategory.SpaceSeparator
                        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse
                        or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate)
                        throw Error($"invalid non-printable character U+{r.Value:X4}", _line, p - _lineStart);
                    throw Error($"invalid character '{r}' (U+{r.Value:X4})", _line, p - _lineStart);
                }
                break;
            }
            p += n;
            first = false;
        }
        string raw = Encoding.UTF8.GetString(_src, s, p - s);
        if (_normalizeIdentifier is not null)
            return _normalizeIdentifier(raw);
        try
        {
            return raw.IsNormalized(NormalizationForm.FormKC) ? raw : raw.Normalize(NormalizationForm.FormKC);
        }
        catch (PlatformNotSupportedException)
        {
            return raw;
        }
    }

    private static bool IsIdStart(Rune r)
    {
        if (r.Value == '_')
            return true;
        switch (Rune.GetUnicodeCategory(r))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
                return true;
        }
        // Other_ID_Start
        return r.Value is 0x1885 or 0x1886 or 0x2118 or 0x212E or 0x309B or 0x309C;
    }

    private static bool IsIdContinue(Rune r)
    {
        if (IsIdStart(r))
            return true;
        switch (Rune.GetUnicodeCategory(r))
        {
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.ConnectorPunctuation:
                return true;
        }
        // Other_ID_Continue
        return r.Value is 0x00B7 or 0x0387 or (>= 0x1369 and <= 0x1371) or 0x19DA;
    }

    private static TokenKind KeywordKind(string name)
    {
        switch (name)
        {
            case "False": return TokenKind.False;
            case "None": return TokenKind.None;
            case "True": return TokenKind.True;
            case "and": return TokenKind.And;
            case "as": return TokenKind.As;
            case "assert": return TokenKind.Assert;
            case "async": return TokenKind.Async;
            case "await": return TokenKind.Await;
            case "break": return TokenKind.Break;
            case "class": return TokenKind.Class;
            case "continue": return TokenKind.Continue;
            case "def": return TokenKind.Def;
            case "del": return TokenKind.Del;
            case "elif": return TokenKind.Elif;
            case "else": return TokenKind.Else;
            case "except": return TokenKind.Except;
            case "finally": return TokenKind.Finally;
            case "for": return TokenKind.For;
            case "from": return TokenKind.From;
            case "global": return TokenKind.Global;
            case "if": return TokenKind.If;
            case "import": return TokenKind.Import;
            case "in": return TokenKind.In;
            case "is": return TokenKind.Is;
            case "lambda": return TokenKind.Lambda;
            case "nonlocal": return TokenKind.Nonlocal;
            case "not": return TokenKind.Not;
            case "or": return TokenKind.Or;
            case "pass": return TokenKind.Pass;
            case "raise": return TokenKind.Raise;
            case "return": return TokenKind.Return;
            case "try": return TokenKind.Try;
            case "while": return TokenKind.While;
            case "with": return TokenKind.With;
            case "yield": return TokenKind.Yield;
            default: return TokenKind.Name;
        }
    }

    // ----- Numbers -----

    private static bool IsDigit(byte c) => (uint)(c - '0') <= 9;

    private static bool IsHexDigit(byte c) => IsDigit(c) || (uint)((c | 0x20) - 'a') <= 5;

    /// <summary>Consumes digits with single underscores between them; false on a misplaced underscore.</summary>
    private bool Digits(Func<byte, bool> isDigit, bool mustStart)
    {
        if (mustStart && !isDigit(At(_pos)))
            return false;
        while (_pos < _len)
        {
            byte c = _src[_pos];
            if (isDigit(c))
            {
                _pos++;
                continue;
            }
            if (c == '_')
            {
                if (!isDigit(At(_pos + 1)))
                {
                    _pos++;
                    return false;
                }
                _pos++;
                continue;
            }
            break;
        }
        return true;
    }

    private Token Number(int s, int sLine, int sCol)
    {
        byte c = _src[_pos];
        if (c == '0' && (At(_pos + 1) | 0x20) is 'x' or 'o' or 'b')
        {
            byte kind = (byte)(At(_pos + 1) | 0x20);
            _pos += 2;
            if (At(_pos) == '_')
                _pos++;
            string what = kind == 'x' ? "hexadecimal" : kind == 'o' ? "octal" : "binary";
            Func<byte, bool> isDigit = kind == 'x' ? IsHexDigit : kind == 'o' ? static b => (uint)(b - '0') <= 7 : static b => b == '0' || b == '1';
            bool ok = Digits(isDigit, true);
            if (!ok || (kind != 'x' && IsDigit(At(_pos))))
            {
                if (kind != 'x' && IsDigit(At(_pos)))
                    throw PointError($"invalid digit '{(char)At(_pos)}' in {what} literal", _line, _pos - _lineStart);
                throw PointError($"invalid {what} literal", sLine, _pos - 1 - _lineStart);
            }
            VerifyEndOfNumber(what);
            return Make(TokenKind.Number, s, sLine, sCol);
        }

        if (c != '.')
        {
            bool leadingZero = c == '0';
            if (!Digits(IsDigit, true))
                throw PointError("invalid decimal literal", _line, _pos - 1 - _lineStart);
            bool nonZeroAfterLeading = false;
            if (leadingZero)
            {
                for (int i = s; i < _pos; i++)
                {
                    if (_src[i] != '0' && _src[i] != '_')
                        nonZeroAfterLeading = true;
                }
            }
            byte n = At(_pos);
            if (leadingZero && nonZeroAfterLeading && n != '.' && (n | 0x20) != 'e' && (n | 0x20) != 'j')
                throw _text.Error(SyntaxErrorKind.SyntaxError,
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    sLine, sCol, sLine, sCol + 1);
        }
        if (At(_pos) == '.')
        {
            _pos++;
            if (IsDigit(At(_pos)) && !Digits(IsDigit, true))
                throw PointError("invalid decimal literal", _line, _pos - 1 - _lineStart);
        }
        if ((At(_pos) | 0x20) == 'e')
        {
            int save = _pos;
            _pos++;
            bool signed = At(_pos) == '+' || At(_pos) == '-';
            if (signed)
                _pos++;
            if (signed && !IsDigit(At(_pos)))
                throw PointError("invalid decimal literal", _line, _pos - 1 - _lineStart);
            if (!IsDigit(At(_pos)))
            {
                // "1else" is allowed (with a warning in CPython); anything else is an error.
                _pos = save;
                VerifyEndOfNumber("decimal");
                return Make(TokenKind.Number, s, sLine, sCol);
            }
            if (!Digits(IsDigit, true))
                throw PointError("invalid decimal literal", _line, _pos - 1 - _lineStart);
        }
        if ((At(_pos) | 0x20) == 'j')
        {
            _pos++;
            VerifyEndOfNumber("imaginary");
            return Make(TokenKind.Number, s, sLine, sCol);
        }
        VerifyEndOfNumber("decimal");
        return Make(TokenKind.Number, s, sLine, sCol);
    }

    /// <summary>A number may be followed directly by a few keywords ("1if x else y"), never by other name characters.</summary>
    private void VerifyEndOfNumber(string what)
    {
        byte c = At(_pos);
        if (!(IsAsciiIdentChar(c) || c >= 0x80) || EmitTrivia) // tokenize splits "1abc" into NUMBER and NAME
            return;
        ReadOnlySpan<byte> rest = new(_src, _pos, _len - _pos);
        if (rest.StartsWith("and"u8) || rest.StartsWith("else"u8) || rest.StartsWith("for"u8) || rest.StartsWith("if"u8)
            || rest.StartsWith("in"u8) || rest.StartsWith("is"u8) || rest.StartsWith("not"u8) || rest.StartsWith("or"u8))
        {
            Warning?.Invoke($"invalid {what} literal", _line);
            return;
        }
        throw PointError($"invalid {what} literal", _line, _pos - 1 - _lineStart);
    }

    // ----- Strings -----

    private Token StringLiteral(int s, int sLine, int sCol, StringPrefix prefix)
    {
        byte quote = _src[_pos];
        bool triple = At(_pos + 1) == quote && At(_pos + 2) == quote;
        _pos += triple ? 3 : 1;
        if ((prefix & StringPrefix.Format) != 0)
        {
            var fs = new FString { Quote = quote, Triple = triple, Raw = (prefix & StringPrefix.Raw) != 0, Line = sLine, Col = sCol };
            _fstrings.Add(fs);
            return Make(TokenKind.FStringStart, s, sLine, sCol, null, (byte)prefix);
        }
        while (true)
        {
            if (_pos >= _len && !Refill())
            {
                _eofReached = true;
                if (!triple && _fstrings.Count > 0)
                    throw Error("f-string: expecting '}'", sLine, sCol);
                throw PointError(triple ? $"unterminated triple-quoted string literal (detected at line {DetectedLine})"
                                   : $"unterminated string literal (detected at line {DetectedLine})", sLine, sCol);
            }
            byte c = _src[_pos];
            if (c == quote)
            {
                if (!triple)
                {
                    _pos++;
                    break;
                }
                if (At(_pos + 1) == quote && At(_pos + 2) == quote)
                {
                    _pos += 3;
                    break;
                }
                _pos++;
                continue;
            }
            if (c == '\\')
            {
                if (At(_pos + 1) == '\n')
                    NewLineAt(_pos + 1);
                _pos += 2;
                continue;
            }
            if (c == '\n')
            {
                if (!triple)
                {
                    if (_fstrings.Count > 0)
                        throw Error("f-string: expecting '}'", sLine, sCol);
                    throw PointError($"unterminated string literal (detected at line {DetectedLine})", sLine, sCol);
                }
                NewLineAt(_pos);
            }
            _pos++;
        }
        if (_pos > _len)
            _pos = _len;
        return Make(TokenKind.String, s, sLine, sCol, null, (byte)prefix);
    }

    /// <summary>Literal text of an f-string (or of a format spec): FSTRING_MIDDLE, '{', '}' or FSTRING_END.</summary>
    private Token FStringLiteral(FString fs)
    {
        bool inSpec = fs.Fields.Count > 0;
        int s = _pos, sLine = _line, sCol = _pos - _lineStart;
        byte flags = (byte)((fs.Raw ? StringPrefix.Raw : 0) | (inSpec ? StringPrefix.FormatSpec : 0));
        while (true)
        {
            if (_pos >= _len && !Refill())
            {
                _eofReached = true;
                if (inSpec)
                    throw Error("f-string: expecting '}'", _line, _pos - _lineStart);
                throw Error(fs.Triple ? $"unterminated triple-quoted f-string literal (detected at line {DetectedLine})"
                                      : $"unterminated f-string literal (detected at line {DetectedLine})", fs.Line, fs.Col);
            }
            byte c = _src[_pos];
            if (c == fs.Quote && (!fs.Triple || (At(_pos + 1) == c && At(_pos + 2) == c)))
            {
                if (_pos > s)
                    return Middle(s, sLine, sCol, flags);
                if (inSpec)
                    throw Error("f-string: expecting '}'", _line, _pos - _lineStart);
                _pos += fs.Triple ? 3 : 1;
                _fstrings.RemoveAt(_fstrings.Count - 1);
                return Make(TokenKind.FStringEnd, s, sLine, sCol);
            }
            if (c == '\n')
            {
                if (!fs.Triple)
                {
                    if (inSpec)
                        throw Error("f-string: newlines are not allowed in format specifiers for single quoted f-strings", _line, _pos - _lineStart);
                    throw Error($"unterminated f-string literal (detected at line {DetectedLine})", fs.Line, fs.Col);
                }
                NewLineAt(_pos);
                _pos++;
                continue;
            }
            if (c == '\\')
            {
                byte n = At(_pos + 1);
                if (n == '{' || n == '}')
                {
                    _pos++;
                    continue;
                }
                if (!fs.Raw && n == 'N' && At(_pos + 2) == '{')
                {
                    int close = Array.IndexOf(_src, (byte)'}', _pos + 3, _len - (_pos + 3));
                    int nl = Array.IndexOf(_src, (byte)'\n', _pos + 3, _len - (_pos + 3));
                    if (close >= 0 && (nl < 0 || close < nl))
                    {
                        _pos = close + 1;
                        if (EmitTrivia) // tokenize ends the FSTRING_MIDDLE after a \N{...}
                            return Middle(s, sLine, sCol, flags);
                        continue;
                    }
                }
                if (n == '\n')
                    NewLineAt(_pos + 1);
                _pos += _pos + 1 < _len ? 2 : 1;
                continue;
            }
            if (c == '{')
            {
                if (!inSpec && At(_pos + 1) == '{')
                {
                    if (EmitTrivia)
                        return DoubledBraceMiddle(s, sLine, sCol, flags);
                    _pos += 2;
                    continue;
                }
                if (_pos > s)
                    return Middle(s, sLine, sCol, flags);
                _lineHasTokens = true;
                PushParen((byte)'{', true);
                _pos++;
                fs.Fields.Add((_parenDepth, false));
                return Make(TokenKind.LBrace, s, sLine, sCol);
            }
            if (c == '}')
            {
                if (inSpec)
                {
                    if (_pos > s || (EmitTrivia && _lastMiddleEnd != _pos))
                        return Middle(s, sLine, sCol, flags);
                    _pos++;
                    _parenDepth--;
                    fs.Fields.RemoveAt(fs.Fields.Count - 1);
                    return Make(TokenKind.RBrace, s, sLine, sCol);
                }
                if (At(_pos + 1) == '}')
                {
                    if (EmitTrivia)
                        return DoubledBraceMiddle(s, sLine, sCol, flags);
                    _pos += 2;
                    continue;
                }
                throw Error("f-string: single '}' is not allowed", _line, _pos - _lineStart);
            }
            _pos++;
        }
    }

    private Token Middle(int s, int sLine, int sCol, byte flags)
    {
        _lastMiddleEnd = _pos;
        return Make(TokenKind.FStringMiddle, s, sLine, sCol, null, flags);
    }

    /// <summary>tokenize's FSTRING_MIDDLE up to the first of a doubled brace; the second is skipped.</summary>
    private Token DoubledBraceMiddle(int s, int sLine, int sCol, byte flags)
    {
        _pos++;
        var t = Middle(s, sLine, sCol, flags);
        _pos++;
        return t;
    }

    // ----- Operators -----

    private void PushParen(byte c, bool fstringField)
    {
        if (_parenDepth >= MaxParenDepth)
            throw Error("too many nested parentheses", _line, _pos - _lineStart);
        _parens[_parenDepth++] = new Paren { Char = c, Line = _line, Col = _pos - _lineStart, IsFStringField = fstringField };
    }

    private Token Operator(int s, int sLine, int sCol)
    {
        byte c = _src[_pos];
        byte c1 = At(_pos + 1);
        byte c2 = At(_pos + 2);
        TokenKind kind;
        int n = 1;
        switch (c)
        {
            case (byte)'(':
            case (byte)'[':
            case (byte)'{':
                PushParen(c, false);
                kind = c == '(' ? TokenKind.LPar : c == '[' ? TokenKind.LSqb : TokenKind.LBrace;
                break;
            case (byte)')':
            case (byte)']':
            case (byte)'}':
                return CloseParen(c, s, sLine, sCol);
            case (byte)':':
                if (_fstrings.Count > 0 && IsAtFStringFieldLevel(out var fs))
                {
                    var f = fs.Fields[^1];
                    fs.Fields[^1] = (f.ParenDepth, true);
                    kind = TokenKind.Colon;
                }
                else if (c1 == '=')
                {
                    kind = TokenKind.ColonEqual;
                    n = 2;
                }
                else
                    kind = TokenKind.Colon;
                break;
            case (byte)',': kind = TokenKind.Comma; break;
            case (byte)';': kind = TokenKind.Semi; break;
            case (byte)'~': kind = TokenKind.Tilde; break;
            case (byte)'.':
                if (c1 == '.' && c2 == '.')
                {
                    kind = TokenKind.Ellipsis;
                    n = 3;
                }
                else
                    kind = TokenKind.Dot;
                break;
            case (byte)'@': (kind, n) = c1 == '=' ? (TokenKind.AtEqual, 2) : (TokenKind.At, 1); break;
            case (byte)'+': (kind, n) = c1 == '=' ? (TokenKind.PlusEqual, 2) : (TokenKind.Plus, 1); break;
            case (byte)'-':
                (kind, n) = c1 == '=' ? (TokenKind.MinEqual, 2) : c1 == '>' ? (TokenKind.RArrow, 2) : (TokenKind.Minus, 1);
                break;
            case (byte)'*':
                if (c1 == '*')
                    (kind, n) = c2 == '=' ? (TokenKind.DoubleStarEqual, 3) : (TokenKind.DoubleStar, 2);
                else
                    (kind, n) = c1 == '=' ? (TokenKind.StarEqual, 2) : (TokenKind.Star, 1);
                break;
            case (byte)'/':
                if (c1 == '/')
                    (kind, n) = c2 == '=' ? (TokenKind.DoubleSlashEqual, 3) : (TokenKind.DoubleSlash, 2);
                else
                    (kind, n) = c1 == '=' ? (TokenKind.SlashEqual, 2) : (TokenKind.Slash, 1);
                break;
            case (byte)'%': (kind, n) = c1 == '=' ? (TokenKind.PercentEqual, 2) : (TokenKind.Percent, 1); break;
            case (byte)'&': (kind, n) = c1 == '=' ? (TokenKind.AmperEqual, 2) : (TokenKind.Amper, 1); break;
            case (byte)'|': (kind, n) = c1 == '=' ? (TokenKind.VBarEqual, 2) : (TokenKind.VBar, 1); break;
            case (byte)'^': (kind, n) = c1 == '=' ? (TokenKind.CircumflexEqual, 2) : (TokenKind.Circumflex, 1); break;
            case (byte)'=': (kind, n) = c1 == '=' ? (TokenKind.EqEqual, 2) : (TokenKind.Equal, 1); break;
            case (byte)'!': (kind, n) = c1 == '=' ? (TokenKind.NotEqual, 2) : (TokenKind.Exclamation, 1); break;
            case (byte)'<':
                if (c1 == '<')
                    (kind, n) = c2 == '=' ? (TokenKind.LeftShiftEqual, 3) : (TokenKind.LeftShift, 2);
                else if (c1 == '>')
                    (kind, n) = (TokenKind.NotEqual, 2); // "<>" only valid under barry_as_FLUFL; the parser rejects it
                else
                    (kind, n) = c1 == '=' ? (TokenKind.LessEqual, 2) : (TokenKind.Less, 1);
                break;
            case (byte)'>':
                if (c1 == '>')
                    (kind, n) = c2 == '=' ? (TokenKind.RightShiftEqual, 3) : (TokenKind.RightShift, 2);
                else
                    (kind, n) = c1 == '=' ? (TokenKind.GreaterEqual, 2) : (TokenKind.Greater, 1);
                break;
            case (byte)'$':
            case (byte)'?':
            case (byte)'`':
                // CPython hands these to the parser, which rejects them with a plain "invalid syntax".
                kind = TokenKind.Unknown;
                break;
            default:
                throw InvalidCharacter();
        }
        _pos += n;
        return Make(kind, s, sLine, sCol);
    }

    private PythonSyntaxError InvalidCharacter()
    {
        byte c = _src[_pos];
        if (c < 0x80)
        {
            if (c < 0x20 || c == 0x7F)
            {
                if (c == 0)
                    return Error("source code cannot contain null bytes", _line, _pos - _lineStart);
                return Error($"invalid non-printable character U+{c:X4}", _line, _pos - _lineStart);
            }
            return Error("invalid syntax", _line, _pos - _lineStart);
        }
        var status = Rune.DecodeFromUtf8(new ReadOnlySpan<byte>(_src, _pos, _len - _pos), out Rune r, out _);
        if (status == System.Buffers.OperationStatus.Done)
            return Error($"invalid character '{r}' (U+{r.Value:X4})", _line, _pos - _lineStart);
        return Error("invalid character", _line, _pos - _lineStart);
    }

    private bool IsAtFStringFieldLevel(out FString fs)
    {
        fs = _fstrings[^1];
        return fs.Fields.Count > 0 && !fs.Fields[^1].InSpec && fs.Fields[^1].ParenDepth == _parenDepth;
    }

    private Token CloseParen(byte c, int s, int sLine, int sCol)
    {
        var closeKind = c == ')' ? TokenKind.RPar : c == ']' ? TokenKind.RSqb : TokenKind.RBrace;
        if (_parenDepth == 0 && EmitTrivia)
        {
            _pos++; // tokenize leaves unmatched brackets to the parser
            return Make(closeKind, s, sLine, sCol);
        }
        if (_parenDepth == 0)
            throw Error($"unmatched '{(char)c}'", _line, _pos - _lineStart);
        var open = _parens[_parenDepth - 1];
        byte expected = open.Char == '(' ? (byte)')' : open.Char == '[' ? (byte)']' : (byte)'}';
        if (expected != c && !(EmitTrivia && !open.IsFStringField))
        {
            string msg = open.Line != _line
                ? $"closing parenthesis '{(char)c}' does not match opening parenthesis '{(char)open.Char}' on line {open.Line}"
                : $"closing parenthesis '{(char)c}' does not match opening parenthesis '{(char)open.Char}'";
            if (open.IsFStringField)
                msg = $"f-string: unmatched '{(char)c}'";
            throw Error(msg, _line, _pos - _lineStart);
        }
        _parenDepth--;
        if (open.IsFStringField)
            _fstrings[^1].Fields.RemoveAt(_fstrings[^1].Fields.Count - 1);
        _pos++;
        return Make(closeKind, s, sLine, sCol);
    }
}
