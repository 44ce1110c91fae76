namespace Isolated.Parsing;

/// <summary>Flags of a string literal's prefix, stored in <see cref="Token.Flags"/>.</summary>
[Flags]
public enum StringPrefix : byte
{
    None = 0,
    Raw = 1,
    Bytes = 2,
    Unicode = 4,
    Format = 8,

    /// <summary>On FSTRING_MIDDLE: the text is part of a format spec.</summary>
    FormatSpec = 16,
}
