namespace Isolated.Modules.Zlib;

/// <summary>A growable byte buffer for decompressed output.</summary>
public sealed class OutputBuffer
{
    byte[] _data;
    public int Length;

    public OutputBuffer(int capacity = 256) => _data = new byte[Math.Max(16, capacity)];

    public void Add(byte b)
    {
        if (Length == _data.Length) Array.Resize(ref _data, _data.Length * 2);
        _data[Length++] = b;
    }

    public ReadOnlySpan<byte> Span(int start) => _data.AsSpan(start, Length - start);

    public byte[] ToArray() => _data.AsSpan(0, Length).ToArray();
}
