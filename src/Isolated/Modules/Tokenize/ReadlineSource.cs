using System.Text;
using Isolated.Objects;
using Isolated.Parsing;
using Isolated.Runtime;

namespace Isolated.Modules.Tokenize;

/// <summary>
/// The source of a <see cref="PyTokenizerIter"/>: calls the Python <c>readline</c> only when the tokenizer
/// needs more, appends the lines to the tokenizer's text ('\r\n' stored as '\n', remembered per line so that
/// tokens and lines give the '\r' back), and answers what tokenize reports in characters: columns in code
/// points and the text of physical lines.
/// </summary>
public sealed class ReadlineSource : ISourceLineReader
{
    /// <summary>One physical line: where it starts in the text, whether it ended in "\r\n", whether it is all ASCII.</summary>
    private struct LineInfo
    {
        public int Start;
        public bool Crlf;
        public bool Ascii;
    }

    private readonly PyObject _readline;
    private readonly string? _encoding;
    private readonly List<LineInfo> _lines = new();
    private bool _lastLineOpen;
    private bool _anyCrlf;

    /// <summary>The thread state of the call now advancing the iterator (readline runs Python code).</summary>
    public ThreadState? Ts;

    public ReadlineSource(PyObject readline, string? encoding)
    {
        _readline = readline;
        _encoding = encoding;
    }

    /// <summary>Physical lines read so far.</summary>
    public int LineCount => _lines.Count;

    public bool ReadMore(SourceText text)
    {
        var ts = Ts!;
        bool any = false;
        while (true)
        {
            var r = Ops.Call(ts, _readline);
            if (r is null)
            {
                // tokenize.tokenize passes an iterator's __next__: StopIteration ends the input.
                if (Ops.IsError(ts, ExceptionKind.StopIteration))
                {
                    ts.CurrentException = null;
                    return any;
                }
                throw new ReadlineFailedException();
            }
            string? line = Decode(ts, r);
            if (line is null)
                throw new ReadlineFailedException();
            if (line.Length == 0)
                return any;
            if (line.Contains('\0'))
                throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, "source code cannot contain null bytes", text.Filename,
                    _lastLineOpen ? _lines.Count : _lines.Count + 1, 0, 0, 0, null);
            Append(text, line);
            any = true;
            if (line[^1] == '\n')
                return true;
        }
    }

    private string? Decode(ThreadState ts, PyObject r)
    {
        if (_encoding is null)
        {
            if (r is PyStr s)
                return s.Value;
            ts.Raise(ExceptionKind.TypeError, "readline() returned a non-string object");
            return null;
        }
        if (r is not PyBytes b)
        {
            ts.Raise(ExceptionKind.TypeError, "readline() returned a non-bytes object");
            return null;
        }
        // Valid UTF-8 decodes here; anything else goes to bytes.decode, which raises CPython's UnicodeDecodeError.
        if (_encoding is "utf-8" or "utf8" && System.Text.Unicode.Utf8.IsValid(b.Value))
            return Encoding.UTF8.GetString(b.Value);
        var decode = Ops.GetAttr(ts, r, ts.Interpreter.Str("decode"));
        var decoded = decode is null ? null : Ops.Call(ts, decode, ts.Interpreter.Str(_encoding));
        if (decoded is null)
            return null;
        if (decoded is PyStr ds)
            return ds.Value;
        ts.Raise(ExceptionKind.TypeError, "readline() returned a non-string object");
        return null;
    }

    private void Append(SourceText text, string chunk)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(chunk);
        int pos = 0;
        while (pos < utf8.Length)
        {
            int nl = Array.IndexOf(utf8, (byte)'\n', pos);
            int end = nl < 0 ? utf8.Length : nl + 1;
            bool crlf = nl > pos && utf8[nl - 1] == '\r';
            var segment = new ReadOnlySpan<byte>(utf8, pos, end - pos);
            bool ascii = System.Text.Ascii.IsValid(segment);
            if (_lastLineOpen)
            {
                var last = _lines[^1];
                last.Crlf = crlf;
                last.Ascii &= ascii;
                _lines[^1] = last;
            }
            else
                _lines.Add(new LineInfo { Start = text.Length, Crlf = crlf, Ascii = ascii });
            if (crlf)
            {
                text.Append(segment[..^2]);
                text.Append("\n"u8);
                _anyCrlf = true;
            }
            else
                text.Append(segment);
            _lastLineOpen = nl < 0;
            pos = end;
        }
    }

    /// <summary>The code point column of UTF-8 byte column <paramref name="byteCol"/> on 1-based <paramref name="line"/>.</summary>
    public int CharColumn(SourceText text, int line, int byteCol)
    {
        if (line < 1 || line > _lines.Count || byteCol <= 0)
            return byteCol;
        var info = _lines[line - 1];
        if (info.Ascii)
            return byteCol;
        int start = info.Start;
        int end = Math.Min(start + byteCol, text.Length);
        int count = 0;
        var bytes = text.Bytes;
        for (int i = start; i < end; i++)
        {
            if ((bytes[i] & 0xC0) != 0x80)
                count++;
        }
        return count;
    }

    /// <summary>Whether 1-based <paramref name="line"/> ended in "\r\n".</summary>
    public bool IsCrlf(int line) => line >= 1 && line <= _lines.Count && _lines[line - 1].Crlf;

    /// <summary>Physical lines <paramref name="first"/> to <paramref name="last"/> as read ("" past the input).</summary>
    public string Lines(SourceText text, int first, int last)
    {
        if (first < 1 || first > _lines.Count)
            return "";
        int start = _lines[first - 1].Start;
        int end = last < _lines.Count ? _lines[last].Start : text.Length;
        return Text(text, start, end, first);
    }

    /// <summary>The source between two byte offsets, the first on 1-based <paramref name="line"/>, with its "\r\n"s.</summary>
    public string Text(SourceText text, int start, int end, int line)
    {
        if (end <= start)
            return "";
        var bytes = text.Bytes;
        if (!_anyCrlf)
            return Encoding.UTF8.GetString(bytes, start, end - start);
        var sb = new StringBuilder(end - start + 4);
        int pos = start;
        while (pos < end)
        {
            int nl = Array.IndexOf(bytes, (byte)'\n', pos, end - pos);
            if (nl < 0)
            {
                sb.Append(Encoding.UTF8.GetString(bytes, pos, end - pos));
                break;
            }
            sb.Append(Encoding.UTF8.GetString(bytes, pos, nl - pos));
            sb.Append(IsCrlf(line) ? "\r\n" : "\n");
            line++;
            pos = nl + 1;
        }
        return sb.ToString();
    }
}
