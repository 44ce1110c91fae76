using System.Text;

namespace Isolated.Text.Unicode;

/// <summary>
/// Character properties and case mappings exactly as CPython 3.12's str methods see them. The
/// tables (UnicodeTables.Generated.cs) come from CPython's own Unicode database through
/// generate_tables.py, so results do not depend on the .NET runtime's Unicode version or on
/// globalization mode. ASCII is answered without touching the tables.
/// </summary>
public static partial class UnicodeTables
{
    static bool InRanges(ReadOnlySpan<int> ranges, int cp)
    {
        int lo = 0, hi = ranges.Length / 2 - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (cp < ranges[2 * mid]) hi = mid - 1;
            else if (cp > ranges[2 * mid + 1]) lo = mid + 1;
            else return true;
        }
        return false;
    }

    public static bool IsAlpha(int cp) => cp < 128 ? (uint)((cp | 0x20) - 'a') <= 'z' - 'a' : InRanges(AlphaRanges, cp);
    public static bool IsDecimal(int cp) => cp < 128 ? (uint)(cp - '0') <= 9 : InRanges(DecimalRanges, cp);
    public static bool IsDigit(int cp) => cp < 128 ? (uint)(cp - '0') <= 9 : InRanges(DigitRanges, cp);
    public static bool IsNumeric(int cp) => cp < 128 ? (uint)(cp - '0') <= 9 : InRanges(NumericRanges, cp);
    public static bool IsAlnum(int cp) => IsAlpha(cp) || IsNumeric(cp);
    public static bool IsLower(int cp) => cp < 128 ? (uint)(cp - 'a') <= 'z' - 'a' : InRanges(LowercaseRanges, cp);
    public static bool IsUpper(int cp) => cp < 128 ? (uint)(cp - 'A') <= 'Z' - 'A' : InRanges(UppercaseRanges, cp);
    public static bool IsTitle(int cp) => cp >= 128 && InRanges(TitlecaseRanges, cp);
    public static bool IsCased(int cp) => IsLower(cp) || IsUpper(cp) || IsTitle(cp);
    public static bool IsCaseIgnorable(int cp) => InRanges(CaseIgnorableRanges, cp);
    public static bool IsPrintable(int cp) => cp < 128 ? cp >= ' ' && cp < 0x7f : InRanges(PrintableRanges, cp);
    public static bool IsXidStart(int cp) => cp < 128 ? cp == '_' || (uint)((cp | 0x20) - 'a') <= 'z' - 'a' : InRanges(XidStartRanges, cp);
    public static bool IsXidContinue(int cp) => cp < 128
        ? cp == '_' || (uint)((cp | 0x20) - 'a') <= 'z' - 'a' || (uint)(cp - '0') <= 9
        : InRanges(XidContinueRanges, cp);

    /// <summary>str.isspace for one code point: bidirectional class WS, B or S, or category Zs.</summary>
    public static bool IsSpace(int cp)
    {
        if (cp < 128) return cp == ' ' || (uint)(cp - '\t') <= '\r' - '\t' || (uint)(cp - 0x1c) <= 3;
        return cp switch
        {
            0x85 or 0xA0 or 0x1680 or 0x2028 or 0x2029 or 0x202F or 0x205F or 0x3000 => true,
            _ => cp >= 0x2000 && cp <= 0x200A,
        };
    }

    /// <summary>The line boundaries of str.splitlines (\r\n is handled by the caller).</summary>
    public static bool IsLineBreak(int cp) => cp switch
    {
        '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029' => true,
        _ => false,
    };

    // ---- case mappings: each appends the full mapping of one code point ----

    public static void AppendUpper(StringBuilder sb, int cp)
    {
        if (cp < 128) { sb.Append((char)((uint)(cp - 'a') <= 'z' - 'a' ? cp - 32 : cp)); return; }
        AppendMapped(sb, cp, UpperKeys, UpperValues, UpperMulti);
    }

    public static void AppendLower(StringBuilder sb, int cp)
    {
        if (cp < 128) { sb.Append((char)((uint)(cp - 'A') <= 'Z' - 'A' ? cp + 32 : cp)); return; }
        AppendMapped(sb, cp, LowerKeys, LowerValues, LowerMulti);
    }

    public static void AppendTitle(StringBuilder sb, int cp)
    {
        if (cp < 128) { AppendUpper(sb, cp); return; }
        int i = Find(TitleKeys, cp);
        if (i >= 0) AppendValue(sb, TitleValues[i], TitleMulti);
        else AppendUpper(sb, cp);
    }

    public static void AppendFold(StringBuilder sb, int cp)
    {
        if (cp < 128) { AppendLower(sb, cp); return; }
        int i = Find(FoldKeys, cp);
        if (i >= 0) AppendValue(sb, FoldValues[i], FoldMulti);
        else AppendLower(sb, cp);
    }

    /// <summary>Simple (one code point) uppercase mapping, for comparisons that need one.</summary>
    public static int SimpleUpper(int cp)
    {
        if (cp < 128) return (uint)(cp - 'a') <= 'z' - 'a' ? cp - 32 : cp;
        int i = Find(UpperKeys, cp);
        return i >= 0 && UpperValues[i] >= 0 ? UpperValues[i] : cp;
    }

    static void AppendMapped(StringBuilder sb, int cp, ReadOnlySpan<int> keys, ReadOnlySpan<int> values, string[] multi)
    {
        int i = Find(keys, cp);
        if (i < 0) AppendCodePoint(sb, cp);
        else AppendValue(sb, values[i], multi);
    }

    static void AppendValue(StringBuilder sb, int value, string[] multi)
    {
        if (value >= 0) AppendCodePoint(sb, value);
        else sb.Append(multi[~value]);
    }

    public static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);
        else
        {
            cp -= 0x10000;
            sb.Append((char)(0xD800 + (cp >> 10))).Append((char)(0xDC00 + (cp & 0x3FF)));
        }
    }

    static int Find(ReadOnlySpan<int> keys, int cp)
    {
        int i = keys.BinarySearch(cp);
        return i >= 0 ? i : -1;
    }
}
