using System.Numerics;
using System.Text;
using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>
/// printf-style formatting: <c>str % args</c> and <c>bytes % args</c> (PEP 461). One engine
/// serves both: bytes formats run over their latin-1 image, where every char is one byte, with
/// the bytes-specific conversions (%b, %s on buffers, %c of a byte, %r/%a as ascii()).
/// </summary>
public static class PercentFormatter
{
    public static string? FormatStr(ThreadState ts, string format, PyObject args) =>
        new Engine(ts, format, args, bytesMode: false).Run();

    public static byte[]? FormatBytes(ThreadState ts, ReadOnlySpan<byte> format, PyObject args)
    {
        var image = Text.Codecs.Latin1ToString(format);
        var r = new Engine(ts, image, args, bytesMode: true).Run();
        return r is null ? null : Text.Codecs.StringToLatin1(r);
    }

    struct Engine
    {
        readonly ThreadState _ts;
        readonly string _fmt;
        readonly bool _bytes;
        PyObject _args;
        int _argLength, _argIndex;
        readonly PyObject? _dict;

        public Engine(ThreadState ts, string format, PyObject args, bool bytesMode)
        {
            _ts = ts;
            _fmt = format;
            _bytes = bytesMode;
            _args = args;
            if (args is PyTuple t) { _argLength = t.Count; _argIndex = 0; }
            else { _argLength = -1; _argIndex = -2; }
            _dict = args is not PyTuple && args is not PyStr && args is not PyBytes && args is not PyByteArray
                    && args.Type.Slots.GetItem is not null ? args : null;
        }

        PyObject? NextArg()
        {
            if (_argIndex < _argLength)
            {
                int i = _argIndex++;
                return _argLength < 0 ? _args : ((PyTuple)_args)[i];
            }
            return _ts.Raise(ExceptionKind.TypeError, "not enough arguments for format string");
        }

        string? Fail(ExceptionKind kind, string message)
        {
            _ts.Raise(kind, message);
            return null;
        }

        public string? Run()
        {
            var fmt = _fmt;
            var sb = new StringBuilder(fmt.Length + 16);
            int i = 0, n = fmt.Length;
            while (i < n)
            {
                int pct = fmt.IndexOf('%', i);
                if (pct < 0) { sb.Append(fmt, i, n - i); break; }
                sb.Append(fmt, i, pct - i);
                i = pct + 1;
                if (i >= n) return Fail(ExceptionKind.ValueError, "incomplete format");
                if (fmt[i] == '%') { sb.Append('%'); i++; continue; }
                if (fmt[i] == '(')
                {
                    if (_dict is null) return Fail(ExceptionKind.TypeError, "format requires a mapping");
                    int depth = 1, keyStart = ++i;
                    while (i < n && depth > 0)
                    {
                        if (fmt[i] == '(') depth++;
                        else if (fmt[i] == ')') depth--;
                        i++;
                    }
                    if (depth > 0) return Fail(ExceptionKind.ValueError, "incomplete format key");
                    string key = fmt.Substring(keyStart, i - 1 - keyStart);
                    PyObject keyObj = _bytes ? PyBytes.Create(_ts.Interpreter, Text.Codecs.StringToLatin1(key)) : _ts.Interpreter.Str(key);
                    var value = Ops.GetItem(_ts, _dict, keyObj);
                    if (value is null) return null;
                    _args = value;
                    _argLength = -1;
                    _argIndex = -2;
                }
                bool left = false, plus = false, space = false, alt = false, zero = false;
                for (; i < n; i++)
                {
                    char f = fmt[i];
                    if (f == '-') left = true;
                    else if (f == '+') plus = true;
                    else if (f == ' ') space = true;
                    else if (f == '#') alt = true;
                    else if (f == '0') zero = true;
                    else break;
                }
                long width = -1, prec = -1;
                if (i < n && fmt[i] == '*')
                {
                    i++;
                    var w = NextArg();
                    if (w is null) return null;
                    if (w is not PyInt wi) return Fail(ExceptionKind.TypeError, "* wants int");
                    if (!wi.IsSmall || wi.Small > int.MaxValue || wi.Small < -int.MaxValue) return Fail(ExceptionKind.ValueError, "width too big");
                    width = wi.Small;
                    if (width < 0) { left = true; width = -width; }
                }
                else
                {
                    while (i < n && (uint)(fmt[i] - '0') <= 9)
                    {
                        width = (width < 0 ? 0 : width) * 10 + (fmt[i++] - '0');
                        if (width > int.MaxValue) return Fail(ExceptionKind.ValueError, "width too big");
                    }
                }
                if (i < n && fmt[i] == '.')
                {
                    i++;
                    prec = 0;
                    if (i < n && fmt[i] == '*')
                    {
                        i++;
                        var p = NextArg();
                        if (p is null) return null;
                        if (p is not PyInt pi) return Fail(ExceptionKind.TypeError, "* wants int");
                        if (!pi.IsSmall || pi.Small > int.MaxValue) return Fail(ExceptionKind.ValueError, "precision too big");
                        prec = Math.Max(0, pi.Small);
                    }
                    else
                    {
                        while (i < n && (uint)(fmt[i] - '0') <= 9)
                        {
                            prec = prec * 10 + (fmt[i++] - '0');
                            if (prec > int.MaxValue) return Fail(ExceptionKind.ValueError, "precision too big");
                        }
                    }
                }
                if (i >= n) return Fail(ExceptionKind.ValueError, "incomplete format");
                int convAt = i;
                char c = fmt[i++];
                if (c == '%')
                {
                    // After flags or a width, '%' still takes an argument (CPython 3.12 behaviour).
                    if (NextArg() is null) return null;
                    sb.Append('%');
                    continue;
                }
                if (!IsConversion(c))
                {
                    int cp = c;
                    if (char.IsHighSurrogate(c) && i < n && char.IsLowSurrogate(fmt[i])) cp = char.ConvertToUtf32(c, fmt[i]);
                    int index = _bytes ? convAt : new PyStr(_ts.Interpreter.Types.Str, fmt).ToCodePointIndex(convAt);
                    return Fail(ExceptionKind.ValueError, cp >= 32 && cp < 127
                        ? $"unsupported format character '{(char)cp}' (0x{cp:x}) at index {index}"
                        : _bytes ? $"unsupported format character '\\x{cp:x}' (0x{cp:x}) at index {index}"
                                 : $"unsupported format character '{char.ConvertFromUtf32(cp)}' (0x{cp:x}) at index {index}");
                }
                var arg = NextArg();
                if (arg is null) return null;
                string? body;
                switch (c)
                {
                    case 's' or 'r' or 'a' or 'b':
                        body = TextConversion(arg, c);
                        if (body is null) return null;
                        if (prec >= 0) body = TruncateCodePoints(body, prec);
                        AppendPadded(sb, body, width, left);
                        continue;
                    case 'c':
                        body = CharConversion(arg);
                        if (body is null) return null;
                        AppendPadded(sb, body, width, left);
                        continue;
                    case 'd' or 'i' or 'u' or 'o' or 'x' or 'X':
                    {
                        var value = IntegerArgument(arg, c);
                        if (value is null) return null;
                        var big = TextArgs.ToBig(value);
                        string digits = NumberFormatAdapter.IntegerDigits(BigInteger.Abs(big), c);
                        if (prec > digits.Length) digits = new string('0', (int)prec - digits.Length) + digits;
                        string prefix = alt && c is 'o' or 'x' or 'X' ? (c == 'o' ? "0o" : c == 'x' ? "0x" : "0X") : "";
                        AppendNumber(sb, big.Sign < 0, prefix, digits, width, left, plus, space, zero);
                        continue;
                    }
                    default:
                    {
                        if (!FloatArgument(arg, out double d)) return null;
                        string digits = NumberFormatAdapter.FloatDigits(Math.Abs(d), c, prec < 0 ? 6 : (int)prec, alt);
                        AppendNumber(sb, double.IsNegative(d) && !double.IsNaN(d), "", digits, width, left, plus, space,
                                     zero && double.IsFinite(d));
                        continue;
                    }
                }
            }
            if (_argIndex < _argLength && _dict is null)
                return Fail(ExceptionKind.TypeError, _bytes
                    ? "not all arguments converted during bytes formatting"
                    : "not all arguments converted during string formatting");
            return sb.ToString();
        }

        readonly bool IsConversion(char c) => c switch
        {
            's' or 'r' or 'a' or 'c' or 'd' or 'i' or 'u' or 'o' or 'x' or 'X' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' => true,
            'b' => _bytes,
            _ => false,
        };

        readonly string? TextConversion(PyObject arg, char c)
        {
            var ts = _ts;
            if (c is 'r' or 'a')
            {
                var r = Ops.Repr(ts, arg);
                if (r is null) return null;
                var s = ((PyStr)r).Value;
                return c == 'a' || _bytes ? StrType.AsciiRepr(s) : s;
            }
            if (!_bytes)
            {
                var s = Ops.Str(ts, arg);
                return s is null ? null : ((PyStr)s).Value;
            }
            // %b and %s in bytes: a buffer, or __bytes__.
            if (arg is IBuffer buffer) return Text.Codecs.Latin1ToString(buffer.AsReadOnlySpan());
            var bytes = BytesType.CallDunderBytes(ts, arg);
            if (bytes is not null) return Text.Codecs.Latin1ToString(bytes.Value);
            if (ts.HasError) return null;
            ts.Raise(ExceptionKind.TypeError, $"%b requires a bytes-like object, or an object that implements __bytes__, not '{arg.Type.Name}'");
            return null;
        }

        readonly string? CharConversion(PyObject arg)
        {
            var ts = _ts;
            if (_bytes)
            {
                if (arg is IBuffer b && (arg is PyBytes || arg is PyByteArray))
                {
                    var span = b.AsReadOnlySpan();
                    if (span.Length == 1) return ((char)span[0]).ToString();
                }
                else if (arg is PyInt bi)
                {
                    if (bi.IsSmall && bi.Small >= 0 && bi.Small < 256) return ((char)bi.Small).ToString();
                    ts.Raise(ExceptionKind.OverflowError, "%c arg not in range(256)");
                    return null;
                }
                ts.Raise(ExceptionKind.TypeError, "%c requires an integer in range(256) or a single byte");
                return null;
            }
            if (arg is PyStr s)
            {
                if (s.CodePointLength == 1) return s.Value;
                ts.Raise(ExceptionKind.TypeError, "%c requires int or char");
                return null;
            }
            if (arg is PyInt || arg.Type.Slots.Index is not null)
            {
                var i = TextArgs.ToInt(ts, arg);
                if (i is null) return null;
                if (!i.IsSmall || i.Small < 0 || i.Small > 0x10FFFF)
                {
                    ts.Raise(ExceptionKind.OverflowError, "%c arg not in range(0x110000)");
                    return null;
                }
                return i.Small < 0x10000 ? ((char)i.Small).ToString() : char.ConvertFromUtf32((int)i.Small);
            }
            ts.Raise(ExceptionKind.TypeError, "%c requires int or char");
            return null;
        }

        readonly PyInt? IntegerArgument(PyObject arg, char c)
        {
            var ts = _ts;
            if (arg is PyInt i) return i;
            if (c is 'o' or 'x' or 'X')
            {
                if (arg.Type.Slots.Index is not null) return TextArgs.ToInt(ts, arg);
                ts.Raise(ExceptionKind.TypeError, $"%{c} format: an integer is required, not {arg.Type.Name}");
                return null;
            }
            if (arg is PyFloat f) return NumberFormatAdapter.Truncate(ts, f.Value);
            if (arg.Type.Slots.Index is not null) return TextArgs.ToInt(ts, arg);
            if (arg.Type.Slots.Int is { } toInt)
            {
                var r = toInt(ts, arg);
                if (r is null) return null;
                if (r is PyInt ri) return ri;
                ts.Raise(ExceptionKind.TypeError, $"__int__ returned non-int (type {r.Type.Name})");
                return null;
            }
            ts.Raise(ExceptionKind.TypeError, $"%{c} format: a real number is required, not {arg.Type.Name}");
            return null;
        }

        readonly bool FloatArgument(PyObject arg, out double value)
        {
            value = 0;
            if (arg is PyFloat f) { value = f.Value; return true; }
            if (arg is PyInt i) return NumberFormatAdapter.IntToDouble(_ts, i, out value);
            if (arg.Type.Slots.Float is { } toFloat)
            {
                var r = toFloat(_ts, arg);
                if (r is null) return false;
                if (r is PyFloat rf) { value = rf.Value; return true; }
                _ts.Raise(ExceptionKind.TypeError, $"{arg.Type.Name}.__float__ returned non-float (type {r.Type.Name})");
                return false;
            }
            if (arg.Type.Slots.Index is not null)
            {
                var ii = TextArgs.ToInt(_ts, arg);
                return ii is not null && NumberFormatAdapter.IntToDouble(_ts, ii, out value);
            }
            _ts.Raise(ExceptionKind.TypeError, $"must be real number, not {arg.Type.Name}");
            return false;
        }

        static string TruncateCodePoints(string s, long count)
        {
            if (count >= s.Length) return s;
            int end = PyStr.Advance(s, 0, (int)count);
            return s.Substring(0, end);
        }

        static void AppendPadded(StringBuilder sb, string body, long width, bool left)
        {
            long len = body.Length;
            if (width > len)
            {
                for (int k = 0; k < body.Length - 1; k++)
                    if (char.IsHighSurrogate(body[k]) && char.IsLowSurrogate(body[k + 1])) len--;
            }
            if (width <= len) { sb.Append(body); return; }
            if (!left) sb.Append(' ', (int)(width - len));
            sb.Append(body);
            if (left) sb.Append(' ', (int)(width - len));
        }

        static void AppendNumber(StringBuilder sb, bool negative, string prefix, string digits, long width,
                                 bool left, bool plus, bool space, bool zero)
        {
            string sign = negative ? "-" : plus ? "+" : space ? " " : "";
            long len = sign.Length + prefix.Length + digits.Length;
            long pad = width > len ? width - len : 0;
            if (left)
            {
                sb.Append(sign).Append(prefix).Append(digits).Append(' ', (int)pad);
            }
            else if (zero)
            {
                sb.Append(sign).Append(prefix).Append('0', (int)pad).Append(digits);
            }
            else
            {
                sb.Append(' ', (int)pad).Append(sign).Append(prefix).Append(digits);
            }
        }
    }
}
