using System.Runtime.InteropServices;
using Isolated.Modules.Posix;
using Isolated.Modules.Weakref;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Subprocess;

/// <summary>
/// <c>_posixsubprocess.fork_exec</c> with CPython 3.12's signature, done with posix_spawn: a .NET
/// process is multi-threaded, and fork() from managed code would copy one thread of a runtime
/// whose other threads hold its locks. What CPython's child does between fork and exec becomes
/// spawn attributes and file actions: dup2 of the standard streams, pass_fds made inheritable,
/// close_fds, chdir, setsid, setpgid, default dispositions for SIGPIPE/SIGXFSZ and an empty
/// signal mask. preexec_fn, user/group changes and umask have no spawn equivalent and raise a
/// NotImplementedError naming them. An exec failure is reported directly as the OSError that
/// subprocess.py would build from the child's errpipe message (same errno, message, filename).
/// </summary>
public static unsafe class PosixSubprocessModule
{
    const int ENOENT = 2, ENOTDIR = 20, SIGPIPE = 13, SIGXFSZ = 25;

    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "_posixsubprocess");
        m.Dict.SetStr("__doc__", interp.Str("A POSIX helper for the subprocess module."));
        WeakrefModule.Add(m, "fork_exec", ForkExec);
        return m;
    }

    static readonly string[] ParamNames =
    [
        "args", "executable_list", "close_fds", "pass_fds", "cwd", "env", "p2cread", "p2cwrite", "c2pread", "c2pwrite",
        "errread", "errwrite", "errpipe_read", "errpipe_write", "restore_signals", "call_setsid", "pgid_to_set",
        "gid", "extra_groups", "uid", "child_umask", "preexec_fn", "allow_vfork",
    ];

    static PyObject? ForkExec(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "fork_exec", args, kw, 23, 23)) return null;
        var interp = ts.Interpreter;
        var none = interp.None;
        Span<long> fds = stackalloc long[8];   // p2cread .. errpipe_write
        for (int i = 0; i < 8; i++)
            if (!Ops.AsLong(ts, args[6 + i], out fds[i])) return null;
        int p2cread = (int)fds[0], c2pwrite = (int)fds[3], errwrite = (int)fds[5], errpipeWrite = (int)fds[7];
        int closeFds = Ops.IsTrue(ts, args[2]), restoreSignals = Ops.IsTrue(ts, args[14]), setsid = Ops.IsTrue(ts, args[15]);
        if (closeFds < 0 || restoreSignals < 0 || setsid < 0) return null;
        if (!Ops.AsLong(ts, args[16], out long pgid) || !Ops.AsLong(ts, args[20], out long umask)) return null;

        // What posix_spawn cannot do (CPython refuses preexec_fn in every subinterpreter first).
        if (!ReferenceEquals(args[21], none) && !interp.IsMain)
            return ts.Raise(ExceptionKind.RuntimeError, "preexec_fn not supported within subinterpreters");
        if (!ReferenceEquals(args[21], none))
            return ts.Raise(ExceptionKind.NotImplementedError, "subprocess: preexec_fn is not supported by Isolated (a .NET process cannot run Python code between fork and exec)");
        foreach (var (index, name) in new[] { (17, "group"), (18, "extra_groups"), (19, "user") })
            if (!ReferenceEquals(args[index], none))
                return ts.Raise(ExceptionKind.NotImplementedError, $"subprocess: the {name} argument is not supported by Isolated (posix_spawn cannot change credentials)");
        if (umask >= 0)
            return ts.Raise(ExceptionKind.NotImplementedError, "subprocess: the umask argument is not supported by Isolated (posix_spawn cannot set a umask)");

        // pass_fds: a sorted tuple of ints.
        var keep = new List<int>();
        if (args[3] is not PyTuple passFds) return ts.Raise(ExceptionKind.TypeError, "pass_fds must be a tuple");
        foreach (var item in passFds.Items)
        {
            if (!Ops.AsLong(ts, item, out long fd)) return null;
            if (fd < 0 || fd > int.MaxValue || keep.Count > 0 && fd <= keep[^1])
                return ts.Raise(ExceptionKind.ValueError, "bad value(s) in fds_to_keep");
            keep.Add((int)fd);
        }

        // argv, the executable candidates, the environment and cwd, as C strings.
        var argv = new List<byte[]>();
        if (!ReferenceEquals(args[0], none) && !AddAll(ts, args[0], argv)) return null;
        var executables = new List<byte[]>();
        if (!AddAll(ts, args[1], executables)) return null;
        List<byte[]>? env = null;
        if (!ReferenceEquals(args[5], none))
        {
            env = new List<byte[]>();
            if (!AddAll(ts, args[5], env)) return null;
        }
        byte[]? cwd = null;
        if (!ReferenceEquals(args[4], none) && (cwd = FsBytes.Encode(ts, args[4])) is null) return null;

        // subprocess.py reports a failed chdir as an OSError naming cwd: check it here, where the
        // error can still be told apart from a failed exec.
        if (cwd is not null)
        {
            int dirFd;
            fixed (byte* p = NulTerminated(cwd)) dirFd = SpawnNative.Open(p, SpawnNative.O_RDONLY | SpawnNative.O_DIRECTORY | SpawnNative.O_CLOEXEC, 0);
            if (dirFd < 0) return PosixErrors.RaiseErrno(ts, Marshal.GetLastPInvokeError(), args[4]);
            SpawnNative.Close(dirFd);
        }

        var toClose = new List<int>();
        try
        {
            // Descriptors that the dup2 onto 0/1/2 would overwrite are moved out of the way first.
            if (c2pwrite == 0 && (c2pwrite = DupHigh(ts, c2pwrite, toClose)) < 0) return null;
            while ((errwrite == 0 || errwrite == 1) && errwrite != -1)
                if ((errwrite = DupHigh(ts, errwrite, toClose)) < 0) return null;

            byte* actions = stackalloc byte[SpawnNative.ActionsSize];
            byte* attr = stackalloc byte[SpawnNative.AttrSize];
            SpawnNative.ActionsInit(actions);
            SpawnNative.AttrInit(attr);
            try
            {
                // dup2(fd, fd) clears close-on-exec (glibc 2.29+), which is what CPython's child
                // does for a stream already in place.
                if (p2cread != -1) SpawnNative.AddDup2(actions, p2cread, 0);
                if (c2pwrite != -1) SpawnNative.AddDup2(actions, c2pwrite, 1);
                if (errwrite != -1) SpawnNative.AddDup2(actions, errwrite, 2);
                foreach (int fd in keep)
                    if (fd != errpipeWrite && fd > 2) SpawnNative.AddDup2(actions, fd, fd);
                if (closeFds != 0) AddCloseActions(actions, keep);
                if (cwd is not null)
                    fixed (byte* p = NulTerminated(cwd)) SpawnNative.AddChdir(actions, p);

                short flags = SpawnNative.POSIX_SPAWN_SETSIGMASK;
                ulong* empty = stackalloc ulong[16];
                ulong* defaults = stackalloc ulong[16];
                for (int i = 0; i < 16; i++) empty[i] = defaults[i] = 0;
                SpawnNative.AttrSetSigMask(attr, empty);
                if (restoreSignals != 0)
                {
                    defaults[0] |= 1UL << (SIGPIPE - 1) | 1UL << (SIGXFSZ - 1);
                    SpawnNative.AttrSetSigDefault(attr, defaults);
                    flags |= SpawnNative.POSIX_SPAWN_SETSIGDEF;
                }
                if (setsid != 0) flags |= SpawnNative.POSIX_SPAWN_SETSID;
                if (pgid >= 0)
                {
                    SpawnNative.AttrSetPGroup(attr, (int)pgid);
                    flags |= SpawnNative.POSIX_SPAWN_SETPGROUP;
                }
                SpawnNative.AttrSetFlags(attr, flags);
                return Spawn(ts, args, executables, argv, env, actions, attr);
            }
            finally
            {
                SpawnNative.ActionsDestroy(actions);
                SpawnNative.AttrDestroy(attr);
            }
        }
        finally
        {
            foreach (int fd in toClose) SpawnNative.Close(fd);
        }
    }

    static bool AddAll(ThreadState ts, PyObject seq, List<byte[]> into)
    {
        var it = Ops.GetIter(ts, seq);
        if (it is null) return false;
        while (Ops.Next(ts, it) is { } item)
        {
            var b = FsBytes.Encode(ts, item);
            if (b is null) return false;
            into.Add(b);
        }
        return !ts.HasError;
    }

    static byte[] NulTerminated(byte[] value)
    {
        var r = new byte[value.Length + 1];
        value.CopyTo(r, 0);
        return r;
    }

    static int DupHigh(ThreadState ts, int fd, List<int> toClose)
    {
        int r = SpawnNative.Fcntl(fd, SpawnNative.F_DUPFD_CLOEXEC, 3);
        if (r < 0)
        {
            PosixErrors.Raise(ts);
            return -1;
        }
        toClose.Add(r);
        return r;
    }

    /// <summary>close_fds: every inheritable descriptor above 2 that is not kept gets closed in the
    /// child (close-on-exec ones go away by themselves).</summary>
    static void AddCloseActions(void* actions, List<int> keep)
    {
        string[] entries;
        try
        {
            entries = Directory.GetFileSystemEntries("/proc/self/fd");
        }
        catch (IOException)
        {
            return;
        }
        catch (UnauthorizedAccessException)
        {
            return;
        }
        foreach (var entry in entries)
        {
            if (!int.TryParse(Path.GetFileName(entry), out int fd) || fd <= 2 || keep.BinarySearch(fd) >= 0) continue;
            if (PosixFds.IsInheritable(fd) == true) SpawnNative.AddClose(actions, fd);
        }
    }

    static PyObject? Spawn(ThreadState ts, ReadOnlySpan<PyObject> args, List<byte[]> executables, List<byte[]> argv, List<byte[]>? env, void* actions, void* attr)
    {
        var allocations = new List<nint>();
        try
        {
            byte** cArgv = CStringArray(argv, allocations);
            byte** cEnv = env is null ? SpawnNative.Environ() : CStringArray(env, allocations);
            int savedErrno = 0, lastErrno = ENOENT;
            foreach (var exe in executables)
            {
                int pid;
                int err;
                fixed (byte* path = NulTerminated(exe)) err = SpawnNative.Spawn(&pid, path, actions, attr, cArgv, cEnv);
                if (err == 0) return ts.Interpreter.Int(pid);
                // As CPython's child: remember the first error other than "not there", try the rest.
                lastErrno = err;
                if (err != ENOENT && err != ENOTDIR && savedErrno == 0) savedErrno = err;
            }
            int errno = savedErrno != 0 ? savedErrno : lastErrno;
            return PosixErrors.RaiseErrno(ts, errno, OriginalExecutable(ts, args, executables));
        }
        finally
        {
            foreach (var p in allocations) NativeMemory.Free((void*)p);
        }
    }

    static byte** CStringArray(List<byte[]> items, List<nint> allocations)
    {
        var array = (byte**)NativeMemory.Alloc((nuint)(items.Count + 1), (nuint)sizeof(byte*));
        allocations.Add((nint)array);
        for (int i = 0; i < items.Count; i++)
        {
            var s = (byte*)NativeMemory.Alloc((nuint)items[i].Length + 1);
            allocations.Add((nint)s);
            items[i].CopyTo(new Span<byte>(s, items[i].Length));
            s[items[i].Length] = 0;
            array[i] = s;
        }
        array[items.Count] = null;
        return array;
    }

    /// <summary>The filename subprocess.py puts in the exec failure's OSError: the executable as
    /// the caller gave it. That is args[0] unless Popen's executable argument differed; then the
    /// candidate list is that name joined to each PATH directory, or the name itself.</summary>
    static PyObject OriginalExecutable(ThreadState ts, ReadOnlySpan<PyObject> args, List<byte[]> executables)
    {
        var interp = ts.Interpreter;
        PyObject? first = null;
        if (args[0] is PyList l && l.Count > 0) first = l.Items[0];
        else if (args[0] is PyTuple t && t.Count > 0) first = t.Items[0];
        if (first is not null && FsBytes.Encode(ts, first) is { } name)
        {
            bool matches = executables.Count > 0;
            foreach (var exe in executables)
                if (!(exe.AsSpan().SequenceEqual(name) || name.AsSpan().IndexOf((byte)'/') < 0 && exe.AsSpan().EndsWith([.. "/"u8, .. name])))
                    matches = false;
            if (matches) return first;
        }
        ts.CurrentException = null;
        if (executables.Count == 0) return interp.None;
        var candidate = executables.Count == 1 ? executables[0] : executables[0][(executables[0].AsSpan().LastIndexOf((byte)'/') + 1)..];
        return interp.Str(System.Text.Encoding.UTF8.GetString(candidate));
    }
}
