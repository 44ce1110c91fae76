using System.Text.RegularExpressions;
using Isolated.Compiling;
using Isolated.Execution;
using Isolated.Objects;
using Isolated.Runtime;
using ThreadState = Isolated.Runtime.ThreadState;

namespace Isolated.Fuzzing;

/// <summary>Runs inputs through one <see cref="FuzzTarget"/> in a runtime of its own, on the
/// calling thread, each under a tick and time budget. Not thread-safe: one session per thread.</summary>
public sealed class FuzzSession
{
    /// <summary>Per input: eval-breaker ticks and wall time before the host terminates it.</summary>
    public const long TickBudget = 300_000, TimeBudgetMs = 2_000;

    /// <summary>How SystemError reads when the runtime turned a .NET exception into it
    /// (fault containment): the .NET type name first.</summary>
    static readonly Regex DotNetFault = new(@"^[A-Z]\w*(Exception|Error): ", RegexOptions.CultureInvariant);

    readonly FuzzTarget _target;
    readonly global::Isolated.Runtime.Runtime _runtime;
    Interpreter? _interp;
    ThreadState? _ts;
    PyObject? _fuzz;

    public FuzzSession(FuzzTarget target, string? stdlibPath)
    {
        _target = target;
        _runtime = new global::Isolated.Runtime.Runtime(stdlibPath);
    }

    public FuzzOutcome Run(byte[] data)
    {
        try
        {
            if (_fuzz is null) Prepare();
            var ts = _ts!;
            var result = Ops.Call(ts, _fuzz!, PyBytes.Create(ts.Interpreter, data));
            return result is not null ? new FuzzOutcome(FuzzVerdict.Ok, "") : Classify(ts, ts.FetchError());
        }
        catch (Exception e)
        {
            return new FuzzOutcome(FuzzVerdict.Bug, $"{e.GetType().Name} escaped the runtime: {e.Message}");
        }
        finally
        {
            if (_target.FreshInterpreterPerInput) EndInterpreter();
        }
    }

    /// <summary>The interpreter to run inputs in (the main one, or a new subinterpreter per input
    /// for fresh-per-input targets) with the driver loaded and its budget set.</summary>
    void Prepare()
    {
        var interp = _target.FreshInterpreterPerInput ? _runtime.CreateInterpreter(InterpreterConfig.Isolated) : _runtime.Main;
        var ts = interp.NewThreadState();
        interp.Gil.Acquire(ts);
        var code = Compiler.Compile(ts, _target.Driver, $"<fuzz driver {_target.Name}>", CompileMode.Exec);
        var globals = interp.NewDict();
        globals.SetStr("__name__", interp.Str("__fuzz_driver__"));
        if (code is null || Eval.ExecCode(ts, code, globals, null) is null)
            throw new InvalidOperationException($"the driver of fuzz target '{_target.Name}' failed: {Describe(ts, ts.FetchError())}");
        _fuzz = globals.GetStr("fuzz") ?? throw new InvalidOperationException("the driver defines no fuzz()");
        interp.Host.SetBudget(TickBudget, TimeBudgetMs);
        _interp = interp;
        _ts = ts;
    }

    void EndInterpreter()
    {
        _fuzz = null;
        if (_interp is null || _ts is null) return;
        _interp.End(_ts);
        if (_interp.Gil.IsHeldBy(_ts)) _interp.Gil.Release(_ts);
        _interp = null;
        _ts = null;
    }

    static FuzzOutcome Classify(ThreadState ts, PyBaseException? e)
    {
        if (e is null) return new FuzzOutcome(FuzzVerdict.Bug, "NULL result without an exception");
        var detail = Describe(ts, e);
        if (e.Type.Name == "InterpreterTerminated") return new FuzzOutcome(FuzzVerdict.Budget, detail);
        if (e.Type.Name == "SystemError" && DotNetFault.IsMatch(detail["SystemError: ".Length..]))
            return new FuzzOutcome(FuzzVerdict.Bug, detail);
        return new FuzzOutcome(FuzzVerdict.PythonError, detail);
    }

    static string Describe(ThreadState ts, PyBaseException? e)
    {
        if (e is null) return "<no exception>";
        var text = Ops.Str(ts, e) as PyStr;
        ts.CurrentException = null;
        return $"{e.Type.Name}: {text?.Value}";
    }
}
