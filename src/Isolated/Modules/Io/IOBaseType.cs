using System.Text;
using Isolated.Objects;
using Isolated.Runtime;
using static Isolated.Modules.Io.IoSupport;

namespace Isolated.Modules.Io;

/// <summary><c>_io._IOBase</c> and its three abstract children <c>_RawIOBase</c>,
/// <c>_BufferedIOBase</c>, <c>_TextIOBase</c>. Their default methods call the object's other
/// methods by name (self.readline(), self.flush(), ...) so that subclasses written in Python work.</summary>
public static class IOBaseType
{
    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("_IOBase", types.Object, TypeFlags.BaseType | TypeFlags.HasInstanceDict, static s =>
        {
            s.New = static (ts, type, args, kw) => new PyIOBase(type);
            s.Init = static (ts, self, args, kw) => true;
            s.Iter = static (ts, self) => CheckOpen(ts, self) ? self : null;
            s.IterNext = static (ts, self) =>
            {
                var line = CallMethod(ts, self, "readline");
                if (line is null) return null;
                long n = Ops.Length(ts, line);
                if (n < 0) return null;
                return n == 0 ? null : line;
            };
        }, FillIOBase);

    static void FillIOBase(ThreadState? _, PyType t)
    {
        t.AddValue("__module__", t.Owner.Str("_io"));
        t.AddMethod("seek", static (ts, self, args, kw) => RaiseUnsupported(ts, "seek"));
        t.AddMethod("truncate", static (ts, self, args, kw) => RaiseUnsupported(ts, "truncate"));
        t.AddMethod("fileno", static (ts, self, args, kw) => RaiseUnsupported(ts, "fileno"));
        t.AddMethod("tell", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "tell", args, kw, 0, 0) ? CallMethod(ts, self, "seek", ts.Interpreter.Int(0), ts.Interpreter.Int(1)) : null);
        t.AddMethod("readable", static (ts, self, args, kw) => ts.Interpreter.False);
        t.AddMethod("writable", static (ts, self, args, kw) => ts.Interpreter.False);
        t.AddMethod("seekable", static (ts, self, args, kw) => ts.Interpreter.False);
        t.AddMethod("isatty", static (ts, self, args, kw) => CheckOpen(ts, self) ? ts.Interpreter.False : null);
        t.AddMethod("flush", static (ts, self, args, kw) => CheckOpen(ts, self) ? ts.Interpreter.None : null);
        t.AddMethod("close", static (ts, self, args, kw) =>
        {
            int c = IsClosed(ts, self);
            if (c != 0) return c < 0 ? null : ts.Interpreter.None;
            var r = CallMethod(ts, self, "flush");
            if (self is PyIOBase b) b.IOBaseClosed = true;
            return r is null ? null : ts.Interpreter.None;
        });
        t.AddGetSet("closed", static (ts, self) => ts.Interpreter.Bool(self is PyIOBase { IOBaseClosed: true }));
        t.AddGetSet("__dict__", static (ts, self) => ((PyIOBase)self).InstanceDict ??= ts.Interpreter.NewDict());
        t.AddMethod("__enter__", static (ts, self, args, kw) => CheckOpen(ts, self) ? self : null);
        t.AddMethod("__exit__", static (ts, self, args, kw) => CallMethod(ts, self, "close"));
        t.AddMethod("_checkClosed", static (ts, self, args, kw) => CheckOpen(ts, self) ? ts.Interpreter.None : null);
        t.AddMethod("_checkReadable", static (ts, self, args, kw) => CheckAbility(ts, self, "readable", "File or stream is not readable."));
        t.AddMethod("_checkWritable", static (ts, self, args, kw) => CheckAbility(ts, self, "writable", "File or stream is not writable."));
        t.AddMethod("_checkSeekable", static (ts, self, args, kw) => CheckAbility(ts, self, "seekable", "File or stream is not seekable."));
        t.AddMethod("readline", ReadLine);
        t.AddMethod("readlines", ReadLines);
        t.AddMethod("writelines", WriteLines);
    }

    static PyObject? CheckAbility(ThreadState ts, PyObject self, string method, string message)
    {
        var r = CallMethod(ts, self, method);
        if (r is null) return null;
        int ok = Ops.IsTrue(ts, r);
        if (ok < 0) return null;
        return ok > 0 ? ts.Interpreter.None : RaiseUnsupported(ts, message);
    }

    /// <summary>_IOBase.readline: byte by byte through peek() when there is one, else read(1).</summary>
    static PyObject? ReadLine(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!OptionalSize(ts, "readline", args, kw, out long limit)) return null;
        var line = new List<byte>();
        var one = ts.Interpreter.Int(1);
        while (limit < 0 || line.Count < limit)
        {
            var b = CallMethod(ts, self, "read", one);
            if (b is null) return null;
            if (ReferenceEquals(b, ts.Interpreter.None)) break;
            if (!BytesLike(ts, b, out var data))
                return ts.Raise(ExceptionKind.OSError, $"read() should have returned a bytes object, not '{b.Type.Name}'");
            if (data.Length == 0) break;
            line.AddRange(data);
            if (data[^1] == (byte)'\n') break;
        }
        return Bytes(ts, line.ToArray());
    }

    static PyObject? ReadLines(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!OptionalSize(ts, "readlines", args, kw, out long hint)) return null;
        var result = new PyList(ts.Interpreter.Types.List);
        var it = Ops.GetIter(ts, self);
        if (it is null) return null;
        long total = 0;
        while (true)
        {
            var line = Ops.Next(ts, it);
            if (line is null) return ts.HasError ? null : result;
            result.Append(line);
            if (hint > 0)
            {
                long n = Ops.Length(ts, line);
                if (n < 0) return null;
                total += n;
                if (total >= hint) return result;
            }
        }
    }

    static PyObject? WriteLines(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "writelines", args, kw, 1, 1)) return null;
        if (!CheckOpen(ts, self)) return null;
        var it = Ops.GetIter(ts, args[0]);
        if (it is null) return null;
        var write = Ops.GetAttr(ts, self, ts.Interpreter.Intern("write"));
        if (write is null) return null;
        while (true)
        {
            var line = Ops.Next(ts, it);
            if (line is null) return ts.HasError ? null : ts.Interpreter.None;
            if (Ops.Call(ts, write, line) is null) return null;
        }
    }

    // ---- _RawIOBase ----

    public static PyType CreateRaw(BuiltinTypes types, PyType ioBase) =>
        types.NewBuiltin("_RawIOBase", ioBase, TypeFlags.BaseType | TypeFlags.HasInstanceDict, static s => { }, static (_, t) =>
        {
            t.AddValue("__module__", t.Owner.Str("_io"));
            t.AddMethod("read", RawRead);
            t.AddMethod("readall", RawReadAll);
            t.AddMethod("readinto", static (ts, self, args, kw) => ts.Raise(ExceptionKind.NotImplementedError, ""));
            t.AddMethod("write", static (ts, self, args, kw) => ts.Raise(ExceptionKind.NotImplementedError, ""));
        });

    static PyObject? RawRead(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!OptionalSize(ts, "read", args, kw, out long size)) return null;
        if (size < 0) return CallMethod(ts, self, "readall");
        var buffer = new PyByteArray(ts.Interpreter.Types.ByteArray, new byte[size]);
        var n = CallMethod(ts, self, "readinto", buffer);
        if (n is null) return null;
        if (ReferenceEquals(n, ts.Interpreter.None)) return n;
        if (!IntArg(ts, n, out long count)) return null;
        if (count < 0 || count > size) return ts.Raise(ExceptionKind.ValueError, $"readinto returned {count} outside buffer size {size}");
        return Bytes(ts, buffer.AsReadOnlySpan()[..(int)count]);
    }

    static PyObject? RawReadAll(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var all = new List<byte>();
        var chunk = ts.Interpreter.Int(DefaultBufferSize);
        while (true)
        {
            var data = CallMethod(ts, self, "read", chunk);
            if (data is null) return null;
            if (ReferenceEquals(data, ts.Interpreter.None)) return all.Count == 0 ? data : Bytes(ts, all.ToArray());
            if (!BytesLike(ts, data, out var span)) return null;
            if (span.Length == 0) break;
            all.AddRange(span);
        }
        return Bytes(ts, all.ToArray());
    }

    // ---- _BufferedIOBase ----

    public static PyType CreateBuffered(BuiltinTypes types, PyType ioBase) =>
        types.NewBuiltin("_BufferedIOBase", ioBase, TypeFlags.BaseType | TypeFlags.HasInstanceDict, static s => { }, static (_, t) =>
        {
            t.AddValue("__module__", t.Owner.Str("_io"));
            t.AddMethod("read", static (ts, self, args, kw) => RaiseUnsupported(ts, "read"));
            t.AddMethod("read1", static (ts, self, args, kw) => RaiseUnsupported(ts, "read1"));
            t.AddMethod("write", static (ts, self, args, kw) => RaiseUnsupported(ts, "write"));
            t.AddMethod("detach", static (ts, self, args, kw) => RaiseUnsupported(ts, "detach"));
            t.AddMethod("readinto", static (ts, self, args, kw) => BufferedReadInto(ts, self, args, kw, "read"));
            t.AddMethod("readinto1", static (ts, self, args, kw) => BufferedReadInto(ts, self, args, kw, "read1"));
        });

    static PyObject? BufferedReadInto(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, string read)
    {
        if (!ArgBinder.CheckPositional(ts, "readinto", args, kw, 1, 1)) return null;
        if (args[0] is not IBuffer { IsReadOnly: false } target)
            return ts.Raise(ExceptionKind.TypeError, $"readinto() argument must be read-write bytes-like object, not {args[0].Type.Name}");
        var span = target.AsWritableSpan();
        var data = CallMethod(ts, self, read, ts.Interpreter.Int(span.Length));
        if (data is null) return null;
        if (!BytesLike(ts, data, out var bytes)) return null;
        if (bytes.Length > span.Length) return ts.Raise(ExceptionKind.ValueError, "read() returned too much data");
        bytes.CopyTo(span);
        return ts.Interpreter.Int(bytes.Length);
    }

    // ---- _TextIOBase ----

    public static PyType CreateText(BuiltinTypes types, PyType ioBase) =>
        types.NewBuiltin("_TextIOBase", ioBase, TypeFlags.BaseType | TypeFlags.HasInstanceDict, static s => { }, static (_, t) =>
        {
            t.AddValue("__module__", t.Owner.Str("_io"));
            t.AddMethod("read", static (ts, self, args, kw) => RaiseUnsupported(ts, "read"));
            t.AddMethod("readline", static (ts, self, args, kw) => RaiseUnsupported(ts, "readline"));
            t.AddMethod("write", static (ts, self, args, kw) => RaiseUnsupported(ts, "write"));
            t.AddMethod("detach", static (ts, self, args, kw) => RaiseUnsupported(ts, "detach"));
            t.AddGetSet("encoding", static (ts, self) => ts.Interpreter.None);
            t.AddGetSet("newlines", static (ts, self) => ts.Interpreter.None);
            t.AddGetSet("errors", static (ts, self) => ts.Interpreter.None);
        });
}
