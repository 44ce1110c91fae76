using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Io;

/// <summary>
/// The type of <see cref="PyConsoleStream"/>, shown to Python as <c>_io.TextIOWrapper</c>: write,
/// flush, read, readline, readlines, fileno, isatty, readable/writable/seekable, close, and the
/// encoding/errors/name/mode/line_buffering/closed attributes.
/// </summary>
public static class ConsoleStreamType
{
    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("TextIOWrapper", types.Object, TypeFlags.None, static s =>
        {
            s.New = null;
            s.Init = null;
            s.Repr = static (ts, self) =>
            {
                var f = (PyConsoleStream)self;
                return ts.Interpreter.Str($"<_io.TextIOWrapper name='{f.Name}' mode='{f.Mode}' encoding='utf-8'>");
            };
            s.Iter = static (ts, self) => self;
            s.IterNext = static (ts, self) =>
            {
                var f = (PyConsoleStream)self;
                if (!CheckOpen(ts, f)) return null;
                var line = f.ReadLine(ts, -1);
                return line is null || line.Length == 0 ? null : ts.Interpreter.Str(line);
            };
        }, Fill);

    static void Fill(ThreadState? _, PyType t)
    {
        var interp = t.Owner;
        t.AddValue("__module__", interp.Str("_io"));
        t.AddMethod("write", Write);
        t.AddMethod("flush", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "flush", args, kw, 0, 0)) return null;
            var f = (PyConsoleStream)self;
            if (!CheckOpen(ts, f)) return null;
            f.FlushBuffer();
            return ts.Interpreter.None;
        });
        t.AddMethod("readline", static (ts, self, args, kw) =>
        {
            var f = (PyConsoleStream)self;
            if (!CheckReadable(ts, f) || !SizeArgument(ts, "readline", args, kw, out long size)) return null;
            return f.ReadLine(ts, size) is { } line ? ts.Interpreter.Str(line) : null;
        });
        t.AddMethod("read", static (ts, self, args, kw) =>
        {
            var f = (PyConsoleStream)self;
            if (!CheckReadable(ts, f) || !SizeArgument(ts, "read", args, kw, out long size)) return null;
            return f.Read(ts, size) is { } text ? ts.Interpreter.Str(text) : null;
        });
        t.AddMethod("fileno", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "fileno", args, kw, 0, 0)) return null;
            var f = (PyConsoleStream)self;
            if (f.FileNo < 0) return ts.Raise(ExceptionKind.OSError, "fileno");
            return ts.Interpreter.Int(f.FileNo);
        });
        t.AddMethod("isatty", static (ts, self, args, kw) => ts.Interpreter.Bool(((PyConsoleStream)self).IsTty));
        t.AddMethod("readable", static (ts, self, args, kw) => ts.Interpreter.Bool(((PyConsoleStream)self).Readable));
        t.AddMethod("writable", static (ts, self, args, kw) => ts.Interpreter.Bool(!((PyConsoleStream)self).Readable));
        t.AddMethod("seekable", static (ts, self, args, kw) => ts.Interpreter.False);
        t.AddMethod("close", static (ts, self, args, kw) =>
        {
            var f = (PyConsoleStream)self;
            f.FlushBuffer();
            f.Closed = true;
            return ts.Interpreter.None;
        });
        t.AddMethod("__enter__", static (ts, self, args, kw) => self);
        t.AddMethod("__exit__", static (ts, self, args, kw) =>
        {
            var f = (PyConsoleStream)self;
            f.FlushBuffer();
            f.Closed = true;
            return ts.Interpreter.None;
        });
        t.AddGetSet("encoding", static (ts, self) => ts.Interpreter.Str("utf-8"));
        t.AddGetSet("errors", static (ts, self) => ts.Interpreter.Str(((PyConsoleStream)self).Errors));
        t.AddGetSet("name", static (ts, self) => ts.Interpreter.Str(((PyConsoleStream)self).Name));
        t.AddGetSet("mode", static (ts, self) => ts.Interpreter.Str(((PyConsoleStream)self).Mode));
        t.AddGetSet("newlines", static (ts, self) => ts.Interpreter.None);
        t.AddGetSet("line_buffering", static (ts, self) => ts.Interpreter.Bool(((PyConsoleStream)self).LineBuffering));
        t.AddGetSet("write_through", static (ts, self) => ts.Interpreter.Bool(((PyConsoleStream)self).WriteThrough));
        t.AddGetSet("closed", static (ts, self) => ts.Interpreter.Bool(((PyConsoleStream)self).Closed));
        t.AddGetSet("buffer", static (ts, self) =>
        {
            var f = (PyConsoleStream)self;
            var types = ts.Interpreter.Types;
            return f.Buffer ??= new PyConsoleBuffer(f.Readable ? types.ConsoleBufferReader : types.ConsoleBufferWriter, f);
        });
        t.AddMethod("reconfigure", Reconfigure);
    }

    static PyObject? Write(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "write", args, kw, 1, 1)) return null;
        var f = (PyConsoleStream)self;
        if (args[0] is not PyStr s)
            return ts.Raise(ExceptionKind.TypeError, $"write() argument must be str, not {args[0].Type.Name}");
        if (!CheckOpen(ts, f)) return null;
        if (f.Readable) return ts.Raise(ExceptionKind.OSError, "not writable");
        f.Write(s.Value);
        return ts.Interpreter.Int(s.CodePointLength);
    }

    /// <summary>reconfigure(*, encoding, errors, newline, line_buffering, write_through): the
    /// buffering flags change; UTF-8 with the stream's error handler and universal newlines is
    /// all this stream does, so asking for anything else is a NotImplementedError.</summary>
    static PyObject? Reconfigure(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var f = (PyConsoleStream)self;
        int positional = args.Length - (kw?.Count ?? 0);
        if (positional > 0) return ts.Raise(ExceptionKind.TypeError, "reconfigure() takes no positional arguments");
        for (int i = 0; i < (kw?.Count ?? 0); i++)
        {
            var name = ((PyStr)kw!.Items[i]).Value;
            var value = args[positional + i];
            if (ReferenceEquals(value, ts.Interpreter.None)) continue;
            switch (name)
            {
                case "line_buffering":
                case "write_through":
                {
                    int truth = Ops.IsTrue(ts, value);
                    if (truth < 0) return null;
                    f.FlushBuffer();
                    if (name == "line_buffering") f.LineBuffering = truth == 1; else f.WriteThrough = truth == 1;
                    break;
                }
                case "encoding":
                    if (value is not PyStr enc) return ts.Raise(ExceptionKind.TypeError, $"reconfigure() argument 'encoding' must be str or None, not {value.Type.Name}");
                    var e = enc.Value.ToLowerInvariant().Replace('_', '-');
                    if (e is not ("utf-8" or "utf8" or "u8" or "utf"))
                        return ts.Raise(ExceptionKind.NotImplementedError, $"sys stream reconfigure(): only the utf-8 encoding is supported, not '{enc.Value}'");
                    break;
                case "errors":
                    if (value is not PyStr err) return ts.Raise(ExceptionKind.TypeError, $"reconfigure() argument 'errors' must be str or None, not {value.Type.Name}");
                    if (err.Value != f.Errors)
                        return ts.Raise(ExceptionKind.NotImplementedError, $"sys stream reconfigure(): changing the error handler ('{f.Errors}') is not supported");
                    break;
                case "newline":
                    return ts.Raise(ExceptionKind.NotImplementedError, "sys stream reconfigure(): newline translation is not supported");
                default:
                    return ts.Raise(ExceptionKind.TypeError, $"reconfigure() got an unexpected keyword argument '{name}'");
            }
        }
        return ts.Interpreter.None;
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

    static bool SizeArgument(ThreadState ts, string function, ReadOnlySpan<PyObject> args, PyTuple? kw, out long size)
    {
        size = -1;
        if (!ArgBinder.CheckPositional(ts, function, args, kw, 0, 1)) return false;
        if (args.Length == 0 || ReferenceEquals(args[0], ts.Interpreter.None)) return true;
        if (args[0] is PyInt i && i.IsSmall)
        {
            size = i.Small;
            return true;
        }
        ts.Raise(ExceptionKind.TypeError, $"argument should be integer or None, not '{args[0].Type.Name}'");
        return false;
    }
}
