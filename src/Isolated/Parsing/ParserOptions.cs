namespace Isolated.Parsing;

/// <summary>Optional services and switches for a parse.</summary>
public sealed class ParserOptions
{
    /// <summary>The runtime's options: \N{...} names and identifier normalization from its Unicode database.</summary>
    public static readonly ParserOptions Default = new()
    {
        UnicodeNames = Isolated.Text.Unicode.UnicodeNames.Resolver,
        NormalizeIdentifier = Isolated.Text.Unicode.UnicodeNames.NormalizeIdentifier,
    };

    /// <summary>Resolves <c>\N{NAME}</c> escapes; null means every such escape is an unknown name.</summary>
    public IUnicodeNameResolver? UnicodeNames { get; init; }

    /// <summary>
    /// NFKC normalisation for non-ASCII identifiers (PEP 3131). The runtime is built with invariant
    /// globalization, where .NET's own <see cref="string.Normalize()"/> may be unavailable; the runtime can
    /// supply its <c>unicodedata</c> here. When null, .NET's normaliser is tried and otherwise the
    /// identifier is kept as written.
    /// </summary>
    public Func<string, string>? NormalizeIdentifier { get; init; }

    /// <summary>
    /// CPython's PyCF_ALLOW_INCOMPLETE_INPUT (used by <c>codeop</c> and the REPL): a syntax error found once the
    /// source has been read to its end becomes SyntaxError "incomplete input", meaning "ask for more lines".
    /// </summary>
    public bool AllowIncompleteInput { get; init; }

    /// <summary>
    /// Receives CPython's compile-time SyntaxWarnings (e.g. "invalid escape sequence '\d'") with their line
    /// number; null discards them.
    /// </summary>
    public Action<string, int>? Warning { get; init; }
}
