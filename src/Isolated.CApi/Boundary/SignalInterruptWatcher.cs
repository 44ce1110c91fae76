using System.Runtime.InteropServices;
using Isolated.CApi.Bridge;
using Isolated.Runtime;

namespace Isolated.CApi.Boundary;

/// <summary>
/// The managed half of PyIsolated_InterruptFromSignal (capi/signal_interrupt.c): one background
/// thread per process, started with the first runtime, blocked reading the wake-up pipe that
/// signal handlers write to; each message names an interpreter and a kind of request, which it
/// passes on as PyIsolated_Interrupt would. An interpreter that is not alive (ended, or a stale
/// pointer) is ignored: the pointer is only compared, never followed.
/// </summary>
internal static unsafe class SignalInterruptWatcher
{
    static readonly object Lock = new();
    static Thread? s_thread;

    /// <summary>Starts the watcher unless it runs (the pipe and the thread outlive
    /// Py_FinalizeEx, so a later Py_Initialize finds them ready).</summary>
    public static void EnsureStarted()
    {
        lock (Lock)
        {
            if (s_thread is not null) return;
            nint pipeFn = DlSym(0, "_PyIsolated_InterruptPipe");
            if (pipeFn == 0) return;   // a build without the C shims: the signal entry point does not exist
            int fd = ((delegate* unmanaged<int>)pipeFn)();
            if (fd < 0) return;
            s_thread = new Thread(() => Watch(fd)) { IsBackground = true, Name = "isolated-signal-interrupts" };
            s_thread.Start();
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    struct Message
    {
        public nint Interpreter;
        public long Kind;
    }

    static void Watch(int fd)
    {
        Message m;
        while (true)
        {
            nint n = Read(fd, &m, sizeof(Message));
            if (n < 0 && Marshal.GetLastPInvokeError() == 4 /* EINTR */) continue;
            if (n != sizeof(Message)) return;   // the pipe failed or closed: nothing more will come
            try
            {
                var target = Live(m.Interpreter);
                target?.Host.Request(m.Kind == 2 ? StopKind.Terminate : StopKind.Interrupt);
            }
            catch (Exception e)
            {
                Fatal.Bug("PyIsolated_InterruptFromSignal", e);
            }
        }
    }

    static Interpreter? Live(nint pointer)
    {
        var runtime = ProcessRuntime.Instance;
        if (runtime is null) return null;
        foreach (var interp in runtime.All())
            if (interp.NativeState is NativeInterpreterState s && s.Pointer == pointer && !interp.IsEnded) return interp;
        return null;
    }

    [DllImport("libc", EntryPoint = "read", SetLastError = true)]
    static extern nint Read(int fd, void* buffer, nint count);

    [DllImport("libc", EntryPoint = "dlsym")]
    static extern nint DlSym(nint handle, string name);
}
