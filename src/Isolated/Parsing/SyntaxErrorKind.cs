namespace Isolated.Parsing;

/// <summary>The Python exception class a <see cref="PythonSyntaxError"/> stands for.</summary>
public enum SyntaxErrorKind
{
    SyntaxError,
    IndentationError,
    TabError,
}
