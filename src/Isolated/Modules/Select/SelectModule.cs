using Isolated.Modules.Posix;
using Isolated.Modules.Weakref;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Select;

/// <summary>
/// <c>select</c>: select() (built on poll(2), so no FD_SETSIZE limit), poll objects and epoll
/// objects, with the GIL released while waiting and signals honoured (<see cref="BlockingWait"/>).
/// </summary>
public static unsafe class SelectModule
{
    static readonly (string, long)[] Constants =
    [
        ("POLLIN", 1), ("POLLPRI", 2), ("POLLOUT", 4), ("POLLERR", 8), ("POLLHUP", 16), ("POLLNVAL", 32),
        ("POLLRDNORM", 64), ("POLLRDBAND", 128), ("POLLWRNORM", 256), ("POLLWRBAND", 512), ("POLLMSG", 1024), ("POLLRDHUP", 8192),
        ("EPOLLIN", 1), ("EPOLLPRI", 2), ("EPOLLOUT", 4), ("EPOLLERR", 8), ("EPOLLHUP", 16), ("EPOLLRDNORM", 64),
        ("EPOLLRDBAND", 128), ("EPOLLWRNORM", 256), ("EPOLLWRBAND", 512), ("EPOLLMSG", 1024), ("EPOLLRDHUP", 8192),
        ("EPOLLEXCLUSIVE", 268435456), ("EPOLLONESHOT", 1073741824), ("EPOLLET", 2147483648), ("EPOLL_CLOEXEC", 524288),
        ("PIPE_BUF", 4096),
    ];

    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "select");
        m.Dict.SetStr("__doc__", interp.Str("This module supports asynchronous I/O on multiple file descriptors."));
        var pollType = PollType.Create(interp.Types);
        var epollType = EpollType.Create(interp.Types);
        WeakrefModule.Add(m, "select", Select);
        WeakrefModule.Add(m, "poll", (ts, s, a, k) =>
            ArgBinder.CheckPositional(ts, "poll", a, k, 0, 0) ? new PyPoll(pollType) : null);
        m.Dict.SetStr("epoll", epollType);
        m.Dict.SetStr("error", interp.ExceptionType(ExceptionKind.OSError));
        foreach (var (name, value) in Constants) m.Dict.SetStr(name, interp.Int(value));
        return m;
    }

    /// <summary>An int, or an object with a fileno() method returning one (CPython's rules).</summary>
    public static bool FileDescriptor(ThreadState ts, PyObject o, out int fd)
    {
        fd = -1;
        long v;
        if (o is PyInt)
        {
            if (!Ops.AsLong(ts, o, out v)) return false;
        }
        else
        {
            int found = Ops.LookupAttr(ts, o, ts.Interpreter.Intern("fileno"), out var method);
            if (found < 0) return false;
            if (method is null)
            {
                ts.Raise(ExceptionKind.TypeError, "argument must be an int, or have a fileno() method.");
                return false;
            }
            var r = Ops.Call(ts, method);
            if (r is null) return false;
            if (r is not PyInt)
            {
                ts.Raise(ExceptionKind.TypeError, "fileno() returned a non-integer");
                return false;
            }
            if (!Ops.AsLong(ts, r, out v)) return false;
        }
        if (v < 0)
        {
            ts.Raise(ExceptionKind.ValueError, $"file descriptor cannot be a negative integer ({v})");
            return false;
        }
        if (v > int.MaxValue)
        {
            ts.Raise(ExceptionKind.OverflowError, "fd is greater than maximum");
            return false;
        }
        fd = (int)v;
        return true;
    }

    /// <summary>A timeout in seconds (None: forever) as milliseconds, -1 for forever, rounded up
    /// as CPython does (a tiny positive timeout still waits).</summary>
    public static bool TimeoutMs(ThreadState ts, PyObject? o, double scale, out long ms, string negativeMessage)
    {
        ms = -1;
        if (o is null || ReferenceEquals(o, ts.Interpreter.None)) return true;
        if (o is not (PyInt or PyFloat) && o.Type.Slots.Float is null && o.Type.Slots.Index is null)
        {
            ts.Raise(ExceptionKind.TypeError, $"'{o.Type.Name}' object cannot be interpreted as an integer");
            return false;
        }
        if (!Ops.AsDouble(ts, o, out double v)) return false;
        if (double.IsNaN(v))
        {
            ts.Raise(ExceptionKind.ValueError, "Invalid value NaN (not a number)");
            return false;
        }
        v *= scale;
        if (v < 0)
        {
            if (negativeMessage.Length == 0) { ms = -1; return true; }
            ts.Raise(ExceptionKind.ValueError, negativeMessage);
            return false;
        }
        if (v > int.MaxValue)
        {
            ts.Raise(ExceptionKind.OverflowError, "timeout is too large");
            return false;
        }
        ms = (long)Math.Ceiling(v);
        return true;
    }

    static bool Collect(ThreadState ts, PyObject seq, short events, List<(PyObject Obj, int Fd, short Events)> into)
    {
        var it = Ops.GetIter(ts, seq);
        if (it is null)
        {
            if (ts.CurrentException?.Type.IsSubtypeOf(ts.Interpreter.ExceptionType(ExceptionKind.TypeError)) == true)
            {
                ts.CurrentException = null;
                ts.Raise(ExceptionKind.TypeError, "arguments 1-3 must be sequences");
            }
            return false;
        }
        while (Ops.Next(ts, it) is { } o)
        {
            if (!FileDescriptor(ts, o, out int fd)) return false;
            into.Add((o, fd, events));
        }
        return !ts.HasError;
    }

    struct SelectWait
    {
        public PollNative.PollFd[] Fds;
    }

    static PyObject? Select(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "select", args, kw, 3, 4)) return null;
        if (!TimeoutMs(ts, args.Length > 3 ? args[3] : null, 1000, out long timeoutMs, "timeout must be non-negative")) return null;
        var wanted = new List<(PyObject Obj, int Fd, short Events)>();
        if (!Collect(ts, args[0], PollNative.POLLIN, wanted) || !Collect(ts, args[1], PollNative.POLLOUT, wanted)
            || !Collect(ts, args[2], PollNative.POLLPRI, wanted)) return null;
        var state = new SelectWait { Fds = new PollNative.PollFd[wanted.Count] };
        for (int i = 0; i < wanted.Count; i++) state.Fds[i] = new PollNative.PollFd { Fd = wanted[i].Fd, Events = wanted[i].Events };
        int r = BlockingWait.Run(ts, timeoutMs, ref state, static (ref SelectWait w, int slice) =>
        {
            fixed (PollNative.PollFd* p = w.Fds) return PollNative.Poll(p, (nuint)w.Fds.Length, slice);
        }, out int errno);
        if (r == -2) return null;
        if (r < 0) return PosixErrors.RaiseErrno(ts, errno);
        var interp = ts.Interpreter;
        var lists = new[] { new PyList(interp.Types.List), new PyList(interp.Types.List), new PyList(interp.Types.List) };
        for (int i = 0; i < wanted.Count; i++)
        {
            short got = state.Fds[i].REvents;
            if ((got & PollNative.POLLNVAL) != 0) return PosixErrors.RaiseErrno(ts, 9);
            int which = wanted[i].Events == PollNative.POLLIN ? 0 : wanted[i].Events == PollNative.POLLOUT ? 1 : 2;
            // As select(2): readable/writable also when the peer hung up or an error is pending.
            bool ready = which switch
            {
                0 => (got & (PollNative.POLLIN | PollNative.POLLHUP | PollNative.POLLERR)) != 0,
                1 => (got & (PollNative.POLLOUT | PollNative.POLLERR)) != 0,
                _ => (got & PollNative.POLLPRI) != 0,
            };
            if (ready) lists[which].Append(wanted[i].Obj);
        }
        return interp.Tuple(lists[0], lists[1], lists[2]);
    }
}
