using System.Text;
using Isolated.Execution;
using Isolated.Modules.Sys;
using Isolated.Objects;
using Isolated.Runtime;
using ThreadState = Isolated.Runtime.ThreadState;
using IsolatedRuntime = Isolated.Runtime.Runtime;

namespace Isolated.Tests.Modules;

/// <summary>An interpreter whose standard streams are captured in memory.</summary>
sealed class ModuleTestHost
{
    public readonly IsolatedRuntime Runtime;
    public readonly Interpreter Interp;
    public readonly ThreadState Ts;
    public readonly MemoryStream Stdout = new(), Stderr = new();

    public ModuleTestHost(string? stdlib = null, string stdin = "")
    {
        Runtime = new IsolatedRuntime(stdlib);
        Interp = Runtime.Main;
        Ts = Interp.NewThreadState();
        var state = SysState.Of(Interp);
        state.StdinSource = new MemoryStream(Encoding.UTF8.GetBytes(stdin));
        state.StdoutSink = Stdout;
        state.StderrSink = Stderr;
        PythonRun.Initialize(Ts);
    }

    public PyModule Sys => SysState.Of(Interp).Sys!;

    public PyObject SysAttr(string name) => Sys.Dict.GetStr(name) ?? throw new KeyNotFoundException(name);

    public string Out
    {
        get
        {
            SysState.Of(Interp).FlushStandardStreams(Ts);
            return Encoding.UTF8.GetString(Stdout.ToArray());
        }
    }

    public string Err
    {
        get
        {
            SysState.Of(Interp).FlushStandardStreams(Ts);
            return Encoding.UTF8.GetString(Stderr.ToArray());
        }
    }

    public string Repr(PyObject o) => ((PyStr)Ops.Repr(Ts, o)!).Value;

    public PyObject Call(PyObject callable, params PyObject[] args)
    {
        var r = Ops.Call(Ts, callable, args);
        if (r is null) throw new InvalidOperationException("call failed: " + Ts.FetchError());
        return r;
    }

    public PyObject Builtin(string name) => SysState.Of(Interp).Builtins.Dict.GetStr(name)!;
}
