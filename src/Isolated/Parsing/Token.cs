namespace Isolated.Parsing;

/// <summary>
/// One token. Positions are byte offsets into the UTF-8 source (<see cref="Start"/>/<see cref="End"/>)
/// plus 1-based lines and 0-based UTF-8 byte columns, as CPython's AST reports them.
/// </summary>
public readonly struct Token
{
    public readonly TokenKind Kind;

    /// <summary>For strings: <see cref="StringPrefix"/> flags. For FSTRING_MIDDLE: raw / format-spec flags.</summary>
    public readonly byte Flags;

    public readonly int Start;
    public readonly int End;
    public readonly int Line;
    public readonly int Col;
    public readonly int EndLine;
    public readonly int EndCol;

    /// <summary>The identifier (NFKC-normalised, shared per tokenizer) for <see cref="TokenKind.Name"/> and keywords.</summary>
    public readonly string? Text;

    public Token(TokenKind kind, byte flags, int start, int end, int line, int col, int endLine, int endCol, string? text)
    {
        Kind = kind;
        Flags = flags;
        Start = start;
        End = end;
        Line = line;
        Col = col;
        EndLine = endLine;
        EndCol = endCol;
        Text = text;
    }

    public override string ToString() => $"{Kind} {Text} {Line}:{Col}-{EndLine}:{EndCol}";
}
