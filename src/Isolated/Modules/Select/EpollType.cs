using Isolated.Modules.Posix;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Select;

/// <summary>select.epoll: an epoll descriptor (close-on-exec) with register/modify/unregister/poll,
/// fromfd, close/closed and the context-manager protocol.</summary>
public static unsafe class EpollType
{
    const int EPOLL_CTL_ADD = 1, EPOLL_CTL_DEL = 2, EPOLL_CTL_MOD = 3, EPOLL_CLOEXEC = 0x80000;
    const uint DefaultMask = 1 | 2 | 4;

    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("epoll", types.Object, TypeFlags.BaseType, s => s.New = New, FillDict);

    static void FillDict(ThreadState? ts, PyType type)
    {
        type.AddValue("__module__", type.Owner.Str("select"));
        type.AddMethod("fileno", static (ts, self, a, k) => Open(ts, self) is { } e ? ts.Interpreter.Int(e.Fd) : null);
        type.AddMethod("close", static (ts, self, a, k) =>
        {
            var e = (PyEpoll)self;
            if (e.Fd >= 0)
            {
                int fd = e.Fd;
                e.Fd = -1;
                if (PosixNative.Close(fd) != 0) return PosixErrors.Raise(ts);
            }
            return ts.Interpreter.None;
        });
        type.AddGetSet("closed", static (ts, self) => ts.Interpreter.Bool(((PyEpoll)self).Fd < 0));
        type.AddMethod("register", static (ts, self, a, k) => Control(ts, self, a, k, "register", EPOLL_CTL_ADD));
        type.AddMethod("modify", static (ts, self, a, k) => Control(ts, self, a, k, "modify", EPOLL_CTL_MOD));
        type.AddMethod("unregister", static (ts, self, a, k) => Control(ts, self, a, k, "unregister", EPOLL_CTL_DEL));
        type.AddMethod("poll", Poll);
        type.AddMethod("__enter__", static (ts, self, a, k) => Open(ts, self) is null ? null : self);
        type.AddMethod("__exit__", static (ts, self, a, k) =>
        {
            var e = (PyEpoll)self;
            if (e.Fd >= 0) { PosixNative.Close(e.Fd); e.Fd = -1; }
            return ts.Interpreter.None;
        });
        type.AddClassMethod("fromfd", static (ts, cls, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "fromfd", a, k, 1, 1) || !Ops.AsLong(ts, a[0], out long fd)) return null;
            return new PyEpoll((PyType)cls) { Fd = (int)fd };
        });
    }

    static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "epoll", args, kw, ["sizehint", "flags"], 0, a)) return null;
        long sizehint = -1;
        if (a[0] is { } sh && !Ops.AsLong(ts, sh, out sizehint)) return null;
        if (sizehint == 0 || sizehint < -1) return ts.Raise(ExceptionKind.ValueError, "negative sizehint");
        int fd = PollNative.EpollCreate1(EPOLL_CLOEXEC);
        if (fd < 0) return PosixErrors.Raise(ts);
        return new PyEpoll(type) { Fd = fd };
    }

    static PyEpoll? Open(ThreadState ts, PyObject self)
    {
        var e = (PyEpoll)self;
        if (e.Fd >= 0) return e;
        ts.Raise(ExceptionKind.ValueError, "I/O operation on closed epoll object");
        return null;
    }

    static PyObject? Control(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, string fn, int op)
    {
        Span<PyObject?> a = new PyObject?[2];
        string[] names = op == EPOLL_CTL_DEL ? ["fd"] : ["fd", "eventmask"];
        if (!ArgBinder.Bind(ts, fn, args, kw, names, op == EPOLL_CTL_MOD ? 2 : 1, a[..names.Length])) return null;
        if (Open(ts, self) is not { } e) return null;
        if (!SelectModule.FileDescriptor(ts, a[0]!, out int fd)) return null;
        uint mask = DefaultMask;
        if (a[1] is { } m && !PollType.EventMask(ts, m, out mask)) return null;
        var ev = new PollNative.EpollEvent { Events = mask, Data = (ulong)fd };
        if (PollNative.EpollCtl(e.Fd, op, fd, op == EPOLL_CTL_DEL ? null : &ev) != 0) return PosixErrors.Raise(ts);
        return ts.Interpreter.None;
    }

    struct Wait
    {
        public int EpollFd;
        public PollNative.EpollEvent[] Events;
    }

    static PyObject? Poll(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "poll", args, kw, ["timeout", "maxevents"], 0, a)) return null;
        if (Open(ts, self) is not { } e) return null;
        if (!SelectModule.TimeoutMs(ts, a[0], 1000, out long timeoutMs, "")) return null;
        long maxEvents = -1;
        if (a[1] is { } me && !Ops.AsLong(ts, me, out maxEvents)) return null;
        if (maxEvents == -1) maxEvents = 1023;   // FD_SETSIZE - 1, as CPython
        else if (maxEvents < 1) return ts.Raise(ExceptionKind.ValueError, $"maxevents must be greater than 0, got {maxEvents}");
        var state = new Wait { EpollFd = e.Fd, Events = new PollNative.EpollEvent[maxEvents] };
        int n = BlockingWait.Run(ts, timeoutMs, ref state, static (ref Wait w, int slice) =>
        {
            fixed (PollNative.EpollEvent* p = w.Events) return PollNative.EpollWait(w.EpollFd, p, w.Events.Length, slice);
        }, out int errno);
        if (n == -2) return null;
        if (n < 0) return PosixErrors.RaiseErrno(ts, errno);
        var interp = ts.Interpreter;
        var result = new PyList(interp.Types.List);
        for (int i = 0; i < n; i++)
            result.Append(interp.Tuple(interp.Int((long)state.Events[i].Data), interp.Int(state.Events[i].Events)));
        return result;
    }
}
