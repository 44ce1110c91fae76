namespace Isolated.Text.Unicode;

/// <summary>Character names for \N{...} escapes (in string literals and the unicode_escape codec)
/// and the namereplace error handler, from the built-in <see cref="UnicodeDatabase"/>.</summary>
public sealed class UnicodeNames : Parsing.IUnicodeNameResolver
{
    /// <summary>What <see cref="Lookup(string, bool)"/> returns when the database is not built in.</summary>
    public const int Unavailable = -2;

    public static readonly UnicodeNames Resolver = new();

    /// <summary>The code point of a name or alias (any case), -1 when unknown, or
    /// <see cref="Unavailable"/>. Named sequences are not single code points and are not found here.</summary>
    public static int Lookup(string name)
    {
        var db = UnicodeDatabase.Instance;
        if (db is null) return Unavailable;
        return db.Lookup(name);
    }

    /// <summary>The character's name, or null (also when the database is not built in).</summary>
    public static string? TryGetName(int cp) => UnicodeDatabase.Instance?.Name(cp);

    /// <summary>NFKC of a non-ASCII identifier (PEP 3131); unchanged without the database.</summary>
    public static string NormalizeIdentifier(string identifier) =>
        UnicodeDatabase.Instance is { } db ? db.Normalize(identifier, compose: true, compat: true) : identifier;

    int Parsing.IUnicodeNameResolver.Lookup(string name)
    {
        int cp = Lookup(name);
        return cp < 0 ? -1 : cp;
    }
}
