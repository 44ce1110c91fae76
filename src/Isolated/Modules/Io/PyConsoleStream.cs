using System.Text;
using Isolated.Objects;

namespace Isolated.Modules.Io;

/// <summary>
/// A minimal text stream over a byte stream (the process's fd 0/1/2, or a host- or test-supplied
/// stream): what sys.stdin/stdout/stderr are until the full _io stack exists. UTF-8 only; output is
/// buffered in a byte buffer and flushed on newline when line-buffered, when full, or on flush().
/// </summary>
public sealed class PyConsoleStream : PyObject
{
    public readonly Stream Stream;
    public readonly int FileNo;
    public readonly string Name;
    public readonly bool Readable;
    public readonly string Errors;
    public bool LineBuffering;
    public bool WriteThrough;
    public readonly bool IsTty;
    public bool Closed;

    readonly byte[]? _writeBuffer;
    int _writeCount;
    StreamReader? _reader;

    const int BufferSize = 8192;

    public PyConsoleStream(PyType type, Stream stream, int fileNo, string name, bool readable, string errors,
                           bool lineBuffering, bool writeThrough, bool isTty) : base(type)
    {
        Stream = stream;
        FileNo = fileNo;
        Name = name;
        Readable = readable;
        Errors = errors;
        LineBuffering = lineBuffering;
        WriteThrough = writeThrough;
        IsTty = isTty;
        if (!readable) _writeBuffer = new byte[BufferSize];
    }

    public string Mode => Readable ? "r" : "w";

    /// <summary>Encodes <paramref name="text"/> as UTF-8 into the buffer; flushes as the buffering
    /// mode asks.</summary>
    public void Write(string text)
    {
        var buffer = _writeBuffer!;
        int max = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (max > buffer.Length - _writeCount)
        {
            FlushBuffer();
            if (max > buffer.Length)
            {
                Stream.Write(Encoding.UTF8.GetBytes(text));
                if (LineBuffering || WriteThrough) Stream.Flush();
                return;
            }
        }
        _writeCount += Encoding.UTF8.GetBytes(text, 0, text.Length, buffer, _writeCount);
        if (WriteThrough || (LineBuffering && text.Contains('\n')))
            FlushBuffer();
    }

    /// <summary>Writes the buffered bytes to the underlying stream.</summary>
    public void FlushBuffer()
    {
        if (_writeBuffer is null || Closed) return;
        try
        {
            if (_writeCount > 0)
            {
                Stream.Write(_writeBuffer, 0, _writeCount);
                _writeCount = 0;
            }
            Stream.Flush();
        }
        catch (IOException)
        {
            _writeCount = 0;
        }
    }

    StreamReader Reader => _reader ??= new StreamReader(Stream, new UTF8Encoding(false), false, 4096, leaveOpen: true);

    /// <summary>Reads one line including its '\n' ("" at end of input); stops after
    /// <paramref name="limit"/> characters when non-negative.</summary>
    public string ReadLine(long limit)
    {
        var reader = Reader;
        var sb = new StringBuilder();
        while (limit < 0 || sb.Length < limit)
        {
            int c = reader.Read();
            if (c < 0) break;
            sb.Append((char)c);
            if (c == '\n') break;
        }
        return sb.ToString();
    }

    /// <summary>Reads up to <paramref name="limit"/> characters, or everything when negative.</summary>
    public string Read(long limit)
    {
        var reader = Reader;
        if (limit < 0) return reader.ReadToEnd();
        var buf = new char[limit];
        int n = reader.ReadBlock(buf, 0, (int)limit);
        return new string(buf, 0, n);
    }
}
