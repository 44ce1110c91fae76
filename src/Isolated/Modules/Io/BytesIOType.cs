using Isolated.Objects;
using Isolated.Runtime;
using static Isolated.Modules.Io.IoSupport;

namespace Isolated.Modules.Io;

/// <summary><c>_io.BytesIO(initial_bytes=b'')</c>.</summary>
public static class BytesIOType
{
    public static PyType Create(BuiltinTypes types, PyType bufferedBase) =>
        types.NewBuiltin("BytesIO", bufferedBase, TypeFlags.BaseType | TypeFlags.HasInstanceDict, static s =>
        {
            s.New = static (ts, type, args, kw) => new PyBytesIO(type);
            s.Init = static (ts, self, args, kw) =>
            {
                var a = new PyObject?[1];
                if (!ArgBinder.Bind(ts, "BytesIO", args, kw, ["initial_bytes"], 0, a)) return false;
                var b = (PyBytesIO)self;
                if (b.Exports > 0) { ts.Raise(ExceptionKind.BufferError, "Existing exports of data: object cannot be re-sized"); return false; }
                b.Length = 0;
                b.Position = 0;
                if (a[0] is not null && !ReferenceEquals(a[0], ts.Interpreter.None))
                {
                    if (!BytesLike(ts, a[0]!, out var data)) return false;
                    b.Write(data);
                    b.Position = 0;
                }
                return true;
            };
            s.Iter = static (ts, self) => Open(ts, self) is null ? null : self;
            s.IterNext = static (ts, self) =>
            {
                if (Open(ts, self) is not { } b) return null;
                var line = ReadLine(b, -1);
                return line.Length == 0 ? null : Bytes(ts, line);
            };
        }, Fill);

    static void Fill(ThreadState? _, PyType t)
    {
        t.AddValue("__module__", t.Owner.Str("_io"));
        t.AddMethod("getvalue", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "getvalue", args, kw, 0, 0) && Open(ts, self) is { } b ? Bytes(ts, b.Content) : null);
        t.AddMethod("getbuffer", static (ts, self, args, kw) =>
        {
            // A read-only snapshot: CPython's view writes through; this one does not (known gap).
            if (Open(ts, self) is not { } b) return null;
            return Ops.Call(ts, ts.Interpreter.Types.MemoryView, Bytes(ts, b.Content));
        });
        t.AddMethod("read", static (ts, self, args, kw) => Read(ts, self, args, kw, "read"));
        t.AddMethod("read1", static (ts, self, args, kw) => Read(ts, self, args, kw, "read1"));
        t.AddMethod("readinto", ReadInto);
        t.AddMethod("readline", static (ts, self, args, kw) =>
            OptionalSize(ts, "readline", args, kw, out long size) && Open(ts, self) is { } b ? Bytes(ts, ReadLine(b, size)) : null);
        t.AddMethod("readlines", static (ts, self, args, kw) =>
        {
            if (!OptionalSize(ts, "readlines", args, kw, out long hint) || Open(ts, self) is not { } b) return null;
            var list = new PyList(ts.Interpreter.Types.List);
            long total = 0;
            while (true)
            {
                var line = ReadLine(b, -1);
                if (line.Length == 0) break;
                list.Append(Bytes(ts, line));
                total += line.Length;
                if (hint > 0 && total >= hint) break;
            }
            return list;
        });
        t.AddMethod("write", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "write", args, kw, 1, 1) || Open(ts, self) is not { } b) return null;
            if (!BytesLike(ts, args[0], out var data)) return null;
            if (b.Exports > 0) return ts.Raise(ExceptionKind.BufferError, "Existing exports of data: object cannot be re-sized");
            b.Write(data);
            return ts.Interpreter.Int(data.Length);
        });
        t.AddMethod("seek", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "seek", args, kw, 1, 2) || !IntArg(ts, args[0], out long pos)) return null;
            long whence = 0;
            if (args.Length > 1 && !IntArg(ts, args[1], out whence)) return null;
            if (Open(ts, self) is not { } b) return null;
            if (whence == 0 && pos < 0) return ts.Raise(ExceptionKind.ValueError, $"negative seek value {pos}");
            if (whence == 1) pos = System.Math.Max(0, b.Position + pos);
            else if (whence == 2) pos = System.Math.Max(0, b.Length + pos);
            else if (whence != 0) return ts.Raise(ExceptionKind.ValueError, $"invalid whence ({whence}, should be 0, 1 or 2)");
            b.Position = pos;
            return ts.Interpreter.Int(pos);
        });
        t.AddMethod("tell", static (ts, self, args, kw) => Open(ts, self) is { } b ? ts.Interpreter.Int(b.Position) : null);
        t.AddMethod("truncate", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "truncate", args, kw, 0, 1) || Open(ts, self) is not { } b) return null;
            long size = b.Position;
            if (args.Length > 0 && !ReferenceEquals(args[0], ts.Interpreter.None) && !IntArg(ts, args[0], out size)) return null;
            if (size < 0) return ts.Raise(ExceptionKind.ValueError, $"negative size value {size}");
            if (b.Exports > 0) return ts.Raise(ExceptionKind.BufferError, "Existing exports of data: object cannot be re-sized");
            if (size < b.Length) b.Length = (int)size;
            return ts.Interpreter.Int(size);
        });
        t.AddMethod("readable", static (ts, self, args, kw) => Open(ts, self) is null ? null : ts.Interpreter.True);
        t.AddMethod("writable", static (ts, self, args, kw) => Open(ts, self) is null ? null : ts.Interpreter.True);
        t.AddMethod("seekable", static (ts, self, args, kw) => Open(ts, self) is null ? null : ts.Interpreter.True);
        t.AddMethod("isatty", static (ts, self, args, kw) => Open(ts, self) is null ? null : ts.Interpreter.False);
        t.AddMethod("flush", static (ts, self, args, kw) => Open(ts, self) is null ? null : ts.Interpreter.None);
        t.AddMethod("close", static (ts, self, args, kw) =>
        {
            var b = (PyBytesIO)self;
            if (b.Exports > 0) return ts.Raise(ExceptionKind.BufferError, "Existing exports of data: object cannot be closed");
            b.Closed = b.IOBaseClosed = true;
            b.Buffer = [];
            b.Length = 0;
            return ts.Interpreter.None;
        });
        t.AddGetSet("closed", static (ts, self) => ts.Interpreter.Bool(((PyBytesIO)self).Closed));
        t.AddMethod("__getstate__", static (ts, self, args, kw) =>
        {
            // (value, position, copy of __dict__ or None): what pickle and copy save.
            if (!ArgBinder.CheckPositional(ts, "__getstate__", args, kw, 0, 0) || Open(ts, self) is not { } b) return null;
            return ts.Interpreter.Tuple(Bytes(ts, b.Content), ts.Interpreter.Int(b.Position), IoSupport.DictState(ts, b));
        });
        t.AddMethod("__setstate__", SetState);
    }

    static PyObject? SetState(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "__setstate__", args, kw, 1, 1)) return null;
        var b = (PyBytesIO)self;
        if (args[0] is not PyTuple { Count: >= 3 } state)
            return ts.Raise(ExceptionKind.TypeError, $"{IoSupport.TypeName(self)}.__setstate__ argument should be 3-tuple, got {args[0].Type.TpName}");
        if (b.Exports > 0) return ts.Raise(ExceptionKind.BufferError, "Existing exports of data: object cannot be re-sized");
        if (!BytesLike(ts, state.Items[0], out var data)) return null;
        if (state.Items[1] is not PyInt position)
            return ts.Raise(ExceptionKind.TypeError, $"second item of state must be an integer, not {state.Items[1].Type.TpName}");
        if (!Ops.AsIndexSize(ts, position, out long pos)) return null;
        if (pos < 0) return ts.Raise(ExceptionKind.ValueError, "position value cannot be negative");
        b.Length = 0;
        b.Position = 0;
        b.Write(data);
        b.Position = pos;
        return IoSupport.RestoreDictState(ts, b, state.Items[2], "third") ? ts.Interpreter.None : null;
    }

    static PyBytesIO? Open(ThreadState ts, PyObject self)
    {
        var b = (PyBytesIO)self;
        if (!b.Closed) return b;
        RaiseClosed(ts);
        return null;
    }

    static PyObject? Read(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, string name)
    {
        if (!OptionalSize(ts, name, args, kw, out long size) || Open(ts, self) is not { } b) return null;
        long available = System.Math.Max(0, b.Length - b.Position);
        long n = size < 0 ? available : System.Math.Min(size, available);
        var data = n == 0 ? ReadOnlySpan<byte>.Empty : b.Buffer.AsSpan((int)b.Position, (int)n);
        b.Position += n;
        return Bytes(ts, data);
    }

    static PyObject? ReadInto(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "readinto", args, kw, 1, 1) || Open(ts, self) is not { } b) return null;
        if (args[0] is not IBuffer { IsReadOnly: false } target)
            return ts.Raise(ExceptionKind.TypeError, $"readinto() argument must be read-write bytes-like object, not {args[0].Type.Name}");
        var span = target.AsWritableSpan();
        int n = (int)System.Math.Min(span.Length, System.Math.Max(0, b.Length - b.Position));
        b.Buffer.AsSpan((int)b.Position, n).CopyTo(span);
        b.Position += n;
        return ts.Interpreter.Int(n);
    }

    static ReadOnlySpan<byte> ReadLine(PyBytesIO b, long limit)
    {
        if (b.Position >= b.Length) return [];
        var rest = b.Buffer.AsSpan((int)b.Position, (int)(b.Length - b.Position));
        int nl = rest.IndexOf((byte)'\n');
        int n = nl < 0 ? rest.Length : nl + 1;
        if (limit >= 0 && n > limit) n = (int)limit;
        b.Position += n;
        return rest[..n];
    }
}
