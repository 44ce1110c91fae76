using System.Text;

namespace Isolated.Parsing;

/// <summary>
/// Turns source (a .NET string, or bytes honouring a UTF-8 BOM and a PEP 263 coding declaration) into the
/// UTF-8, '\n'-only form the <see cref="Tokenizer"/> reads. Supported declared encodings: utf-8, latin-1
/// (iso-8859-1 and aliases) and ascii; any other raises SyntaxError "unknown encoding: NAME".
/// </summary>
public static class SourceDecoder
{
    public static SourceText FromString(string source, string filename)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(source);
        return Normalize(utf8, 0, utf8.Length, filename);
    }

    public static SourceText FromBytes(byte[] source, string filename)
    {
        int start = 0;
        bool bom = source.Length >= 3 && source[0] == 0xEF && source[1] == 0xBB && source[2] == 0xBF;
        if (bom)
            start = 3;
        string? encoding = FindCodingDeclaration(source, start, out int declLine);
        if (encoding is not null)
        {
            string norm = NormalizeEncodingName(encoding);
            string lower = encoding.ToLowerInvariant().Replace('_', '-');
            if (bom && lower != "utf-8" && !lower.StartsWith("utf-8-", StringComparison.Ordinal))
                throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, "encoding problem: " + encoding + " with BOM",
                    filename, declLine, 0, 0, 0, null);
            switch (norm)
            {
                case "utf-8":
                    break;
                case "latin-1":
                {
                    var chars = new char[source.Length - start];
                    for (int i = start; i < source.Length; i++)
                        chars[i - start] = (char)source[i];
                    byte[] utf8 = Encoding.UTF8.GetBytes(chars);
                    return Normalize(utf8, 0, utf8.Length, filename);
                }
                case "ascii":
                    for (int i = start; i < source.Length; i++)
                    {
                        if (source[i] >= 0x80)
                            throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError,
                                $"(unicode error) 'ascii' codec can't decode byte 0x{source[i]:x2} in position {i - start}: ordinal not in range(128)",
                                filename, 0, 0, 0, 0, null);
                    }
                    break;
                default:
                {
                    // Other code pages (cp1252, koi8-r, ...) through .NET's code page provider, used directly so
                    // that nothing process-wide is registered.
                    Encoding? enc = null;
                    try
                    {
                        enc = CodePagesEncodingProvider.Instance.GetEncoding(norm);
                    }
                    catch (ArgumentException)
                    {
                    }
                    if (enc is null)
                        throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, "unknown encoding: " + encoding, filename, declLine, 0, 0, 0, null);
                    byte[] utf8 = Encoding.UTF8.GetBytes(enc.GetString(source, start, source.Length - start));
                    return Normalize(utf8, 0, utf8.Length, filename);
                }
            }
        }
        ValidateUtf8(source, start, filename);
        return Normalize(source, start, source.Length - start, filename);
    }

    private static void ValidateUtf8(byte[] source, int start, string filename)
    {
        var span = new ReadOnlySpan<byte>(source, start, source.Length - start);
        if (System.Text.Unicode.Utf8.IsValid(span))
            return;
        int line = 1;
        int i = 0;
        while (i < span.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(span[i..], out _, out int n);
            if (status != System.Buffers.OperationStatus.Done)
                break;
            if (span[i] == '\n')
                line++;
            i += n;
        }
        throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError,
            $"(unicode error) 'utf-8' codec can't decode byte 0x{span[i]:x2} in position {i}: invalid start byte",
            filename, line, 0, 0, 0, null);
    }

    private static string NormalizeEncodingName(string name)
    {
        string n = name.ToLowerInvariant().Replace('_', '-');
        if (n == "utf-8" || n.StartsWith("utf-8-", StringComparison.Ordinal) || n == "utf8")
            return "utf-8";
        if (n is "latin-1" or "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "iso-latin-1" or "8859" or "cp819" or "latin"
            || n.StartsWith("latin-1-", StringComparison.Ordinal) || n.StartsWith("iso-8859-1-", StringComparison.Ordinal)
            || n.StartsWith("iso-latin-1-", StringComparison.Ordinal))
            return "latin-1";
        if (n is "ascii" or "us-ascii" or "646")
            return "ascii";
        return n;
    }

    /// <summary>Looks for "coding[:=]NAME" in a comment on line 1, or on line 2 when line 1 is blank or a comment.</summary>
    private static string? FindCodingDeclaration(byte[] src, int start, out int line)
    {
        line = 0;
        int pos = start;
        for (int l = 1; l <= 2 && pos < src.Length; l++)
        {
            int end = Array.IndexOf(src, (byte)'\n', pos);
            if (end < 0)
                end = src.Length;
            int p = pos;
            while (p < end && (src[p] == ' ' || src[p] == '\t' || src[p] == '\f'))
                p++;
            if (p < end && src[p] == '#')
            {
                string comment = Encoding.Latin1.GetString(src, p, end - p);
                int idx = comment.IndexOf("coding", StringComparison.Ordinal);
                if (idx >= 0 && idx + 6 < comment.Length && (comment[idx + 6] == ':' || comment[idx + 6] == '='))
                {
                    int q = idx + 7;
                    while (q < comment.Length && (comment[q] == ' ' || comment[q] == '\t'))
                        q++;
                    int nameStart = q;
                    while (q < comment.Length && (char.IsAsciiLetterOrDigit(comment[q]) || comment[q] is '-' or '_' or '.'))
                        q++;
                    if (q > nameStart)
                    {
                        line = l;
                        return comment[nameStart..q];
                    }
                }
            }
            else if (p < end && src[p] != '\r')
            {
                return null; // a line of code: the declaration can only be on line 1 or a following line 2
            }
            pos = end + 1;
        }
        return null;
    }

    /// <summary>Copies the text with "\r\n" and lone "\r" turned into "\n".</summary>
    private static SourceText Normalize(byte[] src, int start, int length, string filename)
    {
        if (Array.IndexOf(src, (byte)0, start, length) >= 0)
            throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, "source code string cannot contain null bytes", filename, 0, 0, 0, 0, null);
        int crIndex = Array.IndexOf(src, (byte)'\r', start, length);
        if (crIndex < 0 && start == 0)
            return new SourceText(src, length, filename);
        var dst = new byte[length];
        int n = 0;
        for (int i = start; i < start + length; i++)
        {
            byte b = src[i];
            if (b == '\r')
            {
                dst[n++] = (byte)'\n';
                if (i + 1 < start + length && src[i + 1] == '\n')
                    i++;
            }
            else
                dst[n++] = b;
        }
        return new SourceText(dst, n, filename);
    }
}
