using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Execution;

/// <summary>The VM side of import statements: IMPORT_NAME calls <c>builtins.__import__</c> (the
/// import system is the modules area's), IMPORT_FROM and IMPORT_STAR read the module; plus the
/// interactive display hook.</summary>
public static class Imports
{
    public static PyObject? ImportName(ThreadState ts, FrameRecord f, PyStr name, PyObject fromlist, PyObject level)
    {
        var interp = ts.Interpreter;
        var es = ExecutionState.Of(interp);
        var import = f.Builtins.GetStr(es.ImportName);
        if (import is null) return ts.Raise(ExceptionKind.ImportError, "__import__ not found");
        PyObject locals = f.Locals ?? interp.None;
        return Ops.Call(ts, import, [name, f.Globals, locals, fromlist, level]);
    }

    /// <summary>IMPORT_FROM: the import system's (attribute, then sys.modules submodule, then
    /// CPython's "cannot import name" errors including the circular-import hint).</summary>
    public static PyObject? ImportFrom(ThreadState ts, PyObject module, PyStr name) =>
        Import.ImportSystem.ImportFrom(ts, module, name);

    /// <summary>IMPORT_STAR: the import system's (__all__, else the public names of the module's
    /// namespace), into the frame's locals.</summary>
    public static bool ImportStar(ThreadState ts, FrameRecord f, PyObject module)
    {
        if (f.Locals is null)
        {
            ts.Raise(ExceptionKind.SystemError, "no locals found during 'import *'");
            return false;
        }
        return Import.ImportSystem.ImportStar(ts, module, f.Locals);
    }

    /// <summary>Interactive mode: sys.displayhook(value), or print the repr when there is no sys.</summary>
    public static PyObject? DisplayHook(ThreadState ts, PyObject value)
    {
        var interp = ts.Interpreter;
        if (interp.Modules.GetStr("sys") is { } sys)
        {
            int found = Ops.LookupAttr(ts, sys, interp.Str("displayhook"), out var hook);
            if (found < 0) return null;
            if (found > 0) return Ops.Call(ts, hook!, value);
        }
        if (ReferenceEquals(value, interp.None)) return interp.None;
        var r = Ops.Repr(ts, value);
        if (r is null) return null;
        Console.Out.WriteLine(((PyStr)r).Value);
        return interp.None;
    }
}
