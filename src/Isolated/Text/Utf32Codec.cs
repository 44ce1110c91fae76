using System.Text;
using Isolated.Runtime;

namespace Isolated.Text;

/// <summary>UTF-32: 'utf-32' reads a BOM (defaulting to little-endian) and writes one.</summary>
public static class Utf32Codec
{
    public static string? Decode(ThreadState ts, ReadOnlySpan<byte> data, CodecErrorHandler handler, bool? bigEndian)
    {
        int byteOrder = bigEndian is null ? 0 : bigEndian.Value ? 1 : -1;
        return Decode(ts, data, handler, ref byteOrder, final: true, out _);
    }

    /// <summary>CPython's utf_32_ex_decode; <paramref name="byteOrder"/> as for UTF-16.</summary>
    public static string? Decode(ThreadState ts, ReadOnlySpan<byte> data, CodecErrorHandler handler, ref int byteOrder, bool final, out int consumed)
    {
        int pos = 0;
        consumed = 0;
        if (byteOrder == 0)
        {
            if (data.Length < 4 && !final) return "";
            if (data.Length >= 4 && data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0) { byteOrder = -1; pos = 4; }
            else if (data.Length >= 4 && data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF) { byteOrder = 1; pos = 4; }
        }
        bool be = byteOrder > 0;
        string encoding = be ? "utf-32-be" : "utf-32-le";
        var sb = new StringBuilder(data.Length / 4);
        int n = data.Length;
        while (pos < n)
        {
            if (n - pos < 4)
            {
                if (!final) break;
                pos = handler.HandleDecode(ts, encoding, data, pos, n, "truncated data", sb);
                if (pos < 0) return null;
                continue;
            }
            uint cp = be
                ? (uint)(data[pos] << 24 | data[pos + 1] << 16 | data[pos + 2] << 8 | data[pos + 3])
                : (uint)(data[pos] | data[pos + 1] << 8 | data[pos + 2] << 16 | data[pos + 3] << 24);
            if (cp > 0x10FFFF)
                pos = handler.HandleDecode(ts, encoding, data, pos, pos + 4, "code point not in range(0x110000)", sb);
            else if (cp >= 0xD800 && cp <= 0xDFFF && !handler.IsSurrogatePass)
                pos = handler.HandleDecode(ts, encoding, data, pos, pos + 4, "code point in surrogate code point range(0xd800, 0xe000)", sb);
            else
            {
                Unicode.UnicodeTables.AppendCodePoint(sb, (int)cp);
                pos += 4;
            }
            if (pos < 0) return null;
        }
        consumed = pos;
        return sb.ToString();
    }

    public static byte[]? Encode(ThreadState ts, string text, CodecErrorHandler handler, bool bigEndian, bool bom)
    {
        var output = new List<byte>(text.Length * 4 + 4);
        if (bom) Write(output, 0xFEFF, bigEndian);
        string encoding = bom ? "utf-32" : bigEndian ? "utf-32-be" : "utf-32-le";
        int i = 0;
        while (i < text.Length)
        {
            if (!Utf8Codec.IsLoneSurrogateAt(text, i) || handler.IsSurrogatePass)
            {
                Write(output, Objects.PyStr.NextCodePoint(text, ref i), bigEndian);
                continue;
            }
            int start = i;
            while (i < text.Length && Utf8Codec.IsLoneSurrogateAt(text, i)) i++;
            i = handler.HandleEncode(ts, encoding, text, start, i, "surrogates not allowed", out var replacement, out var raw);
            if (i < 0) return null;
            if (raw is not null)
            {
                if (raw.Length % 4 != 0)
                {
                    CodecErrorHandler.RaiseEncode(ts, encoding, text, start, start + 1, "surrogates not allowed");
                    return null;
                }
                output.AddRange(raw);
                continue;
            }
            for (int k = 0; k < replacement!.Length;) Write(output, Objects.PyStr.NextCodePoint(replacement, ref k), bigEndian);
        }
        return output.ToArray();
    }

    static void Write(List<byte> output, int cp, bool be)
    {
        if (be) { output.Add((byte)(cp >> 24)); output.Add((byte)(cp >> 16)); output.Add((byte)(cp >> 8)); output.Add((byte)cp); }
        else { output.Add((byte)cp); output.Add((byte)(cp >> 8)); output.Add((byte)(cp >> 16)); output.Add((byte)(cp >> 24)); }
    }
}
