using System.Text;
using Isolated.Runtime;

namespace Isolated.Text;

/// <summary>Single-byte codecs: ascii, latin-1 (encoding side) and cp1252.</summary>
public static class CharmapCodec
{
    public static string? DecodeAscii(ThreadState ts, ReadOnlySpan<byte> data, CodecErrorHandler handler)
    {
        int bad = data.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
        if (bad < 0) return Encoding.ASCII.GetString(data);
        var sb = new StringBuilder(data.Length);
        for (int i = 0; i < data.Length; i++)
        {
            if (data[i] < 0x80) sb.Append((char)data[i]);
            else if (!handler.HandleDecode(ts, "ascii", data, i, i + 1, "ordinal not in range(128)", sb)) return null;
        }
        return sb.ToString();
    }

    /// <summary>latin-1 (limit 256) and ascii (limit 128) encoding.</summary>
    public static byte[]? EncodeLimited(ThreadState ts, string text, CodecErrorHandler handler, int limit, string encoding, string reason)
    {
        int i = 0;
        while (i < text.Length && text[i] < limit) i++;
        if (i == text.Length) return Codecs.StringToLatin1(text);
        var output = new List<byte>(text.Length);
        for (int k = 0; k < i; k++) output.Add((byte)text[k]);
        while (i < text.Length)
        {
            if (text[i] < limit) { output.Add((byte)text[i++]); continue; }
            int start = i;
            while (i < text.Length && text[i] >= limit) i++;
            if (!handler.HandleEncode(ts, encoding, text, start, i, reason, out var replacement, out var raw)) return null;
            if (raw is not null) output.AddRange(raw);
            else foreach (char c in replacement!) output.Add((byte)c);
        }
        return output.ToArray();
    }

    /// <summary>cp1252's upper half; U+FFFE marks the five undefined bytes.</summary>
    static ReadOnlySpan<char> Cp1252High =>
    [
        '\u20AC', '\uFFFE', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\uFFFE', '\u017D', '\uFFFE',
        '\uFFFE', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\uFFFE', '\u017E', '\u0178',
    ];

    static char Cp1252Char(byte b) => b < 0x80 || b >= 0xA0 ? (char)b : Cp1252High[b - 0x80];

    public static string? DecodeCp1252(ThreadState ts, ReadOnlySpan<byte> data, CodecErrorHandler handler)
    {
        var sb = new StringBuilder(data.Length);
        for (int i = 0; i < data.Length; i++)
        {
            char c = Cp1252Char(data[i]);
            if (c != '\uFFFE') sb.Append(c);
            else if (!handler.HandleDecode(ts, "charmap", data, i, i + 1, "character maps to <undefined>", sb)) return null;
        }
        return sb.ToString();
    }

    static int Cp1252Byte(char c)
    {
        if (c < 0x80 || c >= 0xA0 && c <= 0xFF) return c;
        int at = Cp1252High.IndexOf(c);
        return at >= 0 && c != '\uFFFE' ? 0x80 + at : -1;
    }

    public static byte[]? EncodeCp1252(ThreadState ts, string text, CodecErrorHandler handler)
    {
        var output = new List<byte>(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            int b = Cp1252Byte(text[i]);
            if (b >= 0) { output.Add((byte)b); i++; continue; }
            int start = i;
            while (i < text.Length && Cp1252Byte(text[i]) < 0) i++;
            if (!handler.HandleEncode(ts, "charmap", text, start, i, "character maps to <undefined>", out var replacement, out var raw)) return null;
            if (raw is not null) output.AddRange(raw);
            else foreach (char c in replacement!) output.Add((byte)c);
        }
        return output.ToArray();
    }
}
