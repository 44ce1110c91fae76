using System.Runtime.InteropServices;

namespace Isolated.Modules.Posix;

/// <summary>File-descriptor flags (close-on-exec, O_NONBLOCK) shared by posix, select, _socket and
/// _posixsubprocess.</summary>
public static partial class PosixFds
{
    const int F_GETFD = 1, F_SETFD = 2, F_GETFL = 3, F_SETFL = 4, FD_CLOEXEC = 1, O_NONBLOCK = 0x800;

    [LibraryImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static partial int Fcntl(int fd, int cmd, int arg);

    /// <summary>Whether <paramref name="fd"/> stays open across exec; null (errno set) on failure.</summary>
    public static bool? IsInheritable(int fd)
    {
        int flags = Fcntl(fd, F_GETFD, 0);
        return flags < 0 ? null : (flags & FD_CLOEXEC) == 0;
    }

    /// <summary>False (errno set) on failure.</summary>
    public static bool SetInheritable(int fd, bool inheritable)
    {
        int flags = Fcntl(fd, F_GETFD, 0);
        if (flags < 0) return false;
        int wanted = inheritable ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC;
        return wanted == flags || Fcntl(fd, F_SETFD, wanted) == 0;
    }

    public static bool? IsBlocking(int fd)
    {
        int flags = Fcntl(fd, F_GETFL, 0);
        return flags < 0 ? null : (flags & O_NONBLOCK) == 0;
    }

    public static bool SetBlocking(int fd, bool blocking)
    {
        int flags = Fcntl(fd, F_GETFL, 0);
        if (flags < 0) return false;
        int wanted = blocking ? flags & ~O_NONBLOCK : flags | O_NONBLOCK;
        return wanted == flags || Fcntl(fd, F_SETFL, wanted) == 0;
    }
}
