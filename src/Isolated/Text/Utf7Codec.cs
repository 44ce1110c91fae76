using System.Text;
using Isolated.Runtime;

namespace Isolated.Text;

/// <summary>UTF-7 (RFC 2152) as CPython writes and reads it: letters, digits, '(),-./:? and
/// whitespace go directly, '+' becomes "+-", everything else is modified base64 of its UTF-16
/// units between '+' and an (optional) '-'.</summary>
public static class Utf7Codec
{
    const string Base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    static bool IsBase64(int c) => c < 128 && (char.IsAsciiLetterOrDigit((char)c) || c == '+' || c == '/');

    static int FromBase64(int c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a' + 26,
        >= '0' and <= '9' => c - '0' + 52,
        '+' => 62,
        _ => 63,
    };

    /// <summary>RFC 2152's set D plus whitespace: written as themselves.</summary>
    static bool EncodeDirect(int c) =>
        c < 128 && c > 0 && (char.IsAsciiLetterOrDigit((char)c) || "'(),-./:? \t\r\n".Contains((char)c));

    public static byte[] Encode(string text)
    {
        var output = new List<byte>(text.Length + 8);
        bool inShift = false;
        int bits = 0;
        long buffer = 0;
        foreach (char ch in text)
        {
            if (inShift)
            {
                if (EncodeDirect(ch))
                {
                    if (bits > 0) output.Add((byte)Base64[(int)((buffer << (6 - bits)) & 0x3F)]);
                    bits = 0;
                    buffer = 0;
                    inShift = false;
                    // A direct character that could be read as base64 (or '-') needs the explicit end.
                    if (IsBase64(ch) || ch == '-') output.Add((byte)'-');
                    output.Add((byte)ch);
                    continue;
                }
            }
            else if (ch == '+')
            {
                output.Add((byte)'+');
                output.Add((byte)'-');
                continue;
            }
            else if (EncodeDirect(ch))
            {
                output.Add((byte)ch);
                continue;
            }
            else
            {
                output.Add((byte)'+');
                inShift = true;
            }
            bits += 16;
            buffer = (buffer << 16) | ch;
            while (bits >= 6)
            {
                output.Add((byte)Base64[(int)((buffer >> (bits - 6)) & 0x3F)]);
                bits -= 6;
            }
            buffer &= (1L << bits) - 1;
        }
        if (bits > 0) output.Add((byte)Base64[(int)((buffer << (6 - bits)) & 0x3F)]);
        if (inShift) output.Add((byte)'-');
        return output.ToArray();
    }

    public static string? Decode(ThreadState ts, ReadOnlySpan<byte> data, CodecErrorHandler handler, bool final, out int consumed)
    {
        const string encoding = "utf-7";
        var sb = new StringBuilder(data.Length);
        bool inShift = false;
        int bits = 0, surrogate = 0, shiftStart = 0, shiftOutputStart = 0;
        long buffer = 0;
        int s = 0, n = data.Length;
        while (s < n)
        {
            int ch = data[s];
            string? error = null;
            int errorStart = s;
            if (inShift)
            {
                if (IsBase64(ch))
                {
                    buffer = (buffer << 6) | (long)FromBase64(ch);
                    bits += 6;
                    s++;
                    if (bits >= 16)
                    {
                        char unit = (char)((buffer >> (bits - 16)) & 0xFFFF);
                        bits -= 16;
                        buffer &= (1L << bits) - 1;
                        if (surrogate != 0)
                        {
                            sb.Append((char)surrogate);
                            surrogate = 0;
                            if (char.IsLowSurrogate(unit)) { sb.Append(unit); continue; }
                        }
                        if (char.IsHighSurrogate(unit)) surrogate = unit;
                        else sb.Append(unit);
                    }
                    continue;
                }
                inShift = false;
                errorStart = shiftStart;
                if (bits > 6) { s++; error = "partial character in shift sequence"; }
                else if (bits > 0 && buffer != 0) { s++; error = "non-zero padding bits in shift sequence"; }
                else
                {
                    if (surrogate != 0) { sb.Append((char)surrogate); surrogate = 0; }
                    if (ch == '-') s++;
                    continue;
                }
            }
            else if (ch == '+')
            {
                shiftStart = s;
                s++;
                if (s < n && data[s] == '-') { s++; sb.Append('+'); continue; }
                if (s < n && !IsBase64(data[s])) { s++; error = "ill-formed sequence"; }
                else
                {
                    inShift = true;
                    surrogate = 0;
                    shiftOutputStart = sb.Length;
                    bits = 0;
                    buffer = 0;
                    continue;
                }
            }
            else if (ch < 128)
            {
                sb.Append((char)ch);
                s++;
                continue;
            }
            else
            {
                s++;
                error = "unexpected special character";
            }
            s = handler.HandleDecode(ts, encoding, data, errorStart, s, error, sb);
            if (s < 0) { consumed = 0; return null; }
        }
        if (inShift && !final)
        {
            // The open shift sequence waits for more input.
            consumed = shiftStart;
            sb.Length = shiftOutputStart;
            return sb.ToString();
        }
        if (inShift)
        {
            if (surrogate != 0 || bits >= 6 || (bits > 0 && buffer != 0))
            {
                if (handler.HandleDecode(ts, encoding, data, shiftStart, n, "unterminated shift sequence", sb) < 0) { consumed = 0; return null; }
            }
        }
        consumed = n;
        return sb.ToString();
    }
}
