using System.Runtime.InteropServices;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Signal;

/// <summary>
/// Signal handling for one <see cref="Runtime.Runtime"/>. The OS side is .NET's
/// PosixSignalRegistration (a registered signal is caught by the runtime's own handler and reported
/// on a .NET thread, so no managed code ever runs in signal context); a report marks the signal
/// pending, writes its number to the wakeup fd, and asks the main thread of the main interpreter to
/// run the Python handler at its next safe point (the PendingCalls bit of its eval breaker), as
/// CPython does. SIGINT with default_int_handler uses the Interrupt bit instead, which every
/// blocking wait already turns into KeyboardInterrupt. The handler table holds objects of the main
/// interpreter only; subinterpreters may not set handlers (CPython's rule).
/// </summary>
public sealed class SignalState
{
    public const int SIGINT = 2, SIGPIPE = 13, SIGXFSZ = 25;

    readonly Runtime.Runtime _runtime;
    readonly int[] _pending = new int[SignalNative.NSig];
    int _anyPending;
    readonly PosixSignalRegistration?[] _registrations = new PosixSignalRegistration?[SignalNative.NSig];

    /// <summary>Python-level handlers of the main interpreter: null when never set through
    /// Python (the OS disposition decides what getsignal reports), SIG_DFL/SIG_IGN as ints, or a
    /// callable.</summary>
    public readonly PyObject?[] Handlers = new PyObject?[SignalNative.NSig];

    /// <summary>SIGINT raises KeyboardInterrupt (default_int_handler is installed).</summary>
    public bool SigintIsDefaultHandler;

    /// <summary>signal.set_wakeup_fd's descriptor, or -1.</summary>
    public volatile int WakeupFd = -1;
    public bool WakeupWarnOnFullBuffer = true;

    /// <summary>The thread state that runs the handlers: the main interpreter's first thread.</summary>
    public ThreadState? MainThread;

    SignalState(Runtime.Runtime runtime)
    {
        _runtime = runtime;
        runtime.InterpreterEnded += id =>
        {
            if (id == _runtime.Main.Id) Dispose();
        };
    }

    public static SignalState Of(Runtime.Runtime runtime)
    {
        if (runtime.SignalState is SignalState s) return s;
        lock (runtime)
        {
            if (runtime.SignalState is SignalState again) return again;
            var created = new SignalState(runtime);
            runtime.SignalState = created;
            return created;
        }
    }

    /// <summary>What Py_Initialize (not Py_InitializeEx(0)) and the `isolated` command do: SIGINT
    /// raises KeyboardInterrupt in the main thread, SIGPIPE and SIGXFSZ are ignored (so writes
    /// fail with EPIPE/EFBIG instead of killing the process).</summary>
    public static void InstallDefaultHandlers(Runtime.Runtime runtime, ThreadState mainThread)
    {
        var s = Of(runtime);
        lock (s)
        {
            s.MainThread ??= mainThread;
            s.SigintIsDefaultHandler = true;
            s.Register(SIGINT);
            SignalNative.Signal(SIGPIPE, SignalNative.SigIgn);
            SignalNative.Signal(SIGXFSZ, SignalNative.SigIgn);
        }
    }

    /// <summary>Catches <paramref name="sig"/> through the .NET runtime (false: it cannot be
    /// caught, errno-style code in <paramref name="errno"/>).</summary>
    public bool Register(int sig)
    {
        if (_registrations[sig] is not null) return true;
        try
        {
            _registrations[sig] = PosixSignalRegistration.Create((PosixSignal)sig, OnSignal);
            return true;
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or PlatformNotSupportedException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Stops catching <paramref name="sig"/>; the OS disposition becomes
    /// <paramref name="disposition"/> (SIG_DFL or SIG_IGN).</summary>
    public void Unregister(int sig, nint disposition)
    {
        _registrations[sig]?.Dispose();
        _registrations[sig] = null;
        SignalNative.Signal(sig, disposition);
    }

    public bool IsRegistered(int sig) => _registrations[sig] is not null;

    void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true;   // the Python handler decides; never the runtime's default action
        Trip((int)context.Signal);
    }

    /// <summary>Records a caught signal (any thread).</summary>
    public unsafe void Trip(int sig)
    {
        if (sig <= 0 || sig >= SignalNative.NSig) return;
        int fd = WakeupFd;
        if (fd >= 0)
        {
            byte b = (byte)sig;
            SignalNative.Write(fd, &b, 1);
        }
        var main = MainThread;
        if (sig == SIGINT && SigintIsDefaultHandler)
        {
            main?.SetBreaker(EvalBreaker.Interrupt);
            return;
        }
        Volatile.Write(ref _pending[sig], 1);
        Volatile.Write(ref _anyPending, 1);
        main?.SetBreaker(EvalBreaker.PendingCalls);
    }

    public bool IsPending(int sig) => Volatile.Read(ref _pending[sig]) != 0;

    /// <summary>Whether the signal was caught since the last check, clearing it (PyOS_InterruptOccurred).</summary>
    public bool TakePending(int sig) => Interlocked.Exchange(ref _pending[sig], 0) != 0;

    /// <summary>Whether <paramref name="ts"/> has Python signal handlers waiting to run.</summary>
    public static bool HasPending(ThreadState ts) =>
        ts.Interpreter.Runtime.SignalState is SignalState s && ReferenceEquals(s.MainThread, ts) && Volatile.Read(ref s._anyPending) != 0;

    /// <summary>Runs the Python handlers of the signals caught since the last call, on the main
    /// thread of the main interpreter (elsewhere it does nothing). False with the handler's
    /// exception set when one raised; the other pending signals stay pending.</summary>
    public static bool RunPending(ThreadState ts)
    {
        if (ts.Interpreter.Runtime.SignalState is not SignalState s || !ReferenceEquals(s.MainThread, ts)) return true;
        if (Interlocked.Exchange(ref s._anyPending, 0) == 0) return true;
        var interp = ts.Interpreter;
        for (int sig = 1; sig < SignalNative.NSig; sig++)
        {
            if (Interlocked.Exchange(ref s._pending[sig], 0) == 0) continue;
            var handler = s.Handlers[sig];
            if (handler is null or PyInt) continue;
            // The frame argument is None: handlers rarely use it and materialising one costs.
            if (Ops.Call(ts, handler, interp.Int(sig), interp.None) is null)
            {
                Volatile.Write(ref s._anyPending, 1);
                ts.SetBreaker(EvalBreaker.PendingCalls);
                return false;
            }
        }
        return true;
    }

    /// <summary>At a blocking call's wake-up: a pending interrupt/termination becomes its
    /// exception, pending signal handlers run. False with an exception set when the call must
    /// stop (PEP 475: otherwise it resumes).</summary>
    public static bool CheckSignals(ThreadState ts)
    {
        if (Thread.LockWaiting.CheckInterrupted(ts)) return false;
        return RunPending(ts);
    }

    /// <summary>Whether a blocking wait on <paramref name="ts"/> should wake up now.</summary>
    public static bool WakeRequested(ThreadState ts) =>
        (ts.EvalBreaker & (int)(EvalBreaker.Interrupt | EvalBreaker.Terminate)) != 0 || HasPending(ts);

    void Dispose()
    {
        lock (this)
        {
            for (int i = 0; i < _registrations.Length; i++)
            {
                _registrations[i]?.Dispose();
                _registrations[i] = null;
            }
            Array.Clear(Handlers);
            MainThread = null;
            WakeupFd = -1;
        }
    }
}
