using System.Text;
using Isolated.Runtime;

namespace Isolated.Text;

/// <summary>UTF-32: 'utf-32' reads a BOM (defaulting to little-endian) and writes one.</summary>
public static class Utf32Codec
{
    public static string? Decode(ThreadState ts, ReadOnlySpan<byte> data, CodecErrorHandler handler, bool? bigEndian)
    {
        int pos = 0;
        bool be;
        if (bigEndian is null)
        {
            be = false;
            if (data.Length >= 4 && data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0) pos = 4;
            else if (data.Length >= 4 && data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF) { be = true; pos = 4; }
        }
        else be = bigEndian.Value;
        string encoding = be ? "utf-32-be" : "utf-32-le";
        var sb = new StringBuilder(data.Length / 4);
        int n = data.Length;
        while (pos < n)
        {
            if (n - pos < 4)
            {
                if (!handler.HandleDecode(ts, encoding, data, pos, n, "truncated data", sb)) return null;
                break;
            }
            uint cp = be
                ? (uint)(data[pos] << 24 | data[pos + 1] << 16 | data[pos + 2] << 8 | data[pos + 3])
                : (uint)(data[pos] | data[pos + 1] << 8 | data[pos + 2] << 16 | data[pos + 3] << 24);
            if (cp > 0x10FFFF)
            {
                if (!handler.HandleDecode(ts, encoding, data, pos, pos + 4, "code point not in range(0x110000)", sb)) return null;
            }
            else if (cp >= 0xD800 && cp <= 0xDFFF && !handler.IsSurrogatePass)
            {
                if (!handler.HandleDecode(ts, encoding, data, pos, pos + 4, "code point in surrogate code point range(0xd800, 0xe000)", sb)) return null;
            }
            else Unicode.UnicodeTables.AppendCodePoint(sb, (int)cp);
            pos += 4;
        }
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
            if (!handler.HandleEncode(ts, encoding, text, start, i, "surrogates not allowed", out var replacement, out var raw))
                return null;
            if (raw is not null)
            {
                ts.Raise(Objects.ExceptionKind.UnicodeEncodeError, "surrogateescape produced bytes for utf-32");
                return null;
            }
            foreach (char r in replacement!) Write(output, r, bigEndian);
        }
        return output.ToArray();
    }

    static void Write(List<byte> output, int cp, bool be)
    {
        if (be) { output.Add((byte)(cp >> 24)); output.Add((byte)(cp >> 16)); output.Add((byte)(cp >> 8)); output.Add((byte)cp); }
        else { output.Add((byte)cp); output.Add((byte)(cp >> 8)); output.Add((byte)(cp >> 16)); output.Add((byte)(cp >> 24)); }
    }
}
