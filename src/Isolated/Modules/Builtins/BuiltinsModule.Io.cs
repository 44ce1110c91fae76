using Isolated.Modules.Sys;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules;

// print, input and __import__: the builtins that talk to sys's streams and the import system.
public static partial class BuiltinsModule
{
    static partial void AddIoFunctions(Interpreter interp, PyModule m)
    {
        AddFunction(m, "print", Print,
            "Prints the values to a stream, or to sys.stdout by default.");
        AddFunction(m, "input", Input,
            "Read a string from standard input.  The trailing newline is stripped.");
        var import = interp.NewBuiltinFunction("__import__", m, Execution.Import.ImportSystem.BuiltinImport, "Import a module.");
        import.Module = interp.Str("builtins");
        m.Dict.SetStr("__import__", import);
        SysState.Of(interp).Import.OriginalImportFunction = import;
    }

    /// <summary>print(*objects, sep=' ', end='\n', file=None, flush=False): each piece goes through
    /// file.write, as CPython does, so any object with a write method can capture output.</summary>
    static PyObject? Print(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var interp = ts.Interpreter;
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        PyObject? sep = null, end = null, file = null, flush = null;
        for (int k = 0; k < nkw; k++)
        {
            var key = ((PyStr)kwnames!.Items[k]).Value;
            var value = args[npos + k];
            switch (key)
            {
                case "sep": sep = value; break;
                case "end": end = value; break;
                case "file": file = value; break;
                case "flush": flush = value; break;
                default: return ts.Raise(ExceptionKind.TypeError, $"'{key}' is an invalid keyword argument for print()");
            }
        }
        if (file is null || ReferenceEquals(file, interp.None))
        {
            var sys = SysState.Of(interp).SysModuleFor(ts);
            file = sys.Dict.GetStr("stdout");
            if (file is null) return ts.Raise(ExceptionKind.RuntimeError, "lost sys.stdout");
            // print() to a missing stdout (sys.stdout = None) is silently ignored.
            if (ReferenceEquals(file, interp.None)) return interp.None;
        }
        if (sep is not null && !ReferenceEquals(sep, interp.None) && sep is not PyStr)
            return ts.Raise(ExceptionKind.TypeError, $"sep must be None or a string, not {sep.Type.Name}");
        if (end is not null && !ReferenceEquals(end, interp.None) && end is not PyStr)
            return ts.Raise(ExceptionKind.TypeError, $"end must be None or a string, not {end.Type.Name}");
        var write = Ops.GetAttr(ts, file, "write");
        if (write is null) return null;
        for (int i = 0; i < npos; i++)
        {
            if (i > 0 && Ops.Call(ts, write, sep is PyStr s ? s : interp.Str(" ")) is null) return null;
            var text = args[i] is PyStr str && str.GetType() == typeof(PyStr) ? str : Ops.Str(ts, args[i]);
            if (text is null || Ops.Call(ts, write, text) is null) return null;
        }
        if (Ops.Call(ts, write, end is PyStr e ? e : interp.Str("\n")) is null) return null;
        if (flush is not null)
        {
            int doFlush = Ops.IsTrue(ts, flush);
            if (doFlush < 0) return null;
            if (doFlush == 1)
            {
                var f = Ops.GetAttr(ts, file, "flush");
                if (f is null || Ops.Call(ts, f) is null) return null;
            }
        }
        return interp.None;
    }

    /// <summary>input([prompt]): writes the prompt to sys.stdout, reads a line from sys.stdin.</summary>
    static PyObject? Input(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!ArgBinder.CheckPositional(ts, "input", args, kwnames, 0, 1)) return null;
        var interp = ts.Interpreter;
        var sys = SysState.Of(interp).SysModuleFor(ts);
        var stdin = sys.Dict.GetStr("stdin");
        if (stdin is null || ReferenceEquals(stdin, interp.None)) return ts.Raise(ExceptionKind.RuntimeError, "input(): lost sys.stdin");
        var stdout = sys.Dict.GetStr("stdout");
        if (stdout is null || ReferenceEquals(stdout, interp.None)) return ts.Raise(ExceptionKind.RuntimeError, "input(): lost sys.stdout");
        var stderr = sys.Dict.GetStr("stderr");
        if (stderr is not null && !ReferenceEquals(stderr, interp.None))
        {
            if (Ops.GetAttr(ts, stderr, "flush") is { } ef) Ops.Call(ts, ef);
            ts.CurrentException = null;
        }
        if (args.Length == 1)
        {
            var prompt = Ops.Str(ts, args[0]);
            if (prompt is null || LateBound.CallMethod(ts, stdout, "write", prompt) is null) return null;
        }
        if (Ops.GetAttr(ts, stdout, "flush") is { } flush) { if (Ops.Call(ts, flush) is null) return null; }
        else ts.CurrentException = null;
        var line = LateBound.CallMethod(ts, stdin, "readline");
        if (line is null) return null;
        if (line is not PyStr s) return ts.Raise(ExceptionKind.TypeError, $"object.readline() returned non-string");
        if (s.Value.Length == 0) return ts.Raise(ExceptionKind.EOFError, "EOF when reading a line");
        return interp.Str(s.Value.EndsWith('\n') ? s.Value[..^1] : s.Value);
    }
}
