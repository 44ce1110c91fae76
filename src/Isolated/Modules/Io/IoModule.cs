using Isolated.Objects;
using Isolated.Runtime;
using static Isolated.Modules.Io.IoSupport;

namespace Isolated.Modules.Io;

/// <summary>The <c>_io</c> module: the I/O classes, <c>open</c>, <c>open_code</c>,
/// <c>text_encoding</c>, <c>DEFAULT_BUFFER_SIZE</c> and <c>UnsupportedOperation</c>. The runtime
/// runs in UTF-8 mode: encoding=None and "locale" mean UTF-8.</summary>
public static class IoModule
{
    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var io = IoTypes.Of(ts);
        var m = ModuleType.New(interp, "_io");
        var d = m.Dict;
        d.SetStr("__doc__", interp.Str("The io module provides the Python interfaces to stream handling."));
        d.SetStr("DEFAULT_BUFFER_SIZE", interp.Int(DefaultBufferSize));
        var unsupported = io.UnsupportedOperation(ts);
        if (unsupported is null) return null;
        d.SetStr("UnsupportedOperation", unsupported);
        d.SetStr("BlockingIOError", interp.ExceptionType(ExceptionKind.BlockingIOError));
        d.SetStr("_IOBase", io.IOBase);
        d.SetStr("_RawIOBase", io.RawIOBase);
        d.SetStr("_BufferedIOBase", io.BufferedIOBase);
        d.SetStr("_TextIOBase", io.TextIOBase);
        d.SetStr("FileIO", io.FileIO);
        d.SetStr("BytesIO", io.BytesIO);
        d.SetStr("StringIO", io.StringIO);
        d.SetStr("BufferedReader", io.BufferedReader);
        d.SetStr("BufferedWriter", io.BufferedWriter);
        d.SetStr("BufferedRandom", io.BufferedRandom);
        d.SetStr("BufferedRWPair", io.BufferedRWPair);
        d.SetStr("TextIOWrapper", io.TextIOWrapper);
        d.SetStr("IncrementalNewlineDecoder", io.IncrementalNewlineDecoder);
        Add(m, "open", Open);
        Add(m, "open_code", OpenCode);
        Add(m, "text_encoding", TextEncoding);
        return m;
    }

    static void Add(PyModule m, string name, BuiltinMethod fn)
    {
        var interp = m.Type.Owner;
        var f = interp.NewBuiltinFunction(name, m, fn);
        f.Module = interp.Str("_io");
        m.Dict.SetStr(interp.Intern(name), f);
    }

    static PyObject? TextEncoding(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "text_encoding", args, kw, ["encoding", "stacklevel"], 1, a)) return null;
        return ReferenceEquals(a[0], ts.Interpreter.None) ? ts.Interpreter.Str("utf-8") : a[0];
    }

    static PyObject? OpenCode(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new PyObject?[1];
        if (!ArgBinder.Bind(ts, "open_code", args, kw, ["path"], 1, a)) return null;
        if (a[0] is not PyStr) return ts.Raise(ExceptionKind.TypeError, $"open_code() argument 'path' must be str, not {a[0]!.Type.Name}");
        return OpenFile(ts, a[0]!, "rb", -1, null, null, null, true, null);
    }

    static readonly string[] OpenNames = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"];

    /// <summary>open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
    /// closefd=True, opener=None).</summary>
    public static PyObject? Open(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new PyObject?[8];
        if (!ArgBinder.Bind(ts, "open", args, kw, OpenNames, 1, a)) return null;
        var interp = ts.Interpreter;
        string mode = "r";
        if (a[1] is not null)
        {
            if (a[1] is not PyStr ms) return ts.Raise(ExceptionKind.TypeError, $"open() argument 'mode' must be str, not {a[1]!.Type.Name}");
            mode = ms.Value;
        }
        long buffering = -1;
        if (a[2] is not null && !IntArg(ts, a[2]!, out buffering)) return null;
        string? encoding = null, errors = null;
        if (a[3] is not null && !ReferenceEquals(a[3], interp.None))
        {
            if (a[3] is not PyStr es) return ts.Raise(ExceptionKind.TypeError, $"open() argument 'encoding' must be str or None, not {a[3]!.Type.Name}");
            encoding = es.Value;
        }
        if (a[4] is not null && !ReferenceEquals(a[4], interp.None))
        {
            if (a[4] is not PyStr es) return ts.Raise(ExceptionKind.TypeError, $"open() argument 'errors' must be str or None, not {a[4]!.Type.Name}");
            errors = es.Value;
        }
        if (a[5] is not null && !ReferenceEquals(a[5], interp.None) && a[5] is not PyStr)
            return ts.Raise(ExceptionKind.TypeError, $"open() argument 'newline' must be str or None, not {a[5]!.Type.Name}");
        bool closefd = true;
        if (a[6] is not null)
        {
            int c = Ops.IsTrue(ts, a[6]!);
            if (c < 0) return null;
            closefd = c > 0;
        }
        var opener = a[7] is null || ReferenceEquals(a[7], interp.None) ? null : a[7];
        var file = a[0]!;
        if (file is not PyStr && file is not PyBytes && file is not PyInt && !Ops.IsIndex(file))
        {
            int found = Ops.LookupAttr(ts, file.Type, interp.Intern("__fspath__"), out _);
            if (found < 0) return null;
            if (found == 0) return ts.Raise(ExceptionKind.TypeError, $"expected str, bytes or os.PathLike object, not {file.Type.Name}");
        }
        return OpenFile(ts, file, mode, buffering, encoding, errors, a[5], closefd, opener);
    }

    static PyObject? OpenFile(ThreadState ts, PyObject file, string mode, long buffering, string? encoding, string? errors,
                              PyObject? newline, bool closefd, PyObject? opener)
    {
        var interp = ts.Interpreter;
        bool creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
        for (int i = 0; i < mode.Length; i++)
        {
            char c = mode[i];
            if ("axrwb+t".IndexOf(c) < 0 || mode.IndexOf(c, i + 1) >= 0)
                return ts.Raise(ExceptionKind.ValueError, $"invalid mode: '{mode}'");
            switch (c)
            {
                case 'x': creating = true; break;
                case 'r': reading = true; break;
                case 'w': writing = true; break;
                case 'a': appending = true; break;
                case '+': updating = true; break;
                case 't': text = true; break;
                case 'b': binary = true; break;
            }
        }
        if (text && binary) return ts.Raise(ExceptionKind.ValueError, "can't have text and binary mode at once");
        int kinds = (creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0);
        if (kinds > 1) return ts.Raise(ExceptionKind.ValueError, "must have exactly one of create/read/write/append mode");
        if (binary && encoding is not null) return ts.Raise(ExceptionKind.ValueError, "binary mode doesn't take an encoding argument");
        if (binary && errors is not null) return ts.Raise(ExceptionKind.ValueError, "binary mode doesn't take an errors argument");
        if (binary && newline is not null && !ReferenceEquals(newline, interp.None))
            return ts.Raise(ExceptionKind.ValueError, "binary mode doesn't take a newline argument");
        string rawMode = (creating ? "x" : "") + (reading ? "r" : "") + (writing ? "w" : "") + (appending ? "a" : "") + (updating ? "+" : "");
        var io = IoTypes.Of(ts);
        var rawArgs = opener is null
            ? new PyObject[] { file, interp.Str(rawMode), interp.Bool(closefd) }
            : new PyObject[] { file, interp.Str(rawMode), interp.Bool(closefd), opener };
        var raw = Ops.Call(ts, io.FileIO, rawArgs);
        if (raw is null) return null;
        var result = Wrap(ts, raw, mode, buffering, encoding, errors, newline, binary, creating || writing || appending, reading, updating);
        if (result is null)
        {
            var error = ts.FetchError();
            if (raw is PyFileIO f) FileIOType.CloseQuietly(f);
            if (error is not null) ts.Raise(error);
        }
        return result;
    }

    static PyObject? Wrap(ThreadState ts, PyObject raw, string mode, long buffering, string? encoding, string? errors,
                          PyObject? newline, bool binary, bool writing, bool reading, bool updating)
    {
        var interp = ts.Interpreter;
        var io = IoTypes.Of(ts);
        bool lineBuffering = false;
        if (buffering == 1 || buffering < 0)
        {
            var tty = CallMethod(ts, raw, "isatty");
            if (tty is null) return null;
            if (buffering == 1 || ReferenceEquals(tty, interp.True))
            {
                buffering = -1;
                lineBuffering = true;
            }
        }
        if (buffering < 0) buffering = DefaultBufferSize;
        if (buffering == 0)
        {
            if (binary) return raw;
            return ts.Raise(ExceptionKind.ValueError, "can't have unbuffered text I/O");
        }
        var bufferType = updating ? io.BufferedRandom : writing ? io.BufferedWriter : io.BufferedReader;
        var buffer = Ops.Call(ts, bufferType, raw, interp.Int(buffering));
        if (buffer is null) return null;
        if (binary) return buffer;
        PyObject none = interp.None;
        PyObject[] textArgs =
        [
            buffer, encoding is null ? none : interp.Str(encoding), errors is null ? none : interp.Str(errors),
            newline ?? none, interp.Bool(lineBuffering),
        ];
        var wrapper = Ops.Call(ts, io.TextIOWrapper, textArgs);
        if (wrapper is null) return null;
        if (!Ops.SetAttr(ts, wrapper, interp.Intern("mode"), interp.Str(mode))) return null;
        return wrapper;
    }
}
