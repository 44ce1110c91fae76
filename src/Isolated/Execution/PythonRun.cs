using System.Text;
using Isolated.Execution.Import;
using Isolated.Modules.Sys;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Execution;

/// <summary>
/// The host-facing "run some Python" API (CPython's pythonrun.c), used by the C API
/// (PyRun_SimpleString, PyRun_String, PyRun_File, PyErr_Print) and by <see cref="ProgramMain"/>.
/// Every function takes the calling thread's state, which must hold its interpreter's GIL.
/// </summary>
public static class PythonRun
{
    /// <summary>Makes the interpreter ready to run code: builtins, sys (with sys.meta_path holding
    /// the builtin finders) and __main__ in sys.modules. Idempotent and cheap after the first call.</summary>
    public static void Initialize(ThreadState ts)
    {
        var state = SysState.Of(ts.Interpreter);
        _ = state.Builtins;
        state.SysModuleFor(ts);
        MainModule(ts);
    }

    /// <summary>sys.modules['__main__'], created (with __builtins__) when absent.</summary>
    public static PyModule MainModule(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var state = SysState.Of(interp);
        state.SysModuleFor(ts);
        if (interp.Modules.GetStr("__main__") is PyModule existing) return existing;
        var main = ModuleType.New(interp, "__main__");
        main.Dict.SetStr("__builtins__", state.Builtins);
        main.Dict.SetStr("__loader__", LoaderTypes.BuiltinImporter(interp));
        main.Dict.SetStr("__annotations__", interp.NewDict());
        interp.Modules.SetStr("__main__", main);
        return main;
    }

    /// <summary>PyRun_SimpleString: runs <paramref name="source"/> in __main__; on error prints
    /// it (sys.excepthook) and returns -1. SystemExit goes to <see cref="HandleSystemExit"/>.</summary>
    public static int RunSimpleString(ThreadState ts, string source)
    {
        var main = MainModule(ts);
        var result = RunString(ts, source, SourceMode.File, main.Dict, main.Dict);
        if (result is not null) return 0;
        PrintError(ts);
        return -1;
    }

    /// <summary>PyRun_String: compiles and runs <paramref name="source"/> in the given namespaces.
    /// Returns the expression's value (eval mode) or None; null with the error set.</summary>
    public static PyObject? RunString(ThreadState ts, string source, SourceMode mode, PyDict globals, PyObject? locals,
                                      string filename = "<string>")
    {
        if (globals.GetStr("__builtins__") is null) globals.SetStr("__builtins__", SysState.Of(ts.Interpreter).Builtins);
        return SourceExecution.Exec(ts, source, filename, globals, locals, mode);
    }

    /// <summary>PyRun_File-like: runs the file at <paramref name="path"/> in the given namespaces.</summary>
    public static PyObject? RunFileIn(ThreadState ts, string path, PyDict globals, PyObject? locals)
    {
        string source;
        try
        {
            source = SourceReader.Decode(File.ReadAllBytes(path), path);
        }
        catch (Isolated.Parsing.PythonSyntaxError e)
        {
            return ts.Raise(SourceExecution.SyntaxErrorFrom(ts, e));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ts.Raise(ExceptionKind.OSError, e.Message);
        }
        SysState.Of(ts.Interpreter).Import.RememberSource(path, source);
        if (globals.GetStr("__builtins__") is null) globals.SetStr("__builtins__", SysState.Of(ts.Interpreter).Builtins);
        return SourceExecution.Exec(ts, source, path, globals, locals, SourceMode.File);
    }

    /// <summary>PyRun_SimpleFile: runs a script as __main__ (with __file__ set while it runs);
    /// prints an uncaught exception. 0 or -1.</summary>
    public static int RunFile(ThreadState ts, string path)
    {
        var interp = ts.Interpreter;
        var main = MainModule(ts);
        var d = main.Dict;
        bool setFile = d.GetStr("__file__") is null;
        if (setFile)
        {
            d.SetStr("__file__", interp.Str(path));
            d.SetStr("__cached__", interp.None);
        }
        var result = RunFileIn(ts, path, d, d);
        if (setFile)
        {
            var pending = ts.FetchError();
            foreach (var key in (ReadOnlySpan<string>)["__file__", "__cached__"])
            {
                var k = interp.Str(key);
                d.TryDelItem(ts, k, k.Hash, out _);
            }
            ts.CurrentException = pending;
        }
        if (result is not null) return 0;
        PrintError(ts);
        return -1;
    }

    /// <summary>PyErr_Print: prints the pending exception through sys.excepthook (with
    /// sys.last_exc/last_type/last_value/last_traceback set) and clears it. A SystemExit is not
    /// printed: it goes to <see cref="HandleSystemExit"/>.</summary>
    public static void PrintError(ThreadState ts)
    {
        var exc = ts.FetchError();
        if (exc is null) return;
        if (IsSystemExit(ts, exc))
        {
            int code = SystemExitCode(ts, exc);
            HandleSystemExit(ts, code);
            return;
        }
        PrintException(ts, exc, setLast: true);
    }

    /// <summary>Prints <paramref name="exc"/> with its traceback the way CPython does: through
    /// sys.excepthook, falling back to the builtin printer (and reporting the hook's own failure)
    /// when the hook is missing or raises.</summary>
    public static void PrintException(ThreadState ts, PyBaseException exc, bool setLast = false)
    {
        var interp = ts.Interpreter;
        var state = SysState.Of(interp);
        var sys = state.SysModuleFor(ts);
        var tb = exc.Traceback ?? interp.None;
        if (setLast)
        {
            sys.Dict.SetStr("last_exc", exc);
            sys.Dict.SetStr("last_type", exc.Type);
            sys.Dict.SetStr("last_value", exc);
            sys.Dict.SetStr("last_traceback", tb);
        }
        var hook = sys.Dict.GetStr("excepthook");
        if (hook is not null && !ReferenceEquals(hook, interp.None))
        {
            var saved = ts.FetchError();
            if (Ops.Call(ts, hook, [exc.Type, exc, tb]) is not null)
            {
                ts.CurrentException = saved;
                return;
            }
            var hookError = ts.FetchError();
            if (hookError is not null && IsSystemExit(ts, hookError))
            {
                HandleSystemExit(ts, SystemExitCode(ts, hookError));
                return;
            }
            TracebackPrinter.WriteToSysStderr(ts, "Error in sys.excepthook:\n");
            if (hookError is not null) TracebackPrinter.PrintToSysStderr(ts, hookError);
            TracebackPrinter.WriteToSysStderr(ts, "\nOriginal exception was:\n");
            TracebackPrinter.PrintToSysStderr(ts, exc);
            ts.CurrentException = saved;
            return;
        }
        TracebackPrinter.WriteToSysStderr(ts, "sys.excepthook is missing\n");
        TracebackPrinter.PrintToSysStderr(ts, exc);
        ts.CurrentException = null;
    }

    public static bool IsSystemExit(ThreadState ts, PyBaseException exc) =>
        exc.Type.IsSubtypeOf(ts.Interpreter.ExceptionType(ExceptionKind.SystemExit));

    /// <summary>The process exit status a SystemExit asks for (CPython's handle_system_exit):
    /// None → 0, an int → that int, anything else is printed to sys.stderr and gives 1.</summary>
    public static int SystemExitCode(ThreadState ts, PyBaseException exc)
    {
        var interp = ts.Interpreter;
        var code = Ops.GetAttr(ts, exc, "code");
        if (code is null)
        {
            ts.CurrentException = null;
            code = exc.Args.Count switch { 0 => interp.None, 1 => exc.Args[0], _ => exc.Args };
        }
        if (ReferenceEquals(code, interp.None)) return 0;
        if (code is PyInt i) return i.IsSmall ? unchecked((int)i.Small) : -1;
        var text = Ops.Str(ts, code) as PyStr;
        ts.CurrentException = null;
        if (text is not null)
            TracebackPrinter.WriteToSysStderr(ts, text.Value + "\n");
        return 1;
    }

    /// <summary>What a SystemExit does outside the launcher: the interpreter's
    /// <see cref="SysState.SystemExitHandler"/> when a host set one, else (as CPython's
    /// Py_Exit) flush the standard streams and exit the process.</summary>
    public static void HandleSystemExit(ThreadState ts, int code)
    {
        var state = SysState.Of(ts.Interpreter);
        if (state.SystemExitHandler is { } handler)
        {
            handler(code);
            return;
        }
        state.FlushStandardStreams(ts);
        Environment.Exit(code);
    }

    /// <summary>Compiles and runs one interactive statement (REPL, PyRun_InteractiveOne):
    /// expression values are echoed through sys.displayhook.</summary>
    public static PyObject? RunInteractive(ThreadState ts, string source, string filename = "<stdin>")
    {
        var main = MainModule(ts);
        // A lone expression is evaluated and its value handed to sys.displayhook here, so echoing
        // does not depend on how the compiler treats "single" mode.
        if (IsSingleExpression(source))
        {
            var value = SourceExecution.Exec(ts, source, filename, main.Dict, main.Dict, SourceMode.Eval);
            if (value is null) return null;
            var sys = SysState.Of(ts.Interpreter).SysModuleFor(ts);
            var hook = sys.Dict.GetStr("displayhook");
            if (hook is null) return ts.Raise(ExceptionKind.RuntimeError, "lost sys.displayhook");
            return Ops.Call(ts, hook, value);
        }
        return SourceExecution.Exec(ts, source, filename, main.Dict, main.Dict, SourceMode.Single);
    }

    static bool IsSingleExpression(string source)
    {
        try
        {
            var tree = Isolated.Parsing.Parser.ParseModule(source, "<stdin>");
            return tree.Body.Count == 1 && tree.Body[0] is Isolated.Parsing.Ast.Expr;
        }
        catch (Exception)
        {
            return false;
        }
    }

    /// <summary>Formats an exception like the default excepthook, for hosts that want the text.</summary>
    public static string FormatException(ThreadState ts, PyBaseException exc) => TracebackPrinter.Format(ts, exc);

    /// <summary>Flushes sys.stdout/sys.stderr (interpreter shutdown, end of a host's run).</summary>
    public static void FlushStandardStreams(ThreadState ts) => SysState.Of(ts.Interpreter).FlushStandardStreams(ts);

    internal static string ReadAllText(Stream stream)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false), true, 4096, leaveOpen: true);
        return reader.ReadToEnd();
    }
}
