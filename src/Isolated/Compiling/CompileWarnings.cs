using Isolated.Execution.Import;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Compiling;

/// <summary>
/// The SyntaxWarnings one compilation finds (invalid escape sequences and number literals from
/// the parser, "is" with a literal, calling or subscripting a literal, asserting a tuple from the
/// code generator), in order (as often as CPython: a `while` test is compiled twice), through warnings.warn_explicit with the file
/// and line. A warning that the filters turn into an error becomes a SyntaxError, as in CPython.
/// </summary>
public sealed class CompileWarnings
{
    readonly List<(string Message, int Line, int Offset, bool FromParser)> _items = new();

    public int Count => _items.Count;

    public void Add(string message, int line, int offset, bool fromParser = false) =>
        _items.Add((message, line, offset, fromParser));

    /// <summary>Issues the warnings collected since the last call. False with the exception set
    /// when one became an error.</summary>
    public bool Emit(ThreadState ts, string filename, string? source)
    {
        if (_items.Count == 0) return true;
        var items = _items.ToArray();
        _items.Clear();
        var interp = ts.Interpreter;
        var warnings = ImportSystem.ImportModule(ts, "warnings");
        if (warnings is null)
        {
            // No warnings module (a runtime without its stdlib): the warnings go to stderr in
            // the format warnings.py would have used.
            if (!Ops.IsError(ts, ExceptionKind.ImportError)) return false;
            ts.CurrentException = null;
            foreach (var (message, line, _, _) in items)
                if (!Execution.TracebackPrinter.WriteToSysStderr(ts, $"{filename}:{line}: SyntaxWarning: {message}\n")) ts.CurrentException = null;
            return true;
        }
        var warnExplicit = Ops.GetAttr(ts, warnings, "warn_explicit");
        if (warnExplicit is null) return false;
        var category = interp.ExceptionType(ExceptionKind.SyntaxWarning);
        foreach (var (message, line, offset, fromParser) in items)
        {
            var r = Ops.Call(ts, warnExplicit, [interp.Str(message), category, interp.Str(filename), interp.Int(line)]);
            if (r is not null) continue;
            if (ts.CurrentException is { } e && e.Type.IsSubtypeOf(category))
            {
                // -W error: the warning is reported as the SyntaxError it stands for.
                ts.CurrentException = null;
                Compiler.RaiseSyntaxError(ts, ExceptionKind.SyntaxError, message, filename, line, offset,
                    fromParser ? SourceLine(source, line) : null, line, offset);
            }
            return false;
        }
        return true;
    }

    static string? SourceLine(string? source, int line)
    {
        if (source is null || line < 1) return null;
        int start = 0;
        for (int n = 1; n < line; n++)
        {
            int nl = source.IndexOf('\n', start);
            if (nl < 0) return null;
            start = nl + 1;
        }
        int end = source.IndexOf('\n', start);
        return end < 0 ? source[start..] : source[start..(end + 1)];
    }
}
