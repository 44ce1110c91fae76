using System.Text;
using Isolated.Compiling;
using Isolated.Execution;
using Isolated.Modules;
using Isolated.Modules.Sys;
using Isolated.Objects;
using Isolated.Runtime;
using ThreadState = Isolated.Runtime.ThreadState;

namespace Isolated.Tests.Execution;

/// <summary>Compiles and runs Python source in a fresh interpreter, capturing what it prints through
/// sys.stdout (a stand-in object whose write() appends to a buffer).</summary>
public sealed class PyRunner
{
    public readonly global::Isolated.Runtime.Runtime Runtime;
    public readonly Interpreter Interp;
    public readonly ThreadState Ts;
    readonly StringBuilder _out = new();

    public PyRunner(string? stdlibPath = null)
    {
        Runtime = new global::Isolated.Runtime.Runtime(stdlibPath);
        Interp = Runtime.Main;
        Ts = Interp.NewThreadState();
        var capture = ModuleType.New(Interp, "capture");
        var sb = _out;
        capture.Dict.SetStr("write", Interp.NewBuiltinFunction("write", capture, (ts, self, args, kw) =>
        {
            if (args.Length > 0 && args[0] is PyStr s) sb.Append(s.Value);
            return ts.Interpreter.None;
        }));
        capture.Dict.SetStr("flush", Interp.NewBuiltinFunction("flush", capture, (ts, self, args, kw) => ts.Interpreter.None));
        var sys = SysState.Of(Interp).SysModuleFor(Ts);
        sys.Dict.SetStr("stdout", capture);
    }

    public string Output => _out.ToString();

    /// <summary>Runs <paramref name="source"/> as a __main__ module; returns the output, followed by
    /// "Type: message" when it ended with an exception.</summary>
    public string Run(string source)
    {
        var code = Compiler.Compile(Ts, source, "<test>", CompileMode.Exec);
        if (code is null) return Output + Describe(Ts.FetchError());
        var globals = Interp.NewDict();
        globals.SetStr("__name__", Interp.Str("__main__"));
        var r = Eval.ExecCode(Ts, code, globals, null);
        if (r is null) return Output + Describe(Ts.FetchError());
        return Output;
    }

    string Describe(PyBaseException? e)
    {
        if (e is null) return "<no exception>";
        var s = Ops.Str(Ts, e) as PyStr;
        Ts.CurrentException = null;
        return $"{e.Type.Name}: {s?.Value}";
    }

    public static string Exec(string source) => new PyRunner().Run(source);
}
