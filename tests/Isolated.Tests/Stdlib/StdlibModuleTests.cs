using System.Runtime.CompilerServices;
using System.Text;
using Isolated.Execution;
using Isolated.Modules.Weakref;
using Isolated.Objects;
using Isolated.Runtime;
using Isolated.Tests.Modules;
using Xunit;

namespace Isolated.Tests.Stdlib;

public class StdlibModuleTests
{
    static ModuleTestHost Host()
    {
        var h = new ModuleTestHost();
        h.Interp.Gil.Acquire(h.Ts);
        return h;
    }

    [Fact]
    public void AbsentNativeModulesSayWhyTheyAreMissing()
    {
        var h = Host();
        Assert.Equal(0, PythonRun.RunSimpleString(h.Ts,
            "for name in ('sqlite3', 'ssl', 'no_such_module_xyz'):\n" +
            "    try:\n        __import__(name)\n    except ModuleNotFoundError as e:\n        print(e.name, '|', e)"));
        Assert.Equal(
            "sqlite3 | No module named 'sqlite3' (it is CPython's binding of the SQLite C library (_sqlite3), which Isolated does not bundle)\n" +
            "ssl | No module named 'ssl' (it needs CPython's OpenSSL binding (_ssl), which Isolated does not provide)\n" +
            "no_such_module_xyz | No module named 'no_such_module_xyz'\n", h.Out);
    }

    [Fact]
    public void QueuedWeakrefCallbackSetsTheBreakerAndRunsAtTheSafePoint()
    {
        var h = Host();
        Assert.Equal(0, PythonRun.RunSimpleString(h.Ts, "import _weakref\nclass O: pass\no = O()\nseen = []\nr = _weakref.ref(o, lambda ref: seen.append(ref is r))"));
        var main = PythonRun.MainModule(h.Ts);
        var r = (PyWeakRef)main.Dict.GetStr("r")!;
        ModuleStates.Of(h.Interp).Pending.EnqueueCallback(h.Interp, r);
        Assert.NotEqual(0, h.Ts.EvalBreaker & (int)EvalBreaker.PendingCalls);
        Assert.Equal(0, PythonRun.RunSimpleString(h.Ts, "for i in range(3): pass\nprint(seen)"));
        Assert.Equal("[True]\n", h.Out);
        Assert.Null(r.Callback);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static PyWeakRef RefToGarbage(ModuleTestHost h, PyObject callback)
    {
        var referent = new PyList(h.Interp.Types.List);
        var subclass = PythonRun.RunString(h.Ts, "type('L', (list,), {})", Isolated.Execution.Import.SourceMode.Eval, h.Interp.NewDict(), null)!;
        var obj = Ops.Call(h.Ts, subclass)!;
        _ = referent;
        return (PyWeakRef)Ops.Call(h.Ts, h.Interp.Types.WeakRef, obj, callback)!;
    }

    [Fact]
    public void DeadReferentQueuesItsCallbackThroughTheFinalizer()
    {
        var h = Host();
        Assert.Equal(0, PythonRun.RunSimpleString(h.Ts, "calls = []\ndef cb(ref): calls.append(ref() is None)"));
        var main = PythonRun.MainModule(h.Ts);
        var r = RefToGarbage(h, main.Dict.GetStr("cb")!);
        for (int i = 0; i < 3 && r.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Assert.False(r.IsAlive);
        PendingCalls.Run(h.Ts);
        Assert.Equal(0, PythonRun.RunSimpleString(h.Ts, "print(calls)"));
        Assert.Equal("[True]\n", h.Out);
    }

    [Fact]
    public void ThreadsRunWithTheirOwnThreadStateAndTheGil()
    {
        var h = Host();
        Assert.Equal(0, PythonRun.RunSimpleString(h.Ts,
            "import _thread\ndone = _thread.allocate_lock(); done.acquire()\nout = []\n" +
            "def work(n):\n    out.append((n, _thread.get_ident() != main))\n    done.release()\n" +
            "main = _thread.get_ident()\n_thread.start_new_thread(work, (5,))\ndone.acquire()\nprint(out)"));
        Assert.Equal("[(5, True)]\n", h.Out);
    }

    [Fact]
    public void AtexitHandlersRunWhenTheInterpreterEnds()
    {
        var h = Host();
        Assert.Equal(0, PythonRun.RunSimpleString(h.Ts,
            "import atexit\natexit.register(print, 'first')\natexit.register(print, 'second')"));
        h.Interp.End(h.Ts);
        Assert.Equal("second\nfirst\n", Encoding.UTF8.GetString(h.Stdout.ToArray()));
    }

    [Fact]
    public void SleepWakesOnInterrupt()
    {
        var h = Host();
        var ts = h.Ts;
        var timer = new Timer(_ => ts.SetBreaker(EvalBreaker.Interrupt), null, 50, Timeout.Infinite);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal(-1, PythonRun.RunSimpleString(h.Ts, "import time\ntime.sleep(10)"));
        Assert.True(clock.ElapsedMilliseconds < 2000);
        Assert.Contains("KeyboardInterrupt", h.Err);
        timer.Dispose();
    }

    [Fact]
    public void ModulesAreIndependentPerInterpreter()
    {
        var a = Host();
        var b = Host();
        Assert.Equal(0, PythonRun.RunSimpleString(a.Ts, "import itertools, _collections, time\nprint(type(itertools.count()).__name__)"));
        Assert.Equal(0, PythonRun.RunSimpleString(b.Ts, "import itertools, _collections\nprint(_collections.deque([1]))"));
        Assert.NotSame(a.Interp.Types.Deque, b.Interp.Types.Deque);
        Assert.Equal("count\n", a.Out);
        Assert.Equal("deque([1])\n", b.Out);
    }
}
