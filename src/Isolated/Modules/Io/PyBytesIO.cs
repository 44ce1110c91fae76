namespace Isolated.Modules.Io;

/// <summary>An <c>_io.BytesIO</c>: a growable byte buffer with a position (which may lie past the
/// end; writing there pads with zeros).</summary>
public sealed class PyBytesIO : PyIOBase
{
    public byte[] Buffer = [];
    public int Length;
    public long Position;
    public bool Closed;
    /// <summary>Live getbuffer() views: while any exists the buffer cannot be resized.</summary>
    public int Exports;

    public PyBytesIO(Isolated.Objects.PyType type) : base(type) { }

    public ReadOnlySpan<byte> Content => Buffer.AsSpan(0, Length);

    public void Write(ReadOnlySpan<byte> data)
    {
        long end = Position + data.Length;
        if (end > Buffer.Length) Array.Resize(ref Buffer, (int)System.Math.Max(end, System.Math.Max(16, Buffer.Length * 2L)));
        if (Position > Length) Buffer.AsSpan(Length, (int)(Position - Length)).Clear();
        data.CopyTo(Buffer.AsSpan((int)Position));
        Position = end;
        if (end > Length) Length = (int)end;
    }
}
