using System.Text;
using Isolated.Objects;
using Isolated.Runtime;

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

    // Made on the first write: most interpreters never print (8 KiB each for stdout and stderr).
    byte[]? _writeBuffer;
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
    }

    public string Mode => Readable ? "r" : "w";

    /// <summary>Encodes <paramref name="text"/> as UTF-8 into the buffer; flushes as the buffering
    /// mode asks.</summary>
    public void Write(string text)
    {
        var buffer = _writeBuffer ??= new byte[BufferSize];
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

    /// <summary>Appends raw bytes (sys.stdout.buffer.write) to the same buffer as the text, so
    /// the two keep their order.</summary>
    public void WriteBytes(ReadOnlySpan<byte> data)
    {
        var buffer = _writeBuffer ??= new byte[BufferSize];
        if (data.Length > buffer.Length - _writeCount)
        {
            FlushBuffer();
            if (data.Length > buffer.Length)
            {
                Stream.Write(data);
                if (LineBuffering || WriteThrough) Stream.Flush();
                return;
            }
        }
        data.CopyTo(buffer.AsSpan(_writeCount));
        _writeCount += data.Length;
        if (WriteThrough || (LineBuffering && data.Contains((byte)'\n')))
            FlushBuffer();
    }

    /// <summary>The binary layer (sys.stdin.buffer etc.), created on first use.</summary>
    public PyConsoleBuffer? Buffer;

    // Bytes read ahead for the binary layer's readline.
    byte[]? _inBytes;
    int _inPos, _inLen;

    bool FillInput()
    {
        _inBytes ??= new byte[BufferSize];
        _inPos = 0;
        _inLen = Stream.Read(_inBytes, 0, _inBytes.Length);
        return _inLen > 0;
    }

    /// <summary>Reads up to <paramref name="limit"/> bytes (all when negative). Once text has
    /// been read, bytes come from the text reader (re-encoded as UTF-8), since it holds the
    /// input it has read ahead.</summary>
    public byte[] ReadBytes(long limit)
    {
        if (_reader is not null) return Encoding.UTF8.GetBytes(Read(null, limit)!);   // no thread state: a plain blocking read
        var output = new MemoryStream();
        while (limit < 0 || output.Length < limit)
        {
            if (_inPos == _inLen && !FillInput()) break;
            int n = (int)Math.Min(_inLen - _inPos, limit < 0 ? int.MaxValue : limit - output.Length);
            output.Write(_inBytes!, _inPos, n);
            _inPos += n;
        }
        return output.ToArray();
    }

    /// <summary>Reads one line of bytes including its b'\n' (empty at end of input).</summary>
    public byte[] ReadBytesLine(long limit)
    {
        if (_reader is not null) return Encoding.UTF8.GetBytes(ReadLine(null, limit)!);
        var output = new MemoryStream();
        while (limit < 0 || output.Length < limit)
        {
            if (_inPos == _inLen && !FillInput()) break;
            byte b = _inBytes![_inPos++];
            output.WriteByte(b);
            if (b == (byte)'\n') break;
        }
        return output.ToArray();
    }

    StreamReader Reader => _reader ??= new StreamReader(Stream, new UTF8Encoding(false), false, 4096, leaveOpen: true);

    /// <summary>Reads one line including its '\n' ("" at end of input); stops after
    /// <paramref name="limit"/> characters when non-negative. Null with the exception set when a
    /// stop request or a signal's handler cut the wait short (see <see cref="InterruptibleInput"/>).</summary>
    public string? ReadLine(ThreadState? ts, long limit)
    {
        var reader = Reader;
        var sb = new StringBuilder();
        while (limit < 0 || sb.Length < limit)
        {
            int c;
            try
            {
                BeginRead(ts);
                c = reader.Read();
            }
            catch (InterruptibleInput.Stopped)
            {
                if (!Resume(ts)) return null;
                continue;
            }
            finally { EndRead(); }
            if (c < 0) break;
            sb.Append((char)c);
            if (c == '\n') break;
        }
        return sb.ToString();
    }

    /// <summary>Reads up to <paramref name="limit"/> characters, or everything when negative;
    /// null with the exception set as <see cref="ReadLine"/>.</summary>
    public string? Read(ThreadState? ts, long limit)
    {
        var reader = Reader;
        var sb = new StringBuilder();
        var buf = new char[limit < 0 ? 4096 : Math.Min(limit, 4096)];
        while (limit < 0 || sb.Length < limit)
        {
            int n;
            try
            {
                BeginRead(ts);
                n = reader.Read(buf, 0, limit < 0 ? buf.Length : (int)Math.Min(buf.Length, limit - sb.Length));
            }
            catch (InterruptibleInput.Stopped)
            {
                if (!Resume(ts)) return null;
                continue;
            }
            finally { EndRead(); }
            if (n <= 0) break;
            sb.Append(buf, 0, n);
        }
        return sb.ToString();
    }

    void BeginRead(ThreadState? ts)
    {
        if (Stream is InterruptibleInput input) input.Waiter = ts;
    }

    void EndRead()
    {
        if (Stream is InterruptibleInput input) input.Waiter = null;
    }

    /// <summary>After a cut-short wait: runs signal handlers and raises a pending interrupt or
    /// termination (false, exception set); true when the read should go on (PEP 475).</summary>
    static bool Resume(ThreadState? ts) => ts is not null && Signal.SignalState.CheckSignals(ts);
}
