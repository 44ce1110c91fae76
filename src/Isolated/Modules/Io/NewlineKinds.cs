using System.Text;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Io;

/// <summary>Line-ending helpers shared by StringIO, TextIOWrapper and IncrementalNewlineDecoder.</summary>
static class NewlineKinds
{
    public const int CR = 1, LF = 2, CRLF = 4;

    /// <summary>Which kinds of line endings <paramref name="s"/> contains.</summary>
    public static int Scan(string s)
    {
        int kinds = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '\n') kinds |= LF;
            else if (c == '\r')
            {
                if (i + 1 < s.Length && s[i + 1] == '\n') { kinds |= CRLF; i++; }
                else kinds |= CR;
            }
        }
        return kinds;
    }

    /// <summary>'\r\n' and '\r' become '\n'.</summary>
    public static string Translate(string s) =>
        s.Contains('\r') ? s.Replace("\r\n", "\n").Replace('\r', '\n') : s;

    /// <summary>The index just past the line starting at <paramref name="start"/>: readnl "" means
    /// any of '\r', '\n', '\r\n'; otherwise that exact terminator.</summary>
    public static int LineEnd(StringBuilder text, int start, string readnl)
    {
        int n = text.Length;
        for (int i = start; i < n; i++)
        {
            char c = text[i];
            if (readnl.Length == 0)
            {
                if (c == '\n') return i + 1;
                if (c == '\r') return i + 1 < n && text[i + 1] == '\n' ? i + 2 : i + 1;
            }
            else if (c == readnl[0] && (readnl.Length == 1 || (i + 1 < n && text[i + 1] == readnl[1])))
                return i + readnl.Length;
        }
        return n;
    }

    /// <summary>The .newlines value for a set of kinds: None, one string, or a tuple.</summary>
    public static PyObject ToPython(Interpreter interp, int kinds)
    {
        if (kinds == 0) return interp.None;
        var items = new List<PyObject>(3);
        if ((kinds & CR) != 0) items.Add(interp.Str("\r"));
        if ((kinds & LF) != 0) items.Add(interp.Str("\n"));
        if ((kinds & CRLF) != 0) items.Add(interp.Str("\r\n"));
        return items.Count == 1 ? items[0] : interp.Tuple(items.ToArray());
    }

    /// <summary>Validates a newline argument ("newline must be str or None" / "illegal newline value").</summary>
    public static bool Parse(ThreadState ts, PyObject? arg, out string? newline, string? absent, bool quote = true)
    {
        newline = absent;
        if (arg is null) return true;
        if (ReferenceEquals(arg, ts.Interpreter.None)) { newline = null; return true; }
        if (arg is not PyStr s)
        {
            ts.Raise(ExceptionKind.TypeError, $"newline must be str or None, not {arg.Type.Name}");
            return false;
        }
        if (s.Value is not ("" or "\n" or "\r" or "\r\n"))
        {
            // StringIO shows the repr, TextIOWrapper the bare value (as CPython does).
            var r = quote ? Ops.Repr(ts, s) : s;
            if (r is PyStr rs) ts.Raise(ExceptionKind.ValueError, $"illegal newline value: {rs.Value}");
            return false;
        }
        newline = s.Value;
        return true;
    }
}
