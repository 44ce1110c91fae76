using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>str() of the exception families whose message is built from their attributes.</summary>
public static class ExceptionStrings
{
    static string? S(ThreadState ts, PyObject o) => (Ops.Str(ts, o) as PyStr)?.Value;
    static string? R(ThreadState ts, PyObject o) => (Ops.Repr(ts, o) as PyStr)?.Value;

    public static readonly UnaryFunc ImportError = static (ts, self) =>
    {
        var f = ExceptionLayouts.Fields(ts, (PyBaseException)self, ExceptionLayout.ImportError);
        if (f[0] is { } msg && !ReferenceEquals(msg, ts.Interpreter.None)) return Ops.Str(ts, msg);
        return BaseExceptionMethods.Str(ts, self);
    };

    public static readonly UnaryFunc OSError = static (ts, self) =>
    {
        var interp = ts.Interpreter;
        var none = interp.None;
        var f = ExceptionLayouts.Fields(ts, (PyBaseException)self, ExceptionLayout.OSError);
        PyObject errno = f[0] ?? none, strerror = f[1] ?? none, filename = f[2] ?? none, filename2 = f[3] ?? none;
        if (!ReferenceEquals(filename, none))
        {
            if (S(ts, errno) is not { } en || S(ts, strerror) is not { } se || R(ts, filename) is not { } fn) return null;
            if (!ReferenceEquals(filename2, none))
                return R(ts, filename2) is { } fn2 ? interp.Str($"[Errno {en}] {se}: {fn} -> {fn2}") : null;
            return interp.Str($"[Errno {en}] {se}: {fn}");
        }
        if (!ReferenceEquals(errno, none) && !ReferenceEquals(strerror, none))
        {
            if (S(ts, errno) is not { } en || S(ts, strerror) is not { } se) return null;
            return interp.Str($"[Errno {en}] {se}");
        }
        return BaseExceptionMethods.Str(ts, self);
    };

    public static readonly UnaryFunc SyntaxError = static (ts, self) =>
    {
        var interp = ts.Interpreter;
        var none = interp.None;
        var f = ExceptionLayouts.Fields(ts, (PyBaseException)self, ExceptionLayout.SyntaxError);
        var msgObj = f[0] ?? none;
        if (S(ts, msgObj) is not { } msg) return null;
        string? file = f[1] is PyStr fs ? System.IO.Path.GetFileName(fs.Value) : null;
        bool haveLine = f[2] is PyInt;
        string? line = haveLine ? f[2]!.ToString() : null;
        if (file is not null && haveLine) return interp.Str($"{msg} ({file}, line {line})");
        if (file is not null) return interp.Str($"{msg} ({file})");
        if (haveLine) return interp.Str($"{msg} (line {line})");
        return interp.Str(msg);
    };

    public static readonly UnaryFunc Unicode = static (ts, self) =>
    {
        var interp = ts.Interpreter;
        var e = (PyBaseException)self;
        var layout = ClassDataLayout(e.Type);
        var f = ExceptionLayouts.Fields(ts, e, layout);
        if (f[2] is not PyInt { IsSmall: true } startObj || f[3] is not PyInt { IsSmall: true } endObj || f[4] is null)
            return interp.EmptyStr;
        long start = startObj.Small, end = endObj.Small;
        if (S(ts, f[4]!) is not { } reason) return null;
        string? encoding = f[0] is PyStr enc ? enc.Value : null;
        var obj = f[1];
        if (layout == ExceptionLayout.UnicodeDecode)
        {
            if (end == start + 1 && obj is not null && obj.Type.Slots.GetItem is { } gi && gi(ts, obj, interp.Int(start)) is PyInt b)
                return interp.Str($"'{encoding}' codec can't decode byte 0x{b.Small:x2} in position {start}: {reason}");
            ts.CurrentException = null;
            return interp.Str($"'{encoding}' codec can't decode bytes in position {start}-{end - 1}: {reason}");
        }
        string verb = layout == ExceptionLayout.UnicodeEncode ? "encode" : "translate";
        string prefix = layout == ExceptionLayout.UnicodeEncode ? $"'{encoding}' codec " : "";
        if (end == start + 1 && obj is PyStr s && CodePointAt(s.Value, start) is int cp and >= 0)
        {
            string ch = cp < 0x100 ? $"\\x{cp:x2}" : cp < 0x10000 ? $"\\u{cp:x4}" : $"\\U{cp:x8}";
            return interp.Str($"{prefix}can't {verb} character '{ch}' in position {start}: {reason}");
        }
        return interp.Str($"{prefix}can't {verb} characters in position {start}-{end - 1}: {reason}");
    };

    static ExceptionLayout ClassDataLayout(PyType type)
    {
        foreach (var t in type.Mro)
            if (t.ClassData is { ExceptionLayout: var l and not ExceptionLayout.None } && !t.HasFlag(TypeFlags.HeapType)) return l;
        return ExceptionLayout.UnicodeEncode;
    }

    static int CodePointAt(string s, long index)
    {
        long i = 0;
        for (int k = 0; k < s.Length; k++, i++)
        {
            int cp = s[k];
            if (char.IsHighSurrogate(s[k]) && k + 1 < s.Length && char.IsLowSurrogate(s[k + 1]))
            {
                cp = char.ConvertToUtf32(s[k], s[k + 1]);
                k++;
            }
            if (i == index) return cp;
        }
        return -1;
    }

    public static readonly UnaryFunc Group = static (ts, self) =>
    {
        var f = ExceptionLayouts.Fields(ts, (PyBaseException)self, ExceptionLayout.Group);
        if (f[0] is null || S(ts, f[0]!) is not { } msg) return ts.HasError ? null : ts.Interpreter.EmptyStr;
        int n = f[1] is PyTuple t ? t.Count : 0;
        return ts.Interpreter.Str($"{msg} ({n} sub-exception{(n == 1 ? "" : "s")})");
    };
}
