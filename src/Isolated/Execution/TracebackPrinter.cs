using System.Text;
using Isolated.Modules.Sys;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Execution;

/// <summary>
/// Formats exceptions exactly as CPython 3.12 prints them (sys.excepthook / PyErr_Print):
/// chained exceptions (cause / context), the traceback with source lines, "[Previous line repeated
/// N more times]", position markers, SyntaxError's caret line, __notes__ and the exception group
/// tree. Tracebacks, frames and code objects are read through their Python attributes (tb_frame,
/// tb_lineno, tb_next, tb_lasti, f_code, co_filename, co_name, co_positions) so that any
/// implementation of them — the VM's or a test's — prints the same way. A cold path: it allocates
/// freely.
/// </summary>
public static class TracebackPrinter
{
    const int RecursiveCutoff = 3;
    const int MaxGroupWidth = 15;
    const int MaxGroupDepth = 10;
    const string CauseMessage = "\nThe above exception was the direct cause of the following exception:\n\n";
    const string ContextMessage = "\nDuring handling of the above exception, another exception occurred:\n\n";

    /// <summary>Formats <paramref name="exc"/> with its chain and traceback. Never fails: errors
    /// raised while formatting are swallowed and replaced by placeholders, as CPython does.</summary>
    public static string Format(ThreadState ts, PyBaseException exc)
    {
        var saved = ts.FetchError();
        var ctx = new Context(ts);
        try
        {
            ctx.FormatChain(exc, chain: true);
        }
        finally
        {
            ts.CurrentException = saved;
        }
        return ctx.Output.ToString();
    }

    /// <summary>Prints the exception to sys.stderr (or the process's stderr when sys.stderr is
    /// missing or None, as CPython falls back to). False with an error set when writing failed.</summary>
    public static bool PrintToSysStderr(ThreadState ts, PyBaseException exc) => WriteToSysStderr(ts, Format(ts, exc));

    /// <summary>Writes text to sys.stderr through its write method.</summary>
    public static bool WriteToSysStderr(ThreadState ts, string text)
    {
        var interp = ts.Interpreter;
        var state = SysState.Of(interp);
        var stderr = state.Sys?.Dict.GetStr("stderr");
        if (stderr is null || ReferenceEquals(stderr, interp.None))
        {
            if (state.Sys is not null) text = "lost sys.stderr\n" + text;
            var raw = state.StderrSink ?? Console.OpenStandardError();
            raw.Write(Encoding.UTF8.GetBytes(text));
            raw.Flush();
            return true;
        }
        if (LateBound.CallMethod(ts, stderr, "write", interp.Str(text)) is null) return false;
        if (Ops.GetAttr(ts, stderr, "flush") is { } flush) Ops.Call(ts, flush);
        ts.CurrentException = null;
        return true;
    }

    /// <summary>The name CPython prints for an exception type: module-qualified unless the module
    /// is builtins or __main__.</summary>
    public static string TypeDisplayName(PyType type)
    {
        string module = Ops.TypeModuleName(type);
        return module is "builtins" or "__main__" ? type.QualName : module + "." + type.QualName;
    }

    /// <summary>One frame of a traceback, read from its attributes.</summary>
    public readonly record struct FrameSummary(string Filename, int LineNo, string Name,
        int? EndLineNo, int? ColOffset, int? EndColOffset);

    /// <summary>Walks tb_next from <paramref name="tb"/>.</summary>
    public static List<FrameSummary> ExtractFrames(ThreadState ts, PyObject? tb)
    {
        var frames = new List<FrameSummary>();
        var interp = ts.Interpreter;
        int guard = 0;
        while (tb is not null && !ReferenceEquals(tb, interp.None) && guard++ < 100_000)
        {
            var frame = Attr(ts, tb, "tb_frame");
            var code = frame is null ? null : Attr(ts, frame, "f_code");
            string filename = code is not null && Attr(ts, code, "co_filename") is PyStr f ? f.Value : "<unknown>";
            string name = code is not null && Attr(ts, code, "co_name") is PyStr n ? n.Value : "<unknown>";
            int lineno = IntAttr(Attr(ts, tb, "tb_lineno")) ?? -1;
            int? endLine = null, col = null, endCol = null;
            if (code is not null && IntAttr(Attr(ts, tb, "tb_lasti")) is int lasti && lasti >= 0)
                Positions(ts, code, lasti, ref endLine, ref col, ref endCol, ref lineno);
            frames.Add(new FrameSummary(filename, lineno, name, endLine, col, endCol));
            tb = Attr(ts, tb, "tb_next");
        }
        return frames;
    }

    /// <summary>co_positions()[lasti // 2]: (lineno, end_lineno, col, end_col) of the failing instruction.</summary>
    static void Positions(ThreadState ts, PyObject code, int lasti, ref int? endLine, ref int? col, ref int? endCol, ref int lineno)
    {
        var positions = Attr(ts, code, "co_positions");
        if (positions is null) return;
        var iterable = Ops.Call(ts, positions);
        if (iterable is null) { ts.CurrentException = null; return; }
        var items = LateBound.ToList(ts, iterable);
        if (items is null) { ts.CurrentException = null; return; }
        int index = lasti / 2;
        if (index >= items.Count || items[index] is not PyTuple { Count: 4 } p) return;
        if (IntAttr(p[0]) is int l && lineno < 0) lineno = l;
        endLine = IntAttr(p[1]);
        col = IntAttr(p[2]);
        endCol = IntAttr(p[3]);
    }

    static PyObject? Attr(ThreadState ts, PyObject obj, string name)
    {
        var v = Ops.GetAttr(ts, obj, name);
        if (v is null) ts.CurrentException = null;
        return v;
    }

    static int? IntAttr(PyObject? v) => v is PyInt { IsSmall: true } i && v is not PyBool ? (int)i.Small : null;

    /// <summary>The source line <paramref name="lineno"/> of <paramref name="filename"/>, or null.</summary>
    public static string? SourceLine(ThreadState ts, string filename, int lineno)
    {
        if (lineno < 1 || filename.Length == 0 || filename[0] == '<') return null;
        var lines = SysState.Of(ts.Interpreter).Import.SourceLines(filename);
        return lines is not null && lineno <= lines.Length ? lines[lineno - 1] : null;
    }

    /// <summary>The traceback entries as CPython's StackSummary.format() prints them.</summary>
    public static void FormatStack(ThreadState ts, List<FrameSummary> frames, StringBuilder sb)
    {
        string? lastFile = null, lastName = null;
        int lastLine = -2, count = 0;
        foreach (var f in frames)
        {
            if (lastFile != f.Filename || lastLine != f.LineNo || lastName != f.Name)
            {
                if (count > RecursiveCutoff) AppendRepeated(sb, count - RecursiveCutoff);
                lastFile = f.Filename;
                lastLine = f.LineNo;
                lastName = f.Name;
                count = 0;
            }
            count++;
            if (count > RecursiveCutoff) continue;
            FormatFrame(ts, f, sb);
        }
        if (count > RecursiveCutoff) AppendRepeated(sb, count - RecursiveCutoff);
    }

    static void AppendRepeated(StringBuilder sb, int count) =>
        sb.Append("  [Previous line repeated ").Append(count).Append(" more time").Append(count > 1 ? "s" : "").Append("]\n");

    static void FormatFrame(ThreadState ts, FrameSummary f, StringBuilder sb)
    {
        sb.Append("  File \"").Append(f.Filename).Append("\", line ").Append(f.LineNo < 0 ? "None" : f.LineNo.ToString())
          .Append(", in ").Append(f.Name).Append('\n');
        var line = SourceLine(ts, f.Filename, f.LineNo);
        if (line is null) return;
        string original = line.TrimEnd('\n', '\r');
        string stripped = original.Trim();
        if (stripped.Length == 0) return;
        sb.Append("    ").Append(stripped).Append('\n');
        if (f.ColOffset is not int colByte || f.EndColOffset is not int endColByte || f.EndLineNo is not int endLine) return;
        int strippedChars = original.Length - original.TrimStart().Length;
        int start = ByteOffsetToCharOffset(original, colByte) + 1;
        int end = ByteOffsetToCharOffset(original, endColByte) + 1;
        CaretAnchors? anchors = null;
        if (endLine == f.LineNo)
        {
            if (start - 1 <= original.Length && end - 1 <= original.Length && start <= end)
                anchors = CaretAnchors.Find(original[(start - 1)..(end - 1)]);
        }
        else
            end = strippedChars + stripped.Length + 1;
        // Markers appear only when they point at part of the line.
        if (end - start < stripped.Length || anchors is { } a && a.RightStart - a.LeftEnd > 0)
        {
            sb.Append("    ").Append(' ', Math.Max(0, start - 1 - strippedChars));
            if (anchors is { } an)
            {
                sb.Append('~', an.LeftEnd);
                sb.Append('^', an.RightStart - an.LeftEnd);
                sb.Append('~', Math.Max(0, end - start - an.RightStart));
            }
            else
                sb.Append('^', Math.Max(1, end - start));
            sb.Append('\n');
        }
    }

    static int ByteOffsetToCharOffset(string line, int byteOffset)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        if (byteOffset > bytes.Length) byteOffset = bytes.Length;
        return Encoding.UTF8.GetCharCount(bytes, 0, byteOffset);
    }

    /// <summary>Formats one exception without its chain (traceback.format_exception_only), with
    /// its notes.</summary>
    public static void FormatExceptionOnly(ThreadState ts, PyBaseException exc, StringBuilder sb, string indent = "")
    {
        var interp = ts.Interpreter;
        string stype = TypeDisplayName(exc.Type);
        if (exc.Type.IsSubtypeOf(interp.ExceptionType(ExceptionKind.SyntaxError)))
            FormatSyntaxError(ts, exc, stype, sb);
        else
        {
            string value = SafeStr(ts, exc, "exception");
            value += Suggestion(ts, exc);
            sb.Append(stype);
            if (value.Length > 0) sb.Append(": ").Append(value);
            sb.Append('\n');
        }
        var notes = exc.Dict?.GetStr(interp.Str("__notes__")) ?? Attr(ts, exc, "__notes__");
        if (notes is null) return;
        if (notes is PyTuple or PyStr ? notes is PyTuple : LateBound.ToList(ts, notes) is not null)
        {
            var list = LateBound.ToList(ts, notes)!;
            foreach (var note in list)
            {
                string text = SafeStr(ts, note, "note");
                foreach (var l in text.Split('\n')) sb.Append(l).Append('\n');
            }
        }
        else
        {
            ts.CurrentException = null;
            var r = Ops.Repr(ts, notes) as PyStr;
            ts.CurrentException = null;
            sb.Append(r?.Value ?? "<__notes__ repr() failed>").Append('\n');
        }
    }

    /// <summary>What CPython appends to the message of a NameError, AttributeError or ImportError
    /// (". Did you mean: 'x'?", ". Did you forget to import 'sys'"). The close name is found
    /// by the traceback module's own search (the one TracebackException uses); without it, or
    /// if it fails, there is no suggestion.</summary>
    static string Suggestion(ThreadState ts, PyBaseException exc)
    {
        var interp = ts.Interpreter;
        bool importError = exc.Type.IsSubtypeOf(interp.ExceptionType(ExceptionKind.ImportError));
        bool nameError = !importError && exc.Type.IsSubtypeOf(interp.ExceptionType(ExceptionKind.NameError));
        if (!importError && !nameError && !exc.Type.IsSubtypeOf(interp.ExceptionType(ExceptionKind.AttributeError))) return "";
        if (Attr(ts, exc, importError ? "name_from" : "name") is not PyStr wrong) return "";
        string text = "";
        var saved = ts.CurrentException;
        ts.CurrentException = null;
        if (Import.ImportSystem.ImportModule(ts, "traceback") is { } traceback
            && Ops.GetAttr(ts, traceback, "_compute_suggestion_error") is { } compute
            && Ops.Call(ts, compute, [exc, exc.Traceback ?? interp.None, wrong]) is PyStr suggestion)
            text = $". Did you mean: '{suggestion.Value}'?";
        ts.CurrentException = saved;
        if (nameError && Array.IndexOf(StdlibModuleNames.Names, wrong.Value) >= 0)
            text += text.Length > 0 ? $" Or did you forget to import '{wrong.Value}'?" : $". Did you forget to import '{wrong.Value}'?";
        return text;
    }

    static string SafeStr(ThreadState ts, PyObject obj, string what)
    {
        var s = Ops.Str(ts, obj) as PyStr;
        if (s is null)
        {
            ts.CurrentException = null;
            return $"<{what} str() failed>";
        }
        return s.Value;
    }

    static void FormatSyntaxError(ThreadState ts, PyBaseException exc, string stype, StringBuilder sb)
    {
        var interp = ts.Interpreter;
        string? filename = Attr(ts, exc, "filename") is PyStr fn ? fn.Value : null;
        int? lineno = IntAttr(Attr(ts, exc, "lineno"));
        int? offset = IntAttr(Attr(ts, exc, "offset"));
        int? endOffset = IntAttr(Attr(ts, exc, "end_offset"));
        string? text = Attr(ts, exc, "text") is PyStr tx ? tx.Value : null;
        var msgObj = Attr(ts, exc, "msg");
        string? msg = msgObj is null || ReferenceEquals(msgObj, interp.None) ? null : SafeStr(ts, msgObj, "exception");
        // A SyntaxError built from (msg, (filename, lineno, offset, text, ...)) before attributes exist.
        if (msgObj is null && exc.Args.Count >= 1)
        {
            msg = SafeStr(ts, exc.Args[0], "exception");
            if (exc.Args.Count == 2 && exc.Args[1] is PyTuple { Count: >= 4 } d)
            {
                filename ??= d[0] as PyStr is { } f ? f.Value : null;
                lineno ??= IntAttr(d[1]);
                offset ??= IntAttr(d[2]);
                text ??= d[3] is PyStr t ? t.Value : null;
                if (d.Count >= 6) endOffset ??= IntAttr(d[5]);
            }
        }
        string suffix = "";
        if (lineno is not null)
            sb.Append("  File \"").Append(filename ?? "<string>").Append("\", line ").Append(lineno).Append('\n');
        else if (filename is not null)
            suffix = $" ({filename})";
        if (text is not null)
        {
            string rtext = text.TrimEnd('\n');
            string ltext = rtext.TrimStart(' ', '\n', '\f');
            int spaces = rtext.Length - ltext.Length;
            sb.Append("    ").Append(ltext).Append('\n');
            if (offset is int off)
            {
                int end = endOffset is int e && e != 0 ? e : off;
                if (off > text.Length) off = text.Length + 1;
                if (end > text.Length) end = text.Length + 1;
                if (off >= end || end < 0) end = off + 1;
                // CPython 3.12's own display marks an IndentationError (TabError too) with one
                // caret whatever its end_offset; the traceback module shows the whole range.
                if (exc.Type.IsSubtypeOf(interp.ExceptionType(ExceptionKind.IndentationError))) end = off + 1;
                int colno = off - 1 - spaces;
                int endColno = end - 1 - spaces;
                if (colno >= 0)
                {
                    sb.Append("    ");
                    for (int i = 0; i < colno && i < ltext.Length; i++)
                        sb.Append(char.IsWhiteSpace(ltext[i]) ? ltext[i] : ' ');
                    sb.Append('^', Math.Max(0, endColno - colno)).Append('\n');
                }
            }
        }
        sb.Append(stype).Append(": ").Append(string.IsNullOrEmpty(msg) ? "<no detail available>" : msg).Append(suffix).Append('\n');
    }

    /// <summary>Where the "~~~^^^~~~" markers switch from '~' to '^' and back, for a failing
    /// binary operation (the operator) or subscript (the brackets), in characters from the start
    /// of the segment (traceback._extract_caret_anchors_from_line_segment).</summary>
    readonly record struct CaretAnchors(int LeftEnd, int RightStart)
    {
        public static CaretAnchors? Find(string segment)
        {
            Isolated.Parsing.Ast.Module tree;
            try
            {
                tree = Isolated.Parsing.Parser.ParseModule(segment, "<string>");
            }
            catch (Exception)
            {
                return null;
            }
            if (tree.Body.Count != 1 || tree.Body[0] is not Isolated.Parsing.Ast.Expr { Value: var expr }) return null;
            var bytes = Encoding.UTF8.GetBytes(segment);
            int Normalize(int byteOffset) => Encoding.UTF8.GetCharCount(bytes, 0, Math.Clamp(byteOffset, 0, bytes.Length));
            switch (expr)
            {
                case Isolated.Parsing.Ast.BinOp bin:
                {
                    // The operator is the first non-blank character after the left operand that
                    // is not a closing parenthesis (CPython's C printer, which sys.excepthook
                    // uses); a second non-blank character makes it a two-character operator.
                    int from = Normalize(bin.Left.EndColOffset);
                    int to = Math.Min(Normalize(bin.Right.ColOffset), segment.Length);
                    for (int i = from; i < to; i++)
                    {
                        if (char.IsWhiteSpace(segment[i])) continue;
                        bool twoChars = i + 1 < to && !char.IsWhiteSpace(segment[i + 1]);
                        if (segment[i] == ')' && i + 1 < to) continue;
                        return new CaretAnchors(i, twoChars ? i + 2 : i + 1);
                    }
                    return null;
                }
                case Isolated.Parsing.Ast.Subscript sub:
                {
                    int left = Normalize(sub.Value.EndColOffset);
                    int right = Normalize(sub.Slice.EndColOffset + 1);
                    while (left < segment.Length && segment[left] != '[') left++;
                    while (right < segment.Length && segment[right] != ']') right++;
                    if (right < segment.Length) right++;
                    return new CaretAnchors(left, right);
                }
            }
            return null;
        }
    }

    /// <summary>Output and the indentation state of the exception group tree
    /// (traceback._ExceptionPrintContext).</summary>
    sealed class Context(ThreadState ts)
    {
        public readonly StringBuilder Output = new();
        readonly HashSet<PyBaseException> _seen = new(ReferenceEqualityComparer.Instance);
        int _groupDepth;
        bool _needClose;

        string Indent() => new(' ', 2 * _groupDepth);

        void Emit(string text, char margin = '|')
        {
            if (text.Length == 0) return;
            string prefix = Indent();
            if (_groupDepth > 0) prefix += margin + " ";
            if (prefix.Length == 0)
            {
                Output.Append(text);
                return;
            }
            int start = 0;
            while (start < text.Length)
            {
                int nl = text.IndexOf('\n', start);
                int end = nl < 0 ? text.Length : nl + 1;
                Output.Append(prefix).Append(text, start, end - start);
                start = end;
            }
        }

        public void FormatChain(PyBaseException exc, bool chain)
        {
            var output = new List<(string? Message, PyBaseException Exc)>();
            PyBaseException? e = exc;
            _seen.Add(exc);
            while (e is not null)
            {
                string? msg = null;
                PyBaseException? next = null;
                if (chain)
                {
                    if (e.Cause is { } cause && !_seen.Contains(cause)) { msg = CauseMessage; next = cause; }
                    else if (e.Cause is null && !e.SuppressContext && e.Context is { } context && !_seen.Contains(context))
                    { msg = ContextMessage; next = context; }
                }
                output.Add((msg, e));
                if (next is not null) _seen.Add(next);
                e = next;
            }
            for (int i = output.Count - 1; i >= 0; i--)
            {
                var (msg, x) = output[i];
                if (msg is not null) Emit(msg);
                FormatOne(x, chain);
            }
        }

        void FormatOne(PyBaseException exc, bool chain)
        {
            var frames = ExtractFrames(ts, exc.Traceback);
            var sb = new StringBuilder();
            var exceptions = GroupMembers(exc);
            if (exceptions is null)
            {
                if (frames.Count > 0)
                {
                    Emit("Traceback (most recent call last):\n");
                    FormatStack(ts, frames, sb);
                    Emit(sb.ToString());
                    sb.Clear();
                }
                FormatExceptionOnly(ts, exc, sb);
                Emit(sb.ToString());
                return;
            }
            if (_groupDepth > MaxGroupDepth)
            {
                Emit($"... (max_group_depth is {MaxGroupDepth})\n");
                return;
            }
            bool topLevel = _groupDepth == 0;
            if (topLevel) _groupDepth++;
            if (frames.Count > 0)
            {
                Emit("Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
                FormatStack(ts, frames, sb);
                Emit(sb.ToString());
                sb.Clear();
            }
            FormatExceptionOnly(ts, exc, sb);
            Emit(sb.ToString());
            int count = exceptions.Count;
            int n = count <= MaxGroupWidth ? count : MaxGroupWidth + 1;
            _needClose = false;
            for (int i = 0; i < n; i++)
            {
                bool last = i == n - 1;
                if (last) _needClose = true;
                bool truncated = i >= MaxGroupWidth;
                string title = truncated ? "..." : (i + 1).ToString();
                Output.Append(Indent()).Append(i == 0 ? "+-" : "  ").Append("+---------------- ").Append(title).Append(" ----------------\n");
                _groupDepth++;
                if (!truncated)
                {
                    if (exceptions[i] is PyBaseException member && _seen.Add(member)) FormatChain(member, chain);
                }
                else
                {
                    int remaining = count - MaxGroupWidth;
                    Emit($"and {remaining} more exception{(remaining > 1 ? "s" : "")}\n");
                }
                if (last && _needClose)
                {
                    Output.Append(Indent()).Append("+------------------------------------\n");
                    _needClose = false;
                }
                _groupDepth--;
            }
            if (topLevel) _groupDepth = 0;
        }

        List<PyObject>? GroupMembers(PyBaseException exc)
        {
            if (!exc.Type.IsSubtypeOf(ts.Interpreter.ExceptionType(ExceptionKind.BaseExceptionGroup))) return null;
            var members = Attr(ts, exc, "exceptions");
            if (members is null)
            {
                // Before the group type has its attributes: BaseExceptionGroup(msg, excs) args.
                if (exc.Args.Count == 2) members = exc.Args[1];
                else return null;
            }
            var list = LateBound.ToList(ts, members);
            if (list is null) ts.CurrentException = null;
            return list;
        }
    }
}
