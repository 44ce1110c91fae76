using System.Runtime.InteropServices;
using System.Text;
using Isolated.Modules.Time;
using Isolated.Modules.Weakref;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Posix;

/// <summary>
/// <c>posix</c>, the backend of <c>os</c>: files and directories through libc (errors as OSError
/// subclasses with errno/strerror/filename), environ as bytes, process ids, terminal size.
/// dir_fd/follow_symlinks=False variants are not offered (_have_functions lists only HAVE_LSTAT
/// and HAVE_FTRUNCATE), so os.py falls back to its portable code paths.
/// </summary>
public static unsafe class PosixModule
{
    static readonly string[] StatFields =
        ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "_st_atime_int", "_st_mtime_int", "_st_ctime_int"];
    static readonly string[] StatExtra =
        ["st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"];

    public static PyType CreateStatResult(BuiltinTypes types) => StructSeqBuilder.Create(types, "os", "stat_result", StatFields, StatExtra);
    public static PyType CreateTerminalSize(BuiltinTypes types) => StructSeqBuilder.Create(types, "os", "terminal_size", ["columns", "lines"], []);
    public static PyType CreateUnameResult(BuiltinTypes types) => StructSeqBuilder.Create(types, "posix", "uname_result", ["sysname", "nodename", "release", "version", "machine"], []);
    public static PyType CreateTimesResult(BuiltinTypes types) => StructSeqBuilder.Create(types, "posix", "times_result", ["user", "system", "children_user", "children_system", "elapsed"], []);

    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "posix");
        m.Dict.SetStr("__doc__", interp.Str("This module provides access to operating system functionality that is\nstandardized by the C Standard and the POSIX standard (a thinly\ndisguised Unix interface).  Refer to the library manual and\ncorresponding Unix manual entries for more information on calls."));
        void Add(string name, BuiltinMethod fn) => WeakrefModule.Add(m, name, fn);
        Add("stat", static (ts, s, a, k) => StatFunc(ts, a, k, "stat", lstat: false));
        Add("lstat", static (ts, s, a, k) => StatFunc(ts, a, k, "lstat", lstat: true));
        Add("fstat", FStat);
        Add("listdir", ListDir);
        Add("scandir", Scandir);
        Add("open", Open);
        Add("close", static (ts, s, a, k) => FdCall(ts, a, k, "close", static fd => PosixNative.Close(fd)));
        Add("fsync", static (ts, s, a, k) => FdCall(ts, a, k, "fsync", static fd => PosixNative.FSync(fd)));
        Add("read", Read);
        Add("write", Write);
        Add("lseek", LSeek);
        Add("ftruncate", FTruncate);
        Add("mkdir", MkDir);
        Add("rmdir", static (ts, s, a, k) => PathCall(ts, a, k, "rmdir", static p => PosixNative.RmDir(p)));
        Add("unlink", static (ts, s, a, k) => PathCall(ts, a, k, "unlink", static p => PosixNative.Unlink(p)));
        Add("remove", static (ts, s, a, k) => PathCall(ts, a, k, "remove", static p => PosixNative.Unlink(p)));
        Add("chdir", static (ts, s, a, k) => PathCall(ts, a, k, "chdir", static p => PosixNative.ChDir(p)));
        Add("rename", static (ts, s, a, k) => TwoPaths(ts, a, k, "rename"));
        Add("replace", static (ts, s, a, k) => TwoPaths(ts, a, k, "replace"));
        Add("symlink", Symlink);
        Add("readlink", ReadLink);
        Add("getcwd", static (ts, s, a, k) => ts.Interpreter.Str(Directory.GetCurrentDirectory()));
        Add("getcwdb", static (ts, s, a, k) => new PyBytes(ts.Interpreter.Types.Bytes, Encoding.UTF8.GetBytes(Directory.GetCurrentDirectory())));
        Add("access", Access);
        Add("chmod", ChMod);
        Add("umask", static (ts, s, a, k) =>
            ArgBinder.CheckPositional(ts, "umask", a, k, 1, 1) && Ops.AsLong(ts, a[0], out long mask) ? ts.Interpreter.Int(PosixNative.UMask((int)mask)) : null);
        Add("isatty", static (ts, s, a, k) =>
            ArgBinder.CheckPositional(ts, "isatty", a, k, 1, 1) && Ops.AsLong(ts, a[0], out long fd) ? ts.Interpreter.Bool(PosixNative.IsATty((int)fd) == 1) : null);
        Add("pipe", Pipe);
        // The copy is non-inheritable, as CPython's (PEP 446).
        Add("dup", static (ts, s, a, k) => FdResult(ts, a, k, "dup", static fd => PosixNative.FcntlInt(fd, 1030 /* F_DUPFD_CLOEXEC */, 0)));
        Add("dup2", Dup2);
        Add("getpid", static (ts, s, a, k) => ts.Interpreter.Int(PosixNative.GetPid()));
        Add("getppid", static (ts, s, a, k) => ts.Interpreter.Int(PosixNative.GetPPid()));
        Add("getuid", static (ts, s, a, k) => ts.Interpreter.Int(PosixNative.GetUid()));
        Add("geteuid", static (ts, s, a, k) => ts.Interpreter.Int(PosixNative.GetEUid()));
        Add("getgid", static (ts, s, a, k) => ts.Interpreter.Int(PosixNative.GetGid()));
        Add("getegid", static (ts, s, a, k) => ts.Interpreter.Int(PosixNative.GetEGid()));
        Add("urandom", URandom);
        Add("fspath", static (ts, s, a, k) =>
        {
            Span<PyObject?> b = new PyObject?[1];
            return ArgBinder.Bind(ts, "fspath", a, k, ["path"], 1, b) ? PathArg.FsPath(ts, b[0]!, null) : null;
        });
        Add("strerror", static (ts, s, a, k) =>
            ArgBinder.CheckPositional(ts, "strerror", a, k, 1, 1) && Ops.AsLong(ts, a[0], out long code) ? ts.Interpreter.Str(PosixNative.ErrorMessage((int)code)) : null);
        Add("get_terminal_size", GetTerminalSize);
        Add("cpu_count", static (ts, s, a, k) => ts.Interpreter.Int(Environment.ProcessorCount));
        Add("uname", Uname);
        Add("times", Times);
        Add("kill", static (ts, s, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "kill", a, k, 2, 2) || !Ops.AsLong(ts, a[0], out long pid) || !Ops.AsLong(ts, a[1], out long sig)) return null;
            return PosixNative.Kill((int)pid, (int)sig) == 0 ? ts.Interpreter.None : PosixErrors.Raise(ts);
        });
        Add("_exit", static (ts, s, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "_exit", a, k, 1, 1) || !Ops.AsLong(ts, a[0], out long code)) return null;
            // A subinterpreter that may not exec (the isolated configuration) may not end the
            // host's process either (CPython would): its calling code is terminated instead, as
            // by PyIsolated_TERMINATE. The main interpreter and legacy ones exit the process.
            if (!ts.Interpreter.Config.AllowExec)
            {
                ts.TerminationReason = $"os._exit({code}) in a subinterpreter that may not exec: its code is terminated instead of the process";
                HostControls.RaiseTermination(ts);
                return null;
            }
            PosixNative.Exit((int)code);
            return ts.Interpreter.None;
        });
        Add("waitpid", WaitPid);
        Add("waitstatus_to_exitcode", static (ts, s, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "waitstatus_to_exitcode", a, k, 1, 1) || !Ops.AsLong(ts, a[0], out long st)) return null;
            if ((st & 0x7f) == 0) return ts.Interpreter.Int((st >> 8) & 0xff);
            if (((st & 0x7f) + 1) >> 1 > 0) return ts.Interpreter.Int(-(st & 0x7f));
            return ts.Raise(ExceptionKind.ValueError, $"invalid wait status: {st}");
        });
        AddStatusMacro(m, "WIFEXITED", static st => (st & 0x7f) == 0 ? 1 : 0, isBool: true);
        AddStatusMacro(m, "WEXITSTATUS", static st => (st >> 8) & 0xff, isBool: false);
        AddStatusMacro(m, "WIFSIGNALED", static st => ((st & 0x7f) + 1) >> 1 > 0 && (st & 0x7f) != 0x7f ? 1 : 0, isBool: true);
        AddStatusMacro(m, "WTERMSIG", static st => st & 0x7f, isBool: false);
        AddStatusMacro(m, "WIFSTOPPED", static st => (st & 0xff) == 0x7f ? 1 : 0, isBool: true);
        AddStatusMacro(m, "WSTOPSIG", static st => (st >> 8) & 0xff, isBool: false);
        Add("putenv", PutEnv);
        Add("unsetenv", UnsetEnv);
        Add("device_encoding", static (ts, s, a, k) => ts.Interpreter.None);
        ProcessReplacement.AddTo(m);
        PosixFileSystemCalls.AddTo(m);
        Add("get_inheritable", static (ts, s, a, k) => FdFlag(ts, a, k, "get_inheritable", blocking: false));
        Add("set_inheritable", static (ts, s, a, k) => SetFdFlag(ts, a, k, "set_inheritable", blocking: false));
        Add("get_blocking", static (ts, s, a, k) => FdFlag(ts, a, k, "get_blocking", blocking: true));
        Add("set_blocking", static (ts, s, a, k) => SetFdFlag(ts, a, k, "set_blocking", blocking: true));
        Add("pipe2", Pipe2);

        m.Dict.SetStr("environ", Environ(ts));
        m.Dict.SetStr("stat_result", interp.Types.StatResult);
        m.Dict.SetStr("terminal_size", interp.Types.TerminalSize);
        m.Dict.SetStr("uname_result", interp.Types.UnameResult);
        m.Dict.SetStr("times_result", interp.Types.TimesResult);
        m.Dict.SetStr("DirEntry", interp.Types.DirEntry);
        m.Dict.SetStr("error", interp.ExceptionType(ExceptionKind.OSError));
        var have = new PyList(interp.Types.List);
        have.Append(interp.Str("HAVE_LSTAT"));
        have.Append(interp.Str("HAVE_FTRUNCATE"));
        m.Dict.SetStr("_have_functions", have);
        foreach (var (name, value) in Constants) m.Dict.SetStr(name, interp.Int(value));
        return m;
    }

    static readonly (string, int)[] Constants =
    [
        ("F_OK", 0), ("R_OK", 4), ("W_OK", 2), ("X_OK", 1),
        ("O_RDONLY", 0), ("O_WRONLY", 1), ("O_RDWR", 2), ("O_CREAT", 0x40), ("O_EXCL", 0x80), ("O_NOCTTY", 0x100),
        ("O_TRUNC", 0x200), ("O_APPEND", 0x400), ("O_NONBLOCK", 0x800), ("O_NDELAY", 0x800), ("O_DSYNC", 0x1000),
        ("O_SYNC", 0x101000), ("O_DIRECTORY", 0x10000), ("O_NOFOLLOW", 0x20000), ("O_CLOEXEC", 0x80000),
        ("O_ACCMODE", 3), ("O_TMPFILE", 0x410000), ("O_NOATIME", 0x40000), ("O_PATH", 0x200000),
        ("SEEK_SET", 0), ("SEEK_CUR", 1), ("SEEK_END", 2), ("SEEK_DATA", 3), ("SEEK_HOLE", 4),
        ("WNOHANG", 1), ("WUNTRACED", 2), ("WCONTINUED", 8),
        ("EX_OK", 0), ("EX_USAGE", 64), ("EX_DATAERR", 65), ("EX_NOINPUT", 66), ("EX_SOFTWARE", 70), ("EX_OSERR", 71),
        ("EX_IOERR", 74), ("EX_TEMPFAIL", 75), ("EX_NOPERM", 77), ("EX_CONFIG", 78),
    ];

    static void AddStatusMacro(PyModule m, string name, Func<long, long> f, bool isBool)
    {
        WeakrefModule.Add(m, name, (ts, s, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, name, a, k, 1, 1) || !Ops.AsLong(ts, a[0], out long st)) return null;
            long r = f(st);
            return isBool ? ts.Interpreter.Bool(r != 0) : ts.Interpreter.Int(r);
        });
    }

    static PyDict Environ(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var d = interp.NewDict();
        foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables())
        {
            var k = new PyBytes(interp.Types.Bytes, Encoding.UTF8.GetBytes((string)e.Key));
            var v = new PyBytes(interp.Types.Bytes, Encoding.UTF8.GetBytes((string?)e.Value ?? ""));
            d.TrySetItem(ts, k, v);
        }
        return d;
    }

    // ---- stat ----

    static PyObject Time(Interpreter interp, long sec, long nsec) => new PyFloat(interp.Types.Float, sec + nsec * 1e-9);

    static PyObject Ns(Interpreter interp, long sec, long nsec) => interp.Int(new System.Numerics.BigInteger(sec) * 1_000_000_000 + nsec);

    static PyObject StatResult(Interpreter interp, in PosixNative.StatBuf b)
    {
        var items = new PyObject[]
        {
            interp.Int(b.Mode), interp.Int(new System.Numerics.BigInteger(b.Ino)), interp.Int(new System.Numerics.BigInteger(b.Dev)),
            interp.Int((long)b.Nlink), interp.Int(b.Uid), interp.Int(b.Gid), interp.Int(b.Size),
            interp.Int(b.ATime), interp.Int(b.MTime), interp.Int(b.CTime),
        };
        var extra = new PyObject[]
        {
            Time(interp, b.ATime, b.ATimeNsec), Time(interp, b.MTime, b.MTimeNsec), Time(interp, b.CTime, b.CTimeNsec),
            Ns(interp, b.ATime, b.ATimeNsec), Ns(interp, b.MTime, b.MTimeNsec), Ns(interp, b.CTime, b.CTimeNsec),
            interp.Int(b.BlkSize), interp.Int(b.Blocks), interp.Int((long)b.Rdev),
        };
        return StructSeqBuilder.Make(interp.Types.StatResult, items, extra);
    }

    /// <summary>stat or lstat of a path; null with OSError set.</summary>
    public static PyObject? StatPath(ThreadState ts, string path, PyObject original, bool lstat)
    {
        int r = lstat ? PosixNative.LStat(path, out var b) : PosixNative.Stat(path, out b);
        return r == 0 ? StatResult(ts.Interpreter, b) : PosixErrors.Raise(ts, original);
    }

    static PyObject? StatFunc(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, string fn, bool lstat)
    {
        Span<PyObject?> a = new PyObject?[3];
        if (!ArgBinder.Bind(ts, fn, args, kw, ["path", "dir_fd", "follow_symlinks"], 1, a, keywordOnlyFrom: 1)) return null;
        if (!PathArg.Convert(ts, fn, "path", a[0]!, out var p, allowFd: !lstat)) return null;
        if (a[2] is { } f)
        {
            int t = Ops.IsTrue(ts, f);
            if (t < 0) return null;
            if (t == 0) lstat = true;
        }
        if (p.Fd >= 0)
            return PosixNative.FStat(p.Fd, out var fb) == 0 ? StatResult(ts.Interpreter, fb) : PosixErrors.Raise(ts);
        return StatPath(ts, p.Path, p.Original, lstat);
    }

    static PyObject? FStat(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[1];
        if (!ArgBinder.Bind(ts, "fstat", args, kw, ["fd"], 1, a) || !Ops.AsLong(ts, a[0]!, out long fd)) return null;
        return PosixNative.FStat((int)fd, out var b) == 0 ? StatResult(ts.Interpreter, b) : PosixErrors.Raise(ts);
    }

    // ---- directories ----

    static bool ReadDirectory(ThreadState ts, PathArg p, List<(string Name, byte Type, ulong Ino)> into)
    {
        var dir = PosixNative.OpenDir(p.Path);
        if (dir == 0) { PosixErrors.Raise(ts, p.Original); return false; }
        try
        {
            while (true)
            {
                Marshal.SetLastPInvokeError(0);
                var ent = PosixNative.ReadDir(dir);
                if (ent == 0)
                {
                    int err = Marshal.GetLastPInvokeError();
                    if (err != 0) { PosixErrors.RaiseErrno(ts, err, p.Original); return false; }
                    return true;
                }
                var e = PosixNative.Entry(ent);
                if (e.Name is "." or "..") continue;
                into.Add(e);
            }
        }
        finally
        {
            PosixNative.CloseDir(dir);
        }
    }

    static bool DirArg(ThreadState ts, string fn, ReadOnlySpan<PyObject> args, PyTuple? kw, out PathArg p)
    {
        p = default;
        Span<PyObject?> a = new PyObject?[1];
        if (!ArgBinder.Bind(ts, fn, args, kw, ["path"], 0, a)) return false;
        if (a[0] is null || ReferenceEquals(a[0], ts.Interpreter.None))
        {
            p = new PathArg(".", false, ts.Interpreter.Str("."));
            return true;
        }
        return PathArg.Convert(ts, fn, "path", a[0]!, out p);
    }

    static PyObject? ListDir(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!DirArg(ts, "listdir", args, kw, out var p)) return null;
        var entries = new List<(string, byte, ulong)>();
        if (!ReadDirectory(ts, p, entries)) return null;
        var list = new PyList(ts.Interpreter.Types.List);
        foreach (var (name, _, _) in entries) list.Append(p.Name(ts.Interpreter, name));
        return list;
    }

    static PyObject? Scandir(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!DirArg(ts, "scandir", args, kw, out var p)) return null;
        var raw = new List<(string Name, byte Type, ulong Ino)>();
        if (!ReadDirectory(ts, p, raw)) return null;
        var interp = ts.Interpreter;
        var entries = new List<PyDirEntry>(raw.Count);
        bool implicitDot = args.Length == 0 || ReferenceEquals(args[0], interp.None);
        foreach (var (name, type, ino) in raw)
        {
            string full = implicitDot ? name : p.Path.EndsWith('/') ? p.Path + name : p.Path + "/" + name;
            entries.Add(new PyDirEntry(interp.Types.DirEntry)
            {
                Name = p.Name(interp, name), Path = p.Name(interp, full), NativePath = full, DType = type, Inode = ino,
            });
        }
        return new PyScandirIterator(interp.Types.ScandirIterator, entries);
    }

    static PyObject? MkDir(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[3];
        if (!ArgBinder.Bind(ts, "mkdir", args, kw, ["path", "mode", "dir_fd"], 1, a, keywordOnlyFrom: 2)) return null;
        if (!PathArg.Convert(ts, "mkdir", "path", a[0]!, out var p)) return null;
        long mode = 0x1ff;
        if (a[1] is { } mo && !Ops.AsLong(ts, mo, out mode)) return null;
        return PosixNative.MkDir(p.Path, (int)mode) == 0 ? ts.Interpreter.None : PosixErrors.Raise(ts, p.Original);
    }

    static PyObject? PathCall(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, string fn, Func<string, int> call)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, fn, args, kw, ["path", "dir_fd"], 1, a, keywordOnlyFrom: 1)) return null;
        if (!PathArg.Convert(ts, fn, "path", a[0]!, out var p)) return null;
        return call(p.Path) == 0 ? ts.Interpreter.None : PosixErrors.Raise(ts, p.Original);
    }

    static PyObject? TwoPaths(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, string fn)
    {
        Span<PyObject?> a = new PyObject?[4];
        if (!ArgBinder.Bind(ts, fn, args, kw, ["src", "dst", "src_dir_fd", "dst_dir_fd"], 2, a, keywordOnlyFrom: 2)) return null;
        if (!PathArg.Convert(ts, fn, "src", a[0]!, out var s) || !PathArg.Convert(ts, fn, "dst", a[1]!, out var d)) return null;
        return PosixNative.Rename(s.Path, d.Path) == 0 ? ts.Interpreter.None : PosixErrors.Raise(ts, s.Original, d.Original);
    }

    static PyObject? Symlink(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[4];
        if (!ArgBinder.Bind(ts, "symlink", args, kw, ["src", "dst", "target_is_directory", "dir_fd"], 2, a, keywordOnlyFrom: 3)) return null;
        if (!PathArg.Convert(ts, "symlink", "src", a[0]!, out var s) || !PathArg.Convert(ts, "symlink", "dst", a[1]!, out var d)) return null;
        return PosixNative.Symlink(s.Path, d.Path) == 0 ? ts.Interpreter.None : PosixErrors.Raise(ts, s.Original, d.Original);
    }

    static PyObject? ReadLink(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "readlink", args, kw, ["path", "dir_fd"], 1, a, keywordOnlyFrom: 1)) return null;
        if (!PathArg.Convert(ts, "readlink", "path", a[0]!, out var p)) return null;
        var buf = new byte[4096];
        nint n;
        fixed (byte* b = buf) n = PosixNative.ReadLink(p.Path, b, buf.Length);
        if (n < 0) return PosixErrors.Raise(ts, p.Original);
        return p.Name(ts.Interpreter, Encoding.UTF8.GetString(buf, 0, (int)n));
    }

    static PyObject? Access(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[5];
        if (!ArgBinder.Bind(ts, "access", args, kw, ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"], 2, a, keywordOnlyFrom: 2)) return null;
        if (!PathArg.Convert(ts, "access", "path", a[0]!, out var p) || !Ops.AsLong(ts, a[1]!, out long mode)) return null;
        return ts.Interpreter.Bool(PosixNative.Access(p.Path, (int)mode) == 0);
    }

    static PyObject? ChMod(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[4];
        if (!ArgBinder.Bind(ts, "chmod", args, kw, ["path", "mode", "dir_fd", "follow_symlinks"], 2, a, keywordOnlyFrom: 2)) return null;
        if (!PathArg.Convert(ts, "chmod", "path", a[0]!, out var p) || !Ops.AsLong(ts, a[1]!, out long mode)) return null;
        return PosixNative.ChMod(p.Path, (int)mode) == 0 ? ts.Interpreter.None : PosixErrors.Raise(ts, p.Original);
    }

    // ---- file descriptors ----

    static PyObject? Open(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[4];
        if (!ArgBinder.Bind(ts, "open", args, kw, ["path", "flags", "mode", "dir_fd"], 2, a, keywordOnlyFrom: 3)) return null;
        if (!PathArg.Convert(ts, "open", "path", a[0]!, out var p) || !Ops.AsLong(ts, a[1]!, out long flags)) return null;
        long mode = 0x1ff;
        if (a[2] is { } mo && !Ops.AsLong(ts, mo, out mode)) return null;
        // Descriptors are not inherited by child processes (PEP 446).
        int fd = PosixNative.Open(p.Path, (int)flags | 0x80000, (int)mode);
        return fd >= 0 ? ts.Interpreter.Int(fd) : PosixErrors.Raise(ts, p.Original);
    }

    static PyObject? FdCall(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, string fn, Func<int, int> call)
    {
        Span<PyObject?> a = new PyObject?[1];
        if (!ArgBinder.Bind(ts, fn, args, kw, ["fd"], 1, a) || !FdValue(ts, a[0]!, out int fd)) return null;
        return call(fd) == 0 ? ts.Interpreter.None : PosixErrors.Raise(ts);
    }

    static PyObject? FdResult(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, string fn, Func<int, int> call)
    {
        Span<PyObject?> a = new PyObject?[1];
        if (!ArgBinder.Bind(ts, fn, args, kw, ["fd"], 1, a) || !FdValue(ts, a[0]!, out int fd)) return null;
        int r = call(fd);
        return r >= 0 ? ts.Interpreter.Int(r) : PosixErrors.Raise(ts);
    }

    static bool FdValue(ThreadState ts, PyObject o, out int fd)
    {
        fd = -1;
        if (o is PyFloat) { ts.Raise(ExceptionKind.TypeError, "'float' object cannot be interpreted as an integer"); return false; }
        if (!Ops.AsLong(ts, o, out long v)) return false;
        fd = (int)v;
        return true;
    }

    static PyObject? Dup2(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[3];
        if (!ArgBinder.Bind(ts, "dup2", args, kw, ["fd", "fd2", "inheritable"], 2, a)) return null;
        if (!FdValue(ts, a[0]!, out int fd) || !FdValue(ts, a[1]!, out int fd2)) return null;
        int r = PosixNative.Dup2(fd, fd2);
        return r >= 0 ? ts.Interpreter.Int(r) : PosixErrors.Raise(ts);
    }

    static PyObject? Read(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "read", args, kw, 2, 2) || !FdValue(ts, args[0], out int fd) || !Ops.AsLong(ts, args[1], out long n)) return null;
        if (n < 0) return PosixErrors.RaiseErrno(ts, 22);
        if (!Select.BlockingWait.WaitReadable(ts, fd)) return null;
        var buf = new byte[n];
        nint got;
        var gil = ts.Interpreter.Gil;
        gil.Release(ts);
        try
        {
            fixed (byte* b = buf) got = PosixNative.Read(fd, b, (nint)n);
        }
        finally
        {
            gil.Acquire(ts);
        }
        if (got < 0) return PosixErrors.Raise(ts);
        if (got < n) Array.Resize(ref buf, (int)got);
        return got == 0 ? ts.Interpreter.EmptyBytes : new PyBytes(ts.Interpreter.Types.Bytes, buf);
    }

    static PyObject? Write(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "write", args, kw, 2, 2) || !FdValue(ts, args[0], out int fd)) return null;
        byte[] data;
        if (args[1] is PyBytes pb) data = pb.Value;
        else if (args[1] is IBuffer) 
        {
            var bytes = Ops.Call(ts, ts.Interpreter.Types.Bytes, args[1]);
            if (bytes is not PyBytes converted) return null;
            data = converted.Value;
        }
        else return ts.Raise(ExceptionKind.TypeError, $"a bytes-like object is required, not '{args[1].Type.Name}'");
        nint wrote;
        var gil = ts.Interpreter.Gil;
        gil.Release(ts);
        try
        {
            fixed (byte* b = data) wrote = PosixNative.Write(fd, b, data.Length);
        }
        finally
        {
            gil.Acquire(ts);
        }
        return wrote >= 0 ? ts.Interpreter.Int(wrote) : PosixErrors.Raise(ts);
    }

    static PyObject? LSeek(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "lseek", args, kw, 3, 3) || !FdValue(ts, args[0], out int fd)
            || !Ops.AsLong(ts, args[1], out long pos) || !Ops.AsLong(ts, args[2], out long how)) return null;
        long r = PosixNative.LSeek(fd, pos, (int)how);
        return r >= 0 ? ts.Interpreter.Int(r) : PosixErrors.Raise(ts);
    }

    static PyObject? FTruncate(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "ftruncate", args, kw, 2, 2) || !FdValue(ts, args[0], out int fd) || !Ops.AsLong(ts, args[1], out long len)) return null;
        return PosixNative.FTruncate(fd, len) == 0 ? ts.Interpreter.None : PosixErrors.Raise(ts);
    }

    static PyObject? Pipe(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "pipe", args, kw, 0, 0)) return null;
        int* fds = stackalloc int[2];
        // Non-inheritable, as CPython's (PEP 446): a child process gets only what it is given.
        if (PosixNative.Pipe2(fds, 0x80000) != 0) return PosixErrors.Raise(ts);
        return ts.Interpreter.Tuple(ts.Interpreter.Int(fds[0]), ts.Interpreter.Int(fds[1]));
    }

    static PyObject? Pipe2(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "pipe2", args, kw, 1, 1) || !Ops.AsLong(ts, args[0], out long flags)) return null;
        int* fds = stackalloc int[2];
        if (PosixNative.Pipe2(fds, (int)flags) != 0) return PosixErrors.Raise(ts);
        return ts.Interpreter.Tuple(ts.Interpreter.Int(fds[0]), ts.Interpreter.Int(fds[1]));
    }

    static PyObject? FdFlag(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, string fn, bool blocking)
    {
        if (!ArgBinder.CheckPositional(ts, fn, args, kw, 1, 1) || !Ops.AsLong(ts, args[0], out long fd)) return null;
        var r = blocking ? PosixFds.IsBlocking((int)fd) : PosixFds.IsInheritable((int)fd);
        return r is { } v ? ts.Interpreter.Bool(v) : PosixErrors.Raise(ts);
    }

    static PyObject? SetFdFlag(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, string fn, bool blocking)
    {
        if (!ArgBinder.CheckPositional(ts, fn, args, kw, 2, 2) || !Ops.AsLong(ts, args[0], out long fd)) return null;
        int t = Ops.IsTrue(ts, args[1]);
        if (t < 0) return null;
        bool ok = blocking ? PosixFds.SetBlocking((int)fd, t != 0) : PosixFds.SetInheritable((int)fd, t != 0);
        return ok ? ts.Interpreter.None : PosixErrors.Raise(ts);
    }

    // ---- process ----

    static PyObject? URandom(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "urandom", args, kw, 1, 1) || !Ops.AsLong(ts, args[0], out long n)) return null;
        if (n < 0) return ts.Raise(ExceptionKind.ValueError, "negative argument not allowed");
        var buf = new byte[n];
        System.Security.Cryptography.RandomNumberGenerator.Fill(buf);
        return new PyBytes(ts.Interpreter.Types.Bytes, buf);
    }

    static PyObject? GetTerminalSize(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "get_terminal_size", args, kw, 0, 1)) return null;
        long fd = 1;
        if (args.Length == 1 && !Ops.AsLong(ts, args[0], out fd)) return null;
        if (PosixNative.IoctlWinSize((int)fd, PosixNative.TIOCGWINSZ, out var ws) != 0) return PosixErrors.Raise(ts);
        var interp = ts.Interpreter;
        return StructSeqBuilder.Make(interp.Types.TerminalSize, [interp.Int(ws.Cols), interp.Int(ws.Rows)], []);
    }

    static PyObject? Uname(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var interp = ts.Interpreter;
        static string Read(string path, string fallback)
        {
            try { return File.ReadAllText(path).Trim(); } catch (Exception) { return fallback; }
        }
        var items = new PyObject[]
        {
            interp.Str("Linux"), interp.Str(Read("/proc/sys/kernel/hostname", Environment.MachineName)),
            interp.Str(Read("/proc/sys/kernel/osrelease", "")), interp.Str(Read("/proc/sys/kernel/version", "")),
            interp.Str(RuntimeInformation.OSArchitecture switch { Architecture.X64 => "x86_64", Architecture.Arm64 => "aarch64", var a => a.ToString().ToLowerInvariant() }),
        };
        return StructSeqBuilder.Make(interp.Types.UnameResult, items, []);
    }

    static PyObject? Times(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var interp = ts.Interpreter;
        var p = System.Diagnostics.Process.GetCurrentProcess();
        PyObject F(double v) => new PyFloat(interp.Types.Float, v);
        var items = new[]
        {
            F(p.UserProcessorTime.TotalSeconds), F(p.PrivilegedProcessorTime.TotalSeconds), F(0), F(0),
            F(Environment.TickCount64 / 1000.0),
        };
        return StructSeqBuilder.Make(interp.Types.TimesResult, items, []);
    }

    static PyObject? WaitPid(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "waitpid", args, kw, 2, 2) || !Ops.AsLong(ts, args[0], out long pid) || !Ops.AsLong(ts, args[1], out long options)) return null;
        int status = 0;
        int r;
        var gil = ts.Interpreter.Gil;
        const int WNOHANG = 1;
        // A blocking wait polls in short slices so that signals and interrupts are seen (PEP 475:
        // a handler that returns lets the wait resume).
        while (true)
        {
            int errno = 0;
            gil.Release(ts);
            try
            {
                var deadline = Environment.TickCount64 + 20;
                do
                {
                    r = PosixNative.WaitPid((int)pid, out status, (int)options | WNOHANG);
                    if (r != 0 || (options & WNOHANG) != 0) break;
                    System.Threading.Thread.Sleep(Environment.TickCount64 < deadline ? 1 : 5);
                } while (!Signal.SignalState.WakeRequested(ts));
                if (r < 0) errno = Marshal.GetLastPInvokeError();
            }
            finally { gil.Acquire(ts); }
            if (r < 0 && errno != 4) return PosixErrors.RaiseErrno(ts, errno);
            if (r != 0 || (options & WNOHANG) != 0) break;
            if (!Signal.SignalState.CheckSignals(ts)) return null;
        }
        return ts.Interpreter.Tuple(ts.Interpreter.Int(r), ts.Interpreter.Int(status));
    }

    static string EnvText(PyObject o) => o is PyBytes b ? Encoding.UTF8.GetString(b.Value) : ((PyStr)o).Value;

    static PyObject? PutEnv(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "putenv", args, kw, 2, 2)) return null;
        if (args[0] is not (PyStr or PyBytes) || args[1] is not (PyStr or PyBytes))
            return ts.Raise(ExceptionKind.TypeError, "putenv: expected str or bytes");
        string name = EnvText(args[0]), value = EnvText(args[1]);
        if (name.Length == 0 || name.Contains('=')) return ts.Raise(ExceptionKind.ValueError, "illegal environment variable name");
        if (PosixNative.SetEnv(name, value, 1) != 0) return PosixErrors.Raise(ts);
        Environment.SetEnvironmentVariable(name, value);
        return ts.Interpreter.None;
    }

    static PyObject? UnsetEnv(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "unsetenv", args, kw, 1, 1)) return null;
        if (args[0] is not (PyStr or PyBytes)) return ts.Raise(ExceptionKind.TypeError, "unsetenv: expected str or bytes");
        string name = EnvText(args[0]);
        if (name.Length == 0 || name.Contains('=')) return ts.Raise(ExceptionKind.ValueError, "illegal environment variable name");
        if (PosixNative.UnsetEnv(name) != 0) return PosixErrors.Raise(ts);
        Environment.SetEnvironmentVariable(name, null);
        return ts.Interpreter.None;
    }
}
