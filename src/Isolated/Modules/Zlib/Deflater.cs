using System.IO.Compression;

namespace Isolated.Modules.Zlib;

/// <summary>
/// Streaming compression through System.IO.Compression (zlib-ng underneath): the zlib wrapper
/// (ZLibStream), raw deflate (DeflateStream) or gzip (GZipStream), with zlib's levels and
/// strategies. Its output is valid DEFLATE that any inflater reads, but its bytes can differ from
/// CPython's zlib for the same input and level. .NET always uses a 32 KiB window and has no preset
/// dictionaries.
/// </summary>
public sealed class Deflater
{
    readonly MemoryStream _sink = new();
    readonly Stream _stream;
    public bool Finished { get; private set; }

    public Deflater(int level, int windowBits, int strategy)
    {
        var options = new ZLibCompressionOptions
        {
            CompressionLevel = level < 0 ? 6 : level,
            CompressionStrategy = strategy switch
            {
                1 => ZLibCompressionStrategy.Filtered,
                2 => ZLibCompressionStrategy.HuffmanOnly,
                3 => ZLibCompressionStrategy.RunLengthEncoding,
                4 => ZLibCompressionStrategy.Fixed,
                _ => ZLibCompressionStrategy.Default,
            },
        };
        _stream = windowBits switch
        {
            < 0 => new DeflateStream(_sink, options, leaveOpen: true),
            > 16 => new GZipStream(_sink, options, leaveOpen: true),
            _ => new ZLibStream(_sink, options, leaveOpen: true),
        };
    }

    byte[] Drain()
    {
        var r = _sink.ToArray();
        _sink.SetLength(0);
        return r;
    }

    public byte[] Compress(ReadOnlySpan<byte> data)
    {
        _stream.Write(data);
        return Drain();
    }

    /// <summary>Z_SYNC_FLUSH / Z_FULL_FLUSH: everything so far, ending on a byte boundary.</summary>
    public byte[] SyncFlush()
    {
        _stream.Flush();
        return Drain();
    }

    /// <summary>Z_FINISH: the rest of the stream and its trailer.</summary>
    public byte[] Finish()
    {
        if (!Finished)
        {
            _stream.Dispose();
            Finished = true;
        }
        return Drain();
    }

    /// <summary>One-shot compression.</summary>
    public static byte[] CompressAll(ReadOnlySpan<byte> data, int level, int windowBits)
    {
        var d = new Deflater(level, windowBits, 0);
        d._stream.Write(data);
        return d.Finish();
    }
}
