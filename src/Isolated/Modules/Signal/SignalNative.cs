using System.Runtime.InteropServices;

namespace Isolated.Modules.Signal;

/// <summary>The libc calls behind _signal (Linux glibc).</summary>
static unsafe partial class SignalNative
{
    public const int NSig = 65;
    public const nint SigDfl = 0, SigIgn = 1;

    /// <summary>glibc's struct sigaction on x86-64 and arm64: handler, 128-byte mask, flags, restorer.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct SigAction
    {
        public nint Handler;
        public fixed ulong Mask[16];
        public int Flags;
        public nint Restorer;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct ITimerVal
    {
        public long IntervalSec, IntervalUsec, ValueSec, ValueUsec;
    }

    [LibraryImport("libc", EntryPoint = "sigaction", SetLastError = true)]
    public static partial int SigActionQuery(int sig, SigAction* act, SigAction* old);
    [LibraryImport("libc", EntryPoint = "signal", SetLastError = true)]
    public static partial nint Signal(int sig, nint handler);
    [LibraryImport("libc", EntryPoint = "raise", SetLastError = true)]
    public static partial int Raise(int sig);
    [LibraryImport("libc", EntryPoint = "alarm")]
    public static partial uint Alarm(uint seconds);
    [LibraryImport("libc", EntryPoint = "setitimer", SetLastError = true)]
    public static partial int SetITimer(int which, ITimerVal* value, ITimerVal* old);
    [LibraryImport("libc", EntryPoint = "getitimer", SetLastError = true)]
    public static partial int GetITimer(int which, ITimerVal* value);
    [LibraryImport("libc", EntryPoint = "pthread_sigmask")]
    public static partial int PthreadSigmask(int how, ulong* set, ulong* old);
    [LibraryImport("libc", EntryPoint = "sigpending", SetLastError = true)]
    public static partial int SigPending(ulong* set);
    [LibraryImport("libc", EntryPoint = "strsignal")]
    public static partial nint StrSignal(int sig);
    [LibraryImport("libc", EntryPoint = "pthread_self")]
    public static partial nuint PthreadSelf();
    [LibraryImport("libc", EntryPoint = "pthread_kill")]
    public static partial int PthreadKill(nuint thread, int sig);
    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    public static partial nint Write(int fd, byte* buf, nint count);

    /// <summary>The handler the process has for <paramref name="sig"/> (SIG_DFL, SIG_IGN or an
    /// address), or -1 when the signal cannot be queried.</summary>
    public static nint CurrentHandler(int sig)
    {
        SigAction old;
        return SigActionQuery(sig, null, &old) == 0 ? old.Handler : -1;
    }
}
