using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Io;

/// <summary>
/// The type of <see cref="PyConsoleBuffer"/>, shown to Python as <c>_io.BufferedWriter</c> (for
/// sys.stdout/stderr's buffer) or <c>_io.BufferedReader</c> (sys.stdin's): write, read, read1,
/// readline, readlines, flush, fileno, isatty, readable/writable/seekable, close, and the
/// name/mode/closed attributes.
/// </summary>
public static class ConsoleBufferType
{
    public static PyType Create(BuiltinTypes types, bool reader) =>
        types.NewBuiltin(reader ? "BufferedReader" : "BufferedWriter", types.Object, TypeFlags.None, static s =>
        {
            s.New = null;
            s.Init = null;
            s.Repr = static (ts, self) =>
            {
                var f = ((PyConsoleBuffer)self).Text;
                return ts.Interpreter.Str($"<_io.{self.Type.Name} name='{f.Name}'>");
            };
            s.Iter = static (ts, self) => self;
            s.IterNext = static (ts, self) =>
            {
                var f = ((PyConsoleBuffer)self).Text;
                if (!CheckReadable(ts, f)) return null;
                var line = f.ReadBytesLine(-1);
                return line.Length == 0 ? null : IoSupport.Bytes(ts, line);
            };
        }, Fill);

    static void Fill(ThreadState? _, PyType t)
    {
        var interp = t.Owner;
        t.AddValue("__module__", interp.Str("_io"));
        t.AddMethod("write", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "write", args, kw, 1, 1)) return null;
            var f = ((PyConsoleBuffer)self).Text;
            if (!IoSupport.BytesLike(ts, args[0], out var data) || !CheckOpen(ts, f)) return null;
            if (f.Readable) return ts.Raise(ExceptionKind.OSError, "not writable");
            f.WriteBytes(data);
            return ts.Interpreter.Int(data.Length);
        });
        t.AddMethod("flush", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "flush", args, kw, 0, 0)) return null;
            var f = ((PyConsoleBuffer)self).Text;
            if (!CheckOpen(ts, f)) return null;
            f.FlushBuffer();
            return ts.Interpreter.None;
        });
        t.AddMethod("read", static (ts, self, args, kw) => Read(ts, self, args, kw, "read"));
        t.AddMethod("read1", static (ts, self, args, kw) => Read(ts, self, args, kw, "read1"));
        t.AddMethod("readline", static (ts, self, args, kw) =>
        {
            var f = ((PyConsoleBuffer)self).Text;
            if (!IoSupport.OptionalSize(ts, "readline", args, kw, out long size) || !CheckReadable(ts, f)) return null;
            return IoSupport.Bytes(ts, f.ReadBytesLine(size));
        });
        t.AddMethod("readlines", static (ts, self, args, kw) =>
        {
            var f = ((PyConsoleBuffer)self).Text;
            if (!IoSupport.OptionalSize(ts, "readlines", args, kw, out long hint) || !CheckReadable(ts, f)) return null;
            var lines = new PyList(ts.Interpreter.Types.List);
            long total = 0;
            while (true)
            {
                var line = f.ReadBytesLine(-1);
                if (line.Length == 0) break;
                lines.Append(IoSupport.Bytes(ts, line));
                total += line.Length;
                if (hint > 0 && total >= hint) break;
            }
            return lines;
        });
        t.AddMethod("fileno", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "fileno", args, kw, 0, 0)) return null;
            var f = ((PyConsoleBuffer)self).Text;
            if (f.FileNo < 0) return ts.Raise(ExceptionKind.OSError, "fileno");
            return ts.Interpreter.Int(f.FileNo);
        });
        t.AddMethod("isatty", static (ts, self, args, kw) => ts.Interpreter.Bool(((PyConsoleBuffer)self).Text.IsTty));
        t.AddMethod("readable", static (ts, self, args, kw) => ts.Interpreter.Bool(((PyConsoleBuffer)self).Text.Readable));
        t.AddMethod("writable", static (ts, self, args, kw) => ts.Interpreter.Bool(!((PyConsoleBuffer)self).Text.Readable));
        t.AddMethod("seekable", static (ts, self, args, kw) => ts.Interpreter.False);
        t.AddMethod("close", static (ts, self, args, kw) =>
        {
            var f = ((PyConsoleBuffer)self).Text;
            f.FlushBuffer();
            f.Closed = true;
            return ts.Interpreter.None;
        });
        t.AddMethod("__enter__", static (ts, self, args, kw) => self);
        t.AddMethod("__exit__", static (ts, self, args, kw) =>
        {
            var f = ((PyConsoleBuffer)self).Text;
            f.FlushBuffer();
            f.Closed = true;
            return ts.Interpreter.None;
        });
        t.AddGetSet("name", static (ts, self) => ts.Interpreter.Str(((PyConsoleBuffer)self).Text.Name));
        t.AddGetSet("mode", static (ts, self) => ts.Interpreter.Str(((PyConsoleBuffer)self).Text.Readable ? "rb" : "wb"));
        t.AddGetSet("closed", static (ts, self) => ts.Interpreter.Bool(((PyConsoleBuffer)self).Text.Closed));
    }

    static PyObject? Read(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, string name)
    {
        var f = ((PyConsoleBuffer)self).Text;
        if (!IoSupport.OptionalSize(ts, name, args, kw, out long size) || !CheckReadable(ts, f)) return null;
        return IoSupport.Bytes(ts, f.ReadBytes(size));
    }

    static bool CheckOpen(ThreadState ts, PyConsoleStream f)
    {
        if (!f.Closed) return true;
        ts.Raise(ExceptionKind.ValueError, "I/O operation on closed file.");
        return false;
    }

    static bool CheckReadable(ThreadState ts, PyConsoleStream f)
    {
        if (!CheckOpen(ts, f)) return false;
        if (f.Readable) return true;
        ts.Raise(ExceptionKind.OSError, "not readable");
        return false;
    }
}
