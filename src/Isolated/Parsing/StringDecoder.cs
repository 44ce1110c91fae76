using System.Text;

namespace Isolated.Parsing;

/// <summary>
/// Decodes the body of a string or bytes literal (the UTF-8 text between the quotes) into its value,
/// applying backslash escapes unless raw. Errors are reported with CPython's codec messages through
/// <see cref="EscapeException"/>; unknown escapes are kept and reported through a warning callback.
/// </summary>
internal static class StringDecoder
{
    internal sealed class EscapeException : Exception
    {
        public EscapeException(string message)
            : base(message)
        {
        }
    }

    /// <param name="collapseBraces">f-string literal text: "{{" and "}}" stand for one brace.</param>
    public static string DecodeStr(ReadOnlySpan<byte> body, bool raw, bool collapseBraces, IUnicodeNameResolver? names,
        Action<string>? warn)
    {
        int special = collapseBraces ? body.IndexOfAny((byte)'\\', (byte)'{', (byte)'}') : body.IndexOf((byte)'\\');
        if (special < 0 || (raw && !collapseBraces))
            return Encoding.UTF8.GetString(body);
        var sb = new StringBuilder(body.Length);
        int i = 0;
        while (i < body.Length)
        {
            int rel = collapseBraces ? body[i..].IndexOfAny((byte)'\\', (byte)'{', (byte)'}') : body[i..].IndexOf((byte)'\\');
            if (rel < 0)
            {
                sb.Append(Encoding.UTF8.GetString(body[i..]));
                break;
            }
            if (rel > 0)
                sb.Append(Encoding.UTF8.GetString(body.Slice(i, rel)));
            i += rel;
            byte c = body[i];
            if (c == '{' || c == '}')
            {
                sb.Append((char)c);
                i += i + 1 < body.Length && body[i + 1] == c ? 2 : 1;
                continue;
            }
            // Backslash.
            if (raw || i + 1 >= body.Length)
            {
                sb.Append('\\');
                i++;
                if (raw && i < body.Length && body[i] is not ((byte)'{' or (byte)'}'))
                {
                    int len = Utf8Length(body[i]);
                    sb.Append(Encoding.UTF8.GetString(body.Slice(i, Math.Min(len, body.Length - i))));
                    i += len;
                }
                continue;
            }
            int start = i;
            byte e = body[i + 1];
            if (collapseBraces && e is (byte)'{' or (byte)'}')
            {
                // "\{" in an f-string: the backslash stays, the brace keeps its f-string meaning.
                warn?.Invoke($"invalid escape sequence '\\{(char)e}'");
                sb.Append('\\');
                i++;
                continue;
            }
            i += 2;
            switch (e)
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
                    int v = e - '0';
                    int n = 1;
                    while (n < 3 && i < body.Length && body[i] >= '0' && body[i] <= '7')
                    {
                        v = v * 8 + (body[i] - '0');
                        i++;
                        n++;
                    }
                    if (v > 0xFF)
                        warn?.Invoke($"invalid octal escape sequence '\\{Encoding.ASCII.GetString(body.Slice(start + 1, i - start - 1))}'");
                    sb.Append((char)v);
                    break;
                }
                case (byte)'x':
                    AppendCodePoint(sb, Hex(body, ref i, 2, start, "truncated \\xXX escape"), start, i);
                    break;
                case (byte)'u':
                    AppendCodePoint(sb, Hex(body, ref i, 4, start, "truncated \\uXXXX escape"), start, i);
                    break;
                case (byte)'U':
                    AppendCodePoint(sb, Hex(body, ref i, 8, start, "truncated \\UXXXXXXXX escape"), start, i);
                    break;
                case (byte)'N':
                {
                    if (i >= body.Length || body[i] != '{')
                        throw Unicode(start, Math.Min(i, body.Length) - 1, "malformed \\N character escape");
                    int close = body[i..].IndexOf((byte)'}');
                    if (close < 0)
                        throw Unicode(start, body.Length - 1, "malformed \\N character escape");
                    string name = Encoding.UTF8.GetString(body.Slice(i + 1, close - 1));
                    int end = i + close;
                    int cp = name.Length == 0 || names is null ? -1 : names.Lookup(name);
                    if (cp < 0)
                        throw Unicode(start, end, name.Length == 0 ? "malformed \\N character escape" : "unknown Unicode character name");
                    AppendUtf16(sb, cp);
                    i = end + 1;
                    break;
                }
                default:
                {
                    int len = Utf8Length(e);
                    string ch = Encoding.UTF8.GetString(body.Slice(start + 1, Math.Min(len, body.Length - start - 1)));
                    warn?.Invoke($"invalid escape sequence '\\{ch}'");
                    sb.Append('\\').Append(ch);
                    i = start + 1 + len;
                    break;
                }
            }
        }
        return sb.ToString();
    }

    private static int Utf8Length(byte lead) => lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;

    private static int Hex(ReadOnlySpan<byte> body, ref int i, int digits, int start, string truncated)
    {
        int v = 0;
        for (int k = 0; k < digits; k++)
        {
            if (i >= body.Length || !IsHex(body[i]))
                throw Unicode(start, Math.Min(i, body.Length) - 1, truncated);
            v = v * 16 + HexValue(body[i]);
            i++;
            if (v < 0)
                throw Unicode(start, i - 1, "illegal Unicode character");
        }
        return v;
    }

    private static void AppendCodePoint(StringBuilder sb, int cp, int start, int end)
    {
        if (cp > 0x10FFFF || cp < 0)
            throw Unicode(start, end - 1, "illegal Unicode character");
        AppendUtf16(sb, cp);
    }

    /// <summary>Appends a code point; surrogate code points stay lone UTF-16 units (Python allows them in str).</summary>
    private static void AppendUtf16(StringBuilder sb, int cp)
    {
        if (cp < 0x10000)
        {
            sb.Append((char)cp);
            return;
        }
        cp -= 0x10000;
        sb.Append((char)(0xD800 + (cp >> 10)));
        sb.Append((char)(0xDC00 + (cp & 0x3FF)));
    }

    private static EscapeException Unicode(int start, int end, string reason) =>
        new($"(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {reason}");

    private static bool IsHex(byte c) => (uint)(c - '0') <= 9 || (uint)((c | 0x20) - 'a') <= 5;

    private static int HexValue(byte c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    /// <summary>Decodes a bytes literal body; only ASCII characters are allowed.</summary>
    public static byte[] DecodeBytes(ReadOnlySpan<byte> body, bool raw, Action<string>? warn)
    {
        foreach (byte b in body)
        {
            if (b >= 0x80)
                throw new EscapeException("bytes can only contain ASCII literal characters");
        }
        if (raw || body.IndexOf((byte)'\\') < 0)
            return body.ToArray();
        var result = new List<byte>(body.Length);
        int i = 0;
        while (i < body.Length)
        {
            byte c = body[i];
            if (c != '\\' || i + 1 >= body.Length)
            {
                result.Add(c);
                i++;
                continue;
            }
            int start = i;
            byte e = body[i + 1];
            i += 2;
            switch (e)
            {
                case (byte)'\n': break;
                case (byte)'\\': result.Add((byte)'\\'); break;
                case (byte)'\'': result.Add((byte)'\''); break;
                case (byte)'"': result.Add((byte)'"'); break;
                case (byte)'a': result.Add(7); break;
                case (byte)'b': result.Add(8); break;
                case (byte)'f': result.Add(12); break;
                case (byte)'n': result.Add(10); break;
                case (byte)'r': result.Add(13); break;
                case (byte)'t': result.Add(9); break;
                case (byte)'v': result.Add(11); break;
                case >= (byte)'0' and <= (byte)'7':
                {
                    int v = e - '0';
                    int n = 1;
                    while (n < 3 && i < body.Length && body[i] >= '0' && body[i] <= '7')
                    {
                        v = v * 8 + (body[i] - '0');
                        i++;
                        n++;
                    }
                    if (v > 0xFF)
                        warn?.Invoke($"invalid octal escape sequence '\\{Encoding.ASCII.GetString(body.Slice(start + 1, i - start - 1))}'");
                    result.Add((byte)v);
                    break;
                }
                case (byte)'x':
                    if (i + 1 < body.Length && IsHex(body[i]) && IsHex(body[i + 1]))
                    {
                        result.Add((byte)(HexValue(body[i]) * 16 + HexValue(body[i + 1])));
                        i += 2;
                    }
                    else
                        throw new EscapeException($"(value error) invalid \\x escape at position {start}");
                    break;
                default:
                    warn?.Invoke($"invalid escape sequence '\\{(char)e}'");
                    result.Add((byte)'\\');
                    result.Add(e);
                    break;
            }
        }
        return result.ToArray();
    }
}
