using System.Text;

namespace Isolated.Parsing;

/// <summary>
/// UTF-8 source plus the helpers that turn byte positions into what <see cref="PythonSyntaxError"/> reports
/// (character offsets and the source line).
/// </summary>
public sealed class SourceText
{
    public byte[] Bytes { get; private set; }
    public int Length { get; private set; }
    public string Filename { get; }

    public SourceText(byte[] utf8, int length, string filename)
    {
        Bytes = utf8;
        Length = length;
        Filename = filename;
    }

    /// <summary>
    /// Adds source read on demand (tokenize's readline): UTF-8 with '\n' newlines. <see cref="Bytes"/> may be
    /// replaced by a larger array; offsets into it stay valid.
    /// </summary>
    public void Append(ReadOnlySpan<byte> utf8)
    {
        if (Length + utf8.Length > Bytes.Length)
        {
            var grown = new byte[Math.Max(Length + utf8.Length, Math.Max(256, Bytes.Length * 2))];
            Buffer.BlockCopy(Bytes, 0, grown, 0, Length);
            Bytes = grown;
        }
        utf8.CopyTo(Bytes.AsSpan(Length));
        Length += utf8.Length;
    }

    /// <summary>Byte offset where 1-based <paramref name="line"/> starts (Length when past the end).</summary>
    public int LineStart(int line)
    {
        int pos = 0;
        for (int l = 1; l < line; l++)
        {
            int nl = Array.IndexOf(Bytes, (byte)'\n', pos, Length - pos);
            if (nl < 0)
                return Length;
            pos = nl + 1;
        }
        return pos;
    }

    /// <summary>The text of 1-based <paramref name="line"/>, including its newline if it has one.</summary>
    public string? LineText(int line)
    {
        if (line < 1)
            return null;
        int start = LineStart(line);
        if (start >= Length && line > 1)
            return null;
        int nl = Array.IndexOf(Bytes, (byte)'\n', start, Length - start);
        int end = nl < 0 ? Length : nl + 1;
        return Encoding.UTF8.GetString(Bytes, start, end - start);
    }

    /// <summary>Converts a 0-based UTF-8 byte column on <paramref name="line"/> to a 0-based code point column.</summary>
    public int CharColumn(int line, int byteCol)
    {
        if (byteCol <= 0)
            return byteCol;
        int start = LineStart(line);
        int count = 0;
        int end = Math.Min(start + byteCol, Length);
        for (int i = start; i < end; i++)
        {
            if ((Bytes[i] & 0xC0) != 0x80)
                count++;
        }
        return count + Math.Max(0, start + byteCol - end);
    }

    /// <summary>Builds an error at byte columns (0-based) converted to CPython's 1-based character offsets.</summary>
    public PythonSyntaxError Error(SyntaxErrorKind kind, string msg, int line, int byteCol, int endLine, int endByteCol)
    {
        int offset = CharColumn(line, byteCol) + 1;
        int endOffset = endLine <= 0 ? 0 : CharColumn(endLine, endByteCol) + 1;
        return new PythonSyntaxError(kind, msg, Filename, line, offset, endLine, endOffset, LineText(line));
    }
}
