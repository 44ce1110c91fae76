using System.Runtime.InteropServices;

namespace Isolated.Modules.Posix;

/// <summary>The libc calls behind posix (Linux x86-64/arm64 glibc layouts).</summary>
static unsafe partial class PosixNative
{
    /// <summary>glibc's struct stat on x86-64 (144 bytes); fields read by offset.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct StatBuf
    {
        public ulong Dev, Ino, Nlink;
        public uint Mode, Uid, Gid;
        int _pad0;
        public ulong Rdev;
        public long Size, BlkSize, Blocks;
        public long ATime, ATimeNsec, MTime, MTimeNsec, CTime, CTimeNsec;
        long _r0, _r1, _r2;
    }

    [LibraryImport("libc", EntryPoint = "stat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Stat(string path, out StatBuf buf);
    [LibraryImport("libc", EntryPoint = "lstat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int LStat(string path, out StatBuf buf);
    [LibraryImport("libc", EntryPoint = "fstat", SetLastError = true)]
    public static partial int FStat(int fd, out StatBuf buf);
    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Open(string path, int flags, int mode);
    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fd);
    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    public static partial nint Read(int fd, byte* buf, nint count);
    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    public static partial nint Write(int fd, byte* buf, nint count);
    [LibraryImport("libc", EntryPoint = "lseek", SetLastError = true)]
    public static partial long LSeek(int fd, long offset, int whence);
    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    public static partial int FSync(int fd);
    [LibraryImport("libc", EntryPoint = "ftruncate", SetLastError = true)]
    public static partial int FTruncate(int fd, long length);
    [LibraryImport("libc", EntryPoint = "mkdir", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int MkDir(string path, int mode);
    [LibraryImport("libc", EntryPoint = "rmdir", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int RmDir(string path);
    [LibraryImport("libc", EntryPoint = "unlink", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Unlink(string path);
    [LibraryImport("libc", EntryPoint = "rename", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Rename(string from, string to);
    [LibraryImport("libc", EntryPoint = "chdir", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int ChDir(string path);
    [LibraryImport("libc", EntryPoint = "access", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Access(string path, int mode);
    [LibraryImport("libc", EntryPoint = "chmod", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int ChMod(string path, int mode);
    [LibraryImport("libc", EntryPoint = "symlink", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Symlink(string target, string link);
    [LibraryImport("libc", EntryPoint = "readlink", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint ReadLink(string path, byte* buf, nint size);
    [LibraryImport("libc", EntryPoint = "umask")]
    public static partial int UMask(int mask);
    [LibraryImport("libc", EntryPoint = "isatty")]
    public static partial int IsATty(int fd);
    [LibraryImport("libc", EntryPoint = "pipe", SetLastError = true)]
    public static partial int Pipe(int* fds);
    [LibraryImport("libc", EntryPoint = "pipe2", SetLastError = true)]
    public static partial int Pipe2(int* fds, int flags);
    [LibraryImport("libc", EntryPoint = "dup", SetLastError = true)]
    public static partial int Dup(int fd);
    [LibraryImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    public static partial int FcntlInt(int fd, int cmd, int arg);
    [LibraryImport("libc", EntryPoint = "dup2", SetLastError = true)]
    public static partial int Dup2(int fd, int fd2);
    [LibraryImport("libc", EntryPoint = "getpid")]
    public static partial int GetPid();
    [LibraryImport("libc", EntryPoint = "getppid")]
    public static partial int GetPPid();
    [LibraryImport("libc", EntryPoint = "getuid")]
    public static partial int GetUid();
    [LibraryImport("libc", EntryPoint = "geteuid")]
    public static partial int GetEUid();
    [LibraryImport("libc", EntryPoint = "getgid")]
    public static partial int GetGid();
    [LibraryImport("libc", EntryPoint = "getegid")]
    public static partial int GetEGid();
    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    public static partial int Kill(int pid, int sig);
    [LibraryImport("libc", EntryPoint = "_exit")]
    public static partial void Exit(int status);
    [LibraryImport("libc", EntryPoint = "waitpid", SetLastError = true)]
    public static partial int WaitPid(int pid, out int status, int options);
    [LibraryImport("libc", EntryPoint = "strerror")]
    public static partial nint StrError(int errnum);
    [LibraryImport("libc", EntryPoint = "setenv", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int SetEnv(string name, string value, int overwrite);
    [LibraryImport("libc", EntryPoint = "unsetenv", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int UnsetEnv(string name);
    [LibraryImport("libc", EntryPoint = "opendir", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint OpenDir(string path);
    [LibraryImport("libc", EntryPoint = "readdir", SetLastError = true)]
    public static partial nint ReadDir(nint dir);
    [LibraryImport("libc", EntryPoint = "closedir")]
    public static partial int CloseDir(nint dir);

    [StructLayout(LayoutKind.Sequential)]
    public struct WinSize
    {
        public ushort Rows, Cols, XPixel, YPixel;
    }

    [LibraryImport("libc", EntryPoint = "ioctl", SetLastError = true)]
    public static partial int IoctlWinSize(int fd, nuint request, out WinSize ws);

    public const nuint TIOCGWINSZ = 0x5413;

    public static string ErrorMessage(int errno) => Marshal.PtrToStringUTF8(StrError(errno)) ?? $"Unknown error {errno}";

    /// <summary>dirent on Linux 64-bit: d_ino(8) d_off(8) d_reclen(2) d_type(1) d_name.</summary>
    public static (string Name, byte Type, ulong Ino) Entry(nint dirent)
    {
        var p = (byte*)dirent;
        ulong ino = *(ulong*)p;
        byte type = p[18];
        var name = Marshal.PtrToStringUTF8((nint)(p + 19)) ?? "";
        return (name, type, ino);
    }
}
