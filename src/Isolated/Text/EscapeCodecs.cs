using System.Text;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Text;

/// <summary>The 'unicode_escape' and 'raw_unicode_escape' codecs (Python string-literal escapes
/// over latin-1) and the bytes-literal escapes of escape_encode/escape_decode, with CPython's
/// error ranges and reasons.</summary>
public static class EscapeCodecs
{
    public static byte[] EncodeUnicodeEscape(string text, bool raw)
    {
        var sb = new StringBuilder(text.Length + 8);
        for (int i = 0; i < text.Length;)
        {
            int cp = PyStr.NextCodePoint(text, ref i);
            if (raw)
            {
                if (cp < 0x100) sb.Append((char)cp);
                else if (cp < 0x10000) sb.Append("\\u").Append(cp.ToString("x4"));
                else sb.Append("\\U").Append(cp.ToString("x8"));
                continue;
            }
            switch (cp)
            {
                case '\\': sb.Append("\\\\"); continue;
                case '\t': sb.Append("\\t"); continue;
                case '\n': sb.Append("\\n"); continue;
                case '\r': sb.Append("\\r"); continue;
            }
            if (cp >= 0x20 && cp < 0x7f) sb.Append((char)cp);
            else CodecErrorHandler.AppendBackslashEscape(sb, cp);
        }
        return Codecs.StringToLatin1(sb.ToString());
    }

    public static string? DecodeUnicodeEscape(ThreadState ts, ReadOnlySpan<byte> data, CodecErrorHandler handler, bool raw) =>
        DecodeUnicodeEscape(ts, data, handler, raw, final: true, out _);

    /// <summary>Unless <paramref name="final"/>, an escape cut off by the end of the data is left
    /// unconsumed (<paramref name="consumed"/> stops at its backslash).</summary>
    public static string? DecodeUnicodeEscape(ThreadState ts, ReadOnlySpan<byte> data, CodecErrorHandler handler, bool raw, bool final, out int consumed)
    {
        string encoding = raw ? "rawunicodeescape" : "unicodeescape";
        var sb = new StringBuilder(data.Length);
        int i = 0, n = data.Length;
        consumed = n;
        while (i < n)
        {
            byte b = data[i];
            if (b != '\\') { sb.Append((char)b); i++; continue; }
            int start = i;
            if (raw)
            {
                // Only \u and \U after an odd run of backslashes are escapes.
                int run = 0;
                while (i < n && data[i] == '\\') { run++; i++; }
                if (i >= n && !final && run % 2 == 1)
                {
                    sb.Append('\\', run - 1);
                    consumed = i - 1;
                    return sb.ToString();
                }
                if (i >= n || (data[i] != 'u' && data[i] != 'U') || run % 2 == 0)
                {
                    sb.Append('\\', run);
                    continue;
                }
                sb.Append('\\', run - 1);
                start = i - 1;
                int digits = data[i] == 'u' ? 4 : 8;
                if (!final && n - (i + 1) < digits && OnlyHex(data[(i + 1)..]))
                {
                    consumed = start;
                    return sb.ToString();
                }
                i++;
                i = ReadHex(ts, data, i, digits, start, encoding, handler, sb, digits == 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
                if (i < 0) return null;
                continue;
            }
            i++;
            if (i >= n)
            {
                if (!final) { consumed = start; return sb.ToString(); }
                i = handler.HandleDecode(ts, encoding, data, start, n, "\\ at end of string", sb);
                if (i < 0) return null;
                continue;
            }
            byte c = data[i++];
            int hexDigits = c switch { (byte)'x' => 2, (byte)'u' => 4, (byte)'U' => 8, _ => 0 };
            if (hexDigits > 0 && !final && n - i < hexDigits && OnlyHex(data[i..]))
            {
                consumed = start;
                return sb.ToString();
            }
            switch (c)
            {
                case (byte)'\n': break;
                case (byte)'\\': sb.Append('\\'); break;
                case (byte)'\'': sb.Append('\''); break;
                case (byte)'"': sb.Append('"'); break;
                case (byte)'a': sb.Append('\a'); break;
                case (byte)'b': sb.Append('\b'); break;
                case (byte)'f': sb.Append('\f'); break;
                case (byte)'n': sb.Append('\n'); break;
                case (byte)'r': sb.Append('\r'); break;
                case (byte)'t': sb.Append('\t'); break;
                case (byte)'v': sb.Append('\v'); break;
                case >= (byte)'0' and <= (byte)'7':
                {
                    int value = c - '0';
                    for (int k = 0; k < 2 && i < n && data[i] >= '0' && data[i] <= '7'; k++) value = value * 8 + (data[i++] - '0');
                    sb.Append((char)value);
                    break;
                }
                case (byte)'x':
                    i = ReadHex(ts, data, i, 2, start, encoding, handler, sb, "truncated \\xXX escape");
                    break;
                case (byte)'u':
                    i = ReadHex(ts, data, i, 4, start, encoding, handler, sb, "truncated \\uXXXX escape");
                    break;
                case (byte)'U':
                    i = ReadHex(ts, data, i, 8, start, encoding, handler, sb, "truncated \\UXXXXXXXX escape");
                    break;
                case (byte)'N':
                {
                    int close = i < n && data[i] == '{' ? data[i..].IndexOf((byte)'}') : -1;
                    if (close < 0 && !final && (i >= n || data[i] == '{'))
                    {
                        consumed = start;
                        return sb.ToString();
                    }
                    if (close <= 1)
                    {
                        int end = i < n && data[i] == '{' ? (close < 0 ? n : i + close + 1) : i;
                        i = handler.HandleDecode(ts, encoding, data, start, end, "malformed \\N character escape", sb);
                        break;
                    }
                    string name = Encoding.Latin1.GetString(data.Slice(i + 1, close - 1));
                    int after = i + close + 1;
                    int cp = Unicode.UnicodeNames.Lookup(name);
                    if (cp < 0)
                    {
                        if (cp == Unicode.UnicodeNames.Unavailable)
                        {
                            ts.Raise(ExceptionKind.SystemError, Unicode.UnicodeDatabase.MissingMessage);
                            return null;
                        }
                        i = handler.HandleDecode(ts, encoding, data, start, after, "unknown Unicode character name", sb);
                        break;
                    }
                    Unicode.UnicodeTables.AppendCodePoint(sb, cp);
                    i = after;
                    break;
                }
                default:
                    // Unknown escapes stay as written (CPython also warns).
                    sb.Append('\\').Append((char)c);
                    break;
            }
            if (i < 0) return null;
        }
        return sb.ToString();
    }

    static bool OnlyHex(ReadOnlySpan<byte> rest)
    {
        foreach (byte b in rest)
            if (!char.IsAsciiHexDigit((char)b)) return false;
        return true;
    }

    /// <summary>Reads <paramref name="digits"/> hex digits at <paramref name="i"/>; returns the
    /// position after them (or where the error handler resumes), -1 with the error set.</summary>
    static int ReadHex(ThreadState ts, ReadOnlySpan<byte> data, int i, int digits, int start, string encoding,
                       CodecErrorHandler handler, StringBuilder sb, string truncated)
    {
        int value = 0, k = 0;
        for (; k < digits && i < data.Length; k++, i++)
        {
            int h = HexValue(data[i]);
            if (h < 0) break;
            value = value * 16 + h;
        }
        if (k < digits) return handler.HandleDecode(ts, encoding, data, start, i, truncated, sb);
        if ((uint)value > 0x10FFFF) return handler.HandleDecode(ts, encoding, data, start, i, "illegal Unicode character", sb);
        Unicode.UnicodeTables.AppendCodePoint(sb, value);
        return i;
    }

    static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    // ---- bytes escapes (codecs.escape_encode / escape_decode, the 'string_escape' of old) ----

    /// <summary>The body of repr(bytes) without quotes: \t \n \r \\ \' escaped, other bytes
    /// outside printable ASCII as \xhh; double quotes stay.</summary>
    public static byte[] EscapeEncode(ReadOnlySpan<byte> data)
    {
        var output = new List<byte>(data.Length + 8);
        foreach (byte b in data)
        {
            switch (b)
            {
                case (byte)'\\': output.Add((byte)'\\'); output.Add((byte)'\\'); continue;
                case (byte)'\'': output.Add((byte)'\\'); output.Add((byte)'\''); continue;
                case (byte)'\t': output.Add((byte)'\\'); output.Add((byte)'t'); continue;
                case (byte)'\n': output.Add((byte)'\\'); output.Add((byte)'n'); continue;
                case (byte)'\r': output.Add((byte)'\\'); output.Add((byte)'r'); continue;
            }
            if (b >= 0x20 && b < 0x7f) { output.Add(b); continue; }
            output.Add((byte)'\\');
            output.Add((byte)'x');
            output.Add((byte)"0123456789abcdef"[b >> 4]);
            output.Add((byte)"0123456789abcdef"[b & 15]);
        }
        return output.ToArray();
    }

    /// <summary>Decodes bytes-literal escapes. errors: strict (ValueError), ignore, replace ('?').</summary>
    public static byte[]? EscapeDecode(ThreadState ts, ReadOnlySpan<byte> data, string errors)
    {
        var output = new List<byte>(data.Length);
        int i = 0, n = data.Length;
        while (i < n)
        {
            byte b = data[i];
            if (b != '\\') { output.Add(b); i++; continue; }
            int start = i++;
            if (i >= n)
            {
                ts.Raise(ExceptionKind.ValueError, "Trailing \\ in string");
                return null;
            }
            byte c = data[i++];
            switch (c)
            {
                case (byte)'\n': break;
                case (byte)'\\': output.Add((byte)'\\'); break;
                case (byte)'\'': output.Add((byte)'\''); break;
                case (byte)'"': output.Add((byte)'"'); break;
                case (byte)'a': output.Add(7); break;
                case (byte)'b': output.Add(8); break;
                case (byte)'f': output.Add(12); break;
                case (byte)'n': output.Add(10); break;
                case (byte)'r': output.Add(13); break;
                case (byte)'t': output.Add(9); break;
                case (byte)'v': output.Add(11); break;
                case >= (byte)'0' and <= (byte)'7':
                {
                    int value = c - '0';
                    for (int k = 0; k < 2 && i < n && data[i] >= '0' && data[i] <= '7'; k++) value = value * 8 + (data[i++] - '0');
                    output.Add((byte)value);
                    break;
                }
                case (byte)'x':
                {
                    int h1 = i < n ? HexValue(data[i]) : -1, h2 = i + 1 < n ? HexValue(data[i + 1]) : -1;
                    if (h1 >= 0 && h2 >= 0)
                    {
                        output.Add((byte)(h1 * 16 + h2));
                        i += 2;
                        break;
                    }
                    switch (errors)
                    {
                        case "strict":
                            ts.Raise(ExceptionKind.ValueError, $"invalid \\x escape at position {start}");
                            return null;
                        case "replace": output.Add((byte)'?'); break;
                        case "ignore": break;
                        default:
                            ts.Raise(ExceptionKind.ValueError, $"decoding error; unknown error handling code: {errors}");
                            return null;
                    }
                    // The bad escape's valid hex digit is skipped too.
                    if (h1 >= 0) i++;
                    break;
                }
                default:
                    output.Add((byte)'\\');
                    output.Add(c);
                    break;
            }
        }
        return output.ToArray();
    }
}
