using System.Runtime.InteropServices;

namespace Isolated.Modules.Subprocess;

/// <summary>posix_spawn and its attribute/file-action calls (glibc; the opaque structures are
/// given generously sized buffers).</summary>
static unsafe partial class SpawnNative
{
    public const int AttrSize = 512, ActionsSize = 256;
    public const short POSIX_SPAWN_SETPGROUP = 0x02, POSIX_SPAWN_SETSIGDEF = 0x04, POSIX_SPAWN_SETSIGMASK = 0x08, POSIX_SPAWN_SETSID = 0x80;

    [LibraryImport("libc", EntryPoint = "posix_spawn")]
    public static partial int Spawn(int* pid, byte* path, void* actions, void* attr, byte** argv, byte** envp);
    [LibraryImport("libc", EntryPoint = "posix_spawnattr_init")]
    public static partial int AttrInit(void* attr);
    [LibraryImport("libc", EntryPoint = "posix_spawnattr_destroy")]
    public static partial int AttrDestroy(void* attr);
    [LibraryImport("libc", EntryPoint = "posix_spawnattr_setflags")]
    public static partial int AttrSetFlags(void* attr, short flags);
    [LibraryImport("libc", EntryPoint = "posix_spawnattr_setsigmask")]
    public static partial int AttrSetSigMask(void* attr, ulong* mask);
    [LibraryImport("libc", EntryPoint = "posix_spawnattr_setsigdefault")]
    public static partial int AttrSetSigDefault(void* attr, ulong* mask);
    [LibraryImport("libc", EntryPoint = "posix_spawnattr_setpgroup")]
    public static partial int AttrSetPGroup(void* attr, int pgroup);
    [LibraryImport("libc", EntryPoint = "posix_spawn_file_actions_init")]
    public static partial int ActionsInit(void* actions);
    [LibraryImport("libc", EntryPoint = "posix_spawn_file_actions_destroy")]
    public static partial int ActionsDestroy(void* actions);
    [LibraryImport("libc", EntryPoint = "posix_spawn_file_actions_adddup2")]
    public static partial int AddDup2(void* actions, int fd, int newFd);
    [LibraryImport("libc", EntryPoint = "posix_spawn_file_actions_addclose")]
    public static partial int AddClose(void* actions, int fd);
    [LibraryImport("libc", EntryPoint = "posix_spawn_file_actions_addchdir_np")]
    public static partial int AddChdir(void* actions, byte* path);
    [LibraryImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    public static partial int Fcntl(int fd, int cmd, int arg);
    [LibraryImport("libc", EntryPoint = "close")]
    public static partial int Close(int fd);
    [LibraryImport("libc", EntryPoint = "open", SetLastError = true)]
    public static partial int Open(byte* path, int flags, int mode);

    public const int F_DUPFD_CLOEXEC = 1030, F_GETFD = 1, O_RDONLY = 0, O_DIRECTORY = 0x10000, O_CLOEXEC = 0x80000;


    /// <summary>The process's environment block (libc's <c>environ</c>), which os.putenv edits.</summary>
    public static byte** Environ()
    {
        var libc = NativeLibrary.Load("libc.so.6");
        return *(byte***)NativeLibrary.GetExport(libc, "environ");
    }
}
