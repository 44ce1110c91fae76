using System.Globalization;
using System.Numerics;
using System.Text;
using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>
/// The number conversions that %-formatting needs (the printf-style rules, which differ from the
/// format mini-language in small ways): integer digits in a base, float digits for %e %f %g, and
/// int/float conversions. The mini-language itself (format(1.5, '.2f')) is the numbers area's
/// NumberFormatter, reached through <see cref="Ops.Format(ThreadState, PyObject, PyStr?)"/>.
/// </summary>
public static class NumberFormatAdapter
{
    /// <summary>Digits of a non-negative integer for %d %o %x %X.</summary>
    public static string IntegerDigits(BigInteger abs, char type)
    {
        if (type is 'd' or 'i' or 'u') return abs.ToString(CultureInfo.InvariantCulture);
        if (abs.IsZero) return "0";
        int shift = type == 'o' ? 3 : 4;
        string alphabet = type == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
        var sb = new StringBuilder();
        int mask = (1 << shift) - 1;
        while (!abs.IsZero)
        {
            sb.Append(alphabet[(int)(abs & mask)]);
            abs >>= shift;
        }
        var chars = sb.ToString().ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }

    /// <summary>Digits of a non-negative (or NaN) double for %e %E %f %F %g %G, without sign.</summary>
    public static string FloatDigits(double abs, char type, int precision, bool alternate)
    {
        bool upper = type is 'E' or 'F' or 'G';
        if (double.IsNaN(abs)) return upper ? "NAN" : "nan";
        if (double.IsInfinity(abs)) return upper ? "INF" : "inf";
        switch (type)
        {
            case 'f' or 'F':
            {
                var s = abs.ToString("F" + precision, CultureInfo.InvariantCulture);
                return alternate && precision == 0 ? s + "." : s;
            }
            case 'e' or 'E':
                return Exponent(abs, precision, alternate, upper ? 'E' : 'e');
            default:
            {
                if (precision == 0) precision = 1;
                int exp = abs == 0 ? 0 : ExponentOf(abs, precision - 1);
                string s;
                if (exp >= -4 && exp < precision)
                {
                    s = abs.ToString("F" + (precision - 1 - exp), CultureInfo.InvariantCulture);
                    if (!alternate) s = StripZeros(s);
                    else if (!s.Contains('.')) s += ".";
                    return s;
                }
                s = Exponent(abs, precision - 1, alternate, upper ? 'E' : 'e');
                if (!alternate)
                {
                    int e = s.IndexOf(upper ? 'E' : 'e');
                    s = StripZeros(s.Substring(0, e)) + s.Substring(e);
                }
                return s;
            }
        }
    }

    static string StripZeros(string s)
    {
        if (!s.Contains('.')) return s;
        s = s.TrimEnd('0');
        return s.EndsWith('.') ? s[..^1] : s;
    }

    static int ExponentOf(double abs, int digitsAfterPoint)
    {
        var s = abs.ToString("E" + digitsAfterPoint, CultureInfo.InvariantCulture);
        return int.Parse(s.AsSpan(s.IndexOf('E') + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    }

    static string Exponent(double abs, int precision, bool alternate, char e)
    {
        var s = abs.ToString("E" + precision, CultureInfo.InvariantCulture);
        int at = s.IndexOf('E');
        string mantissa = s.Substring(0, at);
        int exp = int.Parse(s.AsSpan(at + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        if (alternate && precision == 0) mantissa += ".";
        var expText = Math.Abs(exp).ToString(CultureInfo.InvariantCulture);
        if (expText.Length < 2) expText = "0" + expText;
        return mantissa + e + (exp < 0 ? "-" : "+") + expText;
    }

    /// <summary>int(x) for a float: truncation, with CPython's errors for inf and nan.</summary>
    public static PyInt? Truncate(ThreadState ts, double d)
    {
        if (double.IsNaN(d)) { ts.Raise(ExceptionKind.ValueError, "cannot convert float NaN to integer"); return null; }
        if (double.IsInfinity(d)) { ts.Raise(ExceptionKind.OverflowError, "cannot convert float infinity to integer"); return null; }
        return ts.Interpreter.Int(new BigInteger(Math.Truncate(d)));
    }

    /// <summary>float(i) for an int, with "int too large to convert to float".</summary>
    public static bool IntToDouble(ThreadState ts, PyInt i, out double value)
    {
        value = i.IsSmall ? i.Small : (double)i.Big!.Value;
        if (double.IsInfinity(value))
        {
            ts.Raise(ExceptionKind.OverflowError, "int too large to convert to float");
            return false;
        }
        return true;
    }
}
