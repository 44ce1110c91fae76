using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using Isolated.Parsing.Ast;

namespace Isolated.Parsing;

/// <summary>
/// Produces exactly the text of CPython 3.12's <c>ast.dump(node)</c> and
/// <c>ast.dump(node, include_attributes=True)</c> (no indentation), including Python's repr of constants.
/// Used as the differential test oracle against CPython.
/// </summary>
public static class AstDumper
{
    public static string Dump(Node node, bool includeAttributes = false)
    {
        var sb = new StringBuilder(256);
        Format(sb, node, includeAttributes);
        return sb.ToString();
    }

    private static void Format(StringBuilder sb, object? value, bool attrs)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new InsufficientExecutionStackException("AST too deep to dump");
        switch (value)
        {
            case Node node:
                FormatNode(sb, node, attrs);
                break;
            case byte[] bytes:
                sb.Append(BytesRepr(bytes));
                break;
            case System.Collections.IList list:
                sb.Append('[');
                for (int i = 0; i < list.Count; i++)
                {
                    if (i > 0)
                        sb.Append(", ");
                    Format(sb, list[i], attrs);
                }
                sb.Append(']');
                break;
            case ExprContext or BoolOperator or Operator or UnaryOperator or CmpOperator:
                sb.Append(value.ToString()).Append("()");
                break;
            default:
                sb.Append(Repr(value));
                break;
        }
    }

    private static void FormatNode(StringBuilder sb, Node node, bool attrs)
    {
        sb.Append(node.NodeName).Append('(');
        var names = node.FieldNames;
        bool first = true;
        for (int i = 0; i < names.Count; i++)
        {
            object? v = node.GetField(i);
            if (v is null && IsOptionalField(node, names[i]))
                continue;
            if (!first)
                sb.Append(", ");
            first = false;
            sb.Append(names[i]).Append('=');
            Format(sb, v, attrs);
        }
        if (attrs && node.HasAttributes)
        {
            foreach (var (name, val) in new[] { ("lineno", node.Lineno), ("col_offset", node.ColOffset), ("end_lineno", node.EndLineno), ("end_col_offset", node.EndColOffset) })
            {
                if (!first)
                    sb.Append(", ");
                first = false;
                sb.Append(name).Append('=').Append(val.ToString(CultureInfo.InvariantCulture));
            }
        }
        sb.Append(')');
    }

    /// <summary>ast.dump omits None only for optional ('?') fields; Constant.value and MatchSingleton.value print None.</summary>
    private static bool IsOptionalField(Node node, string field) =>
        !(field == "value" && node is Constant or MatchSingleton);

    /// <summary>Python's repr() of a constant value.</summary>
    public static string Repr(object? value) => value switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        BigInteger bi => bi.ToString(CultureInfo.InvariantCulture),
        double d => FloatRepr(d),
        Complex c => ComplexRepr(c),
        string s => StrRepr(s),
        byte[] bytes => BytesRepr(bytes),
        AstEllipsis => "Ellipsis",
        _ => value.ToString() ?? "",
    };

    public static string FloatRepr(double d) => FloatRepr(d, forceDecimalPoint: true);

    private static string FloatRepr(double d, bool forceDecimalPoint)
    {
        if (double.IsNaN(d))
            return "nan";
        if (double.IsInfinity(d))
            return d > 0 ? "inf" : "-inf";
        if (d == 0)
            return (double.IsNegative(d) ? "-0" : "0") + (forceDecimalPoint ? ".0" : "");
        // Shortest round-trip digits, then Python's layout: exponent form when exp < -4 or exp >= 16.
        string shortest = Math.Abs(d).ToString("R", CultureInfo.InvariantCulture);
        ExtractDigits(shortest, out string digits, out int exp);
        var sb = new StringBuilder();
        if (d < 0)
            sb.Append('-');
        if (exp < -4 || exp >= 16)
        {
            sb.Append(digits[0]);
            if (digits.Length > 1)
                sb.Append('.').Append(digits, 1, digits.Length - 1);
            sb.Append('e').Append(exp < 0 ? '-' : '+').Append(Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture));
        }
        else if (exp < 0)
        {
            sb.Append("0.").Append('0', -exp - 1).Append(digits);
        }
        else if (digits.Length <= exp + 1)
        {
            sb.Append(digits).Append('0', exp + 1 - digits.Length);
            if (forceDecimalPoint)
                sb.Append(".0");
        }
        else
        {
            sb.Append(digits, 0, exp + 1).Append('.').Append(digits, exp + 1, digits.Length - exp - 1);
        }
        return sb.ToString();
    }

    /// <summary>Splits .NET's shortest "R" text into significant digits and the decimal exponent of the first digit.</summary>
    private static void ExtractDigits(string s, out string digits, out int exp)
    {
        int e = s.IndexOfAny(new[] { 'E', 'e' });
        int exponent = 0;
        string mantissa = s;
        if (e >= 0)
        {
            exponent = int.Parse(s.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            mantissa = s[..e];
        }
        int dot = mantissa.IndexOf('.');
        string intPart = dot < 0 ? mantissa : mantissa[..dot];
        string frac = dot < 0 ? "" : mantissa[(dot + 1)..];
        string all = intPart + frac;
        int pointPos = intPart.Length; // digits before the decimal point
        int lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0')
            lead++;
        all = all[lead..];
        pointPos -= lead;
        all = all.TrimEnd('0');
        if (all.Length == 0)
            all = "0";
        digits = all;
        exp = pointPos - 1 + exponent;
    }

    private static string ComplexRepr(Complex c)
    {
        string imag = FloatRepr(c.Imaginary, forceDecimalPoint: false);
        if (c.Real == 0 && !double.IsNegative(c.Real))
            return imag + "j";
        string real = FloatRepr(c.Real, forceDecimalPoint: false);
        string sign = c.Imaginary >= 0 || double.IsNaN(c.Imaginary) ? "+" : "";
        return "(" + real + sign + imag + "j)";
    }

    public static string StrRepr(string s)
    {
        char quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2);
        sb.Append(quote);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            int cp = c;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(c, s[i + 1]);
                i++;
            }
            if (cp == quote || cp == '\\')
                sb.Append('\\').Append((char)cp);
            else if (cp == '\t')
                sb.Append("\\t");
            else if (cp == '\n')
                sb.Append("\\n");
            else if (cp == '\r')
                sb.Append("\\r");
            else if (cp < 0x20 || cp == 0x7F)
                sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            else if (cp < 0x7F)
                sb.Append((char)cp);
            else if (IsPrintable(cp))
                sb.Append(char.ConvertFromUtf32(cp));
            else if (cp <= 0xFF)
                sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            else if (cp <= 0xFFFF)
                sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
            else
                sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
        }
        sb.Append(quote);
        return sb.ToString();
    }

    private static bool IsPrintable(int cp)
    {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            return false;
        var cat = CharUnicodeInfo.GetUnicodeCategory(cp);
        switch (cat)
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.SpaceSeparator:
                return cp == ' ';
            default:
                return true;
        }
    }

    public static string BytesRepr(byte[] bytes)
    {
        bool hasSingle = Array.IndexOf(bytes, (byte)'\'') >= 0;
        bool hasDouble = Array.IndexOf(bytes, (byte)'"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(bytes.Length + 3);
        sb.Append('b').Append(quote);
        foreach (byte b in bytes)
        {
            if (b == quote || b == '\\')
                sb.Append('\\').Append((char)b);
            else if (b == '\t')
                sb.Append("\\t");
            else if (b == '\n')
                sb.Append("\\n");
            else if (b == '\r')
                sb.Append("\\r");
            else if (b < 0x20 || b >= 0x7F)
                sb.Append("\\x").Append(b.ToString("x2", CultureInfo.InvariantCulture));
            else
                sb.Append((char)b);
        }
        sb.Append(quote);
        return sb.ToString();
    }
}
