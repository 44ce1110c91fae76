using System.Text;
using Isolated.Runtime;

namespace Isolated.Text;

/// <summary>UTF-16: 'utf-16' reads a BOM (defaulting to little-endian) and writes one;
/// '-le'/'-be' never do. Errors as CPython reports them.</summary>
public static class Utf16Codec
{
    /// <summary><paramref name="bigEndian"/> null: detect from a BOM.</summary>
    public static string? Decode(ThreadState ts, ReadOnlySpan<byte> data, CodecErrorHandler handler, bool? bigEndian)
    {
        int byteOrder = bigEndian is null ? 0 : bigEndian.Value ? 1 : -1;
        return Decode(ts, data, handler, ref byteOrder, final: true, out _);
    }

    /// <summary>CPython's utf_16_ex_decode: <paramref name="byteOrder"/> -1 little-endian, 1 big-endian,
    /// 0 detect from a BOM (consumed; set to the order found, left 0 without one and decoded
    /// little-endian). Unless <paramref name="final"/>, an incomplete unit or pair at the end is
    /// left unconsumed.</summary>
    public static string? Decode(ThreadState ts, ReadOnlySpan<byte> data, CodecErrorHandler handler, ref int byteOrder, bool final, out int consumed)
    {
        int pos = 0;
        consumed = 0;
        if (byteOrder == 0)
        {
            if (data.Length < 2 && !final) return "";
            if (data.Length >= 2 && data[0] == 0xFF && data[1] == 0xFE) { byteOrder = -1; pos = 2; }
            else if (data.Length >= 2 && data[0] == 0xFE && data[1] == 0xFF) { byteOrder = 1; pos = 2; }
        }
        bool be = byteOrder > 0;
        string encoding = be ? "utf-16-be" : "utf-16-le";
        var sb = new StringBuilder(data.Length / 2);
        int n = data.Length;
        while (pos < n)
        {
            if (n - pos < 2)
            {
                if (!final) break;
                pos = handler.HandleDecode(ts, encoding, data, pos, n, "truncated data", sb);
                if (pos < 0) return null;
                continue;
            }
            char c = Read(data, pos, be);
            if (!char.IsSurrogate(c)) { sb.Append(c); pos += 2; continue; }
            if (char.IsHighSurrogate(c))
            {
                if (n - pos < 4)
                {
                    if (!final) break;
                    if (handler.IsSurrogatePass) { sb.Append(c); pos += 2; continue; }
                    pos = handler.HandleDecode(ts, encoding, data, pos, n, "unexpected end of data", sb);
                    if (pos < 0) return null;
                    continue;
                }
                char d = Read(data, pos + 2, be);
                if (char.IsLowSurrogate(d)) { sb.Append(c).Append(d); pos += 4; continue; }
                if (handler.IsSurrogatePass) { sb.Append(c); pos += 2; continue; }
                pos = handler.HandleDecode(ts, encoding, data, pos, pos + 2, "illegal UTF-16 surrogate", sb);
                if (pos < 0) return null;
                continue;
            }
            if (handler.IsSurrogatePass) { sb.Append(c); pos += 2; continue; }
            pos = handler.HandleDecode(ts, encoding, data, pos, pos + 2, "illegal encoding", sb);
            if (pos < 0) return null;
        }
        consumed = pos;
        return sb.ToString();
    }

    static char Read(ReadOnlySpan<byte> d, int i, bool be) =>
        be ? (char)((d[i] << 8) | d[i + 1]) : (char)(d[i] | (d[i + 1] << 8));

    public static byte[]? Encode(ThreadState ts, string text, CodecErrorHandler handler, bool bigEndian, bool bom)
    {
        var output = new List<byte>(text.Length * 2 + 2);
        if (bom) Write(output, '\uFEFF', bigEndian);
        string encoding = bom ? "utf-16" : bigEndian ? "utf-16-be" : "utf-16-le";
        int i = 0;
        while (i < text.Length)
        {
            if (!Utf8Codec.IsLoneSurrogateAt(text, i) || handler.IsSurrogatePass)
            {
                Write(output, text[i], bigEndian);
                i++;
                continue;
            }
            int start = i;
            while (i < text.Length && Utf8Codec.IsLoneSurrogateAt(text, i)) i++;
            i = handler.HandleEncode(ts, encoding, text, start, i, "surrogates not allowed", out var replacement, out var raw);
            if (i < 0) return null;
            if (raw is not null)
            {
                // As CPython: bytes from a handler must be whole code units.
                if (raw.Length % 2 != 0)
                {
                    CodecErrorHandler.RaiseEncode(ts, encoding, text, start, start + 1, "surrogates not allowed");
                    return null;
                }
                output.AddRange(raw);
                continue;
            }
            foreach (char r in replacement!) Write(output, r, bigEndian);
        }
        return output.ToArray();
    }

    static void Write(List<byte> output, char c, bool be)
    {
        if (be) { output.Add((byte)(c >> 8)); output.Add((byte)c); }
        else { output.Add((byte)c); output.Add((byte)(c >> 8)); }
    }
}
