using System.Runtime.InteropServices;
using Isolated.Modules.Time;
using Isolated.Modules.Weakref;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Posix;

/// <summary>
/// The posix file-system calls beyond open/stat/listdir: utime (pathlib.Path.touch,
/// shutil.copystat), statvfs/fstatvfs (shutil.disk_usage), link, truncate, fchmod, chown.
/// </summary>
static unsafe partial class PosixFileSystemCalls
{
    const int AtFdCwd = -100, AtSymlinkNoFollow = 0x100;

    static readonly string[] StatvfsFields =
        ["f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail", "f_flag", "f_namemax"];

    public static PyType CreateStatvfsResult(BuiltinTypes types) => StructSeqBuilder.Create(types, "os", "statvfs_result", StatvfsFields, ["f_fsid"]);

    public static void AddTo(PyModule m)
    {
        WeakrefModule.Add(m, "utime", UTime);
        WeakrefModule.Add(m, "statvfs", StatVfs);
        WeakrefModule.Add(m, "fstatvfs", FStatVfs);
        WeakrefModule.Add(m, "link", Link);
        WeakrefModule.Add(m, "truncate", Truncate);
        WeakrefModule.Add(m, "fchmod", FChMod);
        WeakrefModule.Add(m, "chown", static (ts, s, a, k) => ChOwn(ts, a, k, "chown", follow: true));
        WeakrefModule.Add(m, "lchown", static (ts, s, a, k) => ChOwn(ts, a, k, "lchown", follow: false));
        m.Dict.SetStr("statvfs_result", m.Type.Owner.Types.StatvfsResult);
    }

    [StructLayout(LayoutKind.Sequential)]
    struct TimeSpec
    {
        public long Sec, Nsec;
    }

    /// <summary>glibc's struct statvfs on 64-bit Linux: eleven unsigned longs, then spare ints.</summary>
    [StructLayout(LayoutKind.Sequential)]
    struct StatvfsBuf
    {
        public ulong BSize, FrSize, Blocks, BFree, BAvail, Files, FFree, FAvail, FsId, Flag, NameMax;
        fixed int _spare[6];
    }

    [LibraryImport("libc", EntryPoint = "utimensat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int UtimensAt(int dirfd, string path, TimeSpec* times, int flags);
    [LibraryImport("libc", EntryPoint = "futimens", SetLastError = true)]
    private static partial int FutimeNs(int fd, TimeSpec* times);
    [LibraryImport("libc", EntryPoint = "statvfs", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int StatvfsPath(string path, out StatvfsBuf buf);
    [LibraryImport("libc", EntryPoint = "fstatvfs", SetLastError = true)]
    private static partial int StatvfsFd(int fd, out StatvfsBuf buf);
    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int LinkPath(string from, string to);
    [LibraryImport("libc", EntryPoint = "truncate", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int TruncatePath(string path, long length);
    [LibraryImport("libc", EntryPoint = "ftruncate", SetLastError = true)]
    private static partial int TruncateFd(int fd, long length);
    [LibraryImport("libc", EntryPoint = "fchmod", SetLastError = true)]
    private static partial int FChModFd(int fd, int mode);
    [LibraryImport("libc", EntryPoint = "fchownat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int FChOwnAt(int dirfd, string path, int uid, int gid, int flags);
    [LibraryImport("libc", EntryPoint = "fchown", SetLastError = true)]
    private static partial int FChOwnFd(int fd, int uid, int gid);

    /// <summary>A time in seconds (int or float, rounded toward minus infinity as CPython's
    /// utime) as a timespec.</summary>
    static bool SecondsToTimeSpec(ThreadState ts, PyObject o, out TimeSpec t)
    {
        t = default;
        if (o is PyFloat f)
        {
            double v = f.Value;
            if (double.IsNaN(v)) { ts.Raise(ExceptionKind.ValueError, "Invalid value NaN (not a number)"); return false; }
            double whole = Math.Floor(v);
            if (whole < long.MinValue || whole >= 9.2e18) { ts.Raise(ExceptionKind.OverflowError, "timestamp out of range for platform time_t"); return false; }
            long ns = (long)Math.Floor((v - whole) * 1e9);
            t.Sec = (long)whole + ns / 1_000_000_000;
            t.Nsec = ns % 1_000_000_000;
            return true;
        }
        if (!Ops.AsLong(ts, o, out long sec)) return false;
        t.Sec = sec;
        return true;
    }

    static bool NanosecondsToTimeSpec(ThreadState ts, PyObject o, out TimeSpec t)
    {
        t = default;
        var index = Ops.Index(ts, o);
        if (index is not PyInt i) return false;
        var total = i.ToBigInteger();
        var sec = System.Numerics.BigInteger.DivRem(total, 1_000_000_000, out var rem);
        if (rem.Sign < 0) { sec -= 1; rem += 1_000_000_000; }
        if (sec < long.MinValue || sec > long.MaxValue) { ts.Raise(ExceptionKind.OverflowError, "timestamp too large to convert to C _PyTime_t"); return false; }
        t.Sec = (long)sec;
        t.Nsec = (long)rem;
        return true;
    }

    static PyObject? UTime(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[5];
        if (!ArgBinder.Bind(ts, "utime", args, kw, ["path", "times", "ns", "dir_fd", "follow_symlinks"], 1, a, keywordOnlyFrom: 2)) return null;
        if (!PathArg.Convert(ts, "utime", "path", a[0]!, out var p, allowFd: true)) return null;
        var none = ts.Interpreter.None;
        bool haveTimes = a[1] is { } tm && !ReferenceEquals(tm, none);
        bool haveNs = a[2] is not null;
        if (haveTimes && haveNs) return ts.Raise(ExceptionKind.ValueError, "utime: you may specify either 'times' or 'ns' but not both");
        TimeSpec* times = stackalloc TimeSpec[2];
        bool now = true;
        if (haveTimes)
        {
            if (a[1] is not PyTuple t || t.Count != 2)
                return ts.Raise(ExceptionKind.TypeError, "utime: 'times' must be either a tuple of two ints or None");
            if (!SecondsToTimeSpec(ts, t[0], out times[0]) || !SecondsToTimeSpec(ts, t[1], out times[1])) return null;
            now = false;
        }
        else if (haveNs)
        {
            if (a[2] is not PyTuple t || t.Count != 2)
                return ts.Raise(ExceptionKind.TypeError, "utime: 'ns' must be a tuple of two ints");
            if (!NanosecondsToTimeSpec(ts, t[0], out times[0]) || !NanosecondsToTimeSpec(ts, t[1], out times[1])) return null;
            now = false;
        }
        int flags = 0;
        if (a[4] is { } follow)
        {
            int f = Ops.IsTrue(ts, follow);
            if (f < 0) return null;
            if (f == 0) flags = AtSymlinkNoFollow;
        }
        int dirFd = AtFdCwd;
        if (a[3] is { } d && !ReferenceEquals(d, none))
        {
            if (!Ops.AsLong(ts, d, out long dv)) return null;
            dirFd = (int)dv;
        }
        int r = p.Fd >= 0 ? FutimeNs(p.Fd, now ? null : times) : UtimensAt(dirFd, p.Path, now ? null : times, flags);
        // CPython 3.12's utime reports the error without the file name.
        return r == 0 ? none : PosixErrors.Raise(ts);
    }

    static PyObject StatvfsResult(Interpreter interp, in StatvfsBuf b)
    {
        PyObject U(ulong v) => interp.Int(new System.Numerics.BigInteger(v));
        return StructSeqBuilder.Make(interp.Types.StatvfsResult,
            [U(b.BSize), U(b.FrSize), U(b.Blocks), U(b.BFree), U(b.BAvail), U(b.Files), U(b.FFree), U(b.FAvail), U(b.Flag), U(b.NameMax)],
            [U(b.FsId)]);
    }

    static PyObject? StatVfs(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[1];
        if (!ArgBinder.Bind(ts, "statvfs", args, kw, ["path"], 1, a)) return null;
        if (!PathArg.Convert(ts, "statvfs", "path", a[0]!, out var p, allowFd: true)) return null;
        int r = p.Fd >= 0 ? StatvfsFd(p.Fd, out var b) : StatvfsPath(p.Path, out b);
        return r == 0 ? StatvfsResult(ts.Interpreter, b) : PosixErrors.Raise(ts, p.Fd >= 0 ? null : p.Original);
    }

    static PyObject? FStatVfs(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "fstatvfs", args, kw, 1, 1) || !Ops.AsLong(ts, args[0], out long fd)) return null;
        return StatvfsFd((int)fd, out var b) == 0 ? StatvfsResult(ts.Interpreter, b) : PosixErrors.Raise(ts);
    }

    static PyObject? Link(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[5];
        if (!ArgBinder.Bind(ts, "link", args, kw, ["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"], 2, a, keywordOnlyFrom: 2)) return null;
        if (!PathArg.Convert(ts, "link", "src", a[0]!, out var s) || !PathArg.Convert(ts, "link", "dst", a[1]!, out var d)) return null;
        return LinkPath(s.Path, d.Path) == 0 ? ts.Interpreter.None : PosixErrors.Raise(ts, s.Original, d.Original);
    }

    static PyObject? Truncate(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "truncate", args, kw, ["path", "length"], 2, a)) return null;
        if (!PathArg.Convert(ts, "truncate", "path", a[0]!, out var p, allowFd: true) || !Ops.AsLong(ts, a[1]!, out long length)) return null;
        int r = p.Fd >= 0 ? TruncateFd(p.Fd, length) : TruncatePath(p.Path, length);
        return r == 0 ? ts.Interpreter.None : PosixErrors.Raise(ts, p.Fd >= 0 ? null : p.Original);
    }

    static PyObject? FChMod(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "fchmod", args, kw, ["fd", "mode"], 2, a)) return null;
        if (!Ops.AsLong(ts, a[0]!, out long fd) || !Ops.AsLong(ts, a[1]!, out long mode)) return null;
        return FChModFd((int)fd, (int)mode) == 0 ? ts.Interpreter.None : PosixErrors.Raise(ts);
    }

    static PyObject? ChOwn(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, string fn, bool follow)
    {
        Span<PyObject?> a = new PyObject?[5];
        string[] names = follow ? ["path", "uid", "gid", "dir_fd", "follow_symlinks"] : ["path", "uid", "gid"];
        if (!ArgBinder.Bind(ts, fn, args, kw, names, 3, a[..names.Length], keywordOnlyFrom: 3)) return null;
        if (!PathArg.Convert(ts, fn, "path", a[0]!, out var p, allowFd: follow)) return null;
        if (!Ops.AsLong(ts, a[1]!, out long uid) || !Ops.AsLong(ts, a[2]!, out long gid)) return null;
        int flags = follow ? 0 : AtSymlinkNoFollow;
        if (follow && a[4] is { } fs)
        {
            int f = Ops.IsTrue(ts, fs);
            if (f < 0) return null;
            if (f == 0) flags = AtSymlinkNoFollow;
        }
        int r = p.Fd >= 0 ? FChOwnFd(p.Fd, (int)uid, (int)gid) : FChOwnAt(AtFdCwd, p.Path, (int)uid, (int)gid, flags);
        return r == 0 ? ts.Interpreter.None : PosixErrors.Raise(ts, p.Fd >= 0 ? null : p.Original);
    }
}
