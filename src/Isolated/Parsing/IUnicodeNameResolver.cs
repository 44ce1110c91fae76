namespace Isolated.Parsing;

/// <summary>
/// Resolves the NAME in a <c>\N{NAME}</c> escape to a code point. The Unicode name database is large, so it
/// is supplied by whoever hosts the parser (the runtime's <c>unicodedata</c>). Without one, every
/// <c>\N{...}</c> escape is reported as "unknown Unicode character name".
/// </summary>
public interface IUnicodeNameResolver
{
    /// <summary>Returns the code point, or -1 if the name is unknown.</summary>
    int Lookup(string name);
}
