using Isolated.Compiling;
using Isolated.Objects;
using Isolated.Parsing;
using Isolated.Runtime;

namespace Isolated.Execution.Import;

/// <summary>
/// Compiles source text and runs it in a namespace: the one place where the import system,
/// PythonRun and ProgramMain reach the compiler and the VM.
/// </summary>
public static class SourceExecution
{
    /// <summary>Compiles <paramref name="source"/> as <paramref name="mode"/> and executes it with
    /// <paramref name="globals"/> (and <paramref name="locals"/>, the globals when null). Returns
    /// the value (eval mode) or None; null with the exception set on failure.</summary>
    public static PyObject? Exec(ThreadState ts, string source, string filename, PyDict globals, PyObject? locals, SourceMode mode)
    {
        var compileMode = mode switch
        {
            SourceMode.Eval => CompileMode.Eval,
            SourceMode.Single => CompileMode.Single,
            _ => CompileMode.Exec,
        };
        var code = Compiler.Compile(ts, source, filename, compileMode);
        if (code is null) return null;
        return Eval.ExecCode(ts, code, globals, locals);
    }

    /// <summary>The Python SyntaxError (IndentationError, TabError) for a parser error, with
    /// CPython's attributes and args <c>(msg, (filename, lineno, offset, text, end_lineno, end_offset))</c>.</summary>
    public static PyBaseException SyntaxErrorFrom(ThreadState ts, PythonSyntaxError e)
    {
        var saved = ts.FetchError();
        Compiler.RaiseSyntaxError(ts, e);
        var exc = ts.FetchError()!;
        ts.CurrentException = saved;
        return exc;
    }
}
