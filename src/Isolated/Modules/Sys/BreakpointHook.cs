using Isolated.Execution.Import;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Sys;

/// <summary>
/// sys.breakpointhook (PEP 553), what builtins.breakpoint() calls by default: $PYTHONBREAKPOINT
/// names the callable to run ("module.attr", or a builtin's bare name); unset or empty means
/// pdb.set_trace, "0" turns breakpoint() into a no-op. The variable is read at every call (a
/// program may change os.environ in between) unless -E/-I said to ignore the environment.
/// </summary>
public static class BreakpointHook
{
    const string DefaultHook = "pdb.set_trace";

    public static PyObject? Call(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var interp = ts.Interpreter;
        string? setting = SysState.Of(interp).Flags.IgnoreEnvironment == 0
            ? Environment.GetEnvironmentVariable("PYTHONBREAKPOINT")
            : null;
        if (string.IsNullOrEmpty(setting)) setting = DefaultHook;
        else if (setting == "0") return interp.None;

        int dot = setting.LastIndexOf('.');
        string moduleName = dot < 0 ? "builtins" : setting[..dot];
        string attribute = dot < 0 ? setting : setting[(dot + 1)..];
        var module = moduleName.Length == 0 ? null : ImportSystem.ImportModule(ts, moduleName);
        if (module is null)
        {
            if (moduleName.Length > 0 && !Ops.IsError(ts, ExceptionKind.ImportError)) return null;
            return IgnoreUnimportable(ts, setting);
        }
        var hook = Ops.GetAttr(ts, module, attribute);
        if (hook is null)
        {
            if (!Ops.IsError(ts, ExceptionKind.AttributeError)) return null;
            return IgnoreUnimportable(ts, setting);
        }
        return Ops.Call(ts, hook, args, kw);
    }

    /// <summary>A hook that cannot be imported is not an error: a RuntimeWarning, and breakpoint()
    /// returns None.</summary>
    static PyObject? IgnoreUnimportable(ThreadState ts, string setting)
    {
        ts.CurrentException = null;
        var interp = ts.Interpreter;
        var warnings = ImportSystem.ImportModule(ts, "warnings");
        var warn = warnings is null ? null : Ops.GetAttr(ts, warnings, "warn");
        if (warn is null) return null;
        var message = interp.Str($"Ignoring unimportable $PYTHONBREAKPOINT: \"{setting}\"");
        if (Ops.Call(ts, warn, [message, interp.ExceptionType(ExceptionKind.RuntimeWarning), interp.Int(1)]) is null) return null;
        return interp.None;
    }
}
