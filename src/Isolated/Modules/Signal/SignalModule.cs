using System.Runtime.InteropServices;
using Isolated.Modules.Posix;
using Isolated.Modules.Weakref;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Signal;

/// <summary>
/// <c>_signal</c>: Python-level signal handlers (main thread of the main interpreter only, as
/// CPython), set_wakeup_fd, raise_signal, alarm/setitimer, pthread_sigmask, strsignal. See
/// <see cref="SignalState"/> for how signals reach the interpreter.
/// </summary>
public static unsafe class SignalModule
{
    static readonly (string, int)[] Constants =
    [
        ("SIGHUP", 1), ("SIGINT", 2), ("SIGQUIT", 3), ("SIGILL", 4), ("SIGTRAP", 5), ("SIGABRT", 6), ("SIGIOT", 6),
        ("SIGBUS", 7), ("SIGFPE", 8), ("SIGKILL", 9), ("SIGUSR1", 10), ("SIGSEGV", 11), ("SIGUSR2", 12), ("SIGPIPE", 13),
        ("SIGALRM", 14), ("SIGTERM", 15), ("SIGSTKFLT", 16), ("SIGCHLD", 17), ("SIGCLD", 17), ("SIGCONT", 18), ("SIGSTOP", 19),
        ("SIGTSTP", 20), ("SIGTTIN", 21), ("SIGTTOU", 22), ("SIGURG", 23), ("SIGXCPU", 24), ("SIGXFSZ", 25),
        ("SIGVTALRM", 26), ("SIGPROF", 27), ("SIGWINCH", 28), ("SIGIO", 29), ("SIGPOLL", 29), ("SIGPWR", 30), ("SIGSYS", 31),
        ("SIGRTMIN", 34), ("SIGRTMAX", 64), ("NSIG", SignalNative.NSig),
        ("SIG_DFL", 0), ("SIG_IGN", 1), ("SIG_BLOCK", 0), ("SIG_UNBLOCK", 1), ("SIG_SETMASK", 2),
        ("ITIMER_REAL", 0), ("ITIMER_VIRTUAL", 1), ("ITIMER_PROF", 2),
    ];

    const string Doc = "This module provides mechanisms to use signal handlers in Python.";

    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "_signal");
        m.Dict.SetStr("__doc__", interp.Str(Doc));
        void Add(string name, BuiltinMethod fn) => WeakrefModule.Add(m, name, fn);
        Add("default_int_handler", static (ts, s, a, k) => ts.Raise(ExceptionKind.KeyboardInterrupt, ""));
        Add("signal", SignalFunc);
        Add("getsignal", GetSignal);
        Add("raise_signal", RaiseSignal);
        Add("strsignal", StrSignal);
        Add("valid_signals", ValidSignals);
        Add("set_wakeup_fd", SetWakeupFd);
        Add("siginterrupt", static (ts, s, a, k) =>
            ArgBinder.CheckPositional(ts, "siginterrupt", a, k, 2, 2) && SignalNumber(ts, a[0], out _) ? ts.Interpreter.None : null);
        Add("alarm", Alarm);
        Add("pause", Pause);
        Add("setitimer", SetITimer);
        Add("getitimer", GetITimer);
        Add("pthread_sigmask", PthreadSigmask);
        Add("sigpending", SigPending);
        Add("pthread_kill", PthreadKill);
        foreach (var (name, value) in Constants) m.Dict.SetStr(name, interp.Int(value));
        var itimerError = ExceptionClass.Create(ts, "signal", "ItimerError", interp.ExceptionType(ExceptionKind.OSError));
        if (itimerError is null) return null;
        m.Dict.SetStr("ItimerError", itimerError);

        // default_int_handler's identity is per interpreter: getsignal(SIGINT) answers with this
        // module's function wherever SIGINT raises KeyboardInterrupt.
        var state = SignalState.Of(interp.Runtime);
        if (interp.IsMain)
        {
            lock (state)
            {
                state.MainThread ??= MainThreadOf(interp, ts);
                if (state.SigintIsDefaultHandler) state.Handlers[SignalState.SIGINT] = m.Dict.GetStr("default_int_handler");
            }
        }
        return m;
    }

    static ThreadState MainThreadOf(Interpreter interp, ThreadState ts)
    {
        var threads = interp.Threads;
        return threads.Length > 0 ? threads[0] : ts;
    }

    static bool SignalNumber(ThreadState ts, PyObject o, out int sig)
    {
        sig = 0;
        if (!Ops.AsLong(ts, o, out long v)) return false;
        if (v < 1 || v >= SignalNative.NSig)
        {
            ts.Raise(ExceptionKind.ValueError, "signal number out of range");
            return false;
        }
        sig = (int)v;
        return true;
    }

    static bool IsMainThreadOfMain(ThreadState ts) =>
        ts.Interpreter.IsMain && ts.Interpreter.Runtime.SignalState is SignalState s && ReferenceEquals(s.MainThread, ts);

    static PyObject DefaultIntHandler(ThreadState ts) =>
        ts.Interpreter.Modules.GetStr("_signal") is PyModule m && m.Dict.GetStr("default_int_handler") is { } h ? h : ts.Interpreter.None;

    static PyObject? SignalFunc(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "signal", args, kw, 2, 2)) return null;
        var interp = ts.Interpreter;
        var handler = args[1];
        long code = -1;
        if (handler is PyInt && !Ops.AsLong(ts, handler, out code)) return null;
        if (handler is PyInt ? code is not (0 or 1) : handler.Type.Slots.Call is null)
            return ts.Raise(ExceptionKind.TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        if (!SignalNumber(ts, args[0], out int sig)) return null;
        if (!IsMainThreadOfMain(ts))
            return ts.Raise(ExceptionKind.ValueError, "signal only works in main thread of the main interpreter");
        if (sig is 9 or 19) return PosixErrors.RaiseErrno(ts, 22);
        var state = (SignalState)interp.Runtime.SignalState!;
        var old = GetSignal(ts, self, args[..1], null);
        if (old is null) return null;
        lock (state)
        {
            if (handler is PyInt)
            {
                state.Unregister(sig, code == 0 ? SignalNative.SigDfl : SignalNative.SigIgn);
                state.Handlers[sig] = interp.Int(code);
                if (sig == SignalState.SIGINT) state.SigintIsDefaultHandler = false;
            }
            else
            {
                if (!state.Register(sig)) return PosixErrors.RaiseErrno(ts, 22);
                state.Handlers[sig] = handler;
                if (sig == SignalState.SIGINT) state.SigintIsDefaultHandler = ReferenceEquals(handler, DefaultIntHandler(ts));
            }
        }
        return old;
    }

    static PyObject? GetSignal(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "getsignal", args, kw, 1, 1) || !SignalNumber(ts, args[0], out int sig)) return null;
        var interp = ts.Interpreter;
        var state = SignalState.Of(interp.Runtime);
        lock (state)
        {
            if (sig == SignalState.SIGINT && state.SigintIsDefaultHandler) return DefaultIntHandler(ts);
            var h = state.Handlers[sig];
            if (h is PyInt i) return interp.Int(i.Small);
            if (h is not null) return interp.IsMain ? h : interp.None;   // another interpreter's object
            // Never set from Python: what the OS says; the .NET runtime's own handlers act as the default.
            return interp.Int(SignalNative.CurrentHandler(sig) == SignalNative.SigIgn ? 1 : 0);
        }
    }

    static PyObject? RaiseSignal(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "raise_signal", args, kw, 1, 1) || !SignalNumber(ts, args[0], out int sig)) return null;
        var state = SignalState.Of(ts.Interpreter.Runtime);
        bool caught = state.IsRegistered(sig);
        if (SignalNative.Raise(sig) != 0) return PosixErrors.Raise(ts);
        // The runtime reports a caught signal on another thread; CPython runs the handler before
        // raise_signal returns, so wait (briefly, GIL released) for the report.
        if (caught && IsMainThreadOfMain(ts))
        {
            var deadline = Environment.TickCount64 + 2000;
            var gil = ts.Interpreter.Gil;
            gil.Release(ts);
            try
            {
                while (!SignalState.WakeRequested(ts) && Environment.TickCount64 < deadline) Thread.LockWaiting.Pause(1);
            }
            finally
            {
                gil.Acquire(ts);
            }
        }
        return SignalState.CheckSignals(ts) ? ts.Interpreter.None : null;
    }

    static PyObject? StrSignal(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "strsignal", args, kw, 1, 1) || !SignalNumber(ts, args[0], out int sig)) return null;
        if (sig >= 32 && sig < 34) return ts.Interpreter.None;
        var text = Marshal.PtrToStringUTF8(SignalNative.StrSignal(sig));
        if (text is null || text.StartsWith("Unknown signal", StringComparison.Ordinal)) return ts.Interpreter.None;
        return ts.Interpreter.Str(text);
    }

    static PyObject? ValidSignals(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "valid_signals", args, kw, 0, 0)) return null;
        var interp = ts.Interpreter;
        var set = new PySet(interp.Types.Set);
        for (int sig = 1; sig < SignalNative.NSig; sig++)
        {
            if (sig is 32 or 33) continue;   // reserved by glibc's threads implementation
            if (set.Add(ts, interp.Int(sig)) < 0) return null;
        }
        return set;
    }

    static PyObject? SetWakeupFd(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "set_wakeup_fd", args, kw, ["fd", "warn_on_full_buffer"], 1, a, positionalOnly: 1, keywordOnlyFrom: 1)) return null;
        if (!Ops.AsLong(ts, a[0]!, out long fd)) return null;
        bool warn = true;
        if (a[1] is { } w)
        {
            int t = Ops.IsTrue(ts, w);
            if (t < 0) return null;
            warn = t != 0;
        }
        if (!IsMainThreadOfMain(ts))
            return ts.Raise(ExceptionKind.ValueError, "set_wakeup_fd only works in main thread of the main interpreter");
        if (fd != -1)
        {
            if (PosixNative.FStat((int)fd, out _) != 0) return PosixErrors.Raise(ts);
            if (PosixFds.IsBlocking((int)fd) is true)
                return ts.Raise(ExceptionKind.ValueError, $"the fd {fd} must be in non-blocking mode");
        }
        var state = (SignalState)ts.Interpreter.Runtime.SignalState!;
        int old = state.WakeupFd;
        state.WakeupFd = (int)fd;
        state.WakeupWarnOnFullBuffer = warn;
        return ts.Interpreter.Int(old);
    }

    static PyObject? Alarm(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "alarm", args, kw, 1, 1) || !Ops.AsLong(ts, args[0], out long secs)) return null;
        return ts.Interpreter.Int(SignalNative.Alarm((uint)secs));
    }

    static PyObject? Pause(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "pause", args, kw, 0, 0)) return null;
        var gil = ts.Interpreter.Gil;
        gil.Release(ts);
        try
        {
            while (!SignalState.WakeRequested(ts)) Thread.LockWaiting.Pause(5);
        }
        finally
        {
            gil.Acquire(ts);
        }
        return SignalState.CheckSignals(ts) ? ts.Interpreter.None : null;
    }

    static bool TimerWhich(ThreadState ts, PyObject o, out int which)
    {
        which = 0;
        if (!Ops.AsLong(ts, o, out long w)) return false;
        which = (int)w;
        return true;
    }

    static PyObject ITimerTuple(ThreadState ts, in SignalNative.ITimerVal v) =>
        ts.Interpreter.Tuple(new PyFloat(ts.Interpreter.Types.Float, v.ValueSec + v.ValueUsec / 1e6),
                             new PyFloat(ts.Interpreter.Types.Float, v.IntervalSec + v.IntervalUsec / 1e6));

    static void ToTimeval(double seconds, out long sec, out long usec)
    {
        sec = (long)Math.Floor(seconds);
        usec = (long)Math.Round((seconds - sec) * 1e6);
        if (usec >= 1_000_000) { sec++; usec -= 1_000_000; }
        // A positive value below a microsecond still arms the timer (0 would disarm it).
        if (sec == 0 && usec == 0 && seconds > 0) usec = 1;
    }

    static PyObject? SetITimer(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "setitimer", args, kw, 2, 3) || !TimerWhich(ts, args[0], out int which)) return null;
        if (!Ops.AsDouble(ts, args[1], out double seconds)) return null;
        double interval = 0;
        if (args.Length > 2 && !Ops.AsDouble(ts, args[2], out interval)) return null;
        SignalNative.ITimerVal v = default, old;
        ToTimeval(seconds, out v.ValueSec, out v.ValueUsec);
        ToTimeval(interval, out v.IntervalSec, out v.IntervalUsec);
        if (SignalNative.SetITimer(which, &v, &old) != 0) return RaiseItimerError(ts);
        return ITimerTuple(ts, old);
    }

    static PyObject? GetITimer(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "getitimer", args, kw, 1, 1) || !TimerWhich(ts, args[0], out int which)) return null;
        SignalNative.ITimerVal v;
        if (SignalNative.GetITimer(which, &v) != 0) return RaiseItimerError(ts);
        return ITimerTuple(ts, v);
    }

    static PyObject? RaiseItimerError(ThreadState ts)
    {
        int errno = Marshal.GetLastPInvokeError();
        if (ts.Interpreter.Modules.GetStr("_signal") is PyModule m && m.Dict.GetStr("ItimerError") is PyType t)
            return ts.Raise(Ops.Call(ts, t, ts.Interpreter.Int(errno), ts.Interpreter.Str(PosixNative.ErrorMessage(errno))) is PyBaseException e ? e : null!);
        return PosixErrors.RaiseErrno(ts, errno);
    }

    static bool ReadSigset(ThreadState ts, PyObject iterable, ulong* set)
    {
        for (int i = 0; i < 16; i++) set[i] = 0;
        var it = Ops.GetIter(ts, iterable);
        if (it is null) return false;
        while (Ops.Next(ts, it) is { } item)
        {
            if (!Ops.AsLong(ts, item, out long sig)) return false;
            if (sig < 1 || sig >= SignalNative.NSig)
            {
                ts.Raise(ExceptionKind.ValueError, $"signal number {sig} out of range [1; {SignalNative.NSig - 1}]");
                return false;
            }
            set[(sig - 1) / 64] |= 1UL << (int)((sig - 1) % 64);
        }
        return !ts.HasError;
    }

    static PyObject? Sigset(ThreadState ts, ulong* set)
    {
        var interp = ts.Interpreter;
        var result = new PySet(interp.Types.Set);
        for (int sig = 1; sig < SignalNative.NSig; sig++)
            if ((set[(sig - 1) / 64] & (1UL << ((sig - 1) % 64))) != 0 && result.Add(ts, interp.Int(sig)) < 0) return null;
        return result;
    }

    static PyObject? PthreadSigmask(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "pthread_sigmask", args, kw, 2, 2) || !Ops.AsLong(ts, args[0], out long how)) return null;
        ulong* set = stackalloc ulong[16];
        ulong* old = stackalloc ulong[16];
        if (!ReadSigset(ts, args[1], set)) return null;
        int err = SignalNative.PthreadSigmask((int)how, set, old);
        if (err != 0) return PosixErrors.RaiseErrno(ts, err);
        return SignalState.CheckSignals(ts) ? Sigset(ts, old) : null;
    }

    static PyObject? SigPending(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "sigpending", args, kw, 0, 0)) return null;
        ulong* set = stackalloc ulong[16];
        if (SignalNative.SigPending(set) != 0) return PosixErrors.Raise(ts);
        return Sigset(ts, set);
    }

    static PyObject? PthreadKill(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "pthread_kill", args, kw, 2, 2) || !Ops.AsLong(ts, args[0], out long thread) || !Ops.AsLong(ts, args[1], out long sig)) return null;
        int err = SignalNative.PthreadKill((nuint)thread, (int)sig);
        if (err != 0) return PosixErrors.RaiseErrno(ts, err);
        return SignalState.CheckSignals(ts) ? ts.Interpreter.None : null;
    }
}
