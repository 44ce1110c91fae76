using System.Globalization;
using System.Numerics;

namespace Isolated.Objects;

/// <summary>
/// Exact conversions and the arithmetic corner cases of <c>float</c> that CPython specifies:
/// correctly rounded int→float and int/int, exact float↔int comparison, the numeric hash,
/// floor division and modulo sign rules, <c>**</c>, <c>round()</c>, and parsing.
/// </summary>
public static class FloatMath
{
    /// <summary>Largest magnitude below which every integer is exactly representable.</summary>
    public const long ExactIntLimit = 1L << 53;

    /// <summary>The Euclidean norm of <paramref name="v"/> (math.hypot, math.dist, abs of a complex).</summary>
    public static double Norm(ReadOnlySpan<double> v)
    {
        double max = 0;
        bool nan = false;
        foreach (var x in v)
        {
            double a = System.Math.Abs(x);
            if (double.IsInfinity(a)) return double.PositiveInfinity;
            if (double.IsNaN(a)) nan = true;
            else if (a > max) max = a;
        }
        if (nan) return double.NaN;
        if (max == 0) return 0;
        if (v.Length == 1) return max;
        // Correctly rounded in all but rare cases, as CPython 3.12's: the values are scaled by a
        // power of two (exact) so the largest is in [1, 2), their squares are summed in double-double
        // precision (exact products through FMA, compensated additions), and the square root gets
        // one Newton correction from the exact residual.
        int exp = System.Math.ILogB(max);
        double hi = 0, lo = 0;
        foreach (var x in v)
        {
            double a = System.Math.ScaleB(x, -exp);
            double p = a * a;
            double pErr = System.Math.FusedMultiplyAdd(a, a, -p);
            double sum = hi + p;
            double bv = sum - hi;
            lo += (hi - (sum - bv)) + (p - bv) + pErr;
            hi = sum;
        }
        double total = hi + lo;
        lo -= total - hi;
        hi = total;
        double h = System.Math.Sqrt(hi);
        double residual = System.Math.FusedMultiplyAdd(-h, h, hi) + lo;
        h += residual / (2 * h);
        return System.Math.ScaleB(h, exp);
    }

    /// <summary>The C library's hypot(x, y), which CPython's complex abs() and cmath use (glibc's
    /// is not always correctly rounded, unlike math.hypot); the correctly rounded norm elsewhere.</summary>
    public static double Hypot(double x, double y) => Libm.Available ? Libm.Hypot(x, y) : Norm([x, y]);

    /// <summary>Rounds <paramref name="mantissa"/> × 2^<paramref name="exp2"/> to the nearest double
    /// (ties to even), subnormals included. Returns ±infinity when the magnitude is too large;
    /// callers raise the OverflowError that fits their operation. <paramref name="sticky"/> says
    /// that the true value is a little above |mantissa| (an inexact quotient).</summary>
    public static double ScaledToDouble(BigInteger mantissa, long exp2, bool sticky = false)
    {
        if (mantissa.IsZero) return 0.0;
        bool negative = mantissa.Sign < 0;
        var m = BigInteger.Abs(mantissa);
        long bits = (long)m.GetBitLength();
        long top = bits + exp2;                 // value lies in [2^(top-1), 2^top)
        if (top > 1024) return negative ? double.NegativeInfinity : double.PositiveInfinity;
        long keep = top - 1 + 1074 + 1;         // bits representable at this magnitude
        if (keep > 53) keep = 53;
        if (keep < 0) return negative ? -0.0 : 0.0;
        long drop = bits - keep;
        BigInteger kept;
        if (drop <= 0)
        {
            kept = m;
            // Exact (sticky only matters when bits are dropped).
        }
        else
        {
            kept = m >> (int)drop;
            var rem = m - (kept << (int)drop);
            var half = BigInteger.One << (int)(drop - 1);
            int c = rem.CompareTo(half);
            if (c > 0 || (c == 0 && (sticky || !kept.IsEven))) kept += 1;
        }
        double result = Math.ScaleB((double)(ulong)kept, (int)(exp2 + Math.Max(drop, 0)));
        return negative ? -result : result;
    }

    /// <summary>int → float, correctly rounded; infinity when too large (caller raises
    /// "int too large to convert to float").</summary>
    public static double IntToDouble(PyInt value) =>
        value.IsSmall ? value.Small : ScaledToDouble(value.Big!.Value, 0);

    public static double BigToDouble(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? (long)value : ScaledToDouble(value, 0);

    /// <summary>int / int, correctly rounded (CPython's long_true_divide). NaN means the
    /// quotient overflowed.</summary>
    public static double TrueDivide(BigInteger a, BigInteger b)
    {
        var absA = BigInteger.Abs(a);
        var absB = BigInteger.Abs(b);
        bool negative = (a.Sign < 0) != (b.Sign < 0);
        if (absA < ExactIntLimit && absB < ExactIntLimit)
            return (double)a / (double)b;
        long shift = (long)absB.GetBitLength() - (long)absA.GetBitLength() + 55;
        BigInteger num = absA, den = absB;
        if (shift > 0) num <<= (int)shift;
        else if (shift < 0) den <<= (int)-shift;
        var q = BigInteger.DivRem(num, den, out var r);
        double result = ScaledToDouble(q, -shift, !r.IsZero);
        if (double.IsInfinity(result)) return double.NaN;
        return negative ? -result : result;
    }

    /// <summary>The exact integer value of a finite double.</summary>
    public static BigInteger DoubleToBig(double d) => new BigInteger(d);

    /// <summary>Three-way comparison of an int with a non-NaN double, exact for huge values.</summary>
    public static int CompareIntDouble(PyInt i, double d)
    {
        if (double.IsInfinity(d)) return d > 0 ? -1 : 1;
        if (i.IsSmall && i.Small > -ExactIntLimit && i.Small < ExactIntLimit)
            return ((double)i.Small).CompareTo(d);
        double floor = Math.Floor(d);
        int c = i.ToBigInteger().CompareTo(new BigInteger(floor));
        if (c != 0) return c;
        return floor == d ? 0 : -1;
    }

    // ---- hashing (CPython's _Py_HashDouble, reduction modulo 2**61 - 1) ----

    /// <summary>The hash of a non-NaN double; NaN hashes by identity (the caller's job).</summary>
    public static long Hash(double v)
    {
        const int Bits = 61;
        const ulong Modulus = (1UL << Bits) - 1;
        if (double.IsInfinity(v)) return v > 0 ? 314159 : -314159;
        // Fast path: integral values in long range hash like the int.
        if (v == Math.Floor(v) && Math.Abs(v) < 9.2e18)
            return IntType.HashLong((long)v);
        double m = Math.Abs(v);
        int e = 0;
        if (m != 0)
        {
            // frexp: m in [0.5, 1)
            e = Math.ILogB(m) + 1;
            m = Math.ScaleB(m, -e);
        }
        ulong x = 0;
        while (m != 0)
        {
            x = ((x << 28) & Modulus) | x >> (Bits - 28);
            m *= 268435456.0;
            e -= 28;
            ulong y = (ulong)m;
            m -= y;
            x += y;
            if (x >= Modulus) x -= Modulus;
        }
        e = e >= 0 ? e % Bits : Bits - 1 - ((-1 - e) % Bits);
        x = ((x << e) & Modulus) | x >> (Bits - e);
        long h = (long)x;
        if (v < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    // ---- floor division and modulo (CPython's float_divmod rules) ----

    /// <summary>x % y with the sign of y; y must be non-zero.</summary>
    public static double Mod(double x, double y)
    {
        double mod = x % y;
        if (mod != 0)
        {
            if ((y < 0) != (mod < 0)) mod += y;
        }
        else
        {
            mod = Math.CopySign(0.0, y);
        }
        return mod;
    }

    /// <summary>(x // y, x % y); y must be non-zero.</summary>
    public static (double Div, double Mod) DivMod(double x, double y)
    {
        double mod = x % y;
        double div = (x - mod) / y;
        if (mod != 0)
        {
            if ((y < 0) != (mod < 0))
            {
                mod += y;
                div -= 1.0;
            }
        }
        else
        {
            mod = Math.CopySign(0.0, y);
        }
        double floordiv;
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        }
        else
        {
            floordiv = Math.CopySign(0.0, x / y);
        }
        return (floordiv, mod);
    }

    static bool IsOddInteger(double d) => Math.Abs(d % 2.0) == 1.0;

    /// <summary>Outcome of <see cref="Pow"/> when it has no float result.</summary>
    public enum PowStatus { Ok, ZeroToNegative, Overflow, NeedsComplex }

    /// <summary>float ** float with C99/CPython special cases.</summary>
    public static PowStatus Pow(double iv, double iw, out double result)
    {
        result = 0;
        if (iw == 0) { result = 1.0; return PowStatus.Ok; }
        if (double.IsNaN(iv)) { result = iv; return PowStatus.Ok; }
        if (double.IsNaN(iw)) { result = iv == 1.0 ? 1.0 : iw; return PowStatus.Ok; }
        if (double.IsInfinity(iw))
        {
            iv = Math.Abs(iv);
            if (iv == 1.0) result = 1.0;
            else if ((iw > 0) == (iv > 1.0)) result = Math.Abs(iw);
            else result = 0.0;
            return PowStatus.Ok;
        }
        if (double.IsInfinity(iv))
        {
            bool odd = IsOddInteger(iw);
            if (iw > 0) result = odd ? iv : Math.Abs(iv);
            else result = odd ? Math.CopySign(0.0, iv) : 0.0;
            return PowStatus.Ok;
        }
        if (iv == 0.0)
        {
            bool odd = IsOddInteger(iw);
            if (iw < 0) return PowStatus.ZeroToNegative;
            result = odd ? iv : 0.0;
            return PowStatus.Ok;
        }
        bool negate = false;
        if (iv < 0.0)
        {
            if (iw != Math.Floor(iw)) return PowStatus.NeedsComplex;
            iv = -iv;
            negate = IsOddInteger(iw);
        }
        if (iv == 1.0)
        {
            result = negate ? -1.0 : 1.0;
            return PowStatus.Ok;
        }
        double ix = Math.Pow(iv, iw);
        if (double.IsInfinity(ix)) return PowStatus.Overflow;
        result = negate ? -ix : ix;
        return PowStatus.Ok;
    }

    // ---- round() ----

    const int RoundDigitsMax = 323;   // beyond this, every double is already exact
    const int RoundDigitsMin = -308;  // below this, every finite double rounds to zero

    /// <summary>round(x, ndigits) with correct (exact, half-even) rounding, as CPython's
    /// dtoa-based double_round. Returns false when the result overflows.</summary>
    public static bool Round(double x, long ndigits, out double result)
    {
        result = x;
        if (!double.IsFinite(x) || x == 0) return true;
        if (ndigits > RoundDigitsMax) return true;
        if (ndigits < RoundDigitsMin) { result = 0.0 * x; return true; }
        if (ndigits >= 0)
        {
            // .NET's fixed-point formatting is exact with ties to even (checked against CPython).
            var text = x.ToString("F" + ndigits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            result = double.Parse(text, CultureInfo.InvariantCulture);
            if (result == 0) result = Math.CopySign(0.0, x);
            return true;
        }
        // Negative ndigits: round the exact value to a multiple of 10^k.
        int k = (int)-ndigits;
        var (num, den) = ExactRatio(Math.Abs(x));
        var scale = BigInteger.Pow(10, k);
        var q = BigInteger.DivRem(num, den * scale, out var r);
        int c = (r * 2).CompareTo(den * scale);
        if (c > 0 || (c == 0 && !q.IsEven)) q += 1;
        if (q.IsZero) { result = Math.CopySign(0.0, x); return true; }
        result = double.Parse(q.ToString() + "e" + k.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        if (double.IsInfinity(result)) return false;
        if (x < 0) result = -result;
        return true;
    }

    /// <summary>The exact value of a finite, non-negative double as numerator/denominator
    /// (the denominator a power of two).</summary>
    public static (BigInteger Num, BigInteger Den) ExactRatio(double x)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        int exp = (int)((bits >> 52) & 0x7FF);
        long frac = bits & 0xFFFFFFFFFFFFFL;
        if (exp == 0) exp = 1; else frac |= 1L << 52;
        exp -= 1075;
        BigInteger num = frac;
        if (x < 0) num = -num;
        if (frac == 0) return (BigInteger.Zero, BigInteger.One);
        // Reduce: strip common factors of two.
        int tz = BitOperations.TrailingZeroCount(frac);
        if (exp >= 0) return (num << exp, BigInteger.One);
        int shift = Math.Min(tz, -exp);
        num >>= shift;
        exp += shift;
        return exp >= 0 ? (num << exp, BigInteger.One) : (num, BigInteger.One << -exp);
    }

    // ---- parsing ----

    /// <summary>Parses Python's float literal syntax with float()'s extensions (surrounding
    /// whitespace, sign, underscores between digits, inf/infinity/nan in any case).
    /// Returns false when the text is not a valid float.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        text = TrimPythonWhitespace(text);
        if (text.IsEmpty) return false;
        return TryParseStripped(text, out value);
    }

    /// <summary>As <see cref="TryParse"/>, on text already stripped of whitespace.</summary>
    public static bool TryParseStripped(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        int i = 0;
        bool negative = false;
        if (i < text.Length && (text[i] == '+' || text[i] == '-')) { negative = text[i] == '-'; i++; }
        var rest = text[i..];
        if (rest.Equals("inf", StringComparison.OrdinalIgnoreCase) || rest.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }
        if (rest.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            value = negative ? -double.NaN : double.NaN;
            return true;
        }
        Span<char> clean = rest.Length <= 256 ? stackalloc char[rest.Length + 1] : new char[rest.Length + 1];
        int n = 0;
        clean[n++] = negative ? '-' : '+';
        int j = 0;
        int intDigits = ScanDigits(rest, ref j, clean, ref n);
        if (intDigits < 0) return false;
        int fracDigits = 0;
        if (j < rest.Length && rest[j] == '.')
        {
            clean[n++] = '.';
            j++;
            fracDigits = ScanDigits(rest, ref j, clean, ref n);
            if (fracDigits < 0) return false;
        }
        if (intDigits == 0 && fracDigits == 0) return false;
        if (j < rest.Length && (rest[j] == 'e' || rest[j] == 'E'))
        {
            clean[n++] = 'e';
            j++;
            if (j < rest.Length && (rest[j] == '+' || rest[j] == '-')) clean[n++] = rest[j++];
            int expDigits = ScanDigits(rest, ref j, clean, ref n);
            if (expDigits <= 0) return false;
        }
        if (j != rest.Length) return false;
        value = double.Parse(clean[..n], NumberStyles.Float, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>Copies a run of decimal digits (single underscores allowed between digits,
    /// Unicode decimal digits mapped to ASCII). Returns the digit count, or -1 for a misplaced
    /// underscore.</summary>
    static int ScanDigits(ReadOnlySpan<char> s, ref int j, Span<char> output, ref int n)
    {
        int count = 0;
        while (j < s.Length)
        {
            char c = s[j];
            int d = DecimalValue(c);
            if (d >= 0)
            {
                output[n++] = (char)('0' + d);
                count++;
                j++;
            }
            else if (c == '_' && count > 0 && j + 1 < s.Length && DecimalValue(s[j + 1]) >= 0)
            {
                j++;
            }
            else if (c == '_')
            {
                return -1;
            }
            else break;
        }
        return count;
    }

    /// <summary>The value of a Unicode decimal digit (category Nd), or -1.</summary>
    public static int DecimalValue(char c)
    {
        if (c >= '0' && c <= '9') return c - '0';
        if (c < 128) return -1;
        return CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber
            ? CharUnicodeInfo.GetDecimalDigitValue(c) : -1;
    }

    /// <summary>Python's str.isspace set (Unicode White_Space plus the ASCII separators).</summary>
    public static bool IsPythonWhitespace(char c) =>
        c is ' ' or '\t' or '\n' or '\r' or '\x0b' or '\x0c' or '\x1c' or '\x1d' or '\x1e' or '\x1f' or '\x85'
        || (c > 127 && char.IsWhiteSpace(c));

    public static ReadOnlySpan<char> TrimPythonWhitespace(ReadOnlySpan<char> s)
    {
        int a = 0, b = s.Length;
        while (a < b && IsPythonWhitespace(s[a])) a++;
        while (b > a && IsPythonWhitespace(s[b - 1])) b--;
        return s[a..b];
    }

    // ---- hex ----

    /// <summary>float.hex().</summary>
    public static string ToHex(double x)
    {
        if (double.IsNaN(x)) return "nan";
        if (double.IsInfinity(x)) return x > 0 ? "inf" : "-inf";
        string sign = double.IsNegative(x) ? "-" : "";
        if (x == 0) return sign + "0x0.0p+0";
        long bits = BitConverter.DoubleToInt64Bits(x);
        int exp = (int)((bits >> 52) & 0x7FF);
        long frac = bits & 0xFFFFFFFFFFFFFL;
        int lead = 1;
        if (exp == 0) { lead = 0; exp = -1022; }
        else exp -= 1023;
        return $"{sign}0x{lead}.{frac:x13}p{(exp >= 0 ? "+" : "-")}{Math.Abs(exp)}";
    }

    /// <summary>float.fromhex(); false for a malformed string. Overflow gives infinity with
    /// <paramref name="overflow"/> set.</summary>
    public static bool TryParseHex(ReadOnlySpan<char> text, out double value, out bool overflow)
    {
        value = 0;
        overflow = false;
        var s = TrimPythonWhitespace(text);
        int i = 0;
        bool negative = false;
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) { negative = s[i] == '-'; i++; }
        var rest = s[i..];
        if (rest.Equals("inf", StringComparison.OrdinalIgnoreCase) || rest.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }
        if (rest.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            value = double.NaN;
            return true;
        }
        if (i + 1 < s.Length && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) i += 2;
        BigInteger mantissa = 0;
        long exp = 0;
        int digits = 0;
        while (i < s.Length && HexValue(s[i]) >= 0) { mantissa = mantissa * 16 + HexValue(s[i]); i++; digits++; }
        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && HexValue(s[i]) >= 0) { mantissa = mantissa * 16 + HexValue(s[i]); i++; digits++; exp -= 4; }
        }
        if (digits == 0) return false;
        if (i < s.Length && (s[i] == 'p' || s[i] == 'P'))
        {
            i++;
            bool expNegative = false;
            if (i < s.Length && (s[i] == '+' || s[i] == '-')) { expNegative = s[i] == '-'; i++; }
            int start = i;
            long e = 0;
            while (i < s.Length && s[i] >= '0' && s[i] <= '9')
            {
                if (e < 1_000_000_000_000L) e = e * 10 + (s[i] - '0');
                i++;
            }
            if (i == start) return false;
            exp += expNegative ? -e : e;
        }
        if (i != s.Length) return false;
        value = ScaledToDouble(mantissa, exp);
        if (double.IsInfinity(value)) { overflow = true; return true; }
        if (negative) value = -value;
        return true;
    }

    static int HexValue(char c) =>
        c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}
