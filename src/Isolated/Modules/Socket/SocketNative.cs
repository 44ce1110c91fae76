using System.Runtime.InteropServices;

namespace Isolated.Modules.Socket;

/// <summary>The BSD socket calls of libc (Linux). Sockets are plain descriptors, so select/poll,
/// os.read/os.write and child processes see the same fds as CPython's would.</summary>
static unsafe partial class SocketNative
{
    public const int AF_UNSPEC = 0, AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10;
    public const int SOCK_STREAM = 1, SOCK_DGRAM = 2, SOCK_NONBLOCK = 0x800, SOCK_CLOEXEC = 0x80000;
    public const int SOL_SOCKET = 1, SO_ERROR = 4, SO_TYPE = 3, SO_DOMAIN = 39, SO_PROTOCOL = 38;
    public const int MSG_NOSIGNAL = 0x4000;
    public const int EAGAIN = 11, EINTR = 4, EINPROGRESS = 115, EISCONN = 106;

    [LibraryImport("libc", EntryPoint = "socket", SetLastError = true)]
    public static partial int Socket(int family, int type, int proto);
    [LibraryImport("libc", EntryPoint = "socketpair", SetLastError = true)]
    public static partial int SocketPair(int family, int type, int proto, int* fds);
    [LibraryImport("libc", EntryPoint = "bind", SetLastError = true)]
    public static partial int Bind(int fd, byte* addr, int len);
    [LibraryImport("libc", EntryPoint = "listen", SetLastError = true)]
    public static partial int Listen(int fd, int backlog);
    [LibraryImport("libc", EntryPoint = "accept4", SetLastError = true)]
    public static partial int Accept4(int fd, byte* addr, int* len, int flags);
    [LibraryImport("libc", EntryPoint = "connect", SetLastError = true)]
    public static partial int Connect(int fd, byte* addr, int len);
    [LibraryImport("libc", EntryPoint = "send", SetLastError = true)]
    public static partial nint Send(int fd, byte* buf, nint len, int flags);
    [LibraryImport("libc", EntryPoint = "sendto", SetLastError = true)]
    public static partial nint SendTo(int fd, byte* buf, nint len, int flags, byte* addr, int addrLen);
    [LibraryImport("libc", EntryPoint = "recv", SetLastError = true)]
    public static partial nint Recv(int fd, byte* buf, nint len, int flags);
    [LibraryImport("libc", EntryPoint = "recvfrom", SetLastError = true)]
    public static partial nint RecvFrom(int fd, byte* buf, nint len, int flags, byte* addr, int* addrLen);
    [LibraryImport("libc", EntryPoint = "shutdown", SetLastError = true)]
    public static partial int Shutdown(int fd, int how);
    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fd);
    [LibraryImport("libc", EntryPoint = "dup", SetLastError = true)]
    public static partial int Dup(int fd);
    [LibraryImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    public static partial int Fcntl(int fd, int cmd, int arg);
    [LibraryImport("libc", EntryPoint = "getsockname", SetLastError = true)]
    public static partial int GetSockName(int fd, byte* addr, int* len);
    [LibraryImport("libc", EntryPoint = "getpeername", SetLastError = true)]
    public static partial int GetPeerName(int fd, byte* addr, int* len);
    [LibraryImport("libc", EntryPoint = "setsockopt", SetLastError = true)]
    public static partial int SetSockOpt(int fd, int level, int name, byte* value, int len);
    [LibraryImport("libc", EntryPoint = "getsockopt", SetLastError = true)]
    public static partial int GetSockOpt(int fd, int level, int name, byte* value, int* len);
    [LibraryImport("libc", EntryPoint = "getaddrinfo")]
    public static partial int GetAddrInfo(byte* host, byte* service, byte* hints, nint* result);
    [LibraryImport("libc", EntryPoint = "freeaddrinfo")]
    public static partial void FreeAddrInfo(nint ai);
    [LibraryImport("libc", EntryPoint = "gai_strerror")]
    public static partial nint GaiStrError(int code);
    [LibraryImport("libc", EntryPoint = "getnameinfo")]
    public static partial int GetNameInfo(byte* addr, int len, byte* host, int hostLen, byte* serv, int servLen, int flags);
    [LibraryImport("libc", EntryPoint = "gethostname", SetLastError = true)]
    public static partial int GetHostName(byte* name, nint len);
    [LibraryImport("libc", EntryPoint = "inet_pton")]
    public static partial int InetPton(int family, byte* src, byte* dst);
    [LibraryImport("libc", EntryPoint = "inet_ntop")]
    public static partial nint InetNtop(int family, byte* src, byte* dst, int size);
    [LibraryImport("libc", EntryPoint = "inet_aton")]
    public static partial int InetAton(byte* src, uint* dst);
}
