using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Isolated.Runtime;

namespace Isolated.Text;

/// <summary>UTF-8 with Python's error ranges: .NET's vectorised transcoder handles the valid
/// runs; at an invalid sequence the maximal invalid subpart is classified as CPython does
/// ("invalid start byte", "invalid continuation byte", "unexpected end of data").</summary>
public static class Utf8Codec
{
    public static string? Decode(ThreadState ts, ReadOnlySpan<byte> data, CodecErrorHandler handler, string encoding) =>
        Decode(ts, data, handler, encoding, final: true, out _);

    /// <summary>Decodes <paramref name="data"/>; unless <paramref name="final"/>, an incomplete
    /// sequence at the end is left unconsumed (<paramref name="consumed"/> stops before it), as the
    /// incremental decoder needs.</summary>
    public static string? Decode(ThreadState ts, ReadOnlySpan<byte> data, CodecErrorHandler handler, string encoding, bool final, out int consumed)
    {
        consumed = data.Length;
        if (data.Length == 0) return "";
        char[] buffer = ArrayPool<char>.Shared.Rent(data.Length);
        try
        {
            var status = Utf8.ToUtf16(data, buffer, out int read, out int written, replaceInvalidSequences: false, isFinalBlock: true);
            if (status == OperationStatus.Done) return new string(buffer, 0, written);
            var sb = new StringBuilder(data.Length + 16);
            sb.Append(buffer, 0, written);
            int pos = read;
            while (pos < data.Length)
            {
                Classify(data, pos, out int end, out string reason);
                if (handler.IsSurrogatePass && TrySurrogate(data, pos, out int surrogate))
                {
                    sb.Append((char)surrogate);
                    pos += 3;
                }
                else if (!final && end == data.Length && reason == UnexpectedEnd)
                {
                    consumed = pos;
                    break;
                }
                else
                {
                    pos = handler.HandleDecode(ts, encoding, data, pos, end, reason, sb);
                    if (pos < 0) return null;
                }
                if (pos >= data.Length) break;
                status = Utf8.ToUtf16(data[pos..], buffer, out read, out written, replaceInvalidSequences: false, isFinalBlock: true);
                sb.Append(buffer, 0, written);
                pos += read;
                if (status == OperationStatus.Done) break;
            }
            return sb.ToString();
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    const string UnexpectedEnd = "unexpected end of data";

    static bool IsContinuation(byte b) => (b & 0xC0) == 0x80;

    /// <summary>The end of the maximal invalid subpart starting at <paramref name="i"/>.</summary>
    static void Classify(ReadOnlySpan<byte> d, int i, out int end, out string reason)
    {
        byte b = d[i];
        int n = d.Length;
        int need;
        byte lo = 0x80, hi = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) need = 1;
        else if (b >= 0xE0 && b <= 0xEF)
        {
            need = 2;
            if (b == 0xE0) lo = 0xA0;
            else if (b == 0xED) hi = 0x9F;
        }
        else if (b >= 0xF0 && b <= 0xF4)
        {
            need = 3;
            if (b == 0xF0) lo = 0x90;
            else if (b == 0xF4) hi = 0x8F;
        }
        else
        {
            end = i + 1;
            reason = "invalid start byte";
            return;
        }
        for (int k = 1; k <= need; k++)
        {
            if (i + k >= n)
            {
                end = n;
                reason = UnexpectedEnd;
                return;
            }
            byte c = d[i + k];
            bool ok = k == 1 ? c >= lo && c <= hi : IsContinuation(c);
            if (!ok)
            {
                end = i + k;
                reason = "invalid continuation byte";
                return;
            }
        }
        // A complete valid sequence cannot reach here; treat defensively as one bad byte.
        end = i + 1;
        reason = "invalid start byte";
    }

    /// <summary>surrogatepass: ED A0..BF 80..BF is an encoded surrogate.</summary>
    static bool TrySurrogate(ReadOnlySpan<byte> d, int i, out int cp)
    {
        cp = 0;
        if (i + 2 >= d.Length || d[i] != 0xED || d[i + 1] < 0xA0 || d[i + 1] > 0xBF || !IsContinuation(d[i + 2])) return false;
        cp = 0xD000 | ((d[i + 1] & 0x3F) << 6) | (d[i + 2] & 0x3F);
        return true;
    }

    public static byte[]? Encode(ThreadState ts, string text, CodecErrorHandler handler, bool bom)
    {
        bool clean = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0 || !HasLoneSurrogate(text);
        if (clean && !bom) return Encoding.UTF8.GetBytes(text);
        var output = new List<byte>(text.Length + 8);
        if (bom) output.AddRange([0xEF, 0xBB, 0xBF]);
        if (clean)
        {
            output.AddRange(Encoding.UTF8.GetBytes(text));
            return output.ToArray();
        }
        int i = 0;
        while (i < text.Length)
        {
            int runStart = i;
            while (i < text.Length && !IsLoneSurrogateAt(text, i))
                i += char.IsHighSurrogate(text[i]) ? 2 : 1;
            if (i > runStart) output.AddRange(Encoding.UTF8.GetBytes(text.Substring(runStart, i - runStart)));
            if (i >= text.Length) break;
            int badStart = i;
            while (i < text.Length && IsLoneSurrogateAt(text, i)) i++;
            if (handler.IsSurrogatePass)
            {
                for (int k = badStart; k < i; k++)
                {
                    int c = text[k];
                    output.Add((byte)(0xE0 | (c >> 12)));
                    output.Add((byte)(0x80 | ((c >> 6) & 0x3F)));
                    output.Add((byte)(0x80 | (c & 0x3F)));
                }
                continue;
            }
            i = handler.HandleEncode(ts, "utf-8", text, badStart, i, "surrogates not allowed", out var replacement, out var raw);
            if (i < 0) return null;
            if (raw is not null) output.AddRange(raw);
            else
            {
                // As CPython: a str replacement must be ASCII.
                if (replacement!.AsSpan().IndexOfAnyInRange('\u0080', '\uFFFF') >= 0)
                {
                    CodecErrorHandler.RaiseEncode(ts, "utf-8", text, badStart, badStart + 1, "surrogates not allowed");
                    return null;
                }
                output.AddRange(Encoding.ASCII.GetBytes(replacement));
            }
        }
        return output.ToArray();
    }

    static bool HasLoneSurrogate(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (IsLoneSurrogateAt(s, i)) return true;
            if (char.IsHighSurrogate(s[i])) i++;
        }
        return false;
    }

    /// <summary>A surrogate at <paramref name="i"/> that is not half of a valid pair.</summary>
    public static bool IsLoneSurrogateAt(string s, int i)
    {
        char c = s[i];
        if (char.IsHighSurrogate(c)) return i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1]);
        if (char.IsLowSurrogate(c)) return i == 0 || !char.IsHighSurrogate(s[i - 1]);
        return false;
    }
}
