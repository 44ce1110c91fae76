using System.Globalization;
using System.Text;

namespace Isolated.Modules.Sre;

/// <summary>Character predicates and case mappings of the engine, on code points. The "LOC" forms
/// behave like the C locale (ASCII), which is what CPython does under the default locale.</summary>
public static class CharClass
{
    public static bool IsAsciiDigit(int ch) => (uint)(ch - '0') <= 9;
    public static bool IsAsciiSpace(int ch) => ch == ' ' || (uint)(ch - '\t') <= 4;
    public static bool IsAsciiAlnum(int ch) => (uint)((ch | 0x20) - 'a') <= 25 || IsAsciiDigit(ch);
    public static bool IsAsciiWord(int ch) => ch == '_' || IsAsciiAlnum(ch);

    public static int LowerAscii(int ch) => (uint)(ch - 'A') <= 25 ? ch + 32 : ch;
    public static int UpperAscii(int ch) => (uint)(ch - 'a') <= 25 ? ch - 32 : ch;

    static bool IsScalar(int ch) => (uint)ch <= 0x10FFFF && (uint)(ch - 0xD800) > 0x7FF;

    static UnicodeCategory Category(int ch) =>
        IsScalar(ch) ? Rune.GetUnicodeCategory(new Rune(ch)) : UnicodeCategory.Surrogate;

    public static int LowerUnicode(int ch)
    {
        if (ch < 128) return LowerAscii(ch);
        if (ch == 0x130) return 'i';   // .NET's invariant mapping leaves out the Turkish dotted I
        return IsScalar(ch) ? Rune.ToLowerInvariant(new Rune(ch)).Value : ch;
    }

    public static int UpperUnicode(int ch)
    {
        if (ch < 128) return UpperAscii(ch);
        if (ch == 0x131) return 'I';   // dotless i, likewise
        return IsScalar(ch) ? Rune.ToUpperInvariant(new Rune(ch)).Value : ch;
    }

    /// <summary>str.isdecimal for one code point.</summary>
    public static bool IsUnicodeDigit(int ch) => ch < 128 ? IsAsciiDigit(ch) : Category(ch) == UnicodeCategory.DecimalDigitNumber;

    /// <summary>str.isspace for one code point.</summary>
    public static bool IsUnicodeSpace(int ch)
    {
        if (ch < 128) return IsAsciiSpace(ch) || (uint)(ch - 0x1C) <= 3;
        if (ch == 0x85 || ch == 0xA0) return true;
        var c = Category(ch);
        return c is UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
    }

    /// <summary>str.isalnum or '_' for one code point.</summary>
    public static bool IsUnicodeWord(int ch)
    {
        if (ch < 128) return IsAsciiWord(ch);
        switch (Category(ch))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.LetterNumber:
            case UnicodeCategory.OtherNumber:
                return true;
            default:
                return false;
        }
    }

    public static bool IsUnicodeLinebreak(int ch) =>
        ch is '\n' or '\v' or '\f' or '\r' or 0x1C or 0x1D or 0x1E or 0x85 or 0x2028 or 0x2029;

    public static bool InCategory(uint category, int ch) => category switch
    {
        SreOp.CatDigit => IsAsciiDigit(ch),
        SreOp.CatNotDigit => !IsAsciiDigit(ch),
        SreOp.CatSpace => IsAsciiSpace(ch),
        SreOp.CatNotSpace => !IsAsciiSpace(ch),
        SreOp.CatWord or SreOp.CatLocWord => IsAsciiWord(ch),
        SreOp.CatNotWord or SreOp.CatLocNotWord => !IsAsciiWord(ch),
        SreOp.CatLinebreak => ch == '\n',
        SreOp.CatNotLinebreak => ch != '\n',
        SreOp.CatUniDigit => IsUnicodeDigit(ch),
        SreOp.CatUniNotDigit => !IsUnicodeDigit(ch),
        SreOp.CatUniSpace => IsUnicodeSpace(ch),
        SreOp.CatUniNotSpace => !IsUnicodeSpace(ch),
        SreOp.CatUniWord => IsUnicodeWord(ch),
        SreOp.CatUniNotWord => !IsUnicodeWord(ch),
        SreOp.CatUniLinebreak => IsUnicodeLinebreak(ch),
        SreOp.CatUniNotLinebreak => !IsUnicodeLinebreak(ch),
        _ => false,
    };
}
