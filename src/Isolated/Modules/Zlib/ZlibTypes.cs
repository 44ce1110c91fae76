using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Zlib;

/// <summary>zlib.Compress and zlib.Decompress.</summary>
public static class ZlibTypes
{
    public static PyType CreateCompress(BuiltinTypes types) =>
        types.NewBuiltin("Compress", types.Object, TypeFlags.None, s => s.New = null, static (ts0, type) =>
        {
            type.AddValue("__module__", type.Owner.Str("zlib"));
            type.AddMethod("compress", static (ts, self, a, k) =>
            {
                if (!ArgBinder.CheckPositional(ts, "compress", a, k, 1, 1) || !ByteStringMethods.TryArg(ts, a[0], out var data)) return null;
                var d = ((PyCompress)self).Deflater;
                if (d.Finished) return ZlibModule.Error(ts, "Error -2 while compressing data: inconsistent stream state");
                return PyBytes.Create(ts.Interpreter, d.Compress(data));
            });
            type.AddMethod("flush", static (ts, self, a, k) =>
            {
                if (!ArgBinder.CheckPositional(ts, "flush", a, k, 0, 1)) return null;
                long mode = ZlibModule.ZFinish;
                if (a.Length == 1 && !Ops.AsLong(ts, a[0], out mode)) return null;
                var d = ((PyCompress)self).Deflater;
                if (mode == 0) return PyBytes.Create(ts.Interpreter, []);
                if (d.Finished) return mode == ZlibModule.ZFinish ? PyBytes.Create(ts.Interpreter, []) : ZlibModule.Error(ts, "Error -2 while flushing: inconsistent stream state");
                return PyBytes.Create(ts.Interpreter, mode == ZlibModule.ZFinish ? d.Finish() : d.SyncFlush());
            });
            type.AddMethod("copy", static (ts, self, a, k) =>
                ts.Raise(ExceptionKind.NotImplementedError, "zlib: Compress.copy() is not supported (System.IO.Compression's compressor state cannot be copied)"));
        });

    public static PyType CreateDecompress(BuiltinTypes types) =>
        types.NewBuiltin("Decompress", types.Object, TypeFlags.None, s => s.New = null, static (ts0, type) =>
        {
            type.AddValue("__module__", type.Owner.Str("zlib"));
            type.AddMethod("decompress", Decompress);
            type.AddMethod("flush", Flush);
            type.AddMethod("copy", static (ts, self, a, k) =>
            {
                var d = (PyDecompress)self;
                return new PyDecompress(self.Type, d.Inflater.Clone(), d.UnusedData) { UnusedData = d.UnusedData, UnconsumedTail = d.UnconsumedTail };
            });
            type.AddMethod("__copy__", static (ts, self, a, k) =>
            {
                var d = (PyDecompress)self;
                return new PyDecompress(self.Type, d.Inflater.Clone(), d.UnusedData) { UnconsumedTail = d.UnconsumedTail };
            });
            type.AddGetSet("unused_data", static (ts, self) => ((PyDecompress)self).UnusedData);
            type.AddGetSet("unconsumed_tail", static (ts, self) => ((PyDecompress)self).UnconsumedTail);
            type.AddGetSet("eof", static (ts, self) => ts.Interpreter.Bool(((PyDecompress)self).Inflater.Finished));
        });

    public static PyType CreateZlibDecompressor(BuiltinTypes types) =>
        types.NewBuiltin("_ZlibDecompressor", types.Object, TypeFlags.None, s =>
        {
            s.New = static (ts, type, args, kw) => ZlibModule.NewZlibDecompressor(ts, type, args, kw);
        }, static (ts0, type) =>
        {
            type.AddValue("__module__", type.Owner.Str("zlib"));
            type.AddMethod("decompress", DecompressorDecompress);
            type.AddGetSet("unused_data", static (ts, self) => ((PyZlibDecompressor)self).UnusedData);
            type.AddGetSet("eof", static (ts, self) => ts.Interpreter.Bool(((PyZlibDecompressor)self).Inflater.Finished));
            type.AddGetSet("needs_input", static (ts, self) => ts.Interpreter.Bool(((PyZlibDecompressor)self).NeedsInput));
        });

    static readonly string[] DecompressorParams = ["data", "max_length"];

    static PyObject? DecompressorDecompress(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "decompress", args, kw, DecompressorParams, 1, a)) return null;
        long maxLength = -1;
        if (a[1] is { } ml && !Ops.AsLong(ts, ml, out maxLength)) return null;
        if (!ByteStringMethods.TryArg(ts, a[0]!, out var data)) return null;
        var d = (PyZlibDecompressor)self;
        var interp = ts.Interpreter;
        if (d.Inflater.Finished) return ts.Raise(ExceptionKind.EOFError, "End of stream already reached");
        d.Inflater.Feed(data);
        if (maxLength == 0)
        {
            d.NeedsInput = false;
            return PyBytes.Create(interp, []);
        }
        var output = new OutputBuffer(Math.Max(256, data.Length * 4));
        if (!d.Inflater.Inflate(output, maxLength < 0 ? 0 : maxLength)) return ZlibModule.InflateError(ts, d.Inflater, "while decompressing data");
        if (d.Inflater.Finished)
        {
            d.UnusedData = PyBytes.Create(interp, d.Inflater.Remaining.ToArray());
            d.Inflater.DropRemaining();
            d.NeedsInput = false;
        }
        else d.NeedsInput = !(maxLength > 0 && output.Length >= maxLength);
        return PyBytes.Create(interp, output.ToArray());
    }

    static readonly string[] DecompressParams = ["", "max_length"];

    static PyObject? Decompress(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "decompress", args, kw, DecompressParams, 1, a, positionalOnly: 1)) return null;
        long maxLength = 0;
        if (a[1] is { } ml && !Ops.AsLong(ts, ml, out maxLength)) return null;
        if (maxLength < 0) return ts.Raise(ExceptionKind.ValueError, "max_length must be non-negative");
        if (!ByteStringMethods.TryArg(ts, a[0]!, out var data)) return null;
        return Run(ts, (PyDecompress)self, data, maxLength, flushing: false);
    }

    static PyObject? Flush(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "flush", args, kw, 0, 1)) return null;
        if (args.Length == 1)
        {
            if (!Ops.AsLong(ts, args[0], out long length)) return null;
            if (length <= 0) return ts.Raise(ExceptionKind.ValueError, "length must be greater than zero");
        }
        var d = (PyDecompress)self;
        var tail = ((PyBytes)d.UnconsumedTail).Value;
        return Run(ts, d, tail, 0, flushing: true);
    }

    static PyObject? Run(ThreadState ts, PyDecompress d, ReadOnlySpan<byte> data, long maxLength, bool flushing)
    {
        var interp = ts.Interpreter;
        var inflater = d.Inflater;
        var output = new OutputBuffer(data.Length * 4);
        if (inflater.Finished)
        {
            // Past the end everything is unused data, as zlib reports it.
            if (data.Length > 0) d.UnusedData = PyBytes.Create(interp, [.. ((PyBytes)d.UnusedData).Value, .. data]);
            return PyBytes.Create(interp, []);
        }
        inflater.Feed(data);
        if (!inflater.Inflate(output, maxLength)) return ZlibModule.InflateError(ts, inflater, "while decompressing data");
        if (inflater.Finished)
        {
            d.UnusedData = PyBytes.Create(interp, [.. ((PyBytes)d.UnusedData).Value, .. inflater.Remaining]);
            inflater.DropRemaining();
            d.UnconsumedTail = PyBytes.Create(interp, []);
        }
        else if (maxLength > 0 || flushing)
        {
            d.UnconsumedTail = PyBytes.Create(interp, inflater.Remaining.ToArray());
            inflater.DropRemaining();
        }
        return PyBytes.Create(interp, output.ToArray());
    }
}
