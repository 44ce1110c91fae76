using System.Globalization;
using System.Numerics;
using Isolated.Runtime;

namespace Isolated.Objects;

// int(): the constructor and parsing of integer literals from text.
public static partial class IntType
{
    static readonly string[] NewParams = ["x", "base"];

    static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (kwnames is not null)
        {
            foreach (var k in kwnames.Items)
                if (k is PyStr s && s.Value == "x")
                    return ts.Raise(ExceptionKind.TypeError, "'x' is an invalid keyword argument for int()");
        }
        if (!ArgBinder.Bind(ts, "int", args, kwnames, NewParams, 0, a, positionalOnly: 1)) return null;
        PyInt? value;
        if (a[0] is null)
        {
            if (a[1] is not null) return ts.Raise(ExceptionKind.TypeError, "int() missing string argument");
            value = ts.Interpreter.Int(0);
        }
        else if (a[1] is null)
        {
            value = Ops.ToInt(ts, a[0]!);
        }
        else
        {
            if (!Ops.AsInt32(ts, a[1]!, out int radix)) return null;
            if (radix != 0 && (radix < 2 || radix > 36))
                return ts.Raise(ExceptionKind.ValueError, "int() base must be >= 2 and <= 36, or 0");
            if (a[0] is PyStr str) value = Parse(ts, str.Value, radix, str);
            else if (a[0] is PyBytes or PyByteArray) value = ParseBytes(ts, a[0]!, radix);
            else return ts.Raise(ExceptionKind.TypeError, "int() can't convert non-string with explicit base");
        }
        if (value is null) return null;
        if (ReferenceEquals(type, ts.Interpreter.Types.Int)) return value;
        return value.IsSmall ? new PyIntSubclass(type, value.Small) : new PyIntSubclass(type, value.Big!.Value);
    }

    /// <summary>int(bytes, base): the bytes are read as Latin-1 text; errors show the bytes' repr.</summary>
    public static PyInt? ParseBytes(ThreadState ts, PyObject bytes, int radix)
    {
        var data = ((IBuffer)bytes).AsReadOnlySpan();
        var text = string.Create(data.Length, data.ToArray(), static (span, d) =>
        {
            for (int i = 0; i < d.Length; i++) span[i] = (char)d[i];
        });
        if (TryParse(ts, text, radix, out var value, out bool overLimit, out int digitCount))
            return value!.Value.big is { } b ? ts.Interpreter.Int(b) : ts.Interpreter.Int(value.Value.small);
        if (overLimit) return Parse(ts, text, radix);
        // Other buffer objects (memoryview, array) are reported as the bytes they hold.
        var shownObject = bytes is PyBytes or PyByteArray ? bytes : PyBytes.Create(ts.Interpreter, data.ToArray());
        var shown = Ops.Repr(ts, shownObject) is PyStr r ? r.Value : "";
        if (shown.Length > 200) shown = shown[..200];
        ts.Raise(ExceptionKind.ValueError, $"invalid literal for int() with base {radix}: {shown}");
        return null;
    }

    /// <summary>Parses an integer with int()'s rules: surrounding whitespace, sign, a base prefix
    /// (0x/0o/0b) when <paramref name="radix"/> is 0 or matches, single underscores between
    /// digits, Unicode decimal digits. Null with ValueError set on failure.</summary>
    public static PyInt? Parse(ThreadState ts, string text, int radix, PyObject? original = null)
    {
        var result = TryParse(ts, text.AsSpan(), radix, out var value, out bool overLimit, out int digitCount);
        if (result) return value!.Value.big is { } b ? ts.Interpreter.Int(b) : ts.Interpreter.Int(value.Value.small);
        if (overLimit)
        {
            ts.Raise(ExceptionKind.ValueError,
                $"Exceeds the limit ({ts.Interpreter.IntMaxStrDigits} digits) for integer string conversion: value has {digitCount} digits; use sys.set_int_max_str_digits() to increase the limit");
            return null;
        }
        string shown = StrType.Repr(text);
        if (shown.Length > 200) shown = shown[..200];
        ts.Raise(ExceptionKind.ValueError, $"invalid literal for int() with base {radix}: {shown}");
        return null;
    }

    static bool TryParse(ThreadState ts, ReadOnlySpan<char> text, int radix, out (long small, BigInteger? big)? value,
                         out bool overLimit, out int digitCount)
    {
        value = null;
        overLimit = false;
        digitCount = 0;
        var s = FloatMath.TrimPythonWhitespace(text);
        int i = 0;
        bool negative = false;
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) { negative = s[i] == '-'; i++; }
        bool afterPrefix = false;
        if (i + 1 < s.Length && s[i] == '0')
        {
            char p = (char)(s[i + 1] | 0x20);
            int prefixRadix = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (prefixRadix != 0 && (radix == 0 || radix == prefixRadix))
            {
                radix = prefixRadix;
                i += 2;
                afterPrefix = true;
            }
        }
        bool decimalLiteral = radix == 0;
        if (radix == 0) radix = 10;
        // Collect digit values.
        Span<byte> digits = s.Length - i <= 512 ? stackalloc byte[s.Length - i] : new byte[s.Length - i];
        int n = 0;
        bool lastUnderscore = false;
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '_')
            {
                if (lastUnderscore || (n == 0 && !afterPrefix)) return false;
                lastUnderscore = true;
                continue;
            }
            int d = DigitValue(c);
            if (d < 0 || d >= radix) return false;
            digits[n++] = (byte)d;
            lastUnderscore = false;
        }
        if (n == 0 || lastUnderscore) return false;
        if (decimalLiteral && digits[0] == 0)
        {
            // "010" is not a valid literal; "000" is.
            for (int k = 1; k < n; k++)
                if (digits[k] != 0) return false;
        }
        digitCount = n;
        int limit = ts.Interpreter.IntMaxStrDigits;
        if ((radix & (radix - 1)) != 0 && limit > 0 && n > limit && n > 640)
        {
            overLimit = true;
            return false;
        }
        digits = digits[..n];
        // Digit counts whose value always fits a long: radix**n < 2**63.
        if (radix == 2 ? n <= 62 : radix <= 10 ? n <= 18 : radix <= 16 ? n <= 15 : n <= 12)
        {
            long acc = 0;
            foreach (var d in digits) acc = acc * radix + d;
            value = (negative ? -acc : acc, null);
            return true;
        }
        BigInteger big;
        if (radix == 10)
        {
            Span<char> ascii = n <= 1024 ? stackalloc char[n] : new char[n];
            for (int k = 0; k < n; k++) ascii[k] = (char)('0' + digits[k]);
            big = BigInteger.Parse(ascii, NumberStyles.None, CultureInfo.InvariantCulture);
        }
        else
        {
            big = AccumulateDigits(digits, radix);
        }
        if (negative) big = -big;
        value = big >= long.MinValue && big <= long.MaxValue ? ((long)big, null) : (0, big);
        return true;
    }

    /// <summary>Builds a big integer from digit values in chunks that fit a long.</summary>
    static BigInteger AccumulateDigits(ReadOnlySpan<byte> digits, int radix)
    {
        int chunk = 1;
        long chunkScale = radix;
        while (chunkScale <= long.MaxValue / radix / radix) { chunkScale *= radix; chunk++; }
        BigInteger acc = BigInteger.Zero;
        int i = 0;
        while (i < digits.Length)
        {
            int take = Math.Min(chunk, digits.Length - i);
            long part = 0, scale = 1;
            for (int k = 0; k < take; k++)
            {
                part = part * radix + digits[i + k];
                scale *= radix;
            }
            acc = acc * scale + part;
            i += take;
        }
        return acc;
    }

    static int DigitValue(char c)
    {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'z') return c - 'a' + 10;
        if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
        return FloatMath.DecimalValue(c);
    }
}
