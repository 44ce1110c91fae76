using System.Globalization;
using System.Numerics;
using System.Text;
using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>
/// The format mini-language for <c>int</c>, <c>float</c> and <c>complex</c> (<c>format(x, spec)</c>,
/// <c>__format__</c>), and the float → text conversions behind <c>repr</c>. The str formatting code
/// (<c>str.format</c>, <c>%</c>) calls the <c>Format*</c> entry points for numbers. Fixed and
/// exponent conversions use .NET's exact formatting (correctly rounded, ties to even — verified
/// against CPython's dtoa on random values).
/// </summary>
public static class NumberFormatter
{
    static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // ---- entry points ----

    /// <summary>format(int, spec). Null with ValueError/OverflowError set on failure.</summary>
    public static PyObject? FormatInt(ThreadState ts, PyInt value, string spec)
    {
        var s = FormatIntText(ts, value, spec, value.Type.Name);
        return s is null ? null : ts.Interpreter.Str(s);
    }

    /// <summary>format(float, spec).</summary>
    public static PyObject? FormatFloat(ThreadState ts, double value, string spec)
    {
        var s = FormatFloatText(ts, value, spec, "float");
        return s is null ? null : ts.Interpreter.Str(s);
    }

    /// <summary>format(complex, spec).</summary>
    public static PyObject? FormatComplex(ThreadState ts, double real, double imag, string spec)
    {
        var s = FormatComplexText(ts, real, imag, spec);
        return s is null ? null : ts.Interpreter.Str(s);
    }

    public static string? FormatIntText(ThreadState ts, PyInt value, string spec, string typeName = "int")
    {
        if (!NumberFormatSpec.TryParse(ts, spec, typeName, out var f)) return null;
        char type = f.Type == '\0' ? 'd' : f.Type;
        switch (type)
        {
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%':
            {
                double d = FloatMath.IntToDouble(value);
                if (double.IsInfinity(d))
                {
                    ts.Raise(ExceptionKind.OverflowError, "int too large to convert to float");
                    return null;
                }
                return FormatFloatWith(ts, d, f);
            }
            case 'b' or 'c' or 'd' or 'o' or 'x' or 'X' or 'n':
                break;
            default:
                ts.Raise(ExceptionKind.ValueError, $"Unknown format code '{f.TypeForMessage}' for object of type '{typeName}'");
                return null;
        }
        if (f.Precision >= 0)
        {
            ts.Raise(ExceptionKind.ValueError, "Precision not allowed in integer format specifier");
            return null;
        }
        if (f.NoNegativeZero)
        {
            ts.Raise(ExceptionKind.ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
            return null;
        }
        if (type == 'c')
        {
            if (f.Sign != '\0')
            {
                ts.Raise(ExceptionKind.ValueError, "Sign not allowed with integer format specifier 'c'");
                return null;
            }
            if (f.Alternate)
            {
                ts.Raise(ExceptionKind.ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
                return null;
            }
            if (!value.IsSmall)
            {
                ts.Raise(ExceptionKind.OverflowError, "Python int too large to convert to C long");
                return null;
            }
            if (value.Small < 0 || value.Small > 0x10FFFF)
            {
                ts.Raise(ExceptionKind.OverflowError, "%c arg not in range(0x110000)");
                return null;
            }
            return Pad(f, "", "", value.Small < 0x10000 ? ((char)value.Small).ToString() : char.ConvertFromUtf32((int)value.Small), "", '<');
        }
        bool negative = value.IsSmall ? value.Small < 0 : value.Big!.Value.Sign < 0;
        string digits;
        string prefix = "";
        switch (type)
        {
            case 'x': digits = IntType.ToBaseString(value, 16, false); prefix = f.Alternate ? "0x" : ""; break;
            case 'X': digits = IntType.ToBaseString(value, 16, true); prefix = f.Alternate ? "0X" : ""; break;
            case 'o': digits = IntType.ToBaseString(value, 8, false); prefix = f.Alternate ? "0o" : ""; break;
            case 'b': digits = IntType.ToBaseString(value, 2, false); prefix = f.Alternate ? "0b" : ""; break;
            default:
                var dec = IntType.ToDecimalString(ts, value, absolute: true);
                if (dec is null) return null;
                digits = dec;
                break;
        }
        return Pad(f, SignText(f.Sign, negative), prefix, digits, "", '>');
    }

    public static string? FormatFloatText(ThreadState ts, double value, string spec, string typeName = "float")
    {
        if (!NumberFormatSpec.TryParse(ts, spec, typeName, out var f)) return null;
        switch (f.Type)
        {
            case '\0' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n' or '%':
                break;
            default:
                ts.Raise(ExceptionKind.ValueError, $"Unknown format code '{f.TypeForMessage}' for object of type '{typeName}'");
                return null;
        }
        return FormatFloatWith(ts, value, f);
    }

    static string FormatFloatWith(ThreadState ts, double value, in NumberFormatSpec f)
    {
        char type = f.Type;
        int precision = f.Precision;
        bool addDot0 = false;
        if (type == '\0')
        {
            addDot0 = true;
            type = precision < 0 ? 'r' : 'g';
        }
        else if (type == 'n') type = 'g';
        if (precision < 0) precision = 6;
        bool percent = type == '%';
        if (percent)
        {
            value *= 100;
            type = 'f';
        }
        bool negative = double.IsNegative(value) && !double.IsNaN(value);
        string body = FloatBody(Math.Abs(value), type, precision, f.Alternate, addDot0);
        if (negative && f.NoNegativeZero && IsAllZero(body)) negative = false;
        if (percent) body += "%";
        SplitDigits(body, out var intDigits, out var rest);
        return Pad(f, SignText(f.Sign, negative), "", intDigits, rest, '>');
    }

    public static string? FormatComplexText(ThreadState ts, double real, double imag, string spec)
    {
        if (!NumberFormatSpec.TryParse(ts, spec, "complex", out var f)) return null;
        switch (f.Type)
        {
            case '\0' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n':
                break;
            default:
                ts.Raise(ExceptionKind.ValueError, $"Unknown format code '{f.TypeForMessage}' for object of type 'complex'");
                return null;
        }
        if (f.Fill == '0')
        {
            ts.Raise(ExceptionKind.ValueError, "Zero padding is not allowed in complex format specifier");
            return null;
        }
        if (f.Align == '=')
        {
            ts.Raise(ExceptionKind.ValueError, "'=' alignment flag is not allowed in complex format specifier");
            return null;
        }
        char type = f.Type;
        int precision = f.Precision;
        bool skipReal = false, parens = false;
        if (type == '\0')
        {
            if (precision < 0) type = 'r';
            else type = 'g';
            if (real == 0 && !double.IsNegative(real)) skipReal = true;
            else parens = true;
        }
        else if (type == 'n') type = 'g';
        if (precision < 0) precision = 6;
        var sb = new StringBuilder();
        if (parens) sb.Append('(');
        if (!skipReal)
        {
            bool reNeg = double.IsNegative(real) && !double.IsNaN(real);
            string reBody = FloatBody(Math.Abs(real), type, precision, f.Alternate, false);
            if (reNeg && f.NoNegativeZero && IsAllZero(reBody)) reNeg = false;
            SplitDigits(reBody, out var ri, out var rr);
            sb.Append(SignText(f.Sign, reNeg)).Append(Group(ri, f.Grouping, f.GroupSize, 0)).Append(rr);
        }
        bool imNeg = double.IsNegative(imag) && !double.IsNaN(imag);
        string imBody = FloatBody(Math.Abs(imag), type, precision, f.Alternate, false);
        if (imNeg && f.NoNegativeZero && IsAllZero(imBody)) imNeg = false;
        SplitDigits(imBody, out var ii, out var ir);
        sb.Append(skipReal ? SignText(f.Sign, imNeg) : (imNeg ? "-" : "+"));
        sb.Append(Group(ii, f.Grouping, f.GroupSize, 0)).Append(ir).Append('j');
        if (parens) sb.Append(')');
        var noGrouping = f;
        noGrouping.Grouping = '\0';
        return Pad(noGrouping, "", "", "", sb.ToString(), '>');
    }

    // ---- float → text ----

    /// <summary>repr(float): the shortest string that round-trips, in CPython's layout
    /// (exponent form when the decimal exponent is below -4 or at least 16).</summary>
    public static string FloatRepr(double value)
    {
        if (double.IsNaN(value)) return "nan";
        if (double.IsInfinity(value)) return value > 0 ? "inf" : "-inf";
        var body = ShortestBody(Math.Abs(value), addDot0: true);
        return double.IsNegative(value) ? "-" + body : body;
    }

    /// <summary>Formats a non-negative double (or nan/inf) without sign. <paramref name="type"/> is
    /// one of e E f F g G r (r: shortest repr digits).</summary>
    public static string FloatBody(double a, char type, int precision, bool alternate, bool addDot0)
    {
        bool upper = type is 'E' or 'F' or 'G';
        if (double.IsNaN(a)) return upper ? "NAN" : "nan";
        if (double.IsInfinity(a)) return upper ? "INF" : "inf";
        switch (type)
        {
            case 'f' or 'F':
            {
                var s = Fixed(a, precision);
                return alternate && precision == 0 ? s + "." : s;
            }
            case 'e' or 'E':
            {
                var s = Exponent(a, precision, upper, out _);
                if (alternate && precision == 0) s = s.Insert(1, ".");
                return s;
            }
            case 'g' or 'G':
            {
                int p = precision == 0 ? 1 : precision;
                // A double's exact decimal expansion has at most 767 significant digits: past that
                // 'g' only adds zeros, which it strips (without '#'), so the result is the same.
                if (!alternate) p = Math.Min(p, MaxSignificantDigits);
                int x;
                if (a == 0) x = 0;
                else Exponent(a, p - 1, upper, out x);
                // With no presentation type (addDot0) the switch to exponent notation comes one
                // digit earlier, so that the added ".0" never shows more digits than asked for.
                string s = x >= -4 && x < (addDot0 ? p - 1 : p) ? Fixed(a, p - 1 - x) : Exponent(a, p - 1, upper, out _);
                if (!alternate) s = StripTrailingZeros(s);
                else if (!s.Contains('.'))
                {
                    int e = s.IndexOfAny(['e', 'E']);
                    s = e < 0 ? s + "." : s.Insert(e, ".");
                }
                if (addDot0 && s.IndexOfAny(['.', 'e', 'E']) < 0) s += ".0";
                return s;
            }
            default:
            {
                var s = ShortestBody(a, addDot0);
                if (alternate && !s.Contains('.'))
                {
                    int e = s.IndexOf('e');
                    s = e < 0 ? s + "." : s.Insert(e, ".");
                }
                return s;
            }
        }
    }

    /// <summary>Digits past which a double's exact decimal expansion is all zeros: 1074 fraction
    /// digits (the smallest subnormal is 2**-1074) and 767 significant digits (with margin).</summary>
    const int MaxFractionDigits = 1100, MaxSignificantDigits = 800;

    /// <summary>Fixed point with <paramref name="precision"/> fraction digits; digits that can
    /// only be zeros are appended rather than computed (a huge precision must not take minutes).</summary>
    static string Fixed(double a, int precision)
    {
        if (precision <= MaxFractionDigits) return a.ToString("F" + precision.ToString(Invariant), Invariant);
        return string.Concat(Fixed(a, MaxFractionDigits), new string('0', precision - MaxFractionDigits));
    }

    /// <summary>d.ddd e±XX with <paramref name="precision"/> fraction digits.</summary>
    static string Exponent(double a, int precision, bool upper, out int exponent)
    {
        if (precision > MaxSignificantDigits)
        {
            var head = Exponent(a, MaxSignificantDigits, upper, out exponent);
            int at = head.IndexOf(upper ? 'E' : 'e');
            return string.Concat(head.AsSpan(0, at), new string('0', precision - MaxSignificantDigits), head.AsSpan(at));
        }
        var s = a.ToString((upper ? "E" : "e") + precision.ToString(Invariant), Invariant);
        int e = s.IndexOf(upper ? 'E' : 'e');
        exponent = int.Parse(s.AsSpan(e + 1), NumberStyles.AllowLeadingSign, Invariant);
        return string.Concat(s.AsSpan(0, e + 1), exponent < 0 ? "-" : "+", Math.Abs(exponent).ToString("00", Invariant));
    }

    static string StripTrailingZeros(string s)
    {
        int dot = s.IndexOf('.');
        if (dot < 0) return s;
        int e = s.IndexOfAny(['e', 'E']);
        int end = e < 0 ? s.Length : e;
        int i = end;
        while (i > dot + 1 && s[i - 1] == '0') i--;
        if (i == dot + 1) i = dot;
        return string.Concat(s.AsSpan(0, i), s.AsSpan(end));
    }

    /// <summary>Shortest round-trip digits of a finite non-negative double, laid out as repr.</summary>
    static string ShortestBody(double a, bool addDot0)
    {
        ShortestDigits(a, out var digits, out int decpt);
        var sb = new StringBuilder(digits.Length + 8);
        if (decpt > -4 && decpt <= 16)
        {
            if (decpt <= 0)
            {
                sb.Append("0.").Append('0', -decpt).Append(digits);
            }
            else if (decpt >= digits.Length)
            {
                sb.Append(digits).Append('0', decpt - digits.Length);
                if (addDot0) sb.Append(".0");
            }
            else
            {
                sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
            }
        }
        else
        {
            sb.Append(digits[0]);
            if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
            int exp = decpt - 1;
            sb.Append('e').Append(exp < 0 ? '-' : '+').Append(Math.Abs(exp).ToString("00", Invariant));
        }
        return sb.ToString();
    }

    /// <summary>The shortest digit string d1d2...dn and decimal point position such that
    /// 0.d1d2...dn × 10^decpt reads back as <paramref name="a"/>.</summary>
    public static void ShortestDigits(double a, out string digits, out int decpt)
    {
        if (a == 0)
        {
            digits = "0";
            decpt = 1;
            return;
        }
        var r = a.ToString("R", Invariant);
        int ePos = r.IndexOf('E');
        int exp10 = 0;
        var mantissa = r.AsSpan();
        if (ePos >= 0)
        {
            exp10 = int.Parse(r.AsSpan(ePos + 1), NumberStyles.AllowLeadingSign, Invariant);
            mantissa = mantissa[..ePos];
        }
        int dot = mantissa.IndexOf('.');
        int intLen = dot < 0 ? mantissa.Length : dot;
        Span<char> buf = stackalloc char[mantissa.Length];
        int n = 0;
        foreach (var c in mantissa)
            if (c != '.') buf[n++] = c;
        int lead = 0;
        while (lead < n - 1 && buf[lead] == '0') lead++;
        int trail = n;
        while (trail > lead + 1 && buf[trail - 1] == '0') trail--;
        digits = new string(buf[lead..trail]);
        decpt = intLen - lead + exp10;
    }

    // ---- layout: sign, prefix, grouping, padding ----

    static string SignText(char sign, bool negative) =>
        negative ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";

    static bool IsAllZero(string body)
    {
        if (body.Length == 0 || body[0] is < '0' or > '9') return false;  // inf, nan
        foreach (var c in body)
            if (c is >= '1' and <= '9') return false;
            else if (c is 'e' or 'E') break;
        return true;
    }

    /// <summary>Splits a float body into its leading integer digits (which grouping applies
    /// to) and the rest (fraction, exponent, '%').</summary>
    static void SplitDigits(string body, out string intDigits, out string rest)
    {
        int i = 0;
        while (i < body.Length && body[i] >= '0' && body[i] <= '9') i++;
        intDigits = body[..i];
        rest = body[i..];
    }

    /// <summary>Inserts separators every <paramref name="size"/> digits; pads with zeros (and
    /// separators) up to <paramref name="minWidth"/> characters, as CPython's zero padding does.</summary>
    static string Group(string digits, char separator, int size, int minWidth)
    {
        if (separator == '\0')
            return digits.Length >= minWidth ? digits : new string('0', minWidth - digits.Length) + digits;
        var parts = new List<string>();
        int remaining = digits.Length;
        int width = minWidth;
        while (true)
        {
            int len = Math.Min(Math.Max(Math.Max(remaining, width), 1), size);
            string part;
            if (remaining >= len) part = digits.Substring(remaining - len, len);
            else part = new string('0', len - remaining) + digits[..remaining];
            parts.Add(part);
            remaining = Math.Max(remaining - len, 0);
            width -= len;
            if (remaining == 0 && width <= 0) break;
            width -= 1;
            if (remaining == 0 && width <= 0)
            {
                // A separator may not lead: follow it with one more zero.
                parts.Add("0");
                break;
            }
        }
        var sb = new StringBuilder();
        for (int i = parts.Count - 1; i >= 0; i--)
        {
            sb.Append(parts[i]);
            if (i > 0) sb.Append(separator);
        }
        return sb.ToString();
    }

    /// <summary>Assembles sign + prefix + (grouped) digits + rest and pads it to the width.</summary>
    static string Pad(in NumberFormatSpec f, string sign, string prefix, string digits, string rest, char defaultAlign)
    {
        char align = f.Align == '\0' ? defaultAlign : f.Align;
        int width = f.Width;
        string grouped;
        if (f.Grouping != '\0' && digits.Length > 0)
        {
            int minWidth = align == '=' && f.Fill == '0' && width > 0
                ? width - sign.Length - prefix.Length - rest.Length : 0;
            grouped = Group(digits, f.Grouping, f.GroupSize, minWidth);
        }
        else grouped = digits;
        int length = sign.Length + prefix.Length + grouped.Length + rest.Length;
        if (width <= length) return string.Concat(sign, prefix, grouped, rest);
        int pad = width - length;
        var fill = new string(f.Fill, pad);
        return align switch
        {
            '<' => string.Concat(sign, prefix, grouped, rest) + fill,
            '^' => new string(f.Fill, pad / 2) + string.Concat(sign, prefix, grouped, rest) + new string(f.Fill, pad - pad / 2),
            '=' => string.Concat(sign, prefix, fill, grouped) + rest,
            _ => fill + string.Concat(sign, prefix, grouped, rest),
        };
    }
}
