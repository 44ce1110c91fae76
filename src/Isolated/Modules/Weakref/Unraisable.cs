using Isolated.Execution;
using Isolated.Modules.Sys;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Weakref;

/// <summary>PyErr_WriteUnraisable: hands an exception nobody can catch to sys.unraisablehook
/// (an UnraisableHookArgs-like namespace), falling back to printing it.</summary>
public static class Unraisable
{
    public static void Report(ThreadState ts, PyBaseException exc, PyObject? obj, string? message = null)
    {
        var interp = ts.Interpreter;
        var args = NamespaceType.New(interp);
        var d = args.InstanceDict!;
        d.SetStr("exc_type", exc.Type);
        d.SetStr("exc_value", exc);
        d.SetStr("exc_traceback", Ops.GetAttr(ts, exc, "__traceback__") ?? interp.None);
        ts.CurrentException = null;
        d.SetStr("err_msg", message is null ? interp.None : interp.Str(message));
        d.SetStr("object", obj ?? interp.None);
        var hook = interp.Modules.GetStr("sys") is PyModule sys ? sys.Dict.GetStr("unraisablehook") : null;
        if (hook is not null && Ops.Call(ts, hook, args) is not null) return;
        ts.CurrentException = null;
        TracebackPrinter.WriteToSysStderr(ts, (message ?? "Exception ignored in") + "\n");
        TracebackPrinter.PrintToSysStderr(ts, exc);
        ts.CurrentException = null;
    }
}
