using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using Isolated.Modules.Subprocess;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Socket;

/// <summary>Python socket addresses to and from struct sockaddr: (host, port) for AF_INET,
/// (host, port, flowinfo, scope_id) for AF_INET6, a path (str or bytes; a leading NUL is
/// Linux's abstract namespace) for AF_UNIX. Host names are resolved as CPython does.</summary>
public static unsafe class SocketAddress
{
    public const int MaxLength = 128;

    /// <summary>Fills <paramref name="buffer"/> (MaxLength bytes); returns the length, or -1 with
    /// an exception set.</summary>
    public static int Encode(ThreadState ts, int family, PyObject address, byte* buffer, string caller)
    {
        new Span<byte>(buffer, MaxLength).Clear();
        var interp = ts.Interpreter;
        switch (family)
        {
            case SocketNative.AF_UNIX:
            {
                byte[]? path = address is PyStr s ? FsBytes.EncodeString(s.Value, out _) : address is IBuffer b ? b.AsReadOnlySpan().ToArray() : null;
                if (path is null)
                {
                    if (address is not PyStr) ts.Raise(ExceptionKind.TypeError, $"{caller}(): AF_UNIX address must be str or bytes, not {address.Type.Name}");
                    else ts.Raise(ExceptionKind.UnicodeEncodeError, "surrogates not allowed");
                    return -1;
                }
                if (path.Length > 107)
                {
                    ts.Raise(ExceptionKind.OSError, "AF_UNIX path too long");
                    return -1;
                }
                *(ushort*)buffer = SocketNative.AF_UNIX;
                path.CopyTo(new Span<byte>(buffer + 2, path.Length));
                // Abstract names are exactly as long as given; paths carry their NUL.
                return 2 + path.Length + (path.Length > 0 && path[0] == 0 ? 0 : 1);
            }
            case SocketNative.AF_INET:
            case SocketNative.AF_INET6:
            {
                string familyName = family == SocketNative.AF_INET ? "AF_INET" : "AF_INET6";
                if (address is not PyTuple t)
                {
                    ts.Raise(ExceptionKind.TypeError, $"{caller}(): {familyName} address must be tuple, not {address.Type.Name}");
                    return -1;
                }
                int max = family == SocketNative.AF_INET ? 2 : 4;
                if (t.Count < 2 || t.Count > max)
                {
                    ts.Raise(ExceptionKind.TypeError, family == SocketNative.AF_INET
                        ? $"AF_INET address must be a pair (host, port)"
                        : $"AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
                    return -1;
                }
                string? host = t.Items[0] switch
                {
                    PyStr hs => hs.Value,
                    PyBytes hb => Encoding.ASCII.GetString(hb.Value),
                    _ => null,
                };
                if (host is null)
                {
                    ts.Raise(ExceptionKind.TypeError, $"str, bytes or bytearray expected, not {t.Items[0].Type.Name}");
                    return -1;
                }
                if (t.Items[1] is not PyInt || !Ops.AsLong(ts, t.Items[1], out long port))
                {
                    if (!ts.HasError) ts.Raise(ExceptionKind.TypeError, $"'{t.Items[1].Type.Name}' object cannot be interpreted as an integer");
                    return -1;
                }
                if (port < 0 || port > 65535)
                {
                    ts.Raise(ExceptionKind.OverflowError, $"{caller}(): port must be 0-65535.");
                    return -1;
                }
                long flowinfo = 0, scope = 0;
                if (t.Count > 2 && !Ops.AsLong(ts, t.Items[2], out flowinfo)) return -1;
                if (t.Count > 3 && !Ops.AsLong(ts, t.Items[3], out scope)) return -1;
                if (flowinfo < 0 || flowinfo > 0xfffff)
                {
                    ts.Raise(ExceptionKind.OverflowError, $"{caller}(): flowinfo must be 0-1048575.");
                    return -1;
                }
                Span<byte> ip = stackalloc byte[16];
                if (!ResolveHost(ts, host, family, ip)) return -1;
                *(ushort*)buffer = (ushort)family;
                BinaryPrimitives.WriteUInt16BigEndian(new Span<byte>(buffer + 2, 2), (ushort)port);
                if (family == SocketNative.AF_INET)
                {
                    ip[..4].CopyTo(new Span<byte>(buffer + 4, 4));
                    return 16;
                }
                BinaryPrimitives.WriteUInt32BigEndian(new Span<byte>(buffer + 4, 4), (uint)flowinfo);
                ip.CopyTo(new Span<byte>(buffer + 8, 16));
                *(uint*)(buffer + 24) = (uint)scope;
                return 28;
            }
            default:
                ts.Raise(ExceptionKind.OSError, $"{caller}(): bad family");
                return -1;
        }
    }

    /// <summary>A host for AF_INET/AF_INET6: '' is the wildcard, '&lt;broadcast&gt;' the broadcast
    /// address, numeric forms are parsed, names are resolved with getaddrinfo.</summary>
    public static bool ResolveHost(ThreadState ts, string host, int family, Span<byte> ip)
    {
        ip.Clear();
        if (host.Length == 0) return true;
        if (host == "<broadcast>" || host == "255.255.255.255")
        {
            if (family != SocketNative.AF_INET)
            {
                ts.Raise(ExceptionKind.OSError, "address family mismatched");
                return false;
            }
            ip[..4].Fill(0xff);
            return true;
        }
        var text = Encoding.UTF8.GetBytes(host + "\0");
        fixed (byte* p = text)
        fixed (byte* dst = ip)
        {
            if (SocketNative.InetPton(family, p, dst) == 1) return true;
        }
        var infos = SocketModule.Resolve(ts, host, null, family, 0, 0, 0);
        if (infos is null) return false;
        foreach (var (fam, _, _, _, addr) in infos)
        {
            if (fam != family) continue;
            if (family == SocketNative.AF_INET) addr.AsSpan(4, 4).CopyTo(ip);
            else addr.AsSpan(8, 16).CopyTo(ip);
            return true;
        }
        SocketModule.RaiseGaiError(ts, -9);
        return false;
    }

    public static string IpText(int family, ReadOnlySpan<byte> ip)
    {
        byte* buf = stackalloc byte[64];
        fixed (byte* src = ip)
        {
            if (SocketNative.InetNtop(family, src, buf, 64) == 0) return "";
        }
        return Marshal.PtrToStringUTF8((nint)buf) ?? "";
    }

    /// <summary>struct sockaddr as a Python address.</summary>
    public static PyObject Decode(ThreadState ts, byte* addr, int length)
    {
        var interp = ts.Interpreter;
        if (length < 2) return interp.None;
        int family = *(ushort*)addr;
        switch (family)
        {
            case SocketNative.AF_INET:
            {
                int port = BinaryPrimitives.ReadUInt16BigEndian(new ReadOnlySpan<byte>(addr + 2, 2));
                return interp.Tuple(interp.Str(IpText(family, new ReadOnlySpan<byte>(addr + 4, 4))), interp.Int(port));
            }
            case SocketNative.AF_INET6:
            {
                int port = BinaryPrimitives.ReadUInt16BigEndian(new ReadOnlySpan<byte>(addr + 2, 2));
                uint flow = BinaryPrimitives.ReadUInt32BigEndian(new ReadOnlySpan<byte>(addr + 4, 4));
                uint scope = *(uint*)(addr + 24);
                return interp.Tuple(interp.Str(IpText(family, new ReadOnlySpan<byte>(addr + 8, 16))), interp.Int(port), interp.Int(flow), interp.Int(scope));
            }
            case SocketNative.AF_UNIX:
            {
                var path = new ReadOnlySpan<byte>(addr + 2, length - 2);
                if (path.Length > 0 && path[0] == 0) return PyBytes.Create(interp, path.ToArray());
                int nul = path.IndexOf((byte)0);
                if (nul >= 0) path = path[..nul];
                return interp.Str(DecodeFs(path));
            }
            default:
                return interp.Tuple(interp.Int(family), PyBytes.Create(interp, new ReadOnlySpan<byte>(addr + 2, Math.Max(0, length - 2)).ToArray()));
        }
    }

    /// <summary>The filesystem decoding: UTF-8 with undecodable bytes as surrogate escapes.</summary>
    public static string DecodeFs(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder(bytes.Length);
        int i = 0;
        while (i < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[i..], out var rune, out int used);
            if (status == System.Buffers.OperationStatus.Done)
            {
                sb.Append(rune.ToString());
                i += used;
            }
            else
            {
                sb.Append((char)(0xDC00 + bytes[i]));
                i++;
            }
        }
        return sb.ToString();
    }
}
