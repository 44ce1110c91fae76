namespace Isolated.Parsing;

/// <summary>
/// A Python <c>SyntaxError</c> (or <c>IndentationError</c>/<c>TabError</c>) raised by the tokenizer or parser.
/// Fields follow CPython's <c>SyntaxError</c> attributes: <see cref="Lineno"/> is 1-based,
/// <see cref="Offset"/>/<see cref="EndOffset"/> are 1-based columns counted in characters (code points)
/// of <see cref="Text"/>, 0 when unknown. The runtime converts it to the Python exception.
/// </summary>
public sealed class PythonSyntaxError : Exception
{
    public SyntaxErrorKind Kind { get; }
    public string Msg { get; }
    public string Filename { get; }
    public int Lineno { get; }
    public int Offset { get; }
    public int EndLineno { get; }
    public int EndOffset { get; }

    /// <summary>The source line (with its newline when the source has one), or null.</summary>
    public string? Text { get; }

    public PythonSyntaxError(SyntaxErrorKind kind, string msg, string filename, int lineno, int offset,
        int endLineno, int endOffset, string? text)
        : base(msg)
    {
        Kind = kind;
        Msg = msg;
        Filename = filename;
        Lineno = lineno;
        Offset = offset;
        EndLineno = endLineno;
        EndOffset = endOffset;
        Text = text;
    }

    /// <summary>The same error with another end_offset: CPython's tokenizer reports -1 (unknown) or 0
    /// for several errors, which changes how the traceback module draws the caret.</summary>
    public PythonSyntaxError WithEndOffset(int endOffset) =>
        new(Kind, Msg, Filename, Lineno, Offset, EndLineno, endOffset, Text);

    public override string ToString() => $"{Kind}: {Msg} ({Filename}, line {Lineno}, offset {Offset})";
}
