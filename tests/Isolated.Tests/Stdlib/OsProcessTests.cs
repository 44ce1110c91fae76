using System.Text;
using Isolated.Execution;
using Isolated.Modules.Sys;
using Isolated.Runtime;
using Isolated.Tests.Conformance;
using Isolated.Tests.Modules;
using Xunit;

namespace Isolated.Tests.Stdlib;

/// <summary>The OS side of the standard library: select, _signal, _posixsubprocess, _socket,
/// _contextvars (and the pure-Python modules over them: selectors, signal, socket, contextvars),
/// in the main interpreter and in a subinterpreter.</summary>
[Collection(ProcessSignalsCollection.Name)]
public class OsProcessTests
{
    static ModuleTestHost Host()
    {
        var h = new ModuleTestHost(ConformanceCorpus.StdlibDirectory);
        h.Interp.Gil.Acquire(h.Ts);
        return h;
    }

    static string Run(string source)
    {
        var h = Host();
        try
        {
            int rc = PythonRun.RunSimpleString(h.Ts, source);
            Assert.True(rc == 0, h.Err);
            return h.Out;
        }
        finally
        {
            h.Interp.End(h.Ts);
        }
    }

    /// <summary>Runs <paramref name="source"/> in a fresh isolated subinterpreter of a new runtime.</summary>
    static string RunInSubinterpreter(string source)
    {
        var rt = new Isolated.Runtime.Runtime(ConformanceCorpus.StdlibDirectory);
        var sub = rt.CreateInterpreter(InterpreterConfig.Isolated);
        var ts = sub.NewThreadState();
        sub.Gil.Acquire(ts);
        var output = new MemoryStream();
        var errors = new MemoryStream();
        var state = SysState.Of(sub);
        state.StdoutSink = output;
        state.StderrSink = errors;
        PythonRun.Initialize(ts);
        int rc = PythonRun.RunSimpleString(ts, source);
        state.FlushStandardStreams(ts);
        sub.End(ts);
        Assert.True(rc == 0, Encoding.UTF8.GetString(errors.ToArray()));
        return Encoding.UTF8.GetString(output.ToArray());
    }

    const string SelectProgram = """
        import os, select, selectors, socket
        r, w = os.pipe()
        print(select.select([r], [w], [], 0) == ([], [w], []))
        os.write(w, b"x")
        print(select.select([r], [], [], 1.0) == ([r], [], []))
        p = select.poll(); p.register(r, select.POLLIN); print(p.poll(0) == [(r, select.POLLIN)])
        p.unregister(r); print(p.poll(0))
        e = select.epoll(); e.register(r, select.EPOLLIN); print(e.poll(0) == [(r, select.EPOLLIN)]); e.close(); print(e.closed)
        a, b = socket.socketpair()
        sel = selectors.DefaultSelector(); sel.register(b, selectors.EVENT_READ, "b")
        print(sel.select(0), type(sel).__name__)
        a.sendall(b"ping")
        print([(k.data, ev) for k, ev in sel.select(1)], b.recv(10))
        try: select.select([], [], [], -1)
        except ValueError as exc: print(exc)
        """;

    const string SelectExpected = "True\nTrue\nTrue\n[]\nTrue\nTrue\n[] EpollSelector\n[('b', 1)] b'ping'\ntimeout must be non-negative\n";

    [Fact]
    public void SelectPollEpollAndSelectorsSeePipesAndSockets() => Assert.Equal(SelectExpected, Run(SelectProgram));

    [Fact]
    public void SelectWorksInASubinterpreter() => Assert.Equal(SelectExpected, RunInSubinterpreter(SelectProgram));

    [Fact]
    public void SignalHandlersRunInTheMainThreadAndMayRaise()
    {
        var output = Run("""
            import signal, time
            got = []
            print(signal.signal(signal.SIGUSR1, lambda s, f: got.append(s)) is signal.SIG_DFL)
            signal.raise_signal(signal.SIGUSR1)
            print(got, signal.getsignal(signal.SIGUSR1) is not None)
            def fail(s, f): raise ValueError("from handler")
            signal.signal(signal.SIGUSR2, fail)
            try: signal.raise_signal(signal.SIGUSR2)
            except ValueError as e: print("caught", e)
            signal.signal(signal.SIGUSR1, signal.SIG_IGN)
            signal.raise_signal(signal.SIGUSR1)
            print(signal.getsignal(signal.SIGUSR1) is signal.SIG_IGN, got)
            try: signal.signal(99, signal.SIG_IGN)
            except ValueError as e: print(e)
            try: signal.signal(signal.SIGKILL, signal.SIG_IGN)
            except OSError as e: print(e.errno)
            print(signal.strsignal(signal.SIGTERM), signal.SIGTERM in signal.valid_signals())
            """);
        Assert.Equal("True\n[10] True\ncaught from handler\nTrue [10]\nsignal number out of range\n22\nTerminated True\n", output);
    }

    /// <summary>An interval timer fires during sleep: the handler runs and the sleep goes on (PEP 475).
    /// Repeated: .NET reports the signal on a thread-pool thread, and this test's own thread is a
    /// pool thread; while it slept in Thread.Sleep the report sometimes waited ~0.5 s for the pool
    /// (1 run in 4 lost the handler in session 7).</summary>
    [Fact]
    public void IntervalTimerHandlerRunsDuringSleep()
    {
        for (int run = 0; run < Repeats; run++)
        {
            var output = Run("""
                import signal, time
                got = []
                signal.signal(signal.SIGALRM, lambda s, f: got.append(round(time.monotonic() - start, 1)))
                start = time.monotonic()
                signal.setitimer(signal.ITIMER_REAL, 0.05)
                time.sleep(0.3)
                print(len(got), got[0] < 0.29 if got else None, time.monotonic() - start >= 0.29)
                """);
            Assert.Equal("1 True True\n", output);
        }
    }

    const int Repeats = 5;

    [Fact]
    public void SignalHandlersOnlyInTheMainThreadOfTheMainInterpreter()
    {
        const string program = """
            import signal, threading
            print(signal.getsignal(signal.SIGINT))
            def try_set():
                try: signal.signal(signal.SIGHUP, lambda s, f: None)
                except ValueError as e: print(e)
            t = threading.Thread(target=try_set); t.start(); t.join()
            """;
        const string message = "signal only works in main thread of the main interpreter\n";
        // A runtime made by a host installs nothing: SIGINT keeps its default disposition.
        Assert.Equal("0\n" + message, Run(program));
        Assert.Equal("0\n" + message + message, RunInSubinterpreter(program + "\ntry_set()\n"));
    }

    [Fact]
    public void DefaultSignalHandlersAreInstalledWhenTheHostAsks()
    {
        var h = Host();
        try
        {
            h.Runtime.InstallDefaultSignalHandlers(h.Ts);
            Assert.True(h.Runtime.InstallSignalHandlers);
            Assert.Equal(0, PythonRun.RunSimpleString(h.Ts, """
                import signal, _thread
                print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
                try:
                    signal.default_int_handler(2, None)
                except KeyboardInterrupt: print("KeyboardInterrupt")
                """));
            Assert.Equal("True\nKeyboardInterrupt\n", h.Out);
        }
        finally
        {
            h.Interp.End(h.Ts);
        }
    }

    const string ForkExecProgram = """
        import os, _posixsubprocess
        def spawn(args, exe=None, cwd=None, env=None, stdin=-1, stdout=-1, preexec=None):
            errr, errw = os.pipe()
            try:
                return _posixsubprocess.fork_exec(args, [exe or args[0]], True, (errw,), cwd, env,
                    stdin, -1, -1, stdout, -1, -1, errr, errw, True, False, -1, None, None, None, -1, preexec, True)
            finally:
                os.close(errr); os.close(errw)
        r, w = os.pipe()
        pid = spawn([b"/bin/sh", b"-c", b"echo $X in $(pwd); exit 3"], cwd="/", env=[b"X=hello"], stdout=w)
        os.close(w)
        print(os.read(r, 100))
        p, status = os.waitpid(pid, 0)
        print(p == pid, os.waitstatus_to_exitcode(status))
        try: spawn(["nonexistent-program"], exe=b"/nonexistent/nonexistent-program")
        except FileNotFoundError as e: print(e.errno, e.filename)
        try: spawn(["/bin/true"], cwd="/nonexistent-dir")
        except FileNotFoundError as e: print(e.errno, e.filename)
        try: spawn(["/bin/true"], preexec=lambda: None)
        except (NotImplementedError, RuntimeError) as e: print("refused", "preexec_fn" in str(e))   # RuntimeError in a subinterpreter, as CPython
        print(os.get_inheritable(r), os.get_inheritable(os.dup(r)))
        """;

    const string ForkExecExpected = "b'hello in /\\n'\nTrue 3\n2 nonexistent-program\n2 /nonexistent-dir\nrefused True\nFalse False\n";

    [Fact]
    public void ForkExecSpawnsWithPipesCwdEnvAndReportsExecFailures() => Assert.Equal(ForkExecExpected, Run(ForkExecProgram));

    [Fact]
    public void ForkExecWorksInASubinterpreter() => Assert.Equal(ForkExecExpected, RunInSubinterpreter(ForkExecProgram));

    const string SocketProgram = """
        import socket, threading
        a, b = socket.socketpair()
        a.sendall(b"ping"); print(b.recv(10), a.family == socket.AF_UNIX, a.gettimeout())
        b.settimeout(0.05)
        try: b.recv(1)
        except socket.timeout as e: print(type(e).__name__, e)
        b.setblocking(False)
        try: b.recv(1)
        except BlockingIOError as e: print("BlockingIOError", e.errno)
        srv = socket.socket(); srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        srv.bind(("127.0.0.1", 0)); srv.listen()
        port = srv.getsockname()[1]
        def serve():
            c, _ = srv.accept()
            with c: c.sendall(c.recv(100).upper())
        t = threading.Thread(target=serve); t.start()
        with socket.create_connection(("127.0.0.1", port), timeout=5) as c:
            c.sendall(b"hello"); print(c.recv(100), c.getpeername()[1] == port)
        t.join(); srv.close()
        u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.bind(("127.0.0.1", 0))
        v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); v.sendto(b"dgram", u.getsockname())
        print(u.recvfrom(100)[0])
        print(socket.inet_aton("1.2.3.4"), socket.inet_ntoa(b"\x7f\0\0\1"), socket.inet_ntop(socket.AF_INET6, socket.inet_pton(socket.AF_INET6, "::1")))
        print(socket.htons(1), socket.gethostbyname("localhost"))
        try: socket.getaddrinfo("nonexistent.invalid", 80)
        except socket.gaierror as e: print("gaierror", e.errno)
        a.close(); print(a.fileno())
        """;

    const string SocketExpected = "b'ping' True None\nTimeoutError timed out\nBlockingIOError 11\nb'HELLO' True\nb'dgram'\nb'\\x01\\x02\\x03\\x04' 127.0.0.1 ::1\n256 127.0.0.1\ngaierror -2\n-1\n";

    [Fact]
    public void SocketsStreamDatagramTimeoutsAndNames() => Assert.Equal(SocketExpected, Run(SocketProgram));

    [Fact]
    public void SocketsWorkInASubinterpreter() => Assert.Equal(SocketExpected, RunInSubinterpreter(SocketProgram));

    [Fact]
    public void ContextVarsFollowTheCurrentContext()
    {
        var output = Run("""
            import contextvars, threading
            v = contextvars.ContextVar("v", default=0)
            t = v.set(5)
            ctx = contextvars.copy_context()
            print(v.get(), ctx[v], ctx.run(lambda: (v.set(9), v.get())[1]), v.get(), ctx[v], len(ctx))
            v.reset(t); print(v.get())
            try: v.reset(t)
            except RuntimeError as e: print("RuntimeError")
            try: ctx.run(ctx.run, print)
            except RuntimeError as e: print("already entered" in str(e))
            seen = []
            th = threading.Thread(target=lambda: seen.append(v.get())); v.set(7); th.start(); th.join()
            print(seen, contextvars.Token.MISSING, t.old_value is contextvars.Token.MISSING)
            try: contextvars.ContextVar("x").get()
            except LookupError: print("LookupError")
            print(contextvars.Context() == contextvars.Context(), type(ctx).__module__)
            """);
        Assert.Equal("5 5 9 5 9 1\n0\nRuntimeError\nTrue\n[0] <Token.MISSING> True\nLookupError\nTrue _contextvars\n", output);
    }
}
