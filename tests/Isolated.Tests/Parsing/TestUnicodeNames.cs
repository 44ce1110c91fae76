using Isolated.Parsing;

namespace Isolated.Tests.Parsing;

/// <summary>
/// A stand-in for the runtime's unicodedata: knows a few names exactly and, when lenient, maps any other name
/// to U+FFFD so that files using \N{...} still parse (their string values are then not compared).
/// </summary>
internal sealed class TestUnicodeNames : IUnicodeNameResolver
{
    public static readonly ParserOptions Options = new() { UnicodeNames = new TestUnicodeNames(lenient: false) };

    public static readonly ParserOptions LenientOptions = new() { UnicodeNames = new TestUnicodeNames(lenient: true) };

    private readonly bool _lenient;

    public TestUnicodeNames(bool lenient) => _lenient = lenient;

    public int Lookup(string name) => name.ToUpperInvariant() switch
    {
        "LATIN SMALL LETTER A" => 'a',
        "EM DASH" => 0x2014,
        "GREEK SMALL LETTER ALPHA" => 0x3B1,
        "SNAKE" => 0x1F40D,
        _ => _lenient ? 0xFFFD : -1,
    };
}
