using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.Execution;
using Isolated.Execution.Import;
using Isolated.Objects;

namespace Isolated.CApi.Exports;

/// <summary>Running code (pythonrun.h), printing errors, and the launcher's entry point.</summary>
internal static unsafe class Run
{
    // CPython's start symbols.
    const int SingleInput = 256, FileInput = 257, EvalInput = 258;

    [UnmanagedCallersOnly(EntryPoint = "PyRun_SimpleString")]
    public static int PyRun_SimpleString(byte* command)
    {
        var ts = Threads.Current("PyRun_SimpleString");
        if (ts is null) return -1;
        try
        {
            var source = Api.Utf8(ts, command);
            if (source is null)
            {
                PythonRun.PrintError(ts);
                return -1;
            }
            Extensions.NativeInstances.AssignHostObjectTypes(ts.Interpreter);
            return CodeRunner.RunSimpleString(ts, source);
        }
        catch (Exception e)
        {
            Api.Fail(ts, e);
            PythonRun.PrintError(ts);
            return -1;
        }
    }

    internal static bool Mode(ThreadState ts, int start, out SourceMode mode)
    {
        switch (start)
        {
            case FileInput: mode = SourceMode.File; return true;
            case EvalInput: mode = SourceMode.Eval; return true;
            case SingleInput: mode = SourceMode.Single; return true;
            default:
                mode = default;
                ts.Raise(ExceptionKind.ValueError, "invalid start symbol (expected Py_file_input, Py_eval_input or Py_single_input)");
                return false;
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyRun_String")]
    public static nint PyRun_String(byte* str, int start, nint globals, nint locals)
    {
        var ts = Api.Ts("PyRun_String");
        if (ts is null) return 0;
        try
        {
            var source = Api.Utf8(ts, str);
            if (source is null || !Mode(ts, start, out var mode)) return 0;
            var g = Api.Arg(ts, globals);
            if (g is null) return 0;
            if (g is not PyDict gd) { ts.Raise(ExceptionKind.SystemError, "globals must be a dict"); return 0; }
            PyObject? l = locals == 0 ? gd : Api.Arg(ts, locals);
            if (l is null) return 0;
            Extensions.NativeInstances.AssignHostObjectTypes(ts.Interpreter);
            return Api.New(ts, PythonRun.RunString(ts, source, mode, gd, l));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyErr_Print")]
    public static void PyErr_Print() => Print("PyErr_Print");

    [UnmanagedCallersOnly(EntryPoint = "PyErr_PrintEx")]
    public static void PyErr_PrintEx(int setSysLastVars) => Print("PyErr_PrintEx");

    static void Print(string function)
    {
        var ts = Api.Ts(function);
        if (ts is null) return;
        try
        {
            // No exception: nothing to print, as in CPython 3.12 (vim's py3do calls it after a
            // command deleted the lines it was iterating over).
            if (ts.CurrentException is null) return;
            PythonRun.PrintError(ts);
        }
        catch (Exception e)
        {
            Fatal.Bug(function, e);
            ts.CurrentException = null;
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "Py_BytesMain")]
    public static int Py_BytesMain(int argc, byte** argv)
    {
        try
        {
            var args = new string[Math.Max(argc, 0)];
            for (int i = 0; i < args.Length; i++)
                args[i] = argv[i] == null ? "" : Marshal.PtrToStringUTF8((nint)argv[i]) ?? "";
            return CodeRunner.Main(args);
        }
        catch (Exception e)
        {
            Fatal.Bug("Py_BytesMain", e);
            return 1;
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyIsolated_Version")]
    public static byte* PyIsolated_Version()
    {
        fixed (byte* v = "0.1.0\0"u8) return v;
    }
}
