using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.Execution;
using Isolated.Execution.Import;
using Isolated.Modules.Signal;
using Isolated.Modules.Weakref;
using Isolated.Objects;

namespace Isolated.CApi.Exports;

/// <summary>Errors C code reports or prints (pyerrors.h, warnings.h, pyframe.h): import and
/// syntax errors with their attributes, signals, warnings, printing without sys.excepthook,
/// unraisable exceptions and tracebacks.</summary>
internal static unsafe class ErrorReporting
{
    static string? OptionalUtf8(byte* s) => s == null ? null : Marshal.PtrToStringUTF8((nint)s);

    [UnmanagedCallersOnly(EntryPoint = "PyErr_SetImportError")]
    public static nint PyErr_SetImportError(nint msg, nint name, nint path) =>
        SetImportError(0, msg, name, path, "PyErr_SetImportError");

    [UnmanagedCallersOnly(EntryPoint = "PyErr_SetImportErrorSubclass")]
    public static nint PyErr_SetImportErrorSubclass(nint exception, nint msg, nint name, nint path) =>
        SetImportError(exception, msg, name, path, "PyErr_SetImportErrorSubclass");

    /// <summary>exception(msg) with its name and path attributes (None for NULL), as CPython's
    /// PyErr_SetImportErrorSubclass; always returns NULL.</summary>
    static nint SetImportError(nint exception, nint msg, nint name, nint path, string function)
    {
        var ts = Api.Ts(function);
        if (ts is null) return 0;
        try
        {
            var interp = ts.Interpreter;
            var importError = interp.ExceptionType(ExceptionKind.ImportError);
            PyType type = importError;
            if (exception != 0)
            {
                if (Api.Arg(ts, exception) is not { } e) return 0;
                if (e is not PyType t || !t.IsSubtypeOf(importError))
                {
                    ts.Raise(ExceptionKind.TypeError, "expected a subclass of ImportError");
                    return 0;
                }
                type = t;
            }
            if (msg == 0)
            {
                ts.Raise(ExceptionKind.TypeError, "expected a message argument");
                return 0;
            }
            var m = Api.Arg(ts, msg);
            PyObject? n = name == 0 ? interp.None : Api.Arg(ts, name);
            PyObject? p = path == 0 ? interp.None : Api.Arg(ts, path);
            if (m is null || n is null || p is null) return 0;
            var kwnames = interp.Tuple(interp.Intern("name"), interp.Intern("path"));
            if (Ops.Call(ts, type, [m, n, p], kwnames) is PyBaseException exc) ts.CurrentException = exc;
            return 0;
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyErr_SyntaxLocation")]
    public static void PyErr_SyntaxLocation(byte* filename, int lineno) => SyntaxLocation(filename, lineno, -1, "PyErr_SyntaxLocation");

    [UnmanagedCallersOnly(EntryPoint = "PyErr_SyntaxLocationEx")]
    public static void PyErr_SyntaxLocationEx(byte* filename, int lineno, int colOffset) =>
        SyntaxLocation(filename, lineno, colOffset, "PyErr_SyntaxLocationEx");

    /// <summary>Sets filename, lineno, end_lineno, offset (None for a negative column) and text
    /// (the source line when the file can be read) on the pending exception, as CPython does.
    /// Without a pending exception a SyntaxError is made.</summary>
    static void SyntaxLocation(byte* filename, int lineno, int colOffset, string function)
    {
        var ts = Api.Ts(function);
        if (ts is null) return;
        try
        {
            var interp = ts.Interpreter;
            var exc = ts.FetchError() ?? interp.NewException(ExceptionKind.SyntaxError, "");
            string? file = OptionalUtf8(filename);
            bool ok = Set(ts, exc, "lineno", interp.Int(lineno))
                && Set(ts, exc, "offset", colOffset >= 0 ? interp.Int(colOffset) : interp.None)
                && (file is null || Set(ts, exc, "filename", interp.Str(file)))
                && Set(ts, exc, "end_lineno", interp.Int(lineno));
            if (ok && file is not null && exc.Type.IsSubtypeOf(interp.ExceptionType(ExceptionKind.SyntaxError))
                && ProgramText(file, lineno) is { } text)
                ok = Set(ts, exc, "text", interp.Str(text));
            if (ok) ts.CurrentException = exc;
        }
        catch (Exception e) { Api.Fail(ts, e); }
    }

    static bool Set(ThreadState ts, PyObject obj, string name, PyObject value) => Ops.SetAttr(ts, obj, ts.Interpreter.Intern(name), value);

    /// <summary>Line <paramref name="lineno"/> of a file with its line end, or null.</summary>
    static string? ProgramText(string filename, int lineno)
    {
        if (lineno < 1) return null;
        try
        {
            using var reader = new StreamReader(filename, System.Text.Encoding.UTF8);
            var sb = new System.Text.StringBuilder();
            int line = 1, c;
            while ((c = reader.Read()) >= 0)
            {
                if (line == lineno) sb.Append((char)c);
                if (c == '\n' && ++line > lineno) break;
            }
            return line >= lineno && sb.Length > 0 ? sb.ToString() : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyErr_ProgramText")]
    public static nint PyErr_ProgramText(byte* filename, int lineno)
    {
        var ts = Api.Ts("PyErr_ProgramText");
        if (ts is null || filename == null) return 0;
        try
        {
            var file = OptionalUtf8(filename);
            return file is not null && ProgramText(file, lineno) is { } text ? Api.New(ts, ts.Interpreter.Str(text)) : 0;
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyErr_CheckSignals")]
    public static int PyErr_CheckSignals()
    {
        var ts = Api.Ts("PyErr_CheckSignals");
        if (ts is null) return -1;
        try { return SignalState.CheckSignals(ts) ? 0 : -1; }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyErr_SetInterrupt")]
    public static void PyErr_SetInterrupt() => SetInterrupt(SignalState.SIGINT);

    [UnmanagedCallersOnly(EntryPoint = "PyErr_SetInterruptEx")]
    public static int PyErr_SetInterruptEx(int signum) => SetInterrupt(signum);

    const int SignalCount = 65;   // Linux's NSIG: signal numbers are 1..64

    /// <summary>As if signum had arrived: handled at the main thread's next check. Needs no GIL.</summary>
    static int SetInterrupt(int signum)
    {
        if (signum < 1 || signum >= SignalCount) return -1;
        try
        {
            var rt = ProcessRuntime.Instance;
            if (rt is null) return 0;
            var state = SignalState.Of(rt);
            var handler = state.Handlers[signum];
            bool defaultInt = signum == SignalState.SIGINT && state.SigintIsDefaultHandler;
            // Ignored or default-handled signals are dropped, as CPython drops them.
            if (!defaultInt && (handler is null || handler is PyInt)) return 0;
            state.Trip(signum);
            return 0;
        }
        catch (Exception e)
        {
            Fatal.Bug("PyErr_SetInterruptEx", e);
            return -1;
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyErr_Display")]
    public static void PyErr_Display(nint unused, nint value, nint tb) => Display(value, "PyErr_Display");

    [UnmanagedCallersOnly(EntryPoint = "PyErr_DisplayException")]
    public static void PyErr_DisplayException(nint exc) => Display(exc, "PyErr_DisplayException");

    /// <summary>The exception with its chain and traceback on sys.stderr, without sys.excepthook.</summary>
    static void Display(nint value, string function)
    {
        var ts = Api.Ts(function);
        if (ts is null) return;
        try
        {
            var v = Api.Arg(ts, value);
            if (v is null) return;   // SystemError for the bad argument stays set
            if (v is PyBaseException e) TracebackPrinter.PrintToSysStderr(ts, e);
            else
                TracebackPrinter.WriteToSysStderr(ts, $"TypeError: print_exception(): Exception expected for value, {v.Type.Name} found\n");
            ts.CurrentException = null;
        }
        catch (Exception e) { Fatal.Bug(function, e); }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyErr_WriteUnraisable")]
    public static void PyErr_WriteUnraisable(nint obj)
    {
        var ts = Api.Ts("PyErr_WriteUnraisable");
        if (ts is null) return;
        try
        {
            var exc = ts.FetchError();
            if (exc is null) return;
            var o = obj == 0 ? null : Bridge.ObjectBridge.FromNative(obj);
            Unraisable.Report(ts, exc, o, o is null ? null : "Exception ignored in");
        }
        catch (Exception e) { Fatal.Bug("PyErr_WriteUnraisable", e); }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyErr_WarnEx")]
    public static int PyErr_WarnEx(nint category, byte* message, nint stackLevel)
    {
        var ts = Api.Ts("PyErr_WarnEx");
        if (ts is null) return -1;
        try
        {
            var text = Api.Utf8(ts, message);
            var cat = WarningCategory(ts, category);
            if (text is null || cat is null) return -1;
            return CallWarnings(ts, "warn", [ts.Interpreter.Str(text), cat, ts.Interpreter.Int(stackLevel)]);
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyErr_WarnExplicit")]
    public static int PyErr_WarnExplicit(nint category, byte* message, byte* filename, int lineno, byte* module, nint registry)
    {
        var ts = Api.Ts("PyErr_WarnExplicit");
        if (ts is null) return -1;
        try
        {
            var interp = ts.Interpreter;
            var text = Api.Utf8(ts, message);
            var file = Api.Utf8(ts, filename);
            var cat = WarningCategory(ts, category);
            PyObject? reg = registry == 0 ? interp.None : Api.Arg(ts, registry);
            if (text is null || file is null || cat is null || reg is null) return -1;
            PyObject mod = module == null ? interp.None : interp.Str(OptionalUtf8(module)!);
            return CallWarnings(ts, "warn_explicit", [interp.Str(text), cat, interp.Str(file), interp.Int(lineno), mod, reg]);
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    /// <summary>NULL means RuntimeWarning, as in CPython.</summary>
    static PyObject? WarningCategory(ThreadState ts, nint category) =>
        category == 0 ? ts.Interpreter.ExceptionType(ExceptionKind.RuntimeWarning) : Api.Arg(ts, category);

    /// <summary>warnings.&lt;function&gt;(*args): the stdlib's filters decide; 0, or -1 when the
    /// warning became an exception.</summary>
    static int CallWarnings(ThreadState ts, string function, PyObject[] args)
    {
        var warnings = ImportSystem.ImportModule(ts, "warnings");
        var f = warnings is null ? null : Ops.GetAttr(ts, warnings, function);
        return f is not null && Ops.Call(ts, f, args) is not null ? 0 : -1;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyTraceBack_Here")]
    public static int PyTraceBack_Here(nint frame)
    {
        var ts = Api.Ts("PyTraceBack_Here");
        if (ts is null) return -1;
        try
        {
            if (Api.Arg(ts, frame) is not { } f) return -1;
            if (f is not PyFrame pf)
            {
                ts.Raise(ExceptionKind.SystemError, $"PyTraceBack_Here: expected a frame, got '{f.Type.Name}'");
                return -1;
            }
            if (ts.CurrentException is not { } exc)
            {
                ts.Raise(ExceptionKind.SystemError, "PyTraceBack_Here called without an exception set");
                return -1;
            }
            exc.Traceback = new PyTraceback(ts.Interpreter.Types.Traceback, exc.Traceback as PyTraceback, pf, -1, pf.Line);
            return 0;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyTraceBack_Print")]
    public static int PyTraceBack_Print(nint tb, nint file)
    {
        var ts = Api.Ts("PyTraceBack_Print");
        if (ts is null) return -1;
        try
        {
            if (tb == 0) return 0;
            var t = Api.Arg(ts, tb);
            var f = t is null ? null : Api.Arg(ts, file);
            if (f is null) return -1;
            if (t is not PyTraceback)
            {
                ts.Raise(ExceptionKind.SystemError, "bad argument to internal function");
                return -1;
            }
            var sb = new System.Text.StringBuilder("Traceback (most recent call last):\n");
            TracebackPrinter.FormatStack(ts, TracebackPrinter.ExtractFrames(ts, t), sb);
            return Isolated.Modules.Sys.LateBound.CallMethod(ts, f, "write", ts.Interpreter.Str(sb.ToString())) is null ? -1 : 0;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }
}
