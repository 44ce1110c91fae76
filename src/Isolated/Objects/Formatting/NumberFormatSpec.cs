using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>
/// A parsed format specification of the mini-language for numbers:
/// <c>[[fill]align][sign][z][#][0][width][grouping][.precision][type]</c>.
/// </summary>
public struct NumberFormatSpec
{
    public char Fill;          // ' ' unless given
    public char Align;         // '<', '>', '^', '=' or '\0' (the type's default)
    public char Sign;          // '+', '-', ' ' or '\0'
    public bool NoNegativeZero;
    public bool Alternate;
    public int Width;          // -1 when absent
    public char Grouping;      // ',', '_' or '\0'
    public int GroupSize;      // 3, or 4 for '_' with b/o/x/X
    public int Precision;      // -1 when absent
    public char Type;          // '\0' when absent

    /// <summary>Parses <paramref name="spec"/>; on failure sets ValueError with CPython's message
    /// (<paramref name="typeName"/> is the formatted object's type) and returns false.</summary>
    public static bool TryParse(ThreadState ts, string spec, string typeName, out NumberFormatSpec f)
    {
        f = new NumberFormatSpec { Fill = ' ', Width = -1, Precision = -1, GroupSize = 3 };
        int pos = 0, end = spec.Length;
        bool fillSpecified = false, alignSpecified = false;
        if (end - pos >= 2 && IsAlign(spec[pos + 1]))
        {
            f.Fill = spec[pos];
            f.Align = spec[pos + 1];
            fillSpecified = alignSpecified = true;
            pos += 2;
        }
        else if (end - pos >= 1 && IsAlign(spec[pos]))
        {
            f.Align = spec[pos];
            alignSpecified = true;
            pos++;
        }
        if (pos < end && spec[pos] is '+' or '-' or ' ')
            f.Sign = spec[pos++];
        if (pos < end && spec[pos] == 'z')
        {
            f.NoNegativeZero = true;
            pos++;
        }
        if (pos < end && spec[pos] == '#')
        {
            f.Alternate = true;
            pos++;
        }
        if (pos < end && spec[pos] == '0' && !fillSpecified)
        {
            f.Fill = '0';
            if (!alignSpecified) f.Align = '=';
            pos++;
        }
        if (!ReadNumber(ts, spec, ref pos, out f.Width)) return false;
        if (pos < end && spec[pos] is ',' or '_')
        {
            f.Grouping = spec[pos++];
            if (pos < end && spec[pos] is ',' or '_')
            {
                ts.Raise(ExceptionKind.ValueError, "Cannot specify both ',' and '_'.");
                return false;
            }
        }
        if (pos < end && spec[pos] == '.')
        {
            pos++;
            if (!ReadNumber(ts, spec, ref pos, out f.Precision)) return false;
            if (f.Precision < 0)
            {
                ts.Raise(ExceptionKind.ValueError, "Format specifier missing precision");
                return false;
            }
        }
        if (end - pos > 1)
        {
            ts.Raise(ExceptionKind.ValueError, $"Invalid format specifier '{spec}' for object of type '{typeName}'");
            return false;
        }
        if (pos < end) f.Type = spec[pos];
        if (f.Grouping != '\0')
        {
            switch (f.Type)
            {
                case 'd' or 'e' or 'f' or 'g' or 'E' or 'G' or '%' or 'F' or '\0':
                    break;
                case 'b' or 'o' or 'x' or 'X' when f.Grouping == '_':
                    f.GroupSize = 4;
                    break;
                default:
                    string shown = f.Type > ' ' && f.Type < '\x7f' ? f.Type.ToString() : $"\\x{(int)f.Type:x}";
                    ts.Raise(ExceptionKind.ValueError, $"Cannot specify '{f.Grouping}' with '{shown}'.");
                    return false;
            }
        }
        return true;
    }

    static bool IsAlign(char c) => c is '<' or '>' or '=' or '^';

    /// <summary>Reads a run of digits; -1 when there is none.</summary>
    static bool ReadNumber(ThreadState ts, string spec, ref int pos, out int value)
    {
        value = -1;
        long acc = 0;
        int start = pos;
        while (pos < spec.Length && spec[pos] >= '0' && spec[pos] <= '9')
        {
            acc = acc * 10 + (spec[pos] - '0');
            if (acc > int.MaxValue)
            {
                ts.Raise(ExceptionKind.ValueError, "Too many decimal digits in format string");
                return false;
            }
            pos++;
        }
        if (pos > start) value = (int)acc;
        return true;
    }

    /// <summary>The type code as CPython shows it in "Unknown format code" errors.</summary>
    public string TypeForMessage => Type > ' ' && Type < '\x7f' ? Type.ToString() : $"\\x{(int)Type:x}";
}
