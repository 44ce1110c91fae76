namespace Isolated.Compiling;

/// <summary>A SyntaxError found after parsing (symbol analysis or code generation). Thrown inside
/// the compiler only (a cold path) and turned into the Python SyntaxError by <see cref="Compiler"/>.</summary>
public sealed class CompileError : Exception
{
    public readonly int Lineno, Offset, EndLineno, EndOffset;

    public CompileError(string msg, int lineno, int colOffset, int endLineno, int endColOffset) : base(msg)
    {
        Lineno = lineno;
        Offset = colOffset + 1;
        EndLineno = endLineno;
        EndOffset = endColOffset + 1;
    }
}
