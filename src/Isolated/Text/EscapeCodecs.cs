using System.Text;
using Isolated.Runtime;

namespace Isolated.Text;

/// <summary>The 'unicode_escape' and 'raw_unicode_escape' codecs (Python string-literal escapes
/// over latin-1), with CPython's error ranges and reasons. \N{name} escapes need the Unicode
/// name database, which is not built in yet: they fail as malformed.</summary>
public static class EscapeCodecs
{
    public static byte[] EncodeUnicodeEscape(string text, bool raw)
    {
        var sb = new StringBuilder(text.Length + 8);
        for (int i = 0; i < text.Length;)
        {
            int cp = Objects.PyStr.NextCodePoint(text, ref i);
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
            else if (cp < 0x100) sb.Append("\\x").Append(cp.ToString("x2"));
            else if (cp < 0x10000) sb.Append("\\u").Append(cp.ToString("x4"));
            else sb.Append("\\U").Append(cp.ToString("x8"));
        }
        return Codecs.StringToLatin1(sb.ToString());
    }

    public static string? DecodeUnicodeEscape(ThreadState ts, ReadOnlySpan<byte> data, CodecErrorHandler handler, bool raw)
    {
        string encoding = raw ? "rawunicodeescape" : "unicodeescape";
        var sb = new StringBuilder(data.Length);
        int i = 0, n = data.Length;
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
                if (i >= n || (data[i] != 'u' && data[i] != 'U') || run % 2 == 0)
                {
                    sb.Append('\\', run);
                    continue;
                }
                sb.Append('\\', run - 1);
                start = i - 1;
                int digits = data[i] == 'u' ? 4 : 8;
                i++;
                if (!ReadHex(ts, data, ref i, digits, start, encoding, handler, sb, digits == 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape"))
                    return null;
                continue;
            }
            i++;
            if (i >= n)
            {
                if (!handler.HandleDecode(ts, encoding, data, start, n, "\\ at end of string", sb)) return null;
                break;
            }
            byte c = data[i++];
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
                    if (!ReadHex(ts, data, ref i, 2, start, encoding, handler, sb, "truncated \\xXX escape")) return null;
                    break;
                case (byte)'u':
                    if (!ReadHex(ts, data, ref i, 4, start, encoding, handler, sb, "truncated \\uXXXX escape")) return null;
                    break;
                case (byte)'U':
                    if (!ReadHex(ts, data, ref i, 8, start, encoding, handler, sb, "truncated \\UXXXXXXXX escape")) return null;
                    break;
                case (byte)'N':
                    if (!handler.HandleDecode(ts, encoding, data, start, i, "malformed \\N character escape", sb)) return null;
                    break;
                default:
                    // Unknown escapes stay as written (CPython also warns).
                    sb.Append('\\').Append((char)c);
                    break;
            }
        }
        return sb.ToString();
    }

    static bool ReadHex(ThreadState ts, ReadOnlySpan<byte> data, ref int i, int digits, int start, string encoding,
                        CodecErrorHandler handler, StringBuilder sb, string truncated)
    {
        int value = 0, k = 0;
        for (; k < digits && i < data.Length; k++, i++)
        {
            int h = data[i] switch
            {
                >= (byte)'0' and <= (byte)'9' => data[i] - '0',
                >= (byte)'a' and <= (byte)'f' => data[i] - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => data[i] - 'A' + 10,
                _ => -1,
            };
            if (h < 0) break;
            value = value * 16 + h;
        }
        if (k < digits) return handler.HandleDecode(ts, encoding, data, start, i, truncated, sb);
        if ((uint)value > 0x10FFFF) return handler.HandleDecode(ts, encoding, data, start, i, "illegal Unicode character", sb);
        Unicode.UnicodeTables.AppendCodePoint(sb, value);
        return true;
    }
}
