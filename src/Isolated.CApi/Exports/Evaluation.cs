using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.Objects;

namespace Isolated.CApi.Exports;

/// <summary>The running frame seen from C, calls and code evaluation (ceval.h, pyframe.h):
/// PyEval_*, PyFrame_*, the recursion guard and Py_ReprEnter/Leave.</summary>
internal static unsafe class Evaluation
{
    [UnmanagedCallersOnly(EntryPoint = "PyEval_GetFrame")]
    public static nint PyEval_GetFrame()
    {
        var ts = Api.Ts("PyEval_GetFrame");
        return ts is null ? 0 : Api.Borrow(ts, Execution.Eval.GetFrame(ts, 0));
    }

    [UnmanagedCallersOnly(EntryPoint = "PyEval_GetGlobals")]
    public static nint PyEval_GetGlobals()
    {
        var ts = Api.Ts("PyEval_GetGlobals");
        return ts is null ? 0 : Api.Borrow(ts, Execution.Eval.CurrentGlobals(ts));
    }

    /// <summary>Borrowed. A function frame's locals are a snapshot dict, kept alive by the frame
    /// object (f_locals), so the borrowed pointer stays valid while the frame runs.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyEval_GetLocals")]
    public static nint PyEval_GetLocals()
    {
        var ts = Api.Ts("PyEval_GetLocals");
        if (ts is null) return 0;
        try
        {
            var frame = Execution.Eval.GetFrame(ts, 0);
            return frame is null ? 0 : Api.Borrow(ts, frame.Locals(ts));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    static bool IsFunctionLike(PyObject o) => o is PyFunction or PyMethod or PyBuiltinFunction;

    [UnmanagedCallersOnly(EntryPoint = "PyEval_GetFuncName")]
    public static byte* PyEval_GetFuncName(nint func)
    {
        var ts = Api.Ts("PyEval_GetFuncName");
        if (ts is null) return null;
        try
        {
            if (Api.Arg(ts, func) is not { } o) return null;
            if (IsFunctionLike(o))
            {
                var target = o is PyMethod ? Ops.GetAttr(ts, o, "__func__") ?? o : o;
                ts.CurrentException = null;
                var name = Ops.GetAttr(ts, target, "__name__");
                ts.CurrentException = null;
                if (name is PyStr s) return Strings.Utf8(ts, target, s.Value);
            }
            return Strings.Utf8(ts, o.Type, o.Type.Name);
        }
        catch (Exception e) { Api.Fail(ts, e); return null; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyEval_GetFuncDesc")]
    public static byte* PyEval_GetFuncDesc(nint func)
    {
        var o = func == 0 ? null : Bridge.ObjectBridge.FromNative(func);
        if (o is not null && IsFunctionLike(o))
            fixed (byte* p = "()\0"u8) return p;
        fixed (byte* p = " object\0"u8) return p;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyEval_CallObjectWithKeywords")]
    public static nint PyEval_CallObjectWithKeywords(nint callable, nint args, nint kwargs)
    {
        var ts = Api.Ts("PyEval_CallObjectWithKeywords");
        if (ts is null) return 0;
        try
        {
            var f = Api.Arg(ts, callable);
            if (f is null) return 0;
            PyObject? a = null, k = null;
            if (args != 0 && (a = Api.Arg(ts, args)) is null) return 0;
            if (kwargs != 0 && (k = Api.Arg(ts, kwargs)) is null) return 0;
            if (a is not null && a is not PyTuple)
            {
                ts.Raise(ExceptionKind.TypeError, "argument list must be a tuple");
                return 0;
            }
            if (k is not null && k is not PyDict)
            {
                ts.Raise(ExceptionKind.TypeError, "keyword list must be a dictionary");
                return 0;
            }
            return Api.New(ts, ObjectProtocol.Call(ts, f, a, k));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyEval_EvalCodeEx")]
    public static nint PyEval_EvalCodeEx(nint co, nint globals, nint locals, nint* args, int argc, nint* kwds, int kwdc,
        nint* defs, int defc, nint kwdefs, nint closure)
    {
        var ts = Api.Ts("PyEval_EvalCodeEx");
        if (ts is null) return 0;
        try
        {
            var interp = ts.Interpreter;
            if (globals == 0)
            {
                ts.Raise(ExceptionKind.SystemError, "PyEval_EvalCodeEx: NULL globals");
                return 0;
            }
            if (Api.Arg(ts, co) is not { } c || Api.Arg(ts, globals) is not { } g) return 0;
            if (c is not PyCode code) { ts.Raise(ExceptionKind.SystemError, $"PyEval_EvalCodeEx: expected a code object, got '{c.Type.Name}'"); return 0; }
            if (g is not PyDict gd) { ts.Raise(ExceptionKind.SystemError, "PyEval_EvalCodeEx: globals must be a dict"); return 0; }
            PyObject? l = locals == 0 ? null : Api.Arg(ts, locals);
            if (locals != 0 && l is null) return 0;
            if (argc < 0 || kwdc < 0 || defc < 0) { ts.Raise(ExceptionKind.SystemError, "PyEval_EvalCodeEx: negative count"); return 0; }
            if (argc == 0 && kwdc == 0 && defc == 0 && kwdefs == 0 && closure == 0 && (code.Flags & PyCode.Optimized) == 0)
                return Api.New(ts, Execution.Eval.ExecCode(ts, code, gd, l));

            // A call of a function made from the code, with the defaults and closure given.
            PyCell[]? cells = null;
            if (closure != 0)
            {
                if (Api.Arg(ts, closure) is not PyTuple ct) { if (!ts.HasError) ts.Raise(ExceptionKind.SystemError, "PyEval_EvalCodeEx: closure must be a tuple of cells"); return 0; }
                cells = new PyCell[ct.Count];
                for (int i = 0; i < cells.Length; i++)
                {
                    if (ct[i] is not PyCell cell) { ts.Raise(ExceptionKind.SystemError, "PyEval_EvalCodeEx: closure must be a tuple of cells"); return 0; }
                    cells[i] = cell;
                }
            }
            if ((cells?.Length ?? 0) != code.FreeVars.Length)
            {
                ts.Raise(ExceptionKind.ValueError, $"{code.Name} requires closure of length {code.FreeVars.Length}, not {cells?.Length ?? 0}");
                return 0;
            }
            var function = Execution.Eval.NewFunction(ts, code, gd, code.QualName, cells);
            if (defc > 0)
            {
                var d = new PyObject[defc];
                for (int i = 0; i < defc; i++) if ((d[i] = Api.Arg(ts, defs[i])!) is null) return 0;
                function.Defaults = interp.Tuple(d);
            }
            if (kwdefs != 0)
            {
                if (Api.Arg(ts, kwdefs) is not PyDict kd) { if (!ts.HasError) ts.Raise(ExceptionKind.SystemError, "PyEval_EvalCodeEx: kwdefs must be a dict"); return 0; }
                function.KwDefaults = kd;
            }
            var all = new PyObject[argc + kwdc];
            var names = new PyObject[kwdc];
            for (int i = 0; i < argc; i++) if ((all[i] = Api.Arg(ts, args[i])!) is null) return 0;
            for (int i = 0; i < kwdc; i++)
            {
                if (Api.Arg(ts, kwds[2 * i]) is not { } name || Api.Arg(ts, kwds[2 * i + 1]) is not { } value) return 0;
                if (name is not PyStr) { ts.Raise(ExceptionKind.TypeError, $"{code.Name}() keywords must be strings"); return 0; }
                names[i] = name;
                all[argc + i] = value;
            }
            return Api.New(ts, Ops.Call(ts, function, all, kwdc > 0 ? interp.Tuple(names) : null));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyEval_EvalFrame")]
    public static nint PyEval_EvalFrame(nint frame) => EvalFrame("PyEval_EvalFrame");

    [UnmanagedCallersOnly(EntryPoint = "PyEval_EvalFrameEx")]
    public static nint PyEval_EvalFrameEx(nint frame, int exc) => EvalFrame("PyEval_EvalFrameEx");

    static nint EvalFrame(string function)
    {
        Api.Ts(function)?.Raise(ExceptionKind.SystemError,
            $"{function}: frame objects of this runtime are views of running frames and cannot be evaluated again");
        return 0;
    }

    static PyFrame? Frame(ThreadState ts, nint frame, string function)
    {
        if (Api.Arg(ts, frame) is not { } f) return null;
        if (f is PyFrame pf) return pf;
        ts.Raise(ExceptionKind.SystemError, $"{function}: expected a frame, got '{f.Type.Name}'");
        return null;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyFrame_GetCode")]
    public static nint PyFrame_GetCode(nint frame)
    {
        var ts = Api.Ts("PyFrame_GetCode");
        return ts is null ? 0 : Api.New(ts, Frame(ts, frame, "PyFrame_GetCode")?.Code);
    }

    [UnmanagedCallersOnly(EntryPoint = "PyFrame_GetLineNumber")]
    public static int PyFrame_GetLineNumber(nint frame)
    {
        var ts = Api.Ts("PyFrame_GetLineNumber");
        return ts is null ? -1 : Frame(ts, frame, "PyFrame_GetLineNumber")?.Line ?? -1;
    }

    [UnmanagedCallersOnly(EntryPoint = "Py_EnterRecursiveCall")]
    public static int Py_EnterRecursiveCall(byte* where)
    {
        var ts = Api.Ts("Py_EnterRecursiveCall");
        if (ts is null) return -1;
        string w = where == null ? "" : Marshal.PtrToStringUTF8((nint)where) ?? "";
        return Ops.EnterRecursiveCall(ts, w) ? 0 : -1;
    }

    [UnmanagedCallersOnly(EntryPoint = "Py_LeaveRecursiveCall")]
    public static void Py_LeaveRecursiveCall()
    {
        var ts = Api.Ts("Py_LeaveRecursiveCall");
        if (ts is not null) Ops.LeaveRecursiveCall(ts);
    }

    [UnmanagedCallersOnly(EntryPoint = "Py_GetRecursionLimit")]
    public static int Py_GetRecursionLimit() => Api.Ts("Py_GetRecursionLimit")?.Interpreter.RecursionLimit ?? 1000;

    /// <summary>Unlike sys.setrecursionlimit, no checks: CPython's C function takes any value.</summary>
    [UnmanagedCallersOnly(EntryPoint = "Py_SetRecursionLimit")]
    public static void Py_SetRecursionLimit(int limit)
    {
        var ts = Api.Ts("Py_SetRecursionLimit");
        if (ts is not null) ts.Interpreter.RecursionLimit = limit;
    }

    [UnmanagedCallersOnly(EntryPoint = "Py_ReprEnter")]
    public static int Py_ReprEnter(nint op)
    {
        var ts = Api.Ts("Py_ReprEnter");
        if (ts is null) return -1;
        var o = Api.Arg(ts, op);
        if (o is null) return -1;
        return ReprGuard.Enter(ts, o) ? 0 : 1;
    }

    [UnmanagedCallersOnly(EntryPoint = "Py_ReprLeave")]
    public static void Py_ReprLeave(nint op)
    {
        var ts = Api.Ts("Py_ReprLeave");
        var o = op == 0 ? null : Bridge.ObjectBridge.FromNative(op);
        if (ts is null || o is null) return;
        // The error indicator survives, as in CPython (Py_ReprLeave is called on error paths).
        ReprGuard.Leave(ts, o);
    }

    [UnmanagedCallersOnly(EntryPoint = "Py_GenericAlias")]
    public static nint Py_GenericAlias(nint origin, nint args) =>
        Api.Binary(origin, args, "Py_GenericAlias", static (ts, o, a) => GenericAliasType.NewAlias(ts.Interpreter, o, a));
}
