using System.Text;
using Isolated.Execution;
using Isolated.Modules.Posix;
using Isolated.Modules.Sys;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Faulthandler;

/// <summary>
/// <c>faulthandler</c>: dump_traceback (every thread's Python stack, or the caller's, written
/// straight to a file descriptor in CPython's format), dump_traceback_later (a timer that dumps
/// every thread after a timeout, repeatedly or once, optionally ending the process) and
/// enable/disable/is_enabled. What is not here: the fatal-error handler. enable() records the file
/// and is_enabled() reports it, but no SIGSEGV/SIGFPE/SIGABRT/SIGBUS/SIGILL handler is installed:
/// a signal handler in a .NET process cannot safely run managed code (the runtime owns those
/// signals, and they may arrive while the GC or the runtime holds locks). register/unregister
/// (user signals) are absent, as on Windows.
/// </summary>
public static class FaulthandlerModule
{
    const string Doc = "faulthandler module.\n\nIsolated: the fatal-signal handler is not installed (a .NET process cannot run managed code\nsafely in a SIGSEGV/SIGABRT handler); enable() records the file and is_enabled() reports it.\ndump_traceback() and dump_traceback_later() work as in CPython.";

    /// <summary>The module's state: what enable() recorded and the pending dump_traceback_later timer.</summary>
    sealed class State
    {
        public bool Enabled;
        public PyObject? EnabledFile;   // kept alive while enabled, as CPython does
        public LaterDump? Later;
    }

    /// <summary>A scheduled dump: a timer callback on a pool thread reads the frames of the
    /// interpreter's threads (references only; no Python code runs) and writes to the fd.</summary>
    sealed class LaterDump(Interpreter interp, int fd, PyObject file, long microseconds, bool repeat, bool exit)
    {
        public readonly PyObject File = file;   // keeps the file (and so its descriptor) alive
        Timer? _timer;

        public void Start()
        {
            var period = TimeSpan.FromTicks(microseconds * 10);
            _timer = new Timer(static s => ((LaterDump)s!).Fire(), this, period, repeat ? period : Timeout.InfiniteTimeSpan);
        }

        public void Cancel() => _timer?.Dispose();

        void Fire()
        {
            var sb = new StringBuilder("Timeout (");
            long seconds = microseconds / 1_000_000, us = microseconds % 1_000_000;
            sb.Append(seconds / 3600).Append(':').Append((seconds / 60 % 60).ToString("D2")).Append(':').Append((seconds % 60).ToString("D2"));
            if (us != 0) sb.Append('.').Append(us.ToString("D6"));
            sb.Append(")!\n");
            AppendAllThreads(sb, interp, current: null);
            WriteAll(fd, sb.ToString());
            if (exit) PosixNative.Exit(1);
        }
    }

    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "faulthandler");
        m.Dict.SetStr("__doc__", interp.Str(Doc));
        var state = new State();
        // One closure per function and module: each carries this interpreter's state.
        Add(m, "dump_traceback", (ts, self, a, k) => DumpTraceback(ts, a, k),
            "dump_traceback(file=sys.stderr, all_threads=True): dump the traceback of the current thread, or of all threads if all_threads is True, into file");
        Add(m, "enable", (ts, self, a, k) =>
        {
            Span<PyObject?> p = new PyObject?[2];
            if (!ArgBinder.Bind(ts, "enable", a, k, ["file", "all_threads"], 0, p)) return null;
            var file = p[0];
            if (FileDescriptor(ts, ref file) < 0) return null;
            state.Enabled = true;
            state.EnabledFile = file;
            return ts.Interpreter.None;
        }, "enable(file=sys.stderr, all_threads=True): enable the fault handler");
        Add(m, "disable", (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "disable", a, k, 0, 0)) return null;
            bool was = state.Enabled;
            state.Enabled = false;
            state.EnabledFile = null;
            return ts.Interpreter.Bool(was);
        }, "disable(): disable the fault handler");
        Add(m, "is_enabled", (ts, self, a, k) =>
            ArgBinder.CheckPositional(ts, "is_enabled", a, k, 0, 0) ? ts.Interpreter.Bool(state.Enabled) : null,
            "is_enabled()->bool: check if the handler is enabled");
        Add(m, "dump_traceback_later", (ts, self, a, k) => DumpTracebackLater(ts, state, a, k),
            "dump_traceback_later(timeout, repeat=False, file=sys.stderr, exit=False):\ndump the traceback of all threads in timeout seconds,\nor each timeout seconds if repeat is True. If exit is True, call _exit(1) which is not safe.");
        Add(m, "cancel_dump_traceback_later", (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "cancel_dump_traceback_later", a, k, 0, 0)) return null;
            state.Later?.Cancel();
            state.Later = null;
            return ts.Interpreter.None;
        }, "cancel_dump_traceback_later():\ncancel the previous call to dump_traceback_later().");
        return m;
    }

    static void Add(PyModule m, string name, BuiltinMethod fn, string doc)
    {
        var interp = m.Type.Owner;
        var f = interp.NewBuiltinFunction(name, m, fn, doc);
        f.Module = interp.Str("faulthandler");
        m.Dict.SetStr(interp.Intern(name), f);
    }

    /// <summary>The descriptor to write to: an int, or a file object's fileno() (flushed first);
    /// None or absent means sys.stderr, which <paramref name="file"/> then holds. -1 on error.</summary>
    static int FileDescriptor(ThreadState ts, ref PyObject? file)
    {
        var interp = ts.Interpreter;
        if (file is null || ReferenceEquals(file, interp.None))
        {
            file = SysState.Of(interp).SysModuleFor(ts).Dict.GetStr("stderr");
            if (file is null)
            {
                ts.Raise(ExceptionKind.RuntimeError, "unable to get sys.stderr");
                return -1;
            }
            if (ReferenceEquals(file, interp.None))
            {
                ts.Raise(ExceptionKind.RuntimeError, "sys.stderr is None");
                return -1;
            }
        }
        if (file is PyInt)
        {
            if (!Ops.AsLong(ts, file, out long fd)) return -1;
            if (fd < 0 || fd > int.MaxValue)
            {
                ts.Raise(ExceptionKind.ValueError, "file is not a valid file descriptor");
                return -1;
            }
            return (int)fd;
        }
        var fileno = Ops.GetAttr(ts, file, "fileno");
        var result = fileno is null ? null : Ops.Call(ts, fileno);
        if (result is null) return -1;
        if (result is not PyInt || !Ops.AsLong(ts, result, out long n) || n < 0 || n > int.MaxValue)
        {
            ts.FetchError();
            ts.Raise(ExceptionKind.RuntimeError, "file.fileno() is not a valid file descriptor");
            return -1;
        }
        // Flush what the file object buffered so the dump comes after it; a failing flush is ignored.
        var flush = Ops.GetAttr(ts, file, "flush");
        if (flush is null || Ops.Call(ts, flush) is null) ts.FetchError();
        return (int)n;
    }

    static PyObject? DumpTraceback(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> p = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "dump_traceback", args, kw, ["file", "all_threads"], 0, p)) return null;
        var file = p[0];
        int fd = FileDescriptor(ts, ref file);
        if (fd < 0) return null;
        bool allThreads = true;
        if (p[1] is { } a)
        {
            int t = Ops.IsTrue(ts, a);
            if (t < 0) return null;
            allThreads = t == 1;
        }
        var sb = new StringBuilder();
        if (allThreads) AppendAllThreads(sb, ts.Interpreter, ts);
        else
        {
            sb.Append("Stack (most recent call first):\n");
            AppendFrames(sb, Eval.CurrentFrame(ts));
        }
        if (!WriteAll(fd, sb.ToString()))
            return ts.Raise(ExceptionKind.OSError, "faulthandler: cannot write to the file descriptor");
        return ts.Interpreter.None;
    }

    static PyObject? DumpTracebackLater(ThreadState ts, State state, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> p = new PyObject?[4];
        if (!ArgBinder.Bind(ts, "dump_traceback_later", args, kw, ["timeout", "repeat", "file", "exit"], 1, p)) return null;
        // A float or an integer (CPython's time conversion: "'str' object cannot be interpreted as an integer").
        double seconds;
        if (p[0] is PyFloat f) seconds = f.Value;
        else if (Ops.AsLong(ts, p[0]!, out long whole)) seconds = whole;
        else return null;
        double us = Math.Round(seconds * 1e6);
        if (!(us > 0)) return ts.Raise(ExceptionKind.ValueError, "timeout must be greater than 0");
        if (us >= long.MaxValue / 10) return ts.Raise(ExceptionKind.OverflowError, "timeout value is too large");
        bool repeat = false, exit = false;
        if (p[1] is { } r)
        {
            int t = Ops.IsTrue(ts, r);
            if (t < 0) return null;
            repeat = t == 1;
        }
        if (p[3] is { } e)
        {
            int t = Ops.IsTrue(ts, e);
            if (t < 0) return null;
            exit = t == 1;
        }
        var file = p[2];
        int fd = FileDescriptor(ts, ref file);
        if (fd < 0) return null;
        state.Later?.Cancel();
        state.Later = new LaterDump(ts.Interpreter, fd, file!, (long)us, repeat, exit);
        state.Later.Start();
        return ts.Interpreter.None;
    }

    /// <summary>Every thread of the interpreter, newest first, the current one marked.</summary>
    static void AppendAllThreads(StringBuilder sb, Interpreter interp, ThreadState? current)
    {
        var threads = interp.Threads;
        bool first = true;
        for (int i = threads.Length - 1; i >= 0; i--)
        {
            var t = threads[i];
            if (!first) sb.Append('\n');
            first = false;
            sb.Append(ReferenceEquals(t, current) ? "Current thread 0x" : "Thread 0x").Append(((long)t.OwnerThreadId).ToString("x16"))
              .Append(" (most recent call first):\n");
            AppendFrames(sb, Eval.CurrentFrame(t));
        }
    }

    const int MaxFrames = 100;

    static void AppendFrames(StringBuilder sb, FrameRecord? frame)
    {
        if (frame is null)
        {
            sb.Append("  <no Python frame>\n");
            return;
        }
        int depth = 0;
        // Another thread's frames may change while they are read; the walk only follows references.
        for (var f = frame; f is not null; f = f.Back)
        {
            if (depth++ == MaxFrames)
            {
                sb.Append("  ...\n");
                break;
            }
            var code = f.Code;
            sb.Append("  File \"").Append(code.Filename).Append("\", line ");
            int line = f.Line;
            if (line >= 0) sb.Append(line);
            else sb.Append("???");
            sb.Append(" in ").Append(code.Name).Append('\n');
        }
    }

    static unsafe bool WriteAll(int fd, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        fixed (byte* start = bytes)
        {
            int done = 0;
            while (done < bytes.Length)
            {
                nint n = PosixNative.Write(fd, start + done, bytes.Length - done);
                if (n < 0)
                {
                    if (System.Runtime.InteropServices.Marshal.GetLastPInvokeError() == 4) continue;   // EINTR
                    return false;
                }
                done += (int)n;
            }
        }
        return true;
    }
}
