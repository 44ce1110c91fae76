using System.Runtime.CompilerServices;
using Isolated.Parsing.Ast;
using Attribute = Isolated.Parsing.Ast.Attribute;
using Tuple = Isolated.Parsing.Ast.Tuple;

namespace Isolated.Parsing;

/// <summary>
/// Hand-written recursive-descent parser for the Python 3.12 grammar (CPython's PEG grammar, with
/// backtracking only where the grammar needs it: soft keywords, parenthesised with-items, lambda and
/// slice forms). It builds the <see cref="Ast"/> tree directly and reports CPython's messages for the
/// common syntax errors.
///
/// Entry points: <see cref="ParseModule(string, string, ParserOptions?)"/> (mode "exec"),
/// <see cref="ParseExpression(string, string, ParserOptions?)"/> ("eval"),
/// <see cref="ParseInteractive(string, string, ParserOptions?)"/> ("single"),
/// <see cref="ParseFunctionType(string, string, ParserOptions?)"/> ("func_type") and the general
/// <see cref="Parse(SourceText, ParseMode, ParserOptions?)"/>.
///
/// Deep nesting never overflows the stack: every recursive rule goes through <see cref="Enter"/>, which
/// bounds the depth (<see cref="MaxDepth"/>, beyond which it raises a <see cref="PythonSyntaxError"/>
/// "Parser stack overflowed - Python source too complex to parse", the text CPython raises as MemoryError)
/// and checks <see cref="RuntimeHelpers.TryEnsureSufficientExecutionStack"/>. When the caller's thread runs
/// low on stack first (a small thread), the parse is redone on a helper thread with a 64 MiB stack, so the
/// limits are the same on every thread. Bracket nesting beyond 200 is rejected by the tokenizer with
/// CPython's "too many nested parentheses", indentation beyond 100 levels with "too many levels of
/// indentation".
/// </summary>
public sealed partial class Parser
{
    /// <summary>Bound on recursive rule nesting and on the length of left-nested chains (a.b.c..., 1+2+3...).</summary>
    public const int MaxDepth = 3000;

    public const string StackOverflowMessage = "Parser stack overflowed - Python source too complex to parse";

    private readonly Tokenizer _tokenizer;
    private readonly SourceText _text;
    private readonly ParserOptions _options;
    private Token[] _tokens;
    private int _count;
    private int _p;
    private int _depth;

    private Parser(SourceText text, ParserOptions? options)
    {
        _text = text;
        _options = options ?? ParserOptions.Default;
        // Sized to the source (a token takes a byte or more, bar a few): exec('pass') in a new
        // interpreter should not allocate for a thousand tokens. Fill() grows it.
        _tokens = new Token[Math.Clamp(text.Length / 2 + 16, 16, 1024)];
        _tokenizer = new Tokenizer(text, _options.NormalizeIdentifier) { Warning = _options.Warning };
    }

    // ----- Entry points -----

    public static Module ParseModule(string source, string filename = "<unknown>", ParserOptions? options = null) =>
        (Module)Parse(SourceDecoder.FromString(source, filename), ParseMode.Exec, options);

    /// <summary>Parses a file's bytes, honouring a BOM and a coding declaration.</summary>
    public static Module ParseModule(byte[] source, string filename = "<unknown>", ParserOptions? options = null) =>
        (Module)Parse(SourceDecoder.FromBytes(source, filename), ParseMode.Exec, options);

    public static Expression ParseExpression(string source, string filename = "<unknown>", ParserOptions? options = null) =>
        (Expression)Parse(SourceDecoder.FromString(source, filename), ParseMode.Eval, options);

    public static Interactive ParseInteractive(string source, string filename = "<unknown>", ParserOptions? options = null) =>
        (Interactive)Parse(SourceDecoder.FromString(source, filename), ParseMode.Single, options);

    public static FunctionType ParseFunctionType(string source, string filename = "<unknown>", ParserOptions? options = null) =>
        (FunctionType)Parse(SourceDecoder.FromString(source, filename), ParseMode.FuncType, options);

    public static ModNode Parse(string source, ParseMode mode, string filename = "<unknown>", ParserOptions? options = null) =>
        Parse(SourceDecoder.FromString(source, filename), mode, options);

    public static ModNode Parse(byte[] source, ParseMode mode, string filename = "<unknown>", ParserOptions? options = null) =>
        Parse(SourceDecoder.FromBytes(source, filename), mode, options);

    public static ModNode Parse(SourceText text, ParseMode mode, ParserOptions? options = null)
    {
        try
        {
            return ParseOnThisStack(text, mode, options, onLargeStack: false);
        }
        catch (StackExhaustedException)
        {
            // The caller's thread (maybe a small one) ran out of stack before CPython's limits were reached:
            // parse again on a helper thread with a large stack, so that limits do not depend on the caller.
            ModNode? result = null;
            System.Runtime.ExceptionServices.ExceptionDispatchInfo? failure = null;
            var thread = new Thread(() =>
            {
                try
                {
                    result = ParseOnThisStack(text, mode, options, onLargeStack: true);
                }
                catch (Exception e)
                {
                    failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e);
                }
            }, LargeStackSize);
            thread.Start();
            thread.Join();
            failure?.Throw();
            return result!;
        }
    }

    /// <summary>Stack of the helper thread used when the caller's stack is too small for deep nesting.</summary>
    private const int LargeStackSize = 64 * 1024 * 1024;

    /// <summary>Thrown by <see cref="Enter"/> when the current thread's stack runs low (caught in <see cref="Parse(SourceText, ParseMode, ParserOptions?)"/>).</summary>
    private sealed class StackExhaustedException : Exception
    {
    }

    private static ModNode ParseOnThisStack(SourceText text, ParseMode mode, ParserOptions? options, bool onLargeStack)
    {
        var parser = new Parser(text, options) { _onLargeStack = onLargeStack };
        try
        {
            return mode switch
            {
                ParseMode.Exec => parser.FileInput(),
                ParseMode.Eval => parser.EvalInput(),
                ParseMode.Single => parser.InteractiveInput(),
                ParseMode.FuncType => parser.FuncTypeInput(),
                _ => throw new ArgumentOutOfRangeException(nameof(mode)),
            };
        }
        catch (PythonSyntaxError e) when (parser._options.AllowIncompleteInput && parser._tokenizer.ReachedEnd)
        {
            throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, "incomplete input", text.Filename, e.Lineno, e.Offset,
                e.EndLineno, e.EndOffset, e.Text);
        }
        catch (PythonSyntaxError e) when (!parser._tokenizerFailed && !parser._errorInsideFString
                                          && e.Msg is not ("unexpected indent" or "unexpected unindent"))
        {
            // As CPython: a tokenizer error anywhere in the rest of the file wins over an error the parser raised.
            parser.TokenizeRestForErrors(e);
            throw;
        }
    }

    /// <summary>Set when the tokenizer raised the error being propagated.</summary>
    private bool _tokenizerFailed;

    /// <summary>Whether the tokenizer was inside an f-string when the parser failed (CPython's read-ahead finds nothing then).</summary>
    private bool _errorInsideFString => _tokenizer.InFString;

    private void TokenizeRestForErrors(PythonSyntaxError parserError)
    {
        // CPython compares against the line of the furthest token read, not the reported location.
        int errorLine = _count > 0 ? _tokens[_count - 1].Line : parserError.Lineno;
        try
        {
            while (Fill(_count).Kind != TokenKind.EndMarker)
            {
            }
        }
        catch (PythonSyntaxError e) when (IsStatusOnlyTokenizerError(e))
        {
            // CPython's tokenizer only records these as a status; its read-ahead ignores them.
        }
        catch (PythonSyntaxError e) when (e.Msg.EndsWith("was never closed", StringComparison.Ordinal) && e.Msg.StartsWith('\''))
        {
            // An unclosed bracket wins over an error on a later line. CPython's error pass also reads past an
            // error inside (or at) the open bracket, so such an error counts as later too.
            if (errorLine > e.Lineno || (parserError.Lineno == e.Lineno && parserError.Offset == e.Offset))
                throw;
        }
    }

    private static bool IsStatusOnlyTokenizerError(PythonSyntaxError e) =>
        e.Msg is "unindent does not match any outer indentation level" or "inconsistent use of tabs and spaces in indentation"
            or "too many levels of indentation" or "unexpected character after line continuation character"
            or "unexpected EOF while parsing";

    // ----- Token buffer -----

    private Token Fill(int index)
    {
        while (_count <= index)
        {
            if (_count > 0 && _tokens[_count - 1].Kind == TokenKind.EndMarker)
                return _tokens[_count - 1];
            if (_count == _tokens.Length)
                Array.Resize(ref _tokens, _tokens.Length * 2);
            try
            {
                _tokens[_count] = _tokenizer.Next();
            }
            catch (PythonSyntaxError)
            {
                _tokenizerFailed = true;
                throw;
            }
            _count++;
        }
        return _tokens[index];
    }

    private Token Peek()
    {
        return _p < _count ? _tokens[_p] : Fill(_p);
    }

    private Token PeekAt(int offset)
    {
        int i = _p + offset;
        return i < _count ? _tokens[i] : Fill(i);
    }

    private TokenKind Kind => _p < _count ? _tokens[_p].Kind : Fill(_p).Kind;

    private TokenKind KindAt(int offset) => PeekAt(offset).Kind;

    private Token Advance()
    {
        Token t = Peek();
        if (t.Kind != TokenKind.EndMarker)
            _p++;
        return t;
    }

    private bool Accept(TokenKind kind)
    {
        if (Kind != kind)
            return false;
        _p++;
        return true;
    }

    private Token Expect(TokenKind kind)
    {
        Token t = Peek();
        if (t.Kind != kind)
            throw InvalidSyntax();
        _p++;
        return t;
    }

    private Token Prev => _tokens[_p - 1];

    private bool IsSoftKeyword(string word) => Kind == TokenKind.Name && Peek().Text == word;

    // ----- Positions and nodes -----

    private int EndLine => _tokens[_p - 1].EndLine;

    private int EndCol => _tokens[_p - 1].EndCol;

    // ----- Depth guard -----

    /// <summary>Call at the start of every recursive rule; pair with <see cref="Leave"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Enter()
    {
        if (++_depth > MaxDepth)
            throw TooComplex();
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw _onLargeStack ? TooComplex() : new StackExhaustedException();
    }

    /// <summary>Whether this parse already runs on the large-stack helper thread.</summary>
    private bool _onLargeStack;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Leave() => _depth--;

    private PythonSyntaxError TooComplex()
    {
        // A tokenizer error later in the source (too many nested parentheses, too many indentation levels)
        // is what CPython reports first; the tokenizer does not recurse, so reading ahead is safe here.
        while (Fill(_count).Kind != TokenKind.EndMarker)
        {
        }
        Token t = Peek();
        return Error(StackOverflowMessage, t.Line, t.Col, t.EndLine, t.EndCol);
    }

    /// <summary>Guards loops that build left-nested trees (attribute/call chains, binary operators).</summary>
    private void CheckChain(int chainLength)
    {
        if (_depth + chainLength > MaxDepth)
            throw TooComplex();
    }

    // ----- Errors -----

    private PythonSyntaxError Error(string msg, int line, int col, int endLine, int endCol, SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError)
    {
        var e = _text.Error(kind, msg, line, col, endLine, endCol);
        if (e.Text is { } text && !text.EndsWith('\n'))
            e = new PythonSyntaxError(e.Kind, e.Msg, e.Filename, e.Lineno, e.Offset, e.EndLineno, e.EndOffset, text + "\n");
        return e;
    }

    private PythonSyntaxError ErrorAt(string msg, Token t) => Error(msg, t.Line, t.Col, t.EndLine, t.EndCol);

    private PythonSyntaxError ErrorAt(string msg, Node n) => Error(msg, n.Lineno, n.ColOffset, n.EndLineno, n.EndColOffset);

    private PythonSyntaxError ErrorRange(string msg, Node a, Node b) => Error(msg, a.Lineno, a.ColOffset, b.EndLineno, b.EndColOffset);

    /// <summary>CPython's generic error: "invalid syntax" at the furthest token read, with its special cases.</summary>
    private PythonSyntaxError InvalidSyntax() => InvalidSyntaxAt(_count - 1);

    /// <summary>
    /// "invalid syntax" at token <paramref name="furthest"/>: the furthest token an error-free parse would have
    /// read. Probes for CPython's special messages read further ahead but must not move this location.
    /// </summary>
    private PythonSyntaxError InvalidSyntaxAt(int furthest)
    {
        if (_count == 0)
            Fill(0);
        Token t = _tokens[Math.Clamp(furthest, 0, _count - 1)];
        if (t.Kind == TokenKind.Indent)
            return Error("unexpected indent", t.Line, t.EndCol - 1, t.Line, t.EndCol - 1, SyntaxErrorKind.IndentationError).WithEndOffset(-1);
        if (t.Kind == TokenKind.Dedent)
            return Error("unexpected unindent", t.Line, t.Col, t.Line, t.Col, SyntaxErrorKind.IndentationError);
        if (t.Kind == TokenKind.EndMarker && _tokenizer.ParenDepth == 0)
        {
            // Source ended inside a statement.
            return Error("invalid syntax", t.Line, t.Col, t.EndLine, t.EndCol + 1);
        }
        return Error("invalid syntax", t.Line, t.Col, t.EndLine, t.EndCol);
    }
}
