using Isolated.Execution.Import;
using Isolated.Objects;
using Isolated.Parsing;
using Isolated.Runtime;

namespace Isolated.Modules.Tokenize;

/// <summary>
/// <c>_tokenize.TokenizerIter(readline, *, extra_tokens, encoding=None)</c>: the runtime's tokenizer in
/// tokenize's mode (<see cref="Tokenizer.EmitTrivia"/>) over a readline, yielding
/// <c>(type, string, (row, col), (end_row, end_col), line)</c> with columns in code points. With
/// <c>extra_tokens</c> (what tokenize.py asks for) operators are OP and COMMENT/NL tokens appear; without,
/// operators get their exact type and comments and NL tokens are left out.
/// </summary>
public sealed class PyTokenizerIter : PyObject
{
    // token.py's numbers in Python 3.12.
    private const int ENDMARKER = 0, NAME = 1, NUMBER = 2, STRING = 3, NEWLINE = 4, INDENT = 5, DEDENT = 6, OP = 55,
        FSTRING_START = 61, FSTRING_MIDDLE = 62, FSTRING_END = 63, COMMENT = 64, NL = 65, ERRORTOKEN = 66;

    private readonly Tokenizer _tokenizer;
    private readonly ReadlineSource _source;
    private readonly bool _extraTokens;
    private bool _done;

    // Every token of a line shares the line's str.
    private int _cachedLine = -1;
    private PyStr? _cachedLineText;

    public PyTokenizerIter(PyType type, PyObject readline, string? encoding, bool extraTokens) : base(type)
    {
        _source = new ReadlineSource(readline, encoding);
        _tokenizer = new Tokenizer(new SourceText([], 0, "<string>")) { EmitTrivia = true, LineReader = _source };
        _extraTokens = extraTokens;
    }

    public PyObject? Next(ThreadState ts)
    {
        if (_done)
            return null;
        Token t;
        _source.Ts = ts;
        try
        {
            do
                t = _tokenizer.Next();
            while (!_extraTokens && t.Kind is TokenKind.Comment or TokenKind.NL);
        }
        catch (PythonSyntaxError e)
        {
            _done = true;
            return ts.Raise(SourceExecution.SyntaxErrorFrom(ts, e));
        }
        catch (ReadlineFailedException)
        {
            _done = true;
            return null;
        }
        finally
        {
            _source.Ts = null;
        }
        if (t.Kind == TokenKind.EndMarker)
            _done = true;
        return MakeTuple(ts, t);
    }

    private PyObject MakeTuple(ThreadState ts, Token t)
    {
        var interp = ts.Interpreter;
        var text = _tokenizer.Text;
        int col = _source.CharColumn(text, t.Line, t.Col);
        int endCol = _source.CharColumn(text, t.EndLine, t.EndCol);
        string str;
        switch (t.Kind)
        {
            case TokenKind.Newline:
            case TokenKind.NL:
                if (t.End == t.Start || !_extraTokens)
                    str = ""; // the newline tokenize adds to a last line without one
                else if (_source.IsCrlf(t.Line))
                {
                    str = "\r\n";
                    endCol++;
                }
                else
                    str = "\n";
                if (!_extraTokens)
                    endCol = col;
                break;
            case TokenKind.Dedent:
            case TokenKind.EndMarker:
                str = "";
                break;
            default:
                str = _source.Text(text, t.Start, t.End, t.Line);
                break;
        }
        PyStr line;
        bool multiLine = t.Line != t.EndLine && t.Kind is TokenKind.String or TokenKind.FStringMiddle;
        if (multiLine)
            line = interp.Str(_source.Lines(text, t.Line, t.EndLine));
        else
            line = LineText(interp, t.EndLine);
        return interp.Tuple(interp.Int(TypeOf(t.Kind)), interp.Str(str),
            interp.Tuple(interp.Int(t.Line), interp.Int(col)), interp.Tuple(interp.Int(t.EndLine), interp.Int(endCol)), line);
    }

    private PyStr LineText(Interpreter interp, int lineNo)
    {
        if (lineNo != _cachedLine || _cachedLineText is null)
        {
            _cachedLine = lineNo;
            _cachedLineText = interp.Str(_source.Lines(_tokenizer.Text, lineNo, lineNo));
        }
        return _cachedLineText;
    }

    private int TypeOf(TokenKind kind)
    {
        switch (kind)
        {
            case TokenKind.EndMarker: return ENDMARKER;
            case TokenKind.Name: return NAME;
            case TokenKind.Number: return NUMBER;
            case TokenKind.String: return STRING;
            case TokenKind.Newline: return NEWLINE;
            case TokenKind.Indent: return INDENT;
            case TokenKind.Dedent: return DEDENT;
            case TokenKind.FStringStart: return FSTRING_START;
            case TokenKind.FStringMiddle: return FSTRING_MIDDLE;
            case TokenKind.FStringEnd: return FSTRING_END;
            case TokenKind.Comment: return COMMENT;
            case TokenKind.NL: return NL;
            case >= TokenKind.False: return NAME; // keywords (async and await too) are NAME tokens
            case TokenKind.Unknown: return _extraTokens ? OP : ERRORTOKEN;
        }
        return _extraTokens ? OP : ExactOperatorType(kind);
    }

    /// <summary>token.py's number of an operator or delimiter.</summary>
    private static int ExactOperatorType(TokenKind kind) => kind switch
    {
        TokenKind.LPar => 7, TokenKind.RPar => 8, TokenKind.LSqb => 9, TokenKind.RSqb => 10, TokenKind.Colon => 11,
        TokenKind.Comma => 12, TokenKind.Semi => 13, TokenKind.Plus => 14, TokenKind.Minus => 15, TokenKind.Star => 16,
        TokenKind.Slash => 17, TokenKind.VBar => 18, TokenKind.Amper => 19, TokenKind.Less => 20, TokenKind.Greater => 21,
        TokenKind.Equal => 22, TokenKind.Dot => 23, TokenKind.Percent => 24, TokenKind.LBrace => 25, TokenKind.RBrace => 26,
        TokenKind.EqEqual => 27, TokenKind.NotEqual => 28, TokenKind.LessEqual => 29, TokenKind.GreaterEqual => 30,
        TokenKind.Tilde => 31, TokenKind.Circumflex => 32, TokenKind.LeftShift => 33, TokenKind.RightShift => 34,
        TokenKind.DoubleStar => 35, TokenKind.PlusEqual => 36, TokenKind.MinEqual => 37, TokenKind.StarEqual => 38,
        TokenKind.SlashEqual => 39, TokenKind.PercentEqual => 40, TokenKind.AmperEqual => 41, TokenKind.VBarEqual => 42,
        TokenKind.CircumflexEqual => 43, TokenKind.LeftShiftEqual => 44, TokenKind.RightShiftEqual => 45,
        TokenKind.DoubleStarEqual => 46, TokenKind.DoubleSlash => 47, TokenKind.DoubleSlashEqual => 48, TokenKind.At => 49,
        TokenKind.AtEqual => 50, TokenKind.RArrow => 51, TokenKind.Ellipsis => 52, TokenKind.ColonEqual => 53,
        TokenKind.Exclamation => 54,
        _ => OP,
    };
}
