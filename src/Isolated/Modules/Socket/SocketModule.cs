using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using Isolated.Modules.Posix;
using Isolated.Modules.Weakref;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Socket;

/// <summary>
/// <c>_socket</c>: the socket type (see <see cref="SocketType"/>), socketpair, name resolution
/// through libc's getaddrinfo/getnameinfo (GIL released), address conversions, byte-order helpers,
/// the default timeout, the exceptions (error is OSError, timeout is TimeoutError, gaierror and
/// herror subclass OSError) and Linux's constants.
/// </summary>
public static unsafe class SocketModule
{
    static readonly (string, long)[] Constants =
    [
        ("AF_ALG", 38), ("AF_APPLETALK", 5), ("AF_ASH", 18), ("AF_ATMPVC", 8), ("AF_ATMSVC", 20), ("AF_AX25", 3),
        ("AF_BRIDGE", 7), ("AF_CAN", 29), ("AF_ECONET", 19), ("AF_INET", 2), ("AF_INET6", 10), ("AF_IPX", 4),
        ("AF_IRDA", 23), ("AF_KEY", 15), ("AF_LLC", 26), ("AF_NETBEUI", 13), ("AF_NETLINK", 16), ("AF_NETROM", 6),
        ("AF_PACKET", 17), ("AF_PPPOX", 24), ("AF_QIPCRTR", 42), ("AF_RDS", 21), ("AF_ROSE", 11), ("AF_ROUTE", 16),
        ("AF_SECURITY", 14), ("AF_SNA", 22), ("AF_TIPC", 30), ("AF_UNIX", 1), ("AF_UNSPEC", 0), ("AF_VSOCK", 40),
        ("AF_WANPIPE", 25), ("AF_X25", 9), ("AI_ADDRCONFIG", 32), ("AI_ALL", 16), ("AI_CANONNAME", 2),
        ("AI_NUMERICHOST", 4), ("AI_NUMERICSERV", 1024), ("AI_PASSIVE", 1), ("AI_V4MAPPED", 8), ("EAI_ADDRFAMILY", -9),
        ("EAI_AGAIN", -3), ("EAI_BADFLAGS", -1), ("EAI_FAIL", -4), ("EAI_FAMILY", -6), ("EAI_MEMORY", -10),
        ("EAI_NODATA", -5), ("EAI_NONAME", -2), ("EAI_OVERFLOW", -12), ("EAI_SERVICE", -8), ("EAI_SOCKTYPE", -7),
        ("EAI_SYSTEM", -11), ("INADDR_ALLHOSTS_GROUP", 3758096385), ("INADDR_ANY", 0),
        ("INADDR_BROADCAST", 4294967295), ("INADDR_LOOPBACK", 2130706433), ("INADDR_MAX_LOCAL_GROUP", 3758096639),
        ("INADDR_NONE", 4294967295), ("INADDR_UNSPEC_GROUP", 3758096384), ("IPPROTO_ICMP", 1), ("IPPROTO_ICMPV6", 58),
        ("IPPROTO_IP", 0), ("IPPROTO_IPV6", 41), ("IPPROTO_RAW", 255), ("IPPROTO_TCP", 6), ("IPPROTO_UDP", 17),
        ("IPV6_JOIN_GROUP", 20), ("IPV6_LEAVE_GROUP", 21), ("IPV6_MULTICAST_HOPS", 18), ("IPV6_MULTICAST_IF", 17),
        ("IPV6_MULTICAST_LOOP", 19), ("IPV6_UNICAST_HOPS", 16), ("IPV6_V6ONLY", 26), ("IP_ADD_MEMBERSHIP", 35),
        ("IP_DROP_MEMBERSHIP", 36), ("IP_MULTICAST_IF", 32), ("IP_MULTICAST_LOOP", 34), ("IP_MULTICAST_TTL", 33),
        ("IP_TOS", 1), ("IP_TTL", 2), ("MSG_CMSG_CLOEXEC", 1073741824), ("MSG_CONFIRM", 2048), ("MSG_CTRUNC", 8),
        ("MSG_DONTROUTE", 4), ("MSG_DONTWAIT", 64), ("MSG_EOR", 128), ("MSG_ERRQUEUE", 8192),
        ("MSG_FASTOPEN", 536870912), ("MSG_MORE", 32768), ("MSG_NOSIGNAL", 16384), ("MSG_OOB", 1), ("MSG_PEEK", 2),
        ("MSG_TRUNC", 32), ("MSG_WAITALL", 256), ("NI_DGRAM", 16), ("NI_MAXHOST", 1025), ("NI_MAXSERV", 32),
        ("NI_NAMEREQD", 8), ("NI_NOFQDN", 4), ("NI_NUMERICHOST", 1), ("NI_NUMERICSERV", 2), ("SCM_CREDENTIALS", 2),
        ("SCM_J1939_DEST_ADDR", 1), ("SCM_J1939_DEST_NAME", 2), ("SCM_J1939_ERRQUEUE", 4), ("SCM_J1939_PRIO", 3),
        ("SCM_RIGHTS", 1), ("SHUT_RD", 0), ("SHUT_RDWR", 2), ("SHUT_WR", 1), ("SOCK_CLOEXEC", 524288),
        ("SOCK_DGRAM", 2), ("SOCK_NONBLOCK", 2048), ("SOCK_RAW", 3), ("SOCK_RDM", 4), ("SOCK_SEQPACKET", 5),
        ("SOCK_STREAM", 1), ("SOL_ALG", 279), ("SOL_CAN_BASE", 100), ("SOL_CAN_RAW", 101), ("SOL_IP", 0),
        ("SOL_RDS", 276), ("SOL_SOCKET", 1), ("SOL_TCP", 6), ("SOL_TIPC", 271), ("SOL_UDP", 17), ("SOMAXCONN", 4096),
        ("SO_ACCEPTCONN", 30), ("SO_BINDTODEVICE", 25), ("SO_BROADCAST", 6), ("SO_DEBUG", 1), ("SO_DOMAIN", 39),
        ("SO_DONTROUTE", 5), ("SO_ERROR", 4), ("SO_INCOMING_CPU", 49), ("SO_J1939_ERRQUEUE", 4),
        ("SO_J1939_FILTER", 1), ("SO_J1939_PROMISC", 2), ("SO_J1939_SEND_PRIO", 3), ("SO_KEEPALIVE", 9),
        ("SO_LINGER", 13), ("SO_MARK", 36), ("SO_OOBINLINE", 10), ("SO_PASSCRED", 16), ("SO_PASSSEC", 34),
        ("SO_PEERCRED", 17), ("SO_PEERSEC", 31), ("SO_PRIORITY", 12), ("SO_PROTOCOL", 38), ("SO_RCVBUF", 8),
        ("SO_RCVLOWAT", 18), ("SO_RCVTIMEO", 20), ("SO_REUSEADDR", 2), ("SO_REUSEPORT", 15), ("SO_SNDBUF", 7),
        ("SO_SNDLOWAT", 19), ("SO_SNDTIMEO", 21), ("SO_TYPE", 3), ("SO_VM_SOCKETS_BUFFER_MAX_SIZE", 2),
        ("SO_VM_SOCKETS_BUFFER_MIN_SIZE", 1), ("SO_VM_SOCKETS_BUFFER_SIZE", 0), ("TCP_CC_INFO", 26),
        ("TCP_CONGESTION", 13), ("TCP_CORK", 3), ("TCP_DEFER_ACCEPT", 9), ("TCP_FASTOPEN", 23),
        ("TCP_FASTOPEN_CONNECT", 30), ("TCP_FASTOPEN_KEY", 33), ("TCP_FASTOPEN_NO_COOKIE", 34), ("TCP_INFO", 11),
        ("TCP_INQ", 36), ("TCP_KEEPCNT", 6), ("TCP_KEEPIDLE", 4), ("TCP_KEEPINTVL", 5), ("TCP_LINGER2", 8),
        ("TCP_MAXSEG", 2), ("TCP_MD5SIG", 14), ("TCP_MD5SIG_EXT", 32), ("TCP_NODELAY", 1), ("TCP_NOTSENT_LOWAT", 25),
        ("TCP_QUEUE_SEQ", 21), ("TCP_QUICKACK", 12), ("TCP_REPAIR", 19), ("TCP_REPAIR_OPTIONS", 22),
        ("TCP_REPAIR_QUEUE", 20), ("TCP_REPAIR_WINDOW", 29), ("TCP_SAVED_SYN", 28), ("TCP_SAVE_SYN", 27),
        ("TCP_SYNCNT", 7), ("TCP_THIN_DUPACK", 17), ("TCP_THIN_LINEAR_TIMEOUTS", 16), ("TCP_TIMESTAMP", 24),
        ("TCP_TX_DELAY", 37), ("TCP_ULP", 31), ("TCP_USER_TIMEOUT", 18), ("TCP_WINDOW_CLAMP", 10),
        ("TCP_ZEROCOPY_RECEIVE", 35),
    ];

    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "_socket");
        m.Dict.SetStr("__doc__", interp.Str("Implementation module for socket operations.\n\nSee the socket module for documentation."));
        var state = new SocketModuleState();
        state.Type = SocketType.Create(interp.Types, state);
        var osError = interp.ExceptionType(ExceptionKind.OSError);
        if (ExceptionClass.Create(ts, "socket", "gaierror", osError) is not { } gai || ExceptionClass.Create(ts, "socket", "herror", osError) is not { } herr) return null;
        state.GaiError = gai;
        state.HError = herr;
        m.Dict.SetStr("socket", state.Type);
        m.Dict.SetStr("SocketType", state.Type);
        m.Dict.SetStr("error", osError);
        m.Dict.SetStr("timeout", interp.ExceptionType(ExceptionKind.TimeoutError));
        m.Dict.SetStr("gaierror", gai);
        m.Dict.SetStr("herror", herr);
        m.Dict.SetStr("has_ipv6", interp.True);
        foreach (var (name, value) in Constants) m.Dict.SetStr(name, interp.Int(value));
        void Add(string name, BuiltinMethod fn) => WeakrefModule.Add(m, name, fn);
        Add("socketpair", (ts, s, a, k) => SocketPair(ts, a, k, state));
        Add("getaddrinfo", (ts, s, a, k) => GetAddrInfo(ts, a, k, state));
        Add("getnameinfo", (ts, s, a, k) => GetNameInfo(ts, a, k, state));
        Add("gethostbyname", (ts, s, a, k) => GetHostByName(ts, a, k, state));
        Add("gethostbyaddr", (ts, s, a, k) => GetHostByAddr(ts, a, k, state));
        Add("gethostname", GetHostName);
        Add("getdefaulttimeout", (ts, s, a, k) => state.DefaultTimeout < 0 ? ts.Interpreter.None : new PyFloat(ts.Interpreter.Types.Float, state.DefaultTimeout));
        Add("setdefaulttimeout", (ts, s, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "setdefaulttimeout", a, k, 1, 1) || !ParseTimeout(ts, a[0], out double t)) return null;
            state.DefaultTimeout = t;
            return ts.Interpreter.None;
        });
        Add("inet_aton", InetAton);
        Add("inet_ntoa", InetNtoa);
        Add("inet_pton", InetPton);
        Add("inet_ntop", InetNtop);
        Add("htons", static (ts, s, a, k) => Swap16(ts, a, k, "htons"));
        Add("ntohs", static (ts, s, a, k) => Swap16(ts, a, k, "ntohs"));
        Add("htonl", static (ts, s, a, k) => Swap32(ts, a, k, "htonl"));
        Add("ntohl", static (ts, s, a, k) => Swap32(ts, a, k, "ntohl"));
        Add("close", static (ts, s, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "close", a, k, 1, 1) || !Ops.AsLong(ts, a[0], out long fd)) return null;
            return SocketNative.Close((int)fd) == 0 || Marshal.GetLastPInvokeError() == 104 ? ts.Interpreter.None : PosixErrors.Raise(ts);
        });
        Add("dup", static (ts, s, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "dup", a, k, 1, 1) || !Ops.AsLong(ts, a[0], out long fd)) return null;
            int r = SocketNative.Fcntl((int)fd, 1030, 0);   // F_DUPFD_CLOEXEC
            return r < 0 ? PosixErrors.Raise(ts) : ts.Interpreter.Int(r);
        });
        return m;
    }

    /// <summary>A timeout argument: None (negative result) or a non-negative number of seconds.</summary>
    public static bool ParseTimeout(ThreadState ts, PyObject o, out double seconds)
    {
        seconds = -1;
        if (ReferenceEquals(o, ts.Interpreter.None)) return true;
        if (!Ops.AsDouble(ts, o, out seconds)) return false;
        if (double.IsNaN(seconds))
        {
            ts.Raise(ExceptionKind.ValueError, "Invalid value NaN (not a number)");
            return false;
        }
        if (seconds < 0)
        {
            ts.Raise(ExceptionKind.ValueError, "Timeout value out of range");
            return false;
        }
        return true;
    }

    static PyObject? SocketPair(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, SocketModuleState state)
    {
        if (!ArgBinder.CheckPositional(ts, "socketpair", args, kw, 0, 3)) return null;
        long family = SocketNative.AF_UNIX, kind = SocketNative.SOCK_STREAM, proto = 0;
        if (args.Length > 0 && !ReferenceEquals(args[0], ts.Interpreter.None) && !Ops.AsLong(ts, args[0], out family)) return null;
        if (args.Length > 1 && !Ops.AsLong(ts, args[1], out kind)) return null;
        if (args.Length > 2 && !Ops.AsLong(ts, args[2], out proto)) return null;
        int* fds = stackalloc int[2];
        if (SocketNative.SocketPair((int)family, (int)kind | SocketNative.SOCK_CLOEXEC, (int)proto, fds) != 0) return PosixErrors.Raise(ts);
        var a = Wrap(ts, state, fds[0], (int)family, (int)kind, (int)proto);
        var b = Wrap(ts, state, fds[1], (int)family, (int)kind, (int)proto);
        return ts.Interpreter.Tuple(a, b);
    }

    static PySocket Wrap(ThreadState ts, SocketModuleState state, int fd, int family, int kind, int proto)
    {
        var s = new PySocket(state.Type) { Fd = fd, Family = family, Kind = kind, Proto = proto, Timeout = state.DefaultTimeout };
        if (state.DefaultTimeout >= 0) PosixFds.SetBlocking(fd, false);
        return s;
    }

    public static void RaiseGaiError(ThreadState ts, int code)
    {
        var interp = ts.Interpreter;
        var message = Marshal.PtrToStringUTF8(SocketNative.GaiStrError(code)) ?? $"getaddrinfo error {code}";
        if (interp.Modules.GetStr("_socket") is PyModule m && m.Dict.GetStr("gaierror") is PyType t
            && Ops.Call(ts, t, interp.Int(code), interp.Str(message)) is PyBaseException e)
            ts.Raise(e);
        else if (!ts.HasError)
            ts.Raise(ExceptionKind.OSError, message);
    }

    /// <summary>getaddrinfo: (family, type, proto, canonname, sockaddr bytes) tuples, or null with
    /// gaierror set. The GIL is released during the lookup.</summary>
    public static List<(int Family, int Type, int Proto, string CanonName, byte[] Address)>? Resolve(
        ThreadState ts, string? host, string? port, int family, int type, int proto, int flags)
    {
        byte* hints = stackalloc byte[48];
        new Span<byte>(hints, 48).Clear();
        *(int*)hints = flags;
        *(int*)(hints + 4) = family;
        *(int*)(hints + 8) = type;
        *(int*)(hints + 12) = proto;
        byte[]? hostBytes = host is null ? null : Encoding.UTF8.GetBytes(host + "\0");
        byte[]? portBytes = port is null ? null : Encoding.UTF8.GetBytes(port + "\0");
        nint list = 0;
        int rc;
        var gil = ts.Interpreter.Gil;
        gil.Release(ts);
        try
        {
            fixed (byte* h = hostBytes)
            fixed (byte* p = portBytes)
                rc = SocketNative.GetAddrInfo(h, p, hints, &list);
        }
        finally
        {
            gil.Acquire(ts);
        }
        if (rc != 0)
        {
            if (rc == -11) PosixErrors.Raise(ts);   // EAI_SYSTEM: errno says why
            else RaiseGaiError(ts, rc);
            return null;
        }
        var result = new List<(int, int, int, string, byte[])>();
        try
        {
            // struct addrinfo (64-bit): flags, family, socktype, protocol, addrlen, pad, addr*, canonname*, next*.
            for (byte* ai = (byte*)list; ai != null; ai = *(byte**)(ai + 40))
            {
                int len = *(int*)(ai + 16);
                var addr = new ReadOnlySpan<byte>(*(byte**)(ai + 24), len).ToArray();
                var canon = *(nint*)(ai + 32) == 0 ? "" : Marshal.PtrToStringUTF8(*(nint*)(ai + 32)) ?? "";
                result.Add((*(int*)(ai + 4), *(int*)(ai + 8), *(int*)(ai + 12), canon, addr));
            }
        }
        finally
        {
            SocketNative.FreeAddrInfo(list);
        }
        return result;
    }

    static bool HostText(ThreadState ts, PyObject o, out string? host)
    {
        host = null;
        if (ReferenceEquals(o, ts.Interpreter.None)) return true;
        switch (o)
        {
            case PyStr s:
                host = s.Value;
                // International names go through IDNA as CPython does; ASCII names are as given.
                if (host.Any(static c => c > 127)) host = new System.Globalization.IdnMapping().GetAscii(host);
                return true;
            case PyBytes b:
                host = Encoding.ASCII.GetString(b.Value);
                return true;
            default:
                ts.Raise(ExceptionKind.TypeError, "getaddrinfo() argument 1 must be string or None");
                return false;
        }
    }

    static PyObject? GetAddrInfo(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, SocketModuleState state)
    {
        Span<PyObject?> a = new PyObject?[6];
        if (!ArgBinder.Bind(ts, "getaddrinfo", args, kw, ["host", "port", "family", "type", "proto", "flags"], 2, a)) return null;
        var interp = ts.Interpreter;
        if (!HostText(ts, a[0]!, out var host)) return null;
        string? port = null;
        if (ReferenceEquals(a[1], interp.None)) { }
        else switch (a[1])
        {
            case PyInt:
                if (!Ops.AsLong(ts, a[1]!, out long pn)) return null;
                port = pn.ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
            case PyStr ps: port = ps.Value; break;
            case PyBytes pb: port = Encoding.ASCII.GetString(pb.Value); break;
            default: return ts.Raise(ExceptionKind.OSError, "Int or String expected");
        }
        Span<long> ints = stackalloc long[4];
        for (int i = 0; i < 4; i++)
            if (a[2 + i] is { } v && !Ops.AsLong(ts, v, out ints[i])) return null;
        var infos = Resolve(ts, host, port, (int)ints[0], (int)ints[1], (int)ints[2], (int)ints[3]);
        if (infos is null) return null;
        var list = new PyList(interp.Types.List);
        foreach (var (family, type, proto, canon, addr) in infos)
        {
            PyObject sockaddr;
            fixed (byte* p = addr) sockaddr = SocketAddress.Decode(ts, p, addr.Length);
            list.Append(interp.Tuple(interp.Int(family), interp.Int(type), interp.Int(proto), interp.Str(canon), sockaddr));
        }
        return list;
    }

    static PyObject? GetNameInfo(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, SocketModuleState state)
    {
        if (!ArgBinder.CheckPositional(ts, "getnameinfo", args, kw, 2, 2) || !Ops.AsLong(ts, args[1], out long flags)) return null;
        if (args[0] is not PyTuple t || t.Count < 2) return ts.Raise(ExceptionKind.TypeError, "getnameinfo() argument 1 must be a tuple");
        if (t.Items[0] is not PyStr host) return ts.Raise(ExceptionKind.TypeError, "getnameinfo(): illegal sockaddr argument");
        int family = host.Value.Contains(':') ? SocketNative.AF_INET6 : SocketNative.AF_INET;
        byte* addr = stackalloc byte[SocketAddress.MaxLength];
        int len = SocketAddress.Encode(ts, family, t, addr, "getnameinfo");
        if (len < 0) return null;
        byte* hostBuf = stackalloc byte[1025];
        byte* servBuf = stackalloc byte[32];
        int rc;
        var gil = ts.Interpreter.Gil;
        gil.Release(ts);
        try { rc = SocketNative.GetNameInfo(addr, len, hostBuf, 1025, servBuf, 32, (int)flags); }
        finally { gil.Acquire(ts); }
        if (rc != 0)
        {
            RaiseGaiError(ts, rc);
            return null;
        }
        return ts.Interpreter.Tuple(ts.Interpreter.Str(Marshal.PtrToStringUTF8((nint)hostBuf) ?? ""), ts.Interpreter.Str(Marshal.PtrToStringUTF8((nint)servBuf) ?? ""));
    }

    static PyObject? GetHostByName(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, SocketModuleState state)
    {
        if (!ArgBinder.CheckPositional(ts, "gethostbyname", args, kw, 1, 1) || !HostText(ts, args[0], out var host)) return null;
        Span<byte> ip = stackalloc byte[16];
        if (!SocketAddress.ResolveHost(ts, host ?? "", SocketNative.AF_INET, ip)) return null;
        return ts.Interpreter.Str(SocketAddress.IpText(SocketNative.AF_INET, ip[..4]));
    }

    static PyObject? GetHostByAddr(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, SocketModuleState state)
    {
        if (!ArgBinder.CheckPositional(ts, "gethostbyaddr", args, kw, 1, 1) || !HostText(ts, args[0], out var host)) return null;
        var infos = Resolve(ts, host, null, 0, SocketNative.SOCK_STREAM, 0, 0);
        if (infos is null || infos.Count == 0) return infos is null ? null : ts.Raise(state.HError, "host not found");
        var interp = ts.Interpreter;
        var addr = infos[0].Address;
        byte* hostBuf = stackalloc byte[1025];
        int rc;
        fixed (byte* p = addr) rc = SocketNative.GetNameInfo(p, addr.Length, hostBuf, 1025, null, 0, 8 /* NI_NAMEREQD */);
        if (rc != 0)
        {
            if (Ops.Call(ts, state.HError, interp.Int(1), interp.Str("Unknown host")) is PyBaseException e) ts.Raise(e);
            return null;
        }
        PyObject ipText;
        fixed (byte* p = addr) ipText = SocketAddress.Decode(ts, p, addr.Length);
        var ipOnly = ((PyTuple)ipText).Items[0];
        return interp.Tuple(interp.Str(Marshal.PtrToStringUTF8((nint)hostBuf) ?? ""), new PyList(interp.Types.List), new PyList(interp.Types.List, [ipOnly], 1));
    }

    static PyObject? GetHostName(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "gethostname", args, kw, 0, 0)) return null;
        byte* buf = stackalloc byte[256];
        if (SocketNative.GetHostName(buf, 256) != 0) return PosixErrors.Raise(ts);
        buf[255] = 0;
        return ts.Interpreter.Str(Marshal.PtrToStringUTF8((nint)buf) ?? "");
    }

    static bool TextArg(ThreadState ts, PyObject o, string fn, out byte[] text)
    {
        text = [];
        if (o is not PyStr s)
        {
            ts.Raise(ExceptionKind.TypeError, $"{fn}() argument 1 must be str, not {o.Type.Name}");
            return false;
        }
        text = Encoding.UTF8.GetBytes(s.Value + "\0");
        return true;
    }

    static PyObject? InetAton(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "inet_aton", args, kw, 1, 1) || !TextArg(ts, args[0], "inet_aton", out var text)) return null;
        uint addr;
        int ok;
        fixed (byte* p = text) ok = SocketNative.InetAton(p, &addr);
        if (ok == 0) return ts.Raise(ExceptionKind.OSError, "illegal IP address string passed to inet_aton");
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, addr);   // already network order in memory
        return PyBytes.Create(ts.Interpreter, bytes);
    }

    static PyObject? InetNtoa(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "inet_ntoa", args, kw, 1, 1)) return null;
        if (args[0] is not IBuffer b || args[0] is PyStr) return ts.Raise(ExceptionKind.TypeError, $"a bytes-like object is required, not '{args[0].Type.Name}'");
        var data = b.AsReadOnlySpan();
        if (data.Length != 4) return ts.Raise(ExceptionKind.OSError, "packed IP wrong length for inet_ntoa");
        return ts.Interpreter.Str($"{data[0]}.{data[1]}.{data[2]}.{data[3]}");
    }

    static PyObject? InetPton(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "inet_pton", args, kw, 2, 2) || !Ops.AsLong(ts, args[0], out long family)) return null;
        if (!TextArg(ts, args[1], "inet_pton", out var text)) return null;
        if (family is not (SocketNative.AF_INET or SocketNative.AF_INET6)) return PosixErrors.RaiseErrno(ts, 97);
        var dst = new byte[family == SocketNative.AF_INET ? 4 : 16];
        int ok;
        fixed (byte* p = text)
        fixed (byte* d = dst) ok = SocketNative.InetPton((int)family, p, d);
        if (ok != 1) return ts.Raise(ExceptionKind.OSError, "illegal IP address string passed to inet_pton");
        return PyBytes.Create(ts.Interpreter, dst);
    }

    static PyObject? InetNtop(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "inet_ntop", args, kw, 2, 2) || !Ops.AsLong(ts, args[0], out long family)) return null;
        if (args[1] is not IBuffer b || args[1] is PyStr) return ts.Raise(ExceptionKind.TypeError, $"a bytes-like object is required, not '{args[1].Type.Name}'");
        var data = b.AsReadOnlySpan();
        if (family == SocketNative.AF_INET && data.Length != 4 || family == SocketNative.AF_INET6 && data.Length != 16)
            return ts.Raise(ExceptionKind.ValueError, "invalid length of packed IP address string");
        if (family is not (SocketNative.AF_INET or SocketNative.AF_INET6)) return ts.Raise(ExceptionKind.ValueError, "unknown address family " + family);
        return ts.Interpreter.Str(SocketAddress.IpText((int)family, data));
    }

    static PyObject? Swap16(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, string fn)
    {
        if (!ArgBinder.CheckPositional(ts, fn, args, kw, 1, 1) || !Ops.AsLong(ts, args[0], out long v)) return null;
        if (v < 0) return ts.Raise(ExceptionKind.OverflowError, $"{fn}: Python int too large to convert to C 16-bit unsigned integer");
        if (v > 0xffff) return ts.Raise(ExceptionKind.OverflowError, $"{fn}: Python int too large to convert to C 16-bit unsigned integer");
        return ts.Interpreter.Int(BinaryPrimitives.ReverseEndianness((ushort)v));
    }

    static PyObject? Swap32(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, string fn)
    {
        if (!ArgBinder.CheckPositional(ts, fn, args, kw, 1, 1) || !Ops.AsLong(ts, args[0], out long v)) return null;
        if (v < 0) return ts.Raise(ExceptionKind.OverflowError, "can't convert negative value to unsigned int");
        if (v > 0xffffffffL) return ts.Raise(ExceptionKind.OverflowError, "int larger than 32 bits");
        return ts.Interpreter.Int(BinaryPrimitives.ReverseEndianness((uint)v));
    }
}
