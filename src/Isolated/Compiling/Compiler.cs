using Isolated.Objects;
using Isolated.Parsing;
using Isolated.Parsing.Ast;
using Isolated.Runtime;

namespace Isolated.Compiling;

/// <summary>
/// The compiler's entry points: source (or an AST) to a code object.
/// <list type="bullet">
/// <item><c>Compile(ts, source, filename, mode, flags, optimize)</c>: parses and compiles; null with
/// SyntaxError (IndentationError, TabError) set on <c>ts</c> when the source is invalid.</item>
/// <item><c>Compile(ts, ast, filename, mode, flags, optimize)</c>: compiles a parsed tree.</item>
/// </list>
/// <c>optimize</c>: -1 or 0 keep asserts and docstrings, 1 drops asserts, 2 also docstrings.
/// </summary>
public static class Compiler
{
    public static PyCode? Compile(ThreadState ts, string source, string filename, CompileMode mode, int flags = 0, int optimize = -1)
    {
        var warnings = new CompileWarnings();
        ModNode ast;
        try
        {
            ast = Parser.Parse(source, ToParseMode(mode), filename, Options(warnings));
        }
        catch (PythonSyntaxError e)
        {
            if (warnings.Emit(ts, filename, source)) RaiseSyntaxError(ts, e);
            return null;
        }
        if (!warnings.Emit(ts, filename, source)) return null;
        return Compile(ts, ast, filename, mode, flags, optimize, warnings);
    }

    /// <summary>Compiles source given as bytes (honours a BOM and a coding declaration).</summary>
    public static PyCode? Compile(ThreadState ts, byte[] source, string filename, CompileMode mode, int flags = 0, int optimize = -1)
    {
        var warnings = new CompileWarnings();
        ModNode ast;
        try
        {
            ast = Parser.Parse(source, ToParseMode(mode), filename, Options(warnings));
        }
        catch (PythonSyntaxError e)
        {
            if (warnings.Emit(ts, filename, null)) RaiseSyntaxError(ts, e);
            return null;
        }
        if (!warnings.Emit(ts, filename, null)) return null;
        return Compile(ts, ast, filename, mode, flags, optimize, warnings);
    }

    /// <summary>The runtime's parser options, with the parser's SyntaxWarnings going to <paramref name="warnings"/>.</summary>
    static ParserOptions Options(CompileWarnings warnings) => new()
    {
        UnicodeNames = ParserOptions.Default.UnicodeNames,
        NormalizeIdentifier = ParserOptions.Default.NormalizeIdentifier,
        Warning = (message, line) => warnings.Add(message, line, 0, fromParser: true),
    };

    public static PyCode? Compile(ThreadState ts, ModNode ast, string filename, CompileMode mode, int flags = 0, int optimize = -1,
                                  CompileWarnings? warnings = null)
    {
        warnings ??= new CompileWarnings();
        PyCode? code = null;
        try
        {
            code = CodeGenerator.CompileModule(ts, ast, filename, optimize < 0 ? 0 : optimize, flags, warnings);
        }
        catch (CompileError e)
        {
            if (warnings.Emit(ts, filename, null))
                RaiseSyntaxError(ts, ExceptionKind.SyntaxError, e.Message, filename, e.Lineno, e.Offset, null, e.EndLineno, e.EndOffset);
            return null;
        }
        catch (PythonSyntaxError e)
        {
            if (warnings.Emit(ts, filename, null)) RaiseSyntaxError(ts, e);
            return null;
        }
        catch (PyException e)
        {
            ts.CurrentException = e.Value;   // RecursionError from a too deeply nested tree
            return null;
        }
        return warnings.Emit(ts, filename, null) ? code : null;
    }

    static ParseMode ToParseMode(CompileMode mode) => mode switch
    {
        CompileMode.Eval => ParseMode.Eval,
        CompileMode.Single => ParseMode.Single,
        _ => ParseMode.Exec,
    };

    /// <summary>Sets the Python SyntaxError (or IndentationError/TabError) for a parser error.</summary>
    public static void RaiseSyntaxError(ThreadState ts, PythonSyntaxError e)
    {
        if (e.Msg == Parser.StackOverflowMessage)
        {
            ts.Raise(ExceptionKind.MemoryError, e.Msg);   // as CPython: too deep for the parser's stack
            return;
        }
        var kind = e.Kind.ToString() switch
        {
            "IndentationError" => ExceptionKind.IndentationError,
            "TabError" => ExceptionKind.TabError,
            _ => ExceptionKind.SyntaxError,
        };
        RaiseSyntaxError(ts, kind, e.Msg, e.Filename, e.Lineno, e.Offset, e.Text, e.EndLineno, e.EndOffset);
    }

    /// <summary>Sets a SyntaxError with CPython's args <c>(msg, (filename, lineno, offset, text,
    /// end_lineno, end_offset))</c> and the same values as attributes.</summary>
    public static void RaiseSyntaxError(ThreadState ts, ExceptionKind kind, string msg, string filename, int lineno, int offset,
                                        string? text, int endLineno, int endOffset)
    {
        var interp = ts.Interpreter;
        if (text is null && lineno > 0) text = SourceLine(filename, lineno);
        PyObject textObj = text is null ? interp.None : interp.Str(text);
        PyObject Num(int v) => interp.Int(v);
        var details = interp.Tuple(interp.Str(filename), Num(lineno), Num(offset), textObj, Num(endLineno), Num(endOffset));
        var exc = new PyBaseException(interp.ExceptionType(kind), interp.Tuple(interp.Str(msg), details));
        var d = exc.Dict = interp.NewDict();
        d.SetStr("msg", interp.Str(msg));
        d.SetStr("filename", interp.Str(filename));
        d.SetStr("lineno", Num(lineno));
        d.SetStr("offset", Num(offset));
        d.SetStr("text", textObj);
        d.SetStr("end_lineno", Num(endLineno));
        d.SetStr("end_offset", Num(endOffset));
        d.SetStr("print_file_and_line", interp.None);
        ts.CurrentException = exc;
    }

    static string? SourceLine(string filename, int lineno) => null;
}
