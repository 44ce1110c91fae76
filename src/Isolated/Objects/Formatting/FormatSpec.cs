using System.Text;
using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>
/// A parsed standard format specifier (PEP 3101's mini-language):
/// <c>[[fill]align][sign][z][#][0][width][grouping][.precision][type]</c>, with CPython's parse
/// errors. Also formats str values (<c>str.__format__</c>) and provides the padding step the
/// number formatters share.
/// </summary>
public struct FormatSpec
{
    /// <summary>The fill character as a string (one code point); " " by default.</summary>
    public string Fill;
    public bool FillSpecified;
    /// <summary>'&lt;', '&gt;', '^', '=' or '\0' when not given.</summary>
    public char Align;
    /// <summary>'+', '-', ' ' or '\0' when not given.</summary>
    public char Sign;
    /// <summary>The 'z' flag: negative zero coerced to positive.</summary>
    public bool NoNegativeZero;
    public bool Alternate;
    /// <summary>-1 when not given.</summary>
    public long Width;
    /// <summary>',' or '_' or '\0'.</summary>
    public char Grouping;
    /// <summary>-1 when not given.</summary>
    public long Precision;
    /// <summary>The presentation type (a code point), or 0 when not given.</summary>
    public int Type;

    static bool IsAlign(char c) => c is '<' or '>' or '^' or '=';

    /// <summary>Parses <paramref name="spec"/>; <paramref name="typeName"/> and
    /// <paramref name="defaultType"/> shape the messages. False with ValueError set on error.</summary>
    public static bool TryParse(ThreadState ts, string spec, string typeName, char defaultType, char defaultAlign, out FormatSpec result)
    {
        result = new FormatSpec { Fill = " ", Width = -1, Precision = -1 };
        int pos = 0, end = spec.Length;
        // A fill character may be any code point, including a surrogate pair.
        int fillLength = end > 1 && char.IsHighSurrogate(spec[0]) && char.IsLowSurrogate(spec[1]) ? 2 : 1;
        if (end - pos > fillLength && IsAlign(spec[fillLength]))
        {
            result.Fill = spec.Substring(0, fillLength);
            result.FillSpecified = true;
            result.Align = spec[fillLength];
            pos = fillLength + 1;
        }
        else if (end - pos >= 1 && IsAlign(spec[0]))
        {
            result.Align = spec[0];
            pos = 1;
        }
        if (pos < end && spec[pos] is '+' or '-' or ' ') result.Sign = spec[pos++];
        if (pos < end && spec[pos] == 'z') { result.NoNegativeZero = true; pos++; }
        if (pos < end && spec[pos] == '#') { result.Alternate = true; pos++; }
        if (!result.FillSpecified && pos < end && spec[pos] == '0')
        {
            result.Fill = "0";
            // Numbers pad zeros after the sign; strings keep their default alignment.
            if (result.Align == '\0' && defaultAlign == '>') result.Align = '=';
            result.FillSpecified = true;
            result.ZeroPadded = true;
            pos++;
        }
        if (!ParseNumber(ts, spec, ref pos, out result.Width)) return false;
        if (pos < end && spec[pos] == ',') { result.Grouping = ','; pos++; }
        if (pos < end && spec[pos] == '_')
        {
            if (result.Grouping != '\0')
            {
                ts.Raise(ExceptionKind.ValueError, "Cannot specify both ',' and '_'.");
                return false;
            }
            result.Grouping = '_';
            pos++;
        }
        if (pos < end && spec[pos] == ',' && result.Grouping != '\0')
        {
            ts.Raise(ExceptionKind.ValueError, result.Grouping == '_' ? "Cannot specify both ',' and '_'." : "Cannot specify ',' with ','.");
            return false;
        }
        if (pos < end && spec[pos] == '.')
        {
            pos++;
            if (!ParseNumber(ts, spec, ref pos, out result.Precision)) return false;
            if (result.Precision < 0)
            {
                ts.Raise(ExceptionKind.ValueError, "Format specifier missing precision");
                return false;
            }
        }
        if (end - pos > 1)
        {
            int next = pos;
            int cpCount = 0;
            while (next < end) { PyStr.NextCodePoint(spec, ref next); cpCount++; }
            if (cpCount > 1)
            {
                ts.Raise(ExceptionKind.ValueError, $"Invalid format specifier '{spec}' for object of type '{typeName}'");
                return false;
            }
        }
        if (pos < end)
        {
            int p = pos;
            result.Type = PyStr.NextCodePoint(spec, ref p);
        }
        if (result.Grouping != '\0')
        {
            int t = result.Type == 0 ? defaultType : result.Type;
            bool ok = result.Grouping == ','
                ? t is 'd' or 'e' or 'f' or 'g' or 'E' or 'G' or '%' or 'F' or '\0'
                : t is 'd' or 'e' or 'f' or 'g' or 'E' or 'G' or '%' or 'F' or '\0' or 'b' or 'o' or 'x' or 'X';
            if (!ok)
            {
                ts.Raise(ExceptionKind.ValueError, t > 32 && t < 127
                    ? $"Cannot specify '{result.Grouping}' with '{(char)t}'."
                    : $"Cannot specify '{result.Grouping}' with '\\x{t:x}'.");
                return false;
            }
        }
        return true;
    }

    /// <summary>True when the '0' flag set the fill (before any width).</summary>
    public bool ZeroPadded;

    static bool ParseNumber(ThreadState ts, string spec, ref int pos, out long value)
    {
        value = -1;
        int start = pos;
        long v = 0;
        while (pos < spec.Length && (uint)(spec[pos] - '0') <= 9)
        {
            if (v > (long.MaxValue - 9) / 10)
            {
                ts.Raise(ExceptionKind.ValueError, "Too many decimal digits in format string");
                return false;
            }
            v = v * 10 + (spec[pos] - '0');
            pos++;
        }
        if (pos > start) value = v;
        return true;
    }

    /// <summary>"Unknown format code 'd' for object of type 'str'".</summary>
    public static void RaiseUnknownCode(ThreadState ts, int code, string typeName)
    {
        ts.Raise(ExceptionKind.ValueError, code > 32 && code < 127
            ? $"Unknown format code '{(char)code}' for object of type '{typeName}'"
            : $"Unknown format code '\\x{code:x}' for object of type '{typeName}'");
    }

    /// <summary>Pads <paramref name="body"/> (of <paramref name="length"/> code points) to the
    /// width with the fill, using <paramref name="defaultAlign"/> when none was given.</summary>
    public readonly string Pad(string body, long length, char defaultAlign)
    {
        if (Width <= length) return body;
        long margin = Width - length;
        char align = Align == '\0' ? defaultAlign : Align;
        long left = align switch
        {
            '>' or '=' => margin,
            '^' => margin / 2,
            _ => 0,
        };
        return StrType.PadString(body, Fill, left, margin - left);
    }

    /// <summary>str.__format__.</summary>
    public static PyObject? FormatStr(ThreadState ts, PyStr value, string spec)
    {
        // An empty spec means str(value): a subclass's __str__ wins.
        if (spec.Length == 0)
            return value.GetType() == typeof(PyStr) ? value : Ops.Str(ts, value);
        if (!TryParse(ts, spec, "str", 's', '<', out var f)) return null;
        if (f.Type != 0 && f.Type != 's')
        {
            RaiseUnknownCode(ts, f.Type, "str");
            return null;
        }
        if (f.Sign != '\0')
            return ts.Raise(ExceptionKind.ValueError, f.Sign == ' '
                ? "Space not allowed in string format specifier"
                : "Sign not allowed in string format specifier");
        if (f.NoNegativeZero)
            return ts.Raise(ExceptionKind.ValueError, "Negative zero coercion (z) not allowed in string format specifier");
        if (f.Alternate)
            return ts.Raise(ExceptionKind.ValueError, "Alternate form (#) not allowed in string format specifier");
        if (f.Align == '=')
            return ts.Raise(ExceptionKind.ValueError, "'=' alignment not allowed in string format specifier");
        var s = value.Value;
        long length = value.CodePointLength;
        if (f.Precision >= 0 && f.Precision < length)
        {
            s = value.SubstringByCodePoints(0, (int)f.Precision);
            length = f.Precision;
        }
        return ts.Interpreter.Str(f.Pad(s, length, '<'));
    }
}
