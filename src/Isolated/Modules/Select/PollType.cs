using Isolated.Modules.Posix;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Select;

/// <summary>select.poll objects: register/modify/unregister/poll.</summary>
public static unsafe class PollType
{
    const short DefaultMask = PollNative.POLLIN | PollNative.POLLPRI | PollNative.POLLOUT;

    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("poll", types.Object, TypeFlags.None, s => s.New = null, FillDict);

    static void FillDict(ThreadState? ts, PyType type)
    {
        type.AddValue("__module__", type.Owner.Str("select"));
        type.AddMethod("register", static (ts, self, a, k) => Register(ts, (PyPoll)self, a, k, "register"));
        type.AddMethod("modify", static (ts, self, a, k) => Register(ts, (PyPoll)self, a, k, "modify"));
        type.AddMethod("unregister", Unregister);
        type.AddMethod("poll", Poll);
    }

    public static bool EventMask(ThreadState ts, PyObject o, out uint mask)
    {
        mask = 0;
        if (!Ops.AsLong(ts, o, out long v)) return false;
        if (v < 0 || v > uint.MaxValue)
        {
            ts.Raise(ExceptionKind.OverflowError, v < 0 ? "can't convert negative int to unsigned" : "Python int too large to convert to C unsigned short");
            return false;
        }
        mask = (uint)v;
        return true;
    }

    static PyObject? Register(ThreadState ts, PyPoll self, ReadOnlySpan<PyObject> args, PyTuple? kw, string fn)
    {
        bool modify = fn == "modify";
        if (!ArgBinder.CheckPositional(ts, fn, args, kw, modify ? 2 : 1, 2)) return null;
        if (!SelectModule.FileDescriptor(ts, args[0], out int fd)) return null;
        uint mask = (uint)DefaultMask;
        if (args.Length > 1 && !EventMask(ts, args[1], out mask)) return null;
        if (mask > ushort.MaxValue) return ts.Raise(ExceptionKind.OverflowError, "Python int too large to convert to C unsigned short");
        if (modify && !self.Registered.ContainsKey(fd)) return PosixErrors.RaiseErrno(ts, 2);
        if (!self.Registered.ContainsKey(fd)) self.Order.Add(fd);
        self.Registered[fd] = (short)mask;
        return ts.Interpreter.None;
    }

    static PyObject? Unregister(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "unregister", args, kw, 1, 1)) return null;
        var p = (PyPoll)self;
        if (!SelectModule.FileDescriptor(ts, args[0], out int fd)) return null;
        if (!p.Registered.Remove(fd))
        {
            var err = Ops.Call(ts, ts.Interpreter.ExceptionType(ExceptionKind.KeyError), ts.Interpreter.Int(fd));
            return err is PyBaseException e ? ts.Raise(e) : null;
        }
        p.Order.Remove(fd);
        return ts.Interpreter.None;
    }

    struct Wait
    {
        public PollNative.PollFd[] Fds;
    }

    static PyObject? Poll(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "poll", args, kw, 0, 1)) return null;
        var p = (PyPoll)self;
        // poll() takes milliseconds; any negative value means forever.
        if (!SelectModule.TimeoutMs(ts, args.Length > 0 ? args[0] : null, 1, out long timeoutMs, "")) return null;
        if (p.Polling) return ts.Raise(ExceptionKind.RuntimeError, "concurrent poll() invocation");
        var state = new Wait { Fds = new PollNative.PollFd[p.Order.Count] };
        for (int i = 0; i < p.Order.Count; i++) state.Fds[i] = new PollNative.PollFd { Fd = p.Order[i], Events = p.Registered[p.Order[i]] };
        p.Polling = true;
        int r;
        int errno;
        try
        {
            r = BlockingWait.Run(ts, timeoutMs, ref state, static (ref Wait w, int slice) =>
            {
                fixed (PollNative.PollFd* f = w.Fds) return PollNative.Poll(f, (nuint)w.Fds.Length, slice);
            }, out errno);
        }
        finally
        {
            p.Polling = false;
        }
        if (r == -2) return null;
        if (r < 0) return PosixErrors.RaiseErrno(ts, errno);
        var interp = ts.Interpreter;
        var result = new PyList(interp.Types.List);
        foreach (var f in state.Fds)
            if (f.REvents != 0) result.Append(interp.Tuple(interp.Int(f.Fd), interp.Int((ushort)f.REvents)));
        return result;
    }
}
