using System.Runtime.InteropServices;
using Isolated.Modules.Io;
using Isolated.Modules.Posix;
using Isolated.Modules.Select;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Socket;

/// <summary>
/// _socket.socket's methods. Timeouts follow CPython: in timeout mode the descriptor is
/// non-blocking and each call waits for readiness (poll) with the time left, raising TimeoutError
/// ("timed out") when it runs out. In blocking mode reads and writes are tried with MSG_DONTWAIT
/// and otherwise wait in <see cref="BlockingWait"/>, so the GIL is free and signals are handled
/// (PEP 475) while a call is blocked.
/// </summary>
public static unsafe class SocketType
{
    const short POLLIN = 1, POLLOUT = 4;
    const int MSG_DONTWAIT = 0x40;

    public static PyType Create(BuiltinTypes types, SocketModuleState state) =>
        types.NewBuiltin("socket", types.Object, TypeFlags.BaseType, s =>
        {
            s.New = (ts, type, args, kw) => ReferenceEquals(type, state.Type) ? new PySocket(type) : new PySocketSubclass(type);
            s.Init = (ts, self, args, kw) => Init(ts, (PySocket)self, args, kw, state);
            s.Repr = static (ts, self) =>
            {
                var sock = (PySocket)self;
                return ts.Interpreter.Str($"<socket object, fd={sock.Fd}, family={sock.Family}, type={sock.Kind}, proto={sock.Proto}>");
            };
        }, (ts, type) => FillDict(type, state));

    static void FillDict(PyType type, SocketModuleState state)
    {
        type.AddValue("__module__", type.Owner.Str("_socket"));
        type.AddGetSet("family", static (ts, self) => ts.Interpreter.Int(((PySocket)self).Family));
        type.AddGetSet("type", static (ts, self) => ts.Interpreter.Int(((PySocket)self).Kind));
        type.AddGetSet("proto", static (ts, self) => ts.Interpreter.Int(((PySocket)self).Proto));
        type.AddGetSet("timeout", static (ts, self) => TimeoutValue(ts, (PySocket)self));
        type.AddMethod("fileno", static (ts, self, a, k) => ts.Interpreter.Int(((PySocket)self).Fd));
        type.AddMethod("close", static (ts, self, a, k) =>
        {
            var s = (PySocket)self;
            int fd = s.Fd;
            s.Fd = -1;
            // ECONNRESET from close() is not an error worth raising (CPython ignores it too).
            if (fd >= 0 && SocketNative.Close(fd) != 0 && Marshal.GetLastPInvokeError() is int e && e != 104) return PosixErrors.RaiseErrno(ts, e);
            return ts.Interpreter.None;
        });
        type.AddMethod("detach", static (ts, self, a, k) =>
        {
            var s = (PySocket)self;
            int fd = s.Fd;
            s.Fd = -1;
            return ts.Interpreter.Int(fd);
        });
        type.AddMethod("gettimeout", static (ts, self, a, k) => TimeoutValue(ts, (PySocket)self));
        type.AddMethod("settimeout", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "settimeout", a, k, 1, 1) || !SocketModule.ParseTimeout(ts, a[0], out double t)) return null;
            return SetTimeout(ts, (PySocket)self, t) ? ts.Interpreter.None : null;
        });
        type.AddMethod("setblocking", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "setblocking", a, k, 1, 1)) return null;
            int flag = Ops.IsTrue(ts, a[0]);
            if (flag < 0) return null;
            return SetTimeout(ts, (PySocket)self, flag != 0 ? -1 : 0) ? ts.Interpreter.None : null;
        });
        type.AddMethod("getblocking", static (ts, self, a, k) => ts.Interpreter.Bool(((PySocket)self).Timeout != 0));
        type.AddMethod("bind", Bind);
        type.AddMethod("listen", Listen);
        type.AddMethod("_accept", Accept);
        type.AddMethod("connect", static (ts, self, a, k) => Connect(ts, self, a, k, "connect", raise: true));
        type.AddMethod("connect_ex", static (ts, self, a, k) => Connect(ts, self, a, k, "connect_ex", raise: false));
        type.AddMethod("send", static (ts, self, a, k) => Send(ts, self, a, k, all: false));
        type.AddMethod("sendall", static (ts, self, a, k) => Send(ts, self, a, k, all: true));
        type.AddMethod("sendto", SendTo);
        type.AddMethod("recv", Recv);
        type.AddMethod("recv_into", RecvInto);
        type.AddMethod("recvfrom", RecvFrom);
        type.AddMethod("recvfrom_into", RecvFromInto);
        type.AddMethod("shutdown", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "shutdown", a, k, 1, 1) || !Ops.AsLong(ts, a[0], out long how)) return null;
            return SocketNative.Shutdown(((PySocket)self).Fd, (int)how) == 0 ? ts.Interpreter.None : PosixErrors.Raise(ts);
        });
        type.AddMethod("getsockname", static (ts, self, a, k) => Name(ts, (PySocket)self, peer: false));
        type.AddMethod("getpeername", static (ts, self, a, k) => Name(ts, (PySocket)self, peer: true));
        type.AddMethod("setsockopt", SetSockOpt);
        type.AddMethod("getsockopt", GetSockOpt);
        type.AddMethod("__enter__", static (ts, self, a, k) => self);
    }

    static PyObject TimeoutValue(ThreadState ts, PySocket s) =>
        s.Timeout < 0 ? ts.Interpreter.None : new PyFloat(ts.Interpreter.Types.Float, s.Timeout);

    static bool SetTimeout(ThreadState ts, PySocket s, double timeout)
    {
        s.Timeout = timeout;
        if (s.Fd >= 0 && !PosixFds.SetBlocking(s.Fd, timeout < 0))
        {
            PosixErrors.Raise(ts);
            return false;
        }
        return true;
    }

    static bool Init(ThreadState ts, PySocket s, ReadOnlySpan<PyObject> args, PyTuple? kw, SocketModuleState state)
    {
        Span<PyObject?> a = new PyObject?[4];
        if (!ArgBinder.Bind(ts, "socket", args, kw, ["family", "type", "proto", "fileno"], 0, a)) return false;
        long family = -1, kind = -1, proto = -1;
        var none = ts.Interpreter.None;
        if (a[0] is { } f && !ReferenceEquals(f, none) && !Ops.AsLong(ts, f, out family)) return false;
        if (a[1] is { } t && !ReferenceEquals(t, none) && !Ops.AsLong(ts, t, out kind)) return false;
        if (a[2] is { } p && !ReferenceEquals(p, none) && !Ops.AsLong(ts, p, out proto)) return false;
        int fd;
        if (a[3] is { } fileno && !ReferenceEquals(fileno, none))
        {
            if (fileno is PyFloat) { ts.Raise(ExceptionKind.TypeError, "'float' object cannot be interpreted as an integer"); return false; }
            if (!Ops.AsLong(ts, fileno, out long given)) return false;
            if (given < 0) { ts.Raise(ExceptionKind.ValueError, "negative file descriptor"); return false; }
            fd = (int)given;
            // Ask the descriptor what it is when the caller did not say.
            if (family == -1 && (family = IntOption(fd, SocketNative.SO_DOMAIN)) < 0) return RaiseBool(ts);
            if (kind == -1 && (kind = IntOption(fd, SocketNative.SO_TYPE)) < 0) return RaiseBool(ts);
            if (proto == -1 && (proto = IntOption(fd, SocketNative.SO_PROTOCOL)) < 0) return RaiseBool(ts);
        }
        else
        {
            if (family == -1) family = SocketNative.AF_INET;
            if (kind == -1) kind = SocketNative.SOCK_STREAM;
            if (proto == -1) proto = 0;
            fd = SocketNative.Socket((int)family, (int)kind | SocketNative.SOCK_CLOEXEC, (int)proto);
            if (fd < 0) return RaiseBool(ts);
        }
        s.Fd = fd;
        s.Family = (int)family;
        s.Kind = (int)kind & ~(SocketNative.SOCK_NONBLOCK | SocketNative.SOCK_CLOEXEC);
        s.Proto = (int)proto;
        double timeout = ((long)kind & SocketNative.SOCK_NONBLOCK) != 0 ? 0 : state.DefaultTimeout;
        return SetTimeout(ts, s, timeout);
    }

    static bool RaiseBool(ThreadState ts)
    {
        PosixErrors.Raise(ts);
        return false;
    }

    static long IntOption(int fd, int name)
    {
        int value = 0, len = 4;
        return SocketNative.GetSockOpt(fd, SocketNative.SOL_SOCKET, name, (byte*)&value, &len) == 0 ? value : -1;
    }

    static PySocket? Open(ThreadState ts, PyObject self)
    {
        var s = (PySocket)self;
        if (s.Fd >= 0) return s;
        PosixErrors.RaiseErrno(ts, 9);
        return null;
    }

    static PyObject? Bind(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "bind", args, kw, 1, 1) || Open(ts, self) is not { } s) return null;
        byte* addr = stackalloc byte[SocketAddress.MaxLength];
        int len = SocketAddress.Encode(ts, s.Family, args[0], addr, "bind");
        if (len < 0) return null;
        return SocketNative.Bind(s.Fd, addr, len) == 0 ? ts.Interpreter.None : PosixErrors.Raise(ts);
    }

    static PyObject? Listen(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "listen", args, kw, 0, 1) || Open(ts, self) is not { } s) return null;
        long backlog = 128;
        if (args.Length > 0 && !Ops.AsLong(ts, args[0], out backlog)) return null;
        if (backlog < 0) backlog = 0;
        return SocketNative.Listen(s.Fd, (int)Math.Min(backlog, int.MaxValue)) == 0 ? ts.Interpreter.None : PosixErrors.Raise(ts);
    }

    /// <summary>The arguments of one socket call, so that a static function can retry it.</summary>
    struct IoCall
    {
        public int Op, Fd, Flags, AddrLen;
        public byte* Buffer;
        public nint Length;
        public byte* Addr;
        public int* AddrLenOut;
    }

    const int OpRecv = 0, OpSend = 1, OpRecvFrom = 2, OpSendTo = 3, OpAccept = 4;

    static nint Perform(ref IoCall c) => c.Op switch
    {
        OpRecv => SocketNative.Recv(c.Fd, c.Buffer, c.Length, c.Flags),
        OpSend => SocketNative.Send(c.Fd, c.Buffer, c.Length, c.Flags),
        OpRecvFrom => SocketNative.RecvFrom(c.Fd, c.Buffer, c.Length, c.Flags, c.Addr, c.AddrLenOut),
        OpSendTo => SocketNative.SendTo(c.Fd, c.Buffer, c.Length, c.Flags, c.Addr, c.AddrLen),
        _ => SocketNative.Accept4(c.Fd, c.Addr, c.AddrLenOut, SocketNative.SOCK_CLOEXEC),
    };

    /// <summary>CPython's sock_call: tries the call, waits for readiness when it would block
    /// (unless the socket is non-blocking), honours the timeout. Returns the call's result, or -1
    /// with an exception set.</summary>
    static nint SocketCall(ThreadState ts, PySocket s, short events, ref IoCall call)
    {
        if (s.Timeout != 0 && call.Op != OpAccept) call.Flags |= MSG_DONTWAIT;
        long deadline = s.Timeout > 0 ? Environment.TickCount64 + (long)Math.Ceiling(s.Timeout * 1000) : -1;
        bool waitFirst = call.Op == OpAccept && s.Timeout != 0;
        var gil = ts.Interpreter.Gil;
        while (true)
        {
            if (waitFirst)
            {
                long left = deadline < 0 ? -1 : Math.Max(0, deadline - Environment.TickCount64);
                int werr = 0;
                int r = left == 0 ? 0 : BlockingWait.WaitFd(ts, s.Fd, events, left, out werr);
                if (r == -2) return -1;
                if (r < 0) { PosixErrors.RaiseErrno(ts, werr); return -1; }
                if (r == 0) { RaiseTimeout(ts); return -1; }
            }
            nint n;
            int errno = 0;
            gil.Release(ts);
            try
            {
                n = Perform(ref call);
                if (n < 0) errno = Marshal.GetLastPInvokeError();
            }
            finally
            {
                gil.Acquire(ts);
            }
            if (n >= 0) return n;
            if (errno == SocketNative.EINTR)
            {
                if (!Signal.SignalState.CheckSignals(ts)) return -1;
                continue;
            }
            if (errno == SocketNative.EAGAIN && s.Timeout != 0)
            {
                waitFirst = true;
                continue;
            }
            PosixErrors.RaiseErrno(ts, errno);
            return -1;
        }
    }

    static void RaiseTimeout(ThreadState ts) => ts.Raise(ExceptionKind.TimeoutError, "timed out");

    static PyObject? Accept(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "_accept", args, kw, 0, 0) || Open(ts, self) is not { } s) return null;
        byte* addr = stackalloc byte[SocketAddress.MaxLength];
        int len = SocketAddress.MaxLength;
        var call = new IoCall { Op = OpAccept, Fd = s.Fd, Addr = addr, AddrLenOut = &len };
        nint fd = SocketCall(ts, s, POLLIN, ref call);
        if (fd < 0) return null;
        return ts.Interpreter.Tuple(ts.Interpreter.Int(fd), SocketAddress.Decode(ts, addr, len));
    }

    static PyObject? Connect(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, string fn, bool raise)
    {
        if (!ArgBinder.CheckPositional(ts, fn, args, kw, 1, 1) || Open(ts, self) is not { } s) return null;
        byte* addr = stackalloc byte[SocketAddress.MaxLength];
        int len = SocketAddress.Encode(ts, s.Family, args[0], addr, fn);
        if (len < 0) return null;
        int errno = 0;
        int r;
        var gil = ts.Interpreter.Gil;
        gil.Release(ts);
        try
        {
            r = SocketNative.Connect(s.Fd, addr, len);
            if (r != 0) errno = Marshal.GetLastPInvokeError();
        }
        finally
        {
            gil.Acquire(ts);
        }
        if (r != 0 && s.Timeout > 0 && errno == SocketNative.EINPROGRESS)
        {
            // Timeout mode: wait for the handshake, then read its outcome.
            int w = BlockingWait.WaitFd(ts, s.Fd, POLLOUT, (long)Math.Ceiling(s.Timeout * 1000), out int werr);
            if (w == -2) return null;
            if (w < 0) errno = werr;
            else if (w == 0)
            {
                if (!raise) return ts.Interpreter.Int(SocketNative.EAGAIN);
                RaiseTimeout(ts);
                return null;
            }
            else
            {
                int soError = 0, optLen = 4;
                errno = SocketNative.GetSockOpt(s.Fd, SocketNative.SOL_SOCKET, SocketNative.SO_ERROR, (byte*)&soError, &optLen) == 0 ? soError : Marshal.GetLastPInvokeError();
            }
            r = errno == 0 ? 0 : -1;
        }
        if (r == 0) return raise ? ts.Interpreter.None : ts.Interpreter.Int(0);
        if (errno == SocketNative.EINTR && !Signal.SignalState.CheckSignals(ts)) return null;
        return raise ? PosixErrors.RaiseErrno(ts, errno) : ts.Interpreter.Int(errno);
    }

    static bool Flags(ThreadState ts, ReadOnlySpan<PyObject> args, int index, out int flags)
    {
        flags = 0;
        if (args.Length <= index) return true;
        if (!Ops.AsLong(ts, args[index], out long f)) return false;
        flags = (int)f;
        return true;
    }

    static PyObject? Send(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, bool all)
    {
        string fn = all ? "sendall" : "send";
        if (!ArgBinder.CheckPositional(ts, fn, args, kw, 1, 2) || Open(ts, self) is not { } s) return null;
        if (!IoSupport.BytesLike(ts, args[0], out var data) || !Flags(ts, args, 1, out int flags)) return null;
        // Copy: the GIL is released during the call and the exporter could change.
        var bytes = data.ToArray();
        fixed (byte* p = bytes)
        {
            nint offset = 0;
            do
            {
                var call = new IoCall { Op = OpSend, Fd = s.Fd, Buffer = p + offset, Length = bytes.Length - offset, Flags = flags | SocketNative.MSG_NOSIGNAL };
                nint n = SocketCall(ts, s, POLLOUT, ref call);
                if (n < 0) return null;
                offset += n;
                if (!all) return ts.Interpreter.Int(n);
            } while (offset < bytes.Length);
        }
        return ts.Interpreter.None;
    }

    static PyObject? SendTo(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "sendto", args, kw, 2, 3) || Open(ts, self) is not { } s) return null;
        int flags = 0;
        var target = args[^1];
        if (args.Length == 3 && !Flags(ts, args, 1, out flags)) return null;
        if (!IoSupport.BytesLike(ts, args[0], out var data)) return null;
        byte* addr = stackalloc byte[SocketAddress.MaxLength];
        int len = SocketAddress.Encode(ts, s.Family, target, addr, "sendto");
        if (len < 0) return null;
        var bytes = data.ToArray();
        fixed (byte* p = bytes)
        {
            var call = new IoCall { Op = OpSendTo, Fd = s.Fd, Buffer = p, Length = bytes.Length, Flags = flags | SocketNative.MSG_NOSIGNAL, Addr = addr, AddrLen = len };
            nint n = SocketCall(ts, s, POLLOUT, ref call);
            return n < 0 ? null : ts.Interpreter.Int(n);
        }
    }

    static bool Size(ThreadState ts, PyObject o, out long size, string negative)
    {
        if (!Ops.AsLong(ts, o, out size)) return false;
        if (size >= 0) return true;
        ts.Raise(ExceptionKind.ValueError, negative);
        return false;
    }

    static PyObject? Recv(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "recv", args, kw, 1, 2) || Open(ts, self) is not { } s) return null;
        if (!Size(ts, args[0], out long size, "negative buffersize in recv") || !Flags(ts, args, 1, out int flags)) return null;
        var buffer = new byte[size];
        nint n;
        fixed (byte* p = buffer)
        {
            var call = new IoCall { Op = OpRecv, Fd = s.Fd, Buffer = p, Length = (nint)size, Flags = flags };
            n = SocketCall(ts, s, POLLIN, ref call);
        }
        if (n < 0) return null;
        if (n < size) Array.Resize(ref buffer, (int)n);
        return n == 0 ? ts.Interpreter.EmptyBytes : PyBytes.Create(ts.Interpreter, buffer);
    }

    static bool WritableTarget(ThreadState ts, PyObject o, string fn, out IBuffer target)
    {
        if (o is IBuffer { IsReadOnly: false } b)
        {
            target = b;
            return true;
        }
        target = null!;
        ts.Raise(ExceptionKind.TypeError, $"{fn}() argument 'buffer' must be read-write bytes-like object, not {o.Type.Name}");
        return false;
    }

    static PyObject? RecvInto(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[3];
        if (!ArgBinder.Bind(ts, "recv_into", args, kw, ["buffer", "nbytes", "flags"], 1, a) || Open(ts, self) is not { } s) return null;
        if (!WritableTarget(ts, a[0]!, "recv_into", out var target)) return null;
        long nbytes = 0;
        int flags = 0;
        if (a[1] is { } nb && !Size(ts, nb, out nbytes, "negative buffersize in recv_into")) return null;
        if (a[2] is { } fl && !Flags(ts, [fl], 0, out flags)) return null;
        int capacity = target.AsWritableSpan().Length;
        if (nbytes == 0) nbytes = capacity;
        if (nbytes > capacity) return ts.Raise(ExceptionKind.ValueError, "buffer too small for requested bytes");
        // Read into a private buffer: the GIL is released during the call.
        var temp = new byte[nbytes];
        nint n;
        fixed (byte* p = temp)
        {
            var call = new IoCall { Op = OpRecv, Fd = s.Fd, Buffer = p, Length = (nint)nbytes, Flags = flags };
            n = SocketCall(ts, s, POLLIN, ref call);
        }
        if (n < 0) return null;
        temp.AsSpan(0, (int)n).CopyTo(target.AsWritableSpan());
        return ts.Interpreter.Int(n);
    }

    static PyObject? RecvFrom(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "recvfrom", args, kw, 1, 2) || Open(ts, self) is not { } s) return null;
        if (!Size(ts, args[0], out long size, "negative buffersize in recvfrom") || !Flags(ts, args, 1, out int flags)) return null;
        var buffer = new byte[size];
        byte* addr = stackalloc byte[SocketAddress.MaxLength];
        int len = SocketAddress.MaxLength;
        nint n;
        fixed (byte* p = buffer)
        {
            var call = new IoCall { Op = OpRecvFrom, Fd = s.Fd, Buffer = p, Length = (nint)size, Flags = flags, Addr = addr, AddrLenOut = &len };
            n = SocketCall(ts, s, POLLIN, ref call);
        }
        if (n < 0) return null;
        if (n < size) Array.Resize(ref buffer, (int)n);
        var from = len == 0 ? ts.Interpreter.None : SocketAddress.Decode(ts, addr, len);
        return ts.Interpreter.Tuple(n == 0 ? ts.Interpreter.EmptyBytes : PyBytes.Create(ts.Interpreter, buffer), from);
    }

    static PyObject? RecvFromInto(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[3];
        if (!ArgBinder.Bind(ts, "recvfrom_into", args, kw, ["buffer", "nbytes", "flags"], 1, a) || Open(ts, self) is not { } s) return null;
        if (!WritableTarget(ts, a[0]!, "recvfrom_into", out var target)) return null;
        long nbytes = 0;
        int flags = 0;
        if (a[1] is { } nb && !Size(ts, nb, out nbytes, "negative buffersize in recvfrom_into")) return null;
        if (a[2] is { } fl && !Flags(ts, [fl], 0, out flags)) return null;
        int capacity = target.AsWritableSpan().Length;
        if (nbytes == 0) nbytes = capacity;
        if (nbytes > capacity) return ts.Raise(ExceptionKind.ValueError, "nbytes is greater than the length of the buffer");
        var temp = new byte[nbytes];
        byte* addr = stackalloc byte[SocketAddress.MaxLength];
        int len = SocketAddress.MaxLength;
        nint n;
        fixed (byte* p = temp)
        {
            var call = new IoCall { Op = OpRecvFrom, Fd = s.Fd, Buffer = p, Length = (nint)nbytes, Flags = flags, Addr = addr, AddrLenOut = &len };
            n = SocketCall(ts, s, POLLIN, ref call);
        }
        if (n < 0) return null;
        temp.AsSpan(0, (int)n).CopyTo(target.AsWritableSpan());
        var from = len == 0 ? ts.Interpreter.None : SocketAddress.Decode(ts, addr, len);
        return ts.Interpreter.Tuple(ts.Interpreter.Int(n), from);
    }

    static PyObject? Name(ThreadState ts, PySocket s, bool peer)
    {
        if (s.Fd < 0) return PosixErrors.RaiseErrno(ts, 9);
        byte* addr = stackalloc byte[SocketAddress.MaxLength];
        new Span<byte>(addr, SocketAddress.MaxLength).Clear();
        int len = SocketAddress.MaxLength;
        int r = peer ? SocketNative.GetPeerName(s.Fd, addr, &len) : SocketNative.GetSockName(s.Fd, addr, &len);
        if (r != 0) return PosixErrors.Raise(ts);
        if (len <= 2 && s.Family == SocketNative.AF_UNIX) return ts.Interpreter.Str("");
        return SocketAddress.Decode(ts, addr, len);
    }

    static PyObject? SetSockOpt(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "setsockopt", args, kw, 3, 4) || Open(ts, self) is not { } s) return null;
        if (!Ops.AsLong(ts, args[0], out long level) || !Ops.AsLong(ts, args[1], out long name)) return null;
        int r;
        if (args.Length == 4)
        {
            // setsockopt(level, name, None, optlen)
            if (!ReferenceEquals(args[2], ts.Interpreter.None) || !Ops.AsLong(ts, args[3], out long optlen)) return null;
            r = SocketNative.SetSockOpt(s.Fd, (int)level, (int)name, null, (int)optlen);
        }
        else if (args[2] is PyInt)
        {
            if (!Ops.AsLong(ts, args[2], out long v)) return null;
            int value = (int)v;
            r = SocketNative.SetSockOpt(s.Fd, (int)level, (int)name, (byte*)&value, 4);
        }
        else
        {
            if (!IoSupport.BytesLike(ts, args[2], out var data)) return null;
            fixed (byte* p = data) r = SocketNative.SetSockOpt(s.Fd, (int)level, (int)name, p, data.Length);
        }
        return r == 0 ? ts.Interpreter.None : PosixErrors.Raise(ts);
    }

    static PyObject? GetSockOpt(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "getsockopt", args, kw, 2, 3) || Open(ts, self) is not { } s) return null;
        if (!Ops.AsLong(ts, args[0], out long level) || !Ops.AsLong(ts, args[1], out long name)) return null;
        if (args.Length == 2)
        {
            int value = 0, len = 4;
            if (SocketNative.GetSockOpt(s.Fd, (int)level, (int)name, (byte*)&value, &len) != 0) return PosixErrors.Raise(ts);
            return ts.Interpreter.Int(value);
        }
        if (!Ops.AsLong(ts, args[2], out long buflen)) return null;
        if (buflen <= 0 || buflen > 1024) return ts.Raise(ExceptionKind.OSError, "getsockopt buflen out of range");
        var buffer = new byte[buflen];
        int got = (int)buflen;
        fixed (byte* p = buffer)
            if (SocketNative.GetSockOpt(s.Fd, (int)level, (int)name, p, &got) != 0) return PosixErrors.Raise(ts);
        Array.Resize(ref buffer, got);
        return PyBytes.Create(ts.Interpreter, buffer);
    }
}
