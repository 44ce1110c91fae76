using System.Diagnostics;
using Isolated.Runtime;
using Isolated.Tests.Execution;
using Xunit;
using Xunit.Abstractions;

namespace Isolated.Tests.Reliability;

/// <summary>Host controls (issue 8): interrupting and terminating running code from another
/// thread, budgets per call, the hook, and what no except clause can swallow.</summary>
public class HostControlTests(ITestOutputHelper output)
{
    /// <summary>A runner with the standard library, holding its interpreter's GIL (blocking
    /// builtins release and retake it).</summary>
    internal static PyRunner NewRunner()
    {
        var r = new PyRunner(Isolated.Tests.Parsing.ParsingTestPaths.StdlibDirectory);
        r.Interp.Gil.Acquire(r.Ts);
        return r;
    }

    /// <summary>Runs <paramref name="source"/>, sends <paramref name="kind"/> once the code has run
    /// for <paramref name="afterMs"/> ms, and returns the output and the latency of the request.</summary>
    (string Output, double LatencyMs) RunAndStop(string source, StopKind kind, int afterMs = 100)
    {
        var r = NewRunner();
        double sentAt = 0;
        var clock = Stopwatch.StartNew();
        bool done = false;
        var sender = new Thread(() =>
        {
            while (Volatile.Read(ref r.Ts.CallDepth) == 0 && !Volatile.Read(ref done)) Thread.Sleep(1);
            Thread.Sleep(afterMs);
            // A request that finds no call running is dropped (Request's contract): under load the
            // runner may be between its setup call and the script's, so ask again until it ends
            // (a clean-clone CI run hung in socket recv waiting for a request that was dropped).
            while (!Volatile.Read(ref done))
            {
                sentAt = clock.Elapsed.TotalMilliseconds;
                if (r.Interp.Host.Request(kind) > 0)
                    for (int waited = 0; waited < 2000 && !Volatile.Read(ref done); waited += 5) Thread.Sleep(5);
                else Thread.Sleep(1);
            }
        });
        sender.Start();
        var result = r.Run(source);
        Volatile.Write(ref done, true);
        double latency = clock.Elapsed.TotalMilliseconds - sentAt;
        sender.Join();
        output.WriteLine($"{kind} latency: {latency:F2} ms");
        return (result, latency);
    }

    [Theory]
    [InlineData("while True: pass")]
    [InlineData("sum(range(10**12))")]
    [InlineData("sum(range(10**30))")]
    [InlineData("import itertools\nfor _ in itertools.repeat(None): pass")]
    [InlineData("import itertools\nlen(list(itertools.islice(itertools.count(), 10**12)))")]
    [InlineData("import itertools\nsum(itertools.repeat(1))")]
    [InlineData("max(range(10**12))")]
    [InlineData("any(x < 0 for x in range(10**12))")]
    [InlineData("import itertools\nset(itertools.repeat(1))")]
    [InlineData("import re\nre.match(r'(a+)+$', 'a' * 40 + 'b')")]
    [InlineData("import time\ntime.sleep(100)")]
    [InlineData("import _thread\nl = _thread.allocate_lock()\nl.acquire()\nl.acquire()")]
    [InlineData("def f(n): return f(n + 1) if n < 500 else 0\nwhile True: f(0)")]
    [InlineData("import os\nr, w = os.pipe()\nos.read(r, 1)")]
    [InlineData("import os\nr, w = os.pipe()\nopen(r, 'rb', buffering=0).read()")]
    [InlineData("import os\nr, w = os.pipe()\nopen(r, 'rb').read(10)")]
    [InlineData("import os\nr, w = os.pipe()\nos.fdopen(r).readline()")]
    [InlineData("import os, tempfile\np = os.path.join(tempfile.mkdtemp(), 'fifo')\nos.mkfifo(p)\nopen(os.open(p, os.O_RDWR), 'rb').read()")]
    [InlineData("import socket\na, b = socket.socketpair()\na.recv(1)")]
    [InlineData("import socket\ns = socket.socket()\ns.bind(('127.0.0.1', 0))\ns.listen()\ns.accept()")]
    public void InterruptStopsRunningCodeQuickly(string source)
    {
        var (text, latency) = RunAndStop(source, StopKind.Interrupt);
        Assert.Equal("KeyboardInterrupt: ", text);
        Assert.True(latency < 3000, $"latency {latency} ms");
    }

    /// <summary>Reads wait for a blocking descriptor interruptibly, but a non-blocking one still
    /// fails at once, and data already there is read without waiting.</summary>
    [Fact]
    public void InterruptibleReadsKeepTheirBlockingModes()
    {
        var r = NewRunner();
        Assert.Equal("BlockingIOError 11\nb'ab' b'c' b''\n", r.Run("""
            import os
            r, w = os.pipe()
            os.set_blocking(r, False)
            try: os.read(r, 1)
            except BlockingIOError as e: print(type(e).__name__, e.errno)
            os.set_blocking(r, True)
            os.write(w, b'abc'); os.close(w)
            f = open(r, 'rb', buffering=0)
            print(f.read(2), f.read(), f.read())
            """));
    }

    [Fact]
    public void InterruptIsCatchable()
    {
        var (text, _) = RunAndStop("try:\n    while True: pass\nexcept KeyboardInterrupt:\n    print('caught')\n", StopKind.Interrupt);
        Assert.Equal("caught\n", text);
    }

    [Theory]
    [InlineData("while True:\n    try:\n        while True: pass\n    except BaseException:\n        pass\n")]
    [InlineData("while True:\n    try:\n        while True: pass\n    except:\n        pass\n")]
    [InlineData("while True:\n    try:\n        while True: pass\n    except* BaseException:\n        pass\n")]
    [InlineData("import contextlib\nwhile True:\n    with contextlib.suppress(BaseException):\n        while True: pass\n")]
    [InlineData("while True:\n    try:\n        while True: pass\n    finally:\n        continue\n")]
    [InlineData("import time\nwhile True:\n    try:\n        time.sleep(100)\n    except BaseException:\n        pass\n")]
    [InlineData("import os\nr, w = os.pipe()\nwhile True:\n    try:\n        os.read(r, 1)\n    except BaseException:\n        pass\n")]
    public void TerminationCannotBeSwallowed(string source)
    {
        var (text, latency) = RunAndStop(source, StopKind.Terminate);
        Assert.Equal("InterpreterTerminated: terminated by the host", text);
        Assert.True(latency < 3000, $"latency {latency} ms");
    }

    [Fact]
    public void TerminationRunsFinallyBlocks()
    {
        var (text, _) = RunAndStop("try:\n    while True: pass\nfinally:\n    print('cleanup', sum(range(1000)))\n", StopKind.Terminate);
        Assert.Equal("cleanup 499500\nInterpreterTerminated: terminated by the host", text);
    }

    /// <summary>An exception raised by cleanup code (a finally block, __exit__, a function they
    /// call) while a termination unwinds does not replace the termination: the host still sees
    /// InterpreterTerminated, and the other exception goes to sys.unraisablehook.</summary>
    [Theory]
    [InlineData("try:\n    while True: pass\nfinally:\n    raise RuntimeError('cleanup failed')\n")]
    [InlineData("def cleanup(): {}['missing']\ntry:\n    while True: pass\nfinally:\n    cleanup()\n")]
    [InlineData("class CM:\n    def __enter__(self): pass\n    def __exit__(self, *a): raise RuntimeError('release unlocked lock')\n"
              + "with CM():\n    while True: pass\n")]
    [InlineData("try:\n    try:\n        while True: pass\n    finally:\n        raise ValueError\nexcept ValueError:\n    print('caught')\n")]
    public void CleanupErrorsDoNotReplaceATermination(string source)
    {
        var (text, _) = RunAndStop("import sys\nsys.unraisablehook = lambda u: print('unraisable', type(u.exc_value).__name__)\n" + source,
                                   StopKind.Terminate);
        Assert.Matches("^unraisable (RuntimeError|KeyError|ValueError)\nInterpreterTerminated: terminated by the host$", text);
    }

    /// <summary>Cleanup code may itself raise and catch exceptions while a termination unwinds.</summary>
    [Fact]
    public void CleanupCodeMayCatchItsOwnErrors()
    {
        var (text, _) = RunAndStop("try:\n    while True: pass\nfinally:\n    try:\n        [].remove(1)\n    except ValueError:\n        print('handled')\n",
                                   StopKind.Terminate);
        Assert.Equal("handled\nInterpreterTerminated: terminated by the host", text);
    }

    /// <summary>A termination request that arrives while cleanup code runs (a with statement's
    /// __exit__ releasing a lock) waits for it to finish, so the lock is not left held.</summary>
    [Fact]
    public void TerminationWaitsForRunningCleanup()
    {
        // The request is sent once __exit__ has started (it creates a marker file), not after a
        // fixed delay: under load the script's imports alone took longer than a delay, and the
        // request then arrived before the with statement.
        var marker = Path.Combine(Path.GetTempPath(), $"isolated-cleanup-{Guid.NewGuid():N}");
        var r = NewRunner();
        var sender = new Thread(() =>
        {
            var clock = Stopwatch.StartNew();
            while (!File.Exists(marker) && clock.Elapsed.TotalSeconds < 60) Thread.Sleep(1);
            Thread.Sleep(10);
            r.Interp.Host.Request(StopKind.Terminate);
        });
        sender.Start();
        var text = r.Run(
            "import _thread, time\nlock = _thread.allocate_lock()\n"
            + "class Slow:\n    def __enter__(self): lock.acquire()\n"
            + $"    def __exit__(self, *a):\n        open({PyString(marker)}, 'w').close()\n"
            + "        t = time.monotonic()\n        while time.monotonic() - t < 0.06: pass\n        lock.release()\n"
            + "try:\n    with Slow(): pass\nfinally:\n    print('locked after:', lock.locked())\nwhile True: pass\n");
        sender.Join();
        File.Delete(marker);
        Assert.Equal("locked after: False\nInterpreterTerminated: terminated by the host", text);
    }

    static string PyString(string s) => "'" + s.Replace("\\", "\\\\").Replace("'", "\\'") + "'";

    /// <summary>Cleanup that never ends is still stopped: the wait is bounded.</summary>
    [Fact]
    public void EndlessCleanupIsStillTerminated()
    {
        var (text, latency) = RunAndStop("try:\n    pass\nfinally:\n    while True: pass\n", StopKind.Terminate, afterMs: 10);
        Assert.Equal("InterpreterTerminated: terminated by the host", text);
        Assert.True(latency < 5000, $"latency {latency} ms");
    }

    [Fact]
    public void RequestWhileIdleDoesNothing()
    {
        var r = NewRunner();
        Assert.Equal(0, r.Interp.Host.Request(StopKind.Terminate));
        Assert.Equal("ok\n", r.Run("print('ok')"));
    }

    [Fact]
    public void InterpreterIsUsableAfterTermination()
    {
        var r = NewRunner();
        var sender = new Thread(() =>
        {
            for (int i = 0; i < 10_000 && Volatile.Read(ref r.Ts.CallDepth) == 0; i++) Thread.Sleep(1);
            Thread.Sleep(20);
            r.Interp.Host.Request(StopKind.Terminate);
        });
        sender.Start();
        Assert.Equal("InterpreterTerminated: terminated by the host", r.Run("while True: pass"));
        sender.Join();
        Assert.Equal("after\n", r.Run("print('after')"));
    }

    [Fact]
    public void TickBudgetStopsRunawayCode()
    {
        var r = NewRunner();
        r.Interp.Host.SetBudget(100_000, 0);
        Assert.Equal("InterpreterTerminated: execution budget of 100000 ticks exceeded", r.Run("while True:\n    try:\n        pass\n    except BaseException:\n        pass\n"));
        var r2 = NewRunner();
        r2.Interp.Host.SetBudget(100_000, 0);
        Assert.Equal("done\n", r2.Run("for i in range(1000): pass\nprint('done')"));
    }

    [Fact]
    public void TickBudgetCountsBuiltinLoops()
    {
        var r = NewRunner();
        r.Interp.Host.SetBudget(1_000_000, 0);
        Assert.Equal("InterpreterTerminated: execution budget of 1000000 ticks exceeded", r.Run("sum(range(10**12))"));
    }

    [Theory]
    [InlineData("while True: pass")]
    [InlineData("import time\ntime.sleep(100)")]
    public void TimeBudgetStopsRunawayCode(string source)
    {
        var r = NewRunner();
        r.Interp.Host.SetBudget(0, 100);
        var clock = Stopwatch.StartNew();
        Assert.Equal("InterpreterTerminated: execution time budget of 100 ms exceeded", r.Run(source));
        output.WriteLine($"stopped after {clock.ElapsedMilliseconds} ms");
        // Only "stopped at the budget, not at the end of the sleep": latency itself is measured by
        // bench/interrupt_latency; the whole suite in parallel on 2 cores delayed this past 1 s.
        Assert.InRange(clock.ElapsedMilliseconds, 90, 5000);
        // The budget is per call: the next call starts afresh.
        Assert.EndsWith("ok\n", r.Run("print('ok')"));
    }

    [Fact]
    public void HookRunsEveryNTicksAndCanStopTheScript()
    {
        var r = NewRunner();
        long calls = 0;
        r.Interp.Host.SetHook((ts, ticks) => ++calls >= 10 ? StopKind.Terminate : StopKind.None, 1000);
        Assert.Equal("InterpreterTerminated: stopped by the host's hook", r.Run("while True: pass"));
        Assert.Equal(10, calls);
        var r2 = NewRunner();
        r2.Interp.Host.SetHook((ts, ticks) => StopKind.Interrupt, 1000);
        Assert.Equal("caught\n", r2.Run("try:\n    while True: pass\nexcept KeyboardInterrupt:\n    print('caught')\n"));
    }

    // ---- a request reaching a nested call into another interpreter (PEP 734 exec()/call()) ----

    /// <summary>Builtins of the runner that keep the other interpreter across runs (each run has
    /// fresh globals): <c>b</c> is the interpreter, its __main__ code sets <c>stopped</c> in its
    /// finally block.</summary>
    const string NestedSetup = "import builtins\nfrom concurrent import interpreters\nbuiltins.b = b = interpreters.create()\n";
    const string NestedLoop = "b.exec('stopped = False\\ntry:\\n    while True: pass\\nfinally:\\n    stopped = True')";

    /// <summary>Waits until some interpreter of the runner's runtime runs an exec()/call() for
    /// another (so the request surely lands while the nested call runs).</summary>
    static void WaitForNestedCall(PyRunner r)
    {
        for (int i = 0; i < 30_000; i++)
        {
            foreach (var interp in r.Runtime.All())
                if (!ReferenceEquals(interp, r.Interp) && Volatile.Read(ref interp.CrossCalls) > 0) return;
            Thread.Sleep(1);
        }
        throw new TimeoutException("the nested call never started");
    }

    [Theory]
    [InlineData(StopKind.Terminate, "InterpreterTerminated: terminated by the host")]
    [InlineData(StopKind.Interrupt, "KeyboardInterrupt: ")]
    public void RequestReachesCodeRunningInAnotherInterpreter(StopKind kind, string expected)
    {
        var r = NewRunner();
        var sender = new Thread(() =>
        {
            WaitForNestedCall(r);
            Thread.Sleep(20);
            r.Interp.Host.Request(kind);
        });
        sender.Start();
        // The caller sees the request itself, whatever the nested call's failure was: an
        // except clause around exec() (ExecutionFailed) does not see it.
        Assert.Equal(expected, r.Run(NestedSetup + "try:\n    " + NestedLoop + "\nexcept interpreters.ExecutionFailed:\n    print('swallowed')\n"));
        sender.Join();
        // The other interpreter ran its finally block and stays usable; so does this one.
        Assert.Equal("True\n", r.Run("print(b.call(eval, 'stopped'))\n"));
        Assert.Equal("True\n42\n", r.Run("b.exec('x = 6 * 7')\nprint(b.call(eval, 'x'))\nb.close()\n"));
    }

    [Fact]
    public void TimeBudgetCoversANestedCall()
    {
        var r = NewRunner();
        Assert.Equal("", r.Run(NestedSetup));
        r.Interp.Host.SetBudget(0, 200);
        Assert.Equal("InterpreterTerminated: execution time budget of 200 ms exceeded", r.Run(NestedLoop));
        r.Interp.Host.SetBudget(0, 0);
        Assert.Equal("True\n", r.Run("print(b.call(eval, 'stopped'))\nb.close()\n"));
    }

    /// <summary>What Py_EndInterpreter does (CI's soak found it hanging): stopping an
    /// interpreter's threads reaches a thread of it that runs code in another interpreter.</summary>
    [Fact]
    public void StoppingThreadsReachesAThreadInsideAnotherInterpretersExec()
    {
        var r = NewRunner();
        Assert.Equal("", r.Run(NestedSetup + "import threading\n"
            + "threading.Thread(target=lambda: " + NestedLoop + ", daemon=True).start()\n"));
        WaitForNestedCall(r);
        r.Interp.Gil.Release(r.Ts);
        bool stopped = r.Interp.StopThreads(r.Ts, 10_000);
        r.Interp.Gil.Acquire(r.Ts);
        Assert.True(stopped, "the thread inside the other interpreter's exec() was not stopped");
        Assert.Equal("True\n", r.Run("print(b.call(eval, 'stopped'))\nb.close()\n"));
    }
}
