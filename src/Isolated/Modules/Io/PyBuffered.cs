using Isolated.Objects;

namespace Isolated.Modules.Io;

/// <summary>An <c>_io.BufferedReader</c>, <c>BufferedWriter</c>, <c>BufferedRandom</c> or
/// <c>BufferedRWPair</c>. The raw stream is any object with the raw methods (called by name);
/// a BufferedRWPair holds a reader and a writer instead.</summary>
public sealed class PyBuffered : PyIOBase
{
    public BufferedKind Kind;
    public PyObject? Raw;
    public bool Detached, Initialized;
    public int BufferSize = IoSupport.DefaultBufferSize;

    /// <summary>Read-ahead bytes: ReadBuffer[ReadPos..ReadEnd] not yet returned.</summary>
    public byte[] ReadBuffer = [];
    public int ReadPos, ReadEnd;

    /// <summary>Bytes written but not yet passed to the raw stream.</summary>
    public byte[] WriteBuffer = [];
    public int WriteCount;

    public PyBuffered? PairReader, PairWriter;

    public PyBuffered(PyType type, BufferedKind kind) : base(type) => Kind = kind;

    public int Buffered => ReadEnd - ReadPos;
    public ReadOnlySpan<byte> Available => ReadBuffer.AsSpan(ReadPos, ReadEnd - ReadPos);

    public void DropReadBuffer() => ReadPos = ReadEnd = 0;
}
