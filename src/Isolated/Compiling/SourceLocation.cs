namespace Isolated.Compiling;

/// <summary>Where an instruction comes from in the source: start and end line, start and end
/// column in UTF-8 bytes (as CPython's code positions count them); a column of -1 means unknown.</summary>
public readonly record struct SourceLocation(int Line, int EndLine, int Col, int EndCol)
{
    /// <summary>A location that knows only its line (synthetic code, line-only nodes).</summary>
    public static SourceLocation LineOnly(int line) => new(line, line, -1, -1);
}
