namespace Isolated.CApi.Boundary;

/// <summary>
/// The locale encoding of Py_DecodeLocale/Py_EncodeLocale: UTF-8 with surrogateescape, as
/// CPython's UTF-8 mode. Works on code points (wchar_t is UTF-32 here) and needs no thread state,
/// since hosts call these before Py_Initialize.
/// </summary>
internal static class LocaleCodec
{
    /// <summary>Code points of <paramref name="data"/>; a byte that does not start a valid UTF-8
    /// sequence becomes U+DC00 + byte.</summary>
    public static List<int> Decode(ReadOnlySpan<byte> data)
    {
        var result = new List<int>(data.Length);
        int i = 0;
        while (i < data.Length)
        {
            int b = data[i];
            int need = b < 0x80 ? 0 : b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
            int cp = need switch { 0 => b, 1 => b & 0x1F, 2 => b & 0x0F, 3 => b & 0x07, _ => 0 };
            bool ok = need >= 0 && i + need < data.Length;
            if (ok && need > 0)
            {
                for (int k = 1; ok && k <= need; k++)
                {
                    int c = data[i + k];
                    if ((c & 0xC0) != 0x80) ok = false;
                    else cp = (cp << 6) | (c & 0x3F);
                }
                // Overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8.
                if (ok && ((need == 2 && cp < 0x800) || (need == 3 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF)))
                    ok = false;
            }
            if (!ok)
            {
                result.Add(0xDC00 + b);
                i++;
                continue;
            }
            result.Add(cp);
            i += need + 1;
        }
        return result;
    }

    /// <summary>UTF-8 of <paramref name="text"/>, with U+DC80..U+DCFF back to their bytes; null
    /// (and the index in <paramref name="badIndex"/>) for another surrogate or a non-code point.</summary>
    public static byte[]? Encode(ReadOnlySpan<int> text, out int badIndex)
    {
        badIndex = -1;
        var bytes = new List<byte>(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            int cp = text[i];
            if (cp >= 0xDC80 && cp <= 0xDCFF) { bytes.Add((byte)(cp - 0xDC00)); continue; }
            if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) { badIndex = i; return null; }
            if (cp < 0x80) bytes.Add((byte)cp);
            else if (cp < 0x800) { bytes.Add((byte)(0xC0 | (cp >> 6))); bytes.Add((byte)(0x80 | (cp & 0x3F))); }
            else if (cp < 0x10000)
            {
                bytes.Add((byte)(0xE0 | (cp >> 12)));
                bytes.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
                bytes.Add((byte)(0x80 | (cp & 0x3F)));
            }
            else
            {
                bytes.Add((byte)(0xF0 | (cp >> 18)));
                bytes.Add((byte)(0x80 | ((cp >> 12) & 0x3F)));
                bytes.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
                bytes.Add((byte)(0x80 | (cp & 0x3F)));
            }
        }
        return bytes.ToArray();
    }
}
