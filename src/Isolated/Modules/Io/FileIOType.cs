using Isolated.Objects;
using Isolated.Runtime;
using static Isolated.Modules.Io.IoSupport;

namespace Isolated.Modules.Io;

/// <summary><c>_io.FileIO(file, mode='r', closefd=True, opener=None)</c>: unbuffered bytes over a
/// file descriptor, with libc's open/read/write/lseek/ftruncate/close. Blocking calls release the
/// GIL.</summary>
public static class FileIOType
{
    public static PyType Create(BuiltinTypes types, PyType rawBase) =>
        types.NewBuiltin("FileIO", rawBase, TypeFlags.BaseType | TypeFlags.HasInstanceDict, static s =>
        {
            s.New = static (ts, type, args, kw) => new PyFileIO(type);
            s.Init = Init;
            s.Repr = Repr;
        }, Fill);

    static void Fill(ThreadState? _, PyType t)
    {
        t.AddValue("__module__", t.Owner.Str("_io"));
        t.AddMethod("read", Read);
        t.AddMethod("readall", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "readall", args, kw, 0, 0) && Open(ts, self) is { } f && CheckReadable(ts, f) ? ReadAll(ts, f) : null);
        t.AddMethod("readinto", ReadInto);
        t.AddMethod("write", Write);
        t.AddMethod("seek", Seek);
        t.AddMethod("tell", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "tell", args, kw, 0, 0) || Open(ts, self) is not { } f) return null;
            long pos = LibC.Seek(f.Fd, 0, 1);
            return pos < 0 ? RaiseErrno(ts, LibC.LastErrno) : ts.Interpreter.Int(pos);
        });
        t.AddMethod("truncate", Truncate);
        t.AddMethod("fileno", static (ts, self, args, kw) => Open(ts, self) is { } f ? ts.Interpreter.Int(f.Fd) : null);
        t.AddMethod("isatty", static (ts, self, args, kw) => Open(ts, self) is { } f ? ts.Interpreter.Bool(LibC.IsATty(f.Fd) == 1) : null);
        t.AddMethod("readable", static (ts, self, args, kw) => Open(ts, self) is { } f ? ts.Interpreter.Bool(f.Readable) : null);
        t.AddMethod("writable", static (ts, self, args, kw) => Open(ts, self) is { } f ? ts.Interpreter.Bool(f.Writable) : null);
        t.AddMethod("seekable", static (ts, self, args, kw) =>
        {
            if (Open(ts, self) is not { } f) return null;
            if (f.Seekable < 0) f.Seekable = LibC.Seek(f.Fd, 0, 1) < 0 ? 0 : 1;
            return ts.Interpreter.Bool(f.Seekable == 1);
        });
        t.AddMethod("close", Close);
        t.AddGetSet("closed", static (ts, self) => ts.Interpreter.Bool(((PyFileIO)self).Fd < 0));
        t.AddGetSet("closefd", static (ts, self) => ts.Interpreter.Bool(((PyFileIO)self).CloseFd));
        t.AddGetSet("mode", static (ts, self) => ts.Interpreter.Str(((PyFileIO)self).Mode));
        t.AddGetSet("_blksize", static (ts, self) => ts.Interpreter.Int(DefaultBufferSize));
    }

    static PyFileIO? Open(ThreadState ts, PyObject self)
    {
        var f = (PyFileIO)self;
        if (f.Fd >= 0) return f;
        // FileIO's own message has no final period (unlike _IOBase's).
        ts.Raise(ExceptionKind.ValueError, "I/O operation on closed file");
        return null;
    }

    static bool CheckReadable(ThreadState ts, PyFileIO f)
    {
        if (f.Readable) return true;
        RaiseUnsupported(ts, "File not open for reading");
        return false;
    }

    static bool CheckWritable(ThreadState ts, PyFileIO f)
    {
        if (f.Writable) return true;
        RaiseUnsupported(ts, "File not open for writing");
        return false;
    }

    static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var f = (PyFileIO)self;
        var interp = ts.Interpreter;
        if (f.Fd < 0) return interp.Str("<_io.FileIO [closed]>");
        string closefd = f.CloseFd ? "True" : "False";
        int found = Ops.LookupAttr(ts, self, interp.Intern("name"), out var name);
        if (found < 0) return null;
        if (found == 0) return interp.Str($"<_io.FileIO fd={f.Fd} mode='{f.Mode}' closefd={closefd}>");
        if (!Ops.EnterRecursiveCall(ts, " while getting the repr of an object")) return null;
        var r = Ops.Repr(ts, name!);
        Ops.LeaveRecursiveCall(ts);
        return r is PyStr s ? interp.Str($"<_io.FileIO name={s.Value} mode='{f.Mode}' closefd={closefd}>") : null;
    }

    static bool Init(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new PyObject?[4];
        if (!ArgBinder.Bind(ts, "FileIO", args, kw, ["file", "mode", "closefd", "opener"], 1, a)) return false;
        var f = (PyFileIO)self;
        var interp = ts.Interpreter;
        if (f.Fd >= 0 && f.CloseFd) LibC.Close(f.Fd);
        f.Fd = -1;
        string mode = "r";
        if (a[1] is not null)
        {
            if (a[1] is not PyStr ms) { ts.Raise(ExceptionKind.TypeError, $"FileIO() argument 'mode' must be str, not {a[1]!.Type.Name}"); return false; }
            mode = ms.Value;
        }
        bool closefd = true;
        if (a[2] is not null)
        {
            int t = Ops.IsTrue(ts, a[2]!);
            if (t < 0) return false;
            closefd = t > 0;
        }
        if (!ParseMode(ts, mode, f, out int flags)) return false;
        var file = a[0]!;
        if (file is PyFloat) { ts.Raise(ExceptionKind.TypeError, "integer argument expected, got float"); return false; }
        int fd = -1;
        string? path = null;
        if (file is PyInt || (file is not PyStr && file is not PyBytes && Ops.IsIndex(file)))
        {
            if (!IntArg(ts, file, out long v)) return false;
            if (v < 0) { ts.Raise(ExceptionKind.ValueError, "negative file descriptor"); return false; }
            fd = (int)v;
        }
        else
        {
            if (!closefd) { ts.Raise(ExceptionKind.ValueError, "Cannot use closefd=False with file name"); return false; }
            path = FsPath(ts, file);
            if (path is null) return false;
            if (path.Contains('\0')) { ts.Raise(ExceptionKind.ValueError, "embedded null byte"); return false; }
            var opener = a[3];
            bool custom = opener is not null && !ReferenceEquals(opener, interp.None);
            if (custom)
            {
                var r = Ops.Call(ts, opener, file, interp.Int(flags | LibC.O_CLOEXEC));
                if (r is null) return false;
                if (!IntArg(ts, r, out long v)) return false;
                if (v < 0) { ts.Raise(ExceptionKind.ValueError, $"opener returned {v}"); return false; }
                fd = (int)v;
            }
            else
            {
                fd = OpenPath(ts, path, flags | LibC.O_CLOEXEC);
                if (fd < 0) { RaiseErrno(ts, -fd, file); return false; }
            }
            // An opener decides what the name means (tempfile passes the directory it creates the
            // file in): only a path this function opened itself is checked for being a directory.
            if (!custom && Directory.Exists(path))
            {
                LibC.Close(fd);
                RaiseErrno(ts, LibC.EISDIR, file);
                return false;
            }
        }
        f.Fd = fd;
        f.CloseFd = closefd;
        f.Seekable = -1;
        f.IOBaseClosed = false;
        var dict = f.InstanceDict ??= interp.NewDict();
        dict.SetStr("name", file);
        if (f.Appending && LibC.Seek(fd, 0, 2) < 0 && LibC.LastErrno != 29) // ESPIPE is fine
        {
            RaiseErrno(ts, LibC.LastErrno, file);
            return false;
        }
        return true;
    }

    /// <summary>open(2), retried on EINTR, with the GIL released. Returns the fd or -errno.</summary>
    static int OpenPath(ThreadState ts, string path, int flags)
    {
        while (true)
        {
            bool released = BeginBlocking(ts);
            int fd = LibC.Open(path, flags, 0x1b6); // 0666, less the umask
            int errno = fd < 0 ? LibC.LastErrno : 0;
            EndBlocking(ts, released);
            if (fd >= 0) return fd;
            if (errno != LibC.EINTR) return -errno;
        }
    }

    /// <summary>The path a str, bytes or os.PathLike names.</summary>
    public static string? FsPath(ThreadState ts, PyObject file)
    {
        if (file is PyStr s) return s.Value;
        if (file is PyBytes b) return System.Text.Encoding.UTF8.GetString(b.Value);
        int found = Ops.LookupAttr(ts, file.Type, ts.Interpreter.Intern("__fspath__"), out var fspath);
        if (found < 0) return null;
        if (found > 0)
        {
            var r = CallMethod(ts, file, "__fspath__");
            if (r is null) return null;
            if (r is PyStr rs) return rs.Value;
            if (r is PyBytes rb) return System.Text.Encoding.UTF8.GetString(rb.Value);
            ts.Raise(ExceptionKind.TypeError, $"expected {file.Type.Name}.__fspath__() to return str or bytes, not {r.Type.Name}");
            return null;
        }
        ts.Raise(ExceptionKind.TypeError, $"expected str, bytes or os.PathLike object, not {file.Type.Name}");
        return null;
    }

    /// <summary>FileIO's mode: exactly one of r/w/x/a, optional '+', optional 'b'.</summary>
    static bool ParseMode(ThreadState ts, string mode, PyFileIO f, out int flags)
    {
        flags = 0;
        bool rwa = false, plus = false;
        f.Readable = f.Writable = f.Appending = f.Created = false;
        foreach (char c in mode)
        {
            switch (c)
            {
                case 'x':
                case 'r':
                case 'w':
                case 'a':
                    if (rwa) return BadMode(ts, "Must have exactly one of create/read/write/append mode and at most one plus");
                    rwa = true;
                    if (c == 'x') { f.Created = f.Writable = true; flags |= LibC.O_EXCL | LibC.O_CREAT; }
                    else if (c == 'r') f.Readable = true;
                    else if (c == 'w') { f.Writable = true; flags |= LibC.O_CREAT | LibC.O_TRUNC; }
                    else { f.Writable = f.Appending = true; flags |= LibC.O_APPEND | LibC.O_CREAT; }
                    break;
                case 'b':
                    break;
                case '+':
                    if (plus) return BadMode(ts, "Must have exactly one of create/read/write/append mode and at most one plus");
                    f.Readable = f.Writable = plus = true;
                    break;
                default:
                    ts.Raise(ExceptionKind.ValueError, $"invalid mode: {mode}");
                    return false;
            }
        }
        if (!rwa) return BadMode(ts, "Must have exactly one of create/read/write/append mode and at most one plus");
        flags |= f.Readable && f.Writable ? LibC.O_RDWR : f.Readable ? LibC.O_RDONLY : LibC.O_WRONLY;
        return true;
    }

    static bool BadMode(ThreadState ts, string message)
    {
        ts.Raise(ExceptionKind.ValueError, message);
        return false;
    }

    /// <summary>read(2) into <paramref name="buffer"/>, GIL released, retried on EINTR. Returns the
    /// count, -1 with an exception set, or -2 when the fd is non-blocking and has nothing (EAGAIN).</summary>
    public static unsafe long ReadRaw(ThreadState ts, PyFileIO f, Span<byte> buffer)
    {
        while (true)
        {
            // A seekable file never blocks; a pipe or FIFO is waited for interruptibly.
            if (f.Seekable != 1 && !Select.BlockingWait.WaitReadable(ts, f.Fd)) return -1;
            nint n;
            int errno = 0;
            bool released = BeginBlocking(ts);
            fixed (byte* p = buffer) n = LibC.Read(f.Fd, p, buffer.Length);
            if (n < 0) errno = LibC.LastErrno;
            EndBlocking(ts, released);
            if (n >= 0) return n;
            if (errno == LibC.EINTR) continue;
            if (errno == LibC.EAGAIN) return -2;
            RaiseErrno(ts, errno);
            return -1;
        }
    }

    public static unsafe long WriteRaw(ThreadState ts, PyFileIO f, ReadOnlySpan<byte> data)
    {
        while (true)
        {
            nint n;
            int errno = 0;
            bool released = BeginBlocking(ts);
            fixed (byte* p = data) n = LibC.Write(f.Fd, p, data.Length);
            if (n < 0) errno = LibC.LastErrno;
            EndBlocking(ts, released);
            if (n >= 0) return n;
            if (errno == LibC.EINTR) continue;
            if (errno == LibC.EAGAIN) return -2;
            RaiseErrno(ts, errno);
            return -1;
        }
    }

    static PyObject? Read(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!OptionalSize(ts, "read", args, kw, out long size)) return null;
        if (Open(ts, self) is not { } f || !CheckReadable(ts, f)) return null;
        if (size < 0) return ReadAll(ts, f);
        var buffer = new byte[System.Math.Min(size, int.MaxValue)];
        long n = ReadRaw(ts, f, buffer);
        if (n == -1) return null;
        if (n == -2) return ts.Interpreter.None;
        return n == 0 ? ts.Interpreter.EmptyBytes : PyBytes.Create(ts.Interpreter, n == buffer.Length ? buffer : buffer[..(int)n]);
    }

    static PyObject? ReadAll(ThreadState ts, PyFileIO f)
    {
        // Size the buffer from the bytes left when the file is seekable, then read until EOF.
        long start = LibC.Seek(f.Fd, 0, 1), end = start >= 0 ? LibC.Seek(f.Fd, 0, 2) : -1;
        if (end >= 0) LibC.Seek(f.Fd, start, 0);
        var buffer = new byte[end > start ? end - start + 1 : DefaultBufferSize];
        int count = 0;
        while (true)
        {
            if (count == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
            long n = ReadRaw(ts, f, buffer.AsSpan(count));
            if (n == -1) return null;
            if (n == -2) return count == 0 ? ts.Interpreter.None : PyBytes.Create(ts.Interpreter, buffer[..count]);
            if (n == 0) break;
            count += (int)n;
        }
        return count == 0 ? ts.Interpreter.EmptyBytes : PyBytes.Create(ts.Interpreter, buffer[..count]);
    }

    static PyObject? ReadInto(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "readinto", args, kw, 1, 1)) return null;
        if (Open(ts, self) is not { } f || !CheckReadable(ts, f)) return null;
        if (args[0] is not IBuffer { IsReadOnly: false } target)
            return ts.Raise(ExceptionKind.TypeError, $"readinto() argument must be read-write bytes-like object, not {args[0].Type.Name}");
        long n = ReadRaw(ts, f, target.AsWritableSpan());
        if (n == -1) return null;
        return n == -2 ? ts.Interpreter.None : ts.Interpreter.Int(n);
    }

    static PyObject? Write(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "write", args, kw, 1, 1)) return null;
        if (Open(ts, self) is not { } f || !CheckWritable(ts, f)) return null;
        if (!BytesLike(ts, args[0], out var data)) return null;
        long n = WriteRaw(ts, f, data);
        if (n == -1) return null;
        return n == -2 ? ts.Interpreter.None : ts.Interpreter.Int(n);
    }

    static PyObject? Seek(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "seek", args, kw, 1, 2)) return null;
        if (args[0] is PyFloat) return ts.Raise(ExceptionKind.TypeError, "an integer is required");
        if (!IntArg(ts, args[0], out long pos)) return null;
        long whence = 0;
        if (args.Length > 1 && !IntArg(ts, args[1], out whence)) return null;
        if (Open(ts, self) is not { } f) return null;
        long r = LibC.Seek(f.Fd, pos, (int)whence);
        return r < 0 ? RaiseErrno(ts, LibC.LastErrno) : ts.Interpreter.Int(r);
    }

    static PyObject? Truncate(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "truncate", args, kw, 0, 1)) return null;
        if (Open(ts, self) is not { } f || !CheckWritable(ts, f)) return null;
        long size;
        if (args.Length == 0 || ReferenceEquals(args[0], ts.Interpreter.None))
        {
            size = LibC.Seek(f.Fd, 0, 1);
            if (size < 0) return RaiseErrno(ts, LibC.LastErrno);
        }
        else if (!IntArg(ts, args[0], out size)) return null;
        if (LibC.Truncate(f.Fd, size) < 0) return RaiseErrno(ts, LibC.LastErrno);
        return ts.Interpreter.Int(size);
    }

    static PyObject? Close(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "close", args, kw, 0, 0)) return null;
        var f = (PyFileIO)self;
        if (f.Fd < 0) return ts.Interpreter.None;
        // _RawIOBase.close semantics: flush (a subclass may override it), then release the fd.
        var flushed = ReferenceEquals(f.Type, IoTypes.Of(ts).FileIO) ? ts.Interpreter.None : CallMethod(ts, self, "flush");
        int fd = f.Fd;
        f.Fd = -1;
        f.IOBaseClosed = true;
        if (f.CloseFd && LibC.Close(fd) < 0 && flushed is not null) return RaiseErrno(ts, LibC.LastErrno);
        return flushed;
    }

    /// <summary>Closes a FileIO from C# (used by open() when wrapping fails).</summary>
    public static void CloseQuietly(PyFileIO f)
    {
        if (f.Fd >= 0 && f.CloseFd) LibC.Close(f.Fd);
        f.Fd = -1;
    }
}
