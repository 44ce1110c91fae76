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
        int pos = 0;
        bool be;
        if (bigEndian is null)
        {
            be = false;
            if (data.Length >= 2 && data[0] == 0xFF && data[1] == 0xFE) pos = 2;
            else if (data.Length >= 2 && data[0] == 0xFE && data[1] == 0xFF) { be = true; pos = 2; }
        }
        else be = bigEndian.Value;
        string encoding = be ? "utf-16-be" : "utf-16-le";
        var sb = new StringBuilder(data.Length / 2);
        int n = data.Length;
        while (pos < n)
        {
            if (n - pos < 2)
            {
                if (!handler.HandleDecode(ts, encoding, data, pos, n, "truncated data", sb)) return null;
                break;
            }
            char c = Read(data, pos, be);
            if (!char.IsSurrogate(c)) { sb.Append(c); pos += 2; continue; }
            if (char.IsHighSurrogate(c))
            {
                if (n - pos < 4)
                {
                    if (handler.IsSurrogatePass && n - pos >= 2) { sb.Append(c); pos += 2; continue; }
                    if (!handler.HandleDecode(ts, encoding, data, pos, n, "unexpected end of data", sb)) return null;
                    break;
                }
                char d = Read(data, pos + 2, be);
                if (char.IsLowSurrogate(d)) { sb.Append(c).Append(d); pos += 4; continue; }
                if (handler.IsSurrogatePass) { sb.Append(c); pos += 2; continue; }
                if (!handler.HandleDecode(ts, encoding, data, pos, pos + 2, "illegal UTF-16 surrogate", sb)) return null;
                pos += 2;
                continue;
            }
            if (handler.IsSurrogatePass) { sb.Append(c); pos += 2; continue; }
            if (!handler.HandleDecode(ts, encoding, data, pos, pos + 2, "illegal encoding", sb)) return null;
            pos += 2;
        }
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
            if (!handler.HandleEncode(ts, encoding, text, start, i, "surrogates not allowed", out var replacement, out var raw))
                return null;
            if (raw is not null)
            {
                ts.Raise(Objects.ExceptionKind.UnicodeEncodeError, "surrogateescape produced bytes for utf-16");
                return null;
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
