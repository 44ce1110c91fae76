using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.Compiling;
using Isolated.Execution;
using Isolated.Execution.Import;
using Isolated.Modules.Sys;
using Isolated.Objects;

namespace Isolated.CApi.Exports;

/// <summary>Compiling source to a code object and running a code object (Py_CompileString,
/// PyEval_EvalCode): the two halves of PyRun_String for hosts that keep the compiled code.</summary>
internal static unsafe class CodeObjects
{
    [UnmanagedCallersOnly(EntryPoint = "Py_CompileString")]
    public static nint Py_CompileString(byte* str, byte* filename, int start)
    {
        var ts = Api.Ts("Py_CompileString");
        if (ts is null) return 0;
        try
        {
            var source = Api.Utf8(ts, str);
            var file = source is null ? null : Api.Utf8(ts, filename);
            if (file is null || !Run.Mode(ts, start, out var mode)) return 0;
            var compileMode = mode switch
            {
                SourceMode.Eval => CompileMode.Eval,
                SourceMode.Single => CompileMode.Single,
                _ => CompileMode.Exec,
            };
            return Api.New(ts, Compiler.Compile(ts, source!, file, compileMode));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>PyEval_EvalCode: runs a code object with the given globals (a dict, given
    /// __builtins__ when it has none, as CPython does) and locals (any mapping; NULL = globals).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyEval_EvalCode")]
    public static nint PyEval_EvalCode(nint co, nint globals, nint locals)
    {
        var ts = Api.Ts("PyEval_EvalCode");
        if (ts is null) return 0;
        try
        {
            var code = Api.Arg(ts, co);
            if (code is null) return 0;
            if (code is not PyCode pc) { ts.Raise(ExceptionKind.SystemError, $"PyEval_EvalCode: expected a code object, got '{code.Type.Name}'"); return 0; }
            var g = Api.Arg(ts, globals);
            if (g is null) return 0;
            if (g is not PyDict gd) { ts.Raise(ExceptionKind.SystemError, "globals must be a dict"); return 0; }
            PyObject? l = locals == 0 ? gd : Api.Arg(ts, locals);
            if (l is null) return 0;
            Extensions.NativeInstances.AssignHostObjectTypes(ts.Interpreter);
            if (gd.GetStr("__builtins__") is null) gd.SetStr("__builtins__", SysState.Of(ts.Interpreter).Builtins);
            return Api.New(ts, Eval.ExecCode(ts, pc, gd, l));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }
}
