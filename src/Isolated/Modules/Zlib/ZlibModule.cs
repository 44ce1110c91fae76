using Isolated.Modules.Binascii;
using Isolated.Modules.Weakref;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Zlib;

/// <summary>
/// <c>zlib</c>: decompression by this runtime's own <see cref="Inflater"/> (exact zlib semantics
/// for eof, unused_data, unconsumed_tail, wbits), compression by System.IO.Compression
/// (<see cref="Deflater"/>: valid streams whose bytes may differ from CPython's zlib).
/// wbits: 9..15 zlib wrapper, -9..-15 raw deflate, 25..31 gzip, 40..47 automatic detection.
/// </summary>
public static class ZlibModule
{
    public const int ZFinish = 4;

    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var binary = interp.Types.Binary;
        var error = binary.ZlibError(ts);
        if (error is null) return null;
        var m = ModuleType.New(interp, "zlib");
        m.Dict.SetStr("error", error);
        (string, long)[] constants =
        [
            ("MAX_WBITS", 15), ("DEFLATED", 8), ("DEF_MEM_LEVEL", 8), ("DEF_BUF_SIZE", 16384),
            ("Z_NO_COMPRESSION", 0), ("Z_BEST_SPEED", 1), ("Z_BEST_COMPRESSION", 9), ("Z_DEFAULT_COMPRESSION", -1),
            ("Z_FILTERED", 1), ("Z_HUFFMAN_ONLY", 2), ("Z_RLE", 3), ("Z_FIXED", 4), ("Z_DEFAULT_STRATEGY", 0),
            ("Z_NO_FLUSH", 0), ("Z_PARTIAL_FLUSH", 1), ("Z_SYNC_FLUSH", 2), ("Z_FULL_FLUSH", 3), ("Z_FINISH", 4),
            ("Z_BLOCK", 5), ("Z_TREES", 6),
        ];
        foreach (var (name, value) in constants) m.Dict.SetStr(name, interp.Int(value));
        m.Dict.SetStr("ZLIB_VERSION", interp.Str("1.3.1"));
        m.Dict.SetStr("ZLIB_RUNTIME_VERSION", interp.Str("1.3.1"));
        WeakrefModule.Add(m, "crc32", static (ts, s, a, k) => Checksum(ts, "crc32", a, k, 0, Checksums.Crc32));
        WeakrefModule.Add(m, "adler32", static (ts, s, a, k) => Checksum(ts, "adler32", a, k, 1, Checksums.Adler32));
        WeakrefModule.Add(m, "compress", Compress);
        WeakrefModule.Add(m, "decompress", Decompress);
        WeakrefModule.Add(m, "compressobj", CompressObj);
        WeakrefModule.Add(m, "decompressobj", DecompressObj);
        m.Dict.SetStr("_ZlibDecompressor", binary.ZlibDecompressor);
        return m;
    }

    internal static PyObject? Error(ThreadState ts, string message)
    {
        var error = ts.Interpreter.Types.Binary.ZlibError(ts);
        return error is null ? null : ts.Raise(error, message);
    }

    internal static PyObject? InflateError(ThreadState ts, Inflater inflater, string what) =>
        inflater.NeedsDictionary ? Error(ts, $"Error 2 {what}") : Error(ts, $"Error -3 {what}: {inflater.Error}");

    static PyObject? Checksum(ThreadState ts, string name, ReadOnlySpan<PyObject> a, PyTuple? k, uint start, Func<uint, ReadOnlySpan<byte>, uint> f)
    {
        if (!ArgBinder.CheckPositional(ts, name, a, k, 1, 2) || !ByteStringMethods.TryArg(ts, a[0], out var data)) return null;
        if (a.Length == 2 && !BinasciiModule.UnsignedMasked(ts, a[1], out start)) return null;
        return ts.Interpreter.Int(f(start, data));
    }

    /// <summary>Validates wbits for decompression and picks the wrapper.</summary>
    static bool Wrapper(ThreadState ts, long wbits, out Inflater.Wrapper wrapper, out int windowBits, bool forObject = false)
    {
        windowBits = 15;
        wrapper = Inflater.Wrapper.Zlib;
        if (wbits == 0) return true;
        if (wbits is >= 8 and <= 15) { windowBits = (int)Math.Max(9, wbits); return true; }
        if (wbits is >= -15 and <= -8) { wrapper = Inflater.Wrapper.Raw; windowBits = (int)-wbits; return true; }
        if (wbits is >= 24 and <= 31) { wrapper = Inflater.Wrapper.Gzip; windowBits = (int)wbits - 16; return true; }
        if (wbits is >= 40 and <= 47) { wrapper = Inflater.Wrapper.Auto; windowBits = (int)wbits - 32; return true; }
        if (forObject) ts.Raise(ExceptionKind.ValueError, "Invalid initialization option");
        else Error(ts, "Error -2 while preparing to decompress data: inconsistent stream state");
        return false;
    }

    static bool CompressionWbits(ThreadState ts, long wbits)
    {
        if (wbits is >= 9 and <= 15 or >= -15 and <= -9 or >= 25 and <= 31) return true;
        ts.Raise(ExceptionKind.ValueError, "Invalid initialization option");
        return false;
    }

    static readonly string[] CompressParams = ["", "level", "wbits"];

    static PyObject? Compress(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[3];
        if (!ArgBinder.Bind(ts, "compress", args, kw, CompressParams, 1, a, positionalOnly: 1)) return null;
        if (!ByteStringMethods.TryArg(ts, a[0]!, out var data)) return null;
        long level = -1, wbits = 15;
        if (a[1] is { } l && !Ops.AsLong(ts, l, out level)) return null;
        if (a[2] is { } w && !Ops.AsLong(ts, w, out wbits)) return null;
        // zlib reports a bad wbits here as a bad level too (both are Z_STREAM_ERROR).
        if (level is < -1 or > 9 || wbits is not (>= 9 and <= 15 or >= -15 and <= -9 or >= 25 and <= 31)) return Error(ts, "Bad compression level");
        return PyBytes.Create(ts.Interpreter, Deflater.CompressAll(data, (int)level, (int)wbits));
    }

    static readonly string[] DecompressParams = ["", "wbits", "bufsize"];

    static PyObject? Decompress(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[3];
        if (!ArgBinder.Bind(ts, "decompress", args, kw, DecompressParams, 1, a, positionalOnly: 1)) return null;
        if (!ByteStringMethods.TryArg(ts, a[0]!, out var data)) return null;
        long wbits = 15, bufsize = 16384;
        if (a[1] is { } w && !Ops.AsLong(ts, w, out wbits)) return null;
        if (a[2] is { } b && !Ops.AsLong(ts, b, out bufsize)) return null;
        if (bufsize < 0) return ts.Raise(ExceptionKind.ValueError, "bufsize must be non-negative");
        if (!Wrapper(ts, wbits, out var wrapper, out int windowBits)) return null;
        var inflater = new Inflater(wrapper, windowBits, null);
        inflater.Feed(data);
        var output = new OutputBuffer(data.Length * 4);
        if (!inflater.Inflate(output, 0)) return InflateError(ts, inflater, "while decompressing data");
        if (!inflater.Finished) return Error(ts, "Error -5 while decompressing data: incomplete or truncated stream");
        return PyBytes.Create(ts.Interpreter, output.ToArray());
    }

    static readonly string[] CompressObjParams = ["level", "method", "wbits", "memLevel", "strategy", "zdict"];

    static PyObject? CompressObj(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[6];
        if (!ArgBinder.Bind(ts, "compressobj", args, kw, CompressObjParams, 0, a)) return null;
        long level = -1, method = 8, wbits = 15, memLevel = 8, strategy = 0;
        if (a[0] is { } l && !Ops.AsLong(ts, l, out level)) return null;
        if (a[1] is { } me && !Ops.AsLong(ts, me, out method)) return null;
        if (a[2] is { } w && !Ops.AsLong(ts, w, out wbits)) return null;
        if (a[3] is { } ml && !Ops.AsLong(ts, ml, out memLevel)) return null;
        if (a[4] is { } st && !Ops.AsLong(ts, st, out strategy)) return null;
        if (level is < -1 or > 9 || method != 8 || memLevel is < 1 or > 9 || strategy is < 0 or > 4)
            return ts.Raise(ExceptionKind.ValueError, "Invalid initialization option");
        if (!CompressionWbits(ts, wbits)) return null;
        if (a[5] is { } zdict && !ReferenceEquals(zdict, ts.Interpreter.None))
            return ts.Raise(ExceptionKind.NotImplementedError, "zlib.compressobj(zdict=...): preset dictionaries are not supported by System.IO.Compression");
        return new PyCompress(ts.Interpreter.Types.Binary.ZlibCompress, new Deflater((int)level, (int)wbits, (int)strategy));
    }

    internal static PyObject? NewZlibDecompressor(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "_ZlibDecompressor", args, kw, DecompressObjParams, 0, a)) return null;
        long wbits = 15;
        if (a[0] is { } w && !Ops.AsLong(ts, w, out wbits)) return null;
        byte[]? dictionary = null;
        if (a[1] is { } zd)
        {
            if (!ByteStringMethods.TryArg(ts, zd, out var dd, "zdict argument must support the buffer protocol")) return null;
            dictionary = dd.ToArray();
        }
        if (!Wrapper(ts, wbits, out var wrapper, out int windowBits, forObject: true)) return null;
        return new PyZlibDecompressor(type, new Inflater(wrapper, windowBits, dictionary), PyBytes.Create(ts.Interpreter, []));
    }

    static readonly string[] DecompressObjParams = ["wbits", "zdict"];

    static PyObject? DecompressObj(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "decompressobj", args, kw, DecompressObjParams, 0, a)) return null;
        long wbits = 15;
        if (a[0] is { } w && !Ops.AsLong(ts, w, out wbits)) return null;
        byte[]? dictionary = null;
        if (a[1] is { } zd)
        {
            if (!ByteStringMethods.TryArg(ts, zd, out var dd, "zdict argument must support the buffer protocol")) return null;
            dictionary = dd.ToArray();
        }
        if (!Wrapper(ts, wbits, out var wrapper, out int windowBits, forObject: true)) return null;
        return new PyDecompress(ts.Interpreter.Types.Binary.ZlibDecompress, new Inflater(wrapper, windowBits, dictionary), PyBytes.Create(ts.Interpreter, []));
    }
}
