using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.CApi.Bridge;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.CApi.Exports;

/// <summary>
/// str operations of the C API (split, join, find, replace, compare, ...). Each one is the str
/// method of the same name called unbound on the builtin str type, so results and error messages
/// are the interpreter's own; the arguments are checked first with CPython's C API messages
/// ("must be str, not int").
/// </summary>
internal static unsafe class UnicodeOperations
{
    /// <summary>A str argument, or null with TypeError "must be str, not X" (SystemError for NULL).</summary>
    internal static PyStr? Str(ThreadState ts, nint p)
    {
        var o = Api.Arg(ts, p);
        if (o is null) return null;
        if (o is PyStr s) return s;
        ts.Raise(ExceptionKind.TypeError, $"must be str, not {o.Type.Name}");
        return null;
    }

    /// <summary>A str argument, or null with TypeError "bad argument type for built-in operation"
    /// (the check CPython's accessor functions make).</summary>
    internal static PyStr? StrOrBadArgument(ThreadState ts, nint p)
    {
        var o = Api.Arg(ts, p);
        if (o is null) return null;
        if (o is PyStr s) return s;
        Calls.BadArgument(ts);
        return null;
    }

    static PyObject? Method(ThreadState ts, string name, PyObject self, PyObject a) =>
        Calls.TypeMethod(ts, ts.Interpreter.Types.Str, name, [self, a]);

    static PyObject? Method(ThreadState ts, string name, PyObject self, PyObject a, PyObject b) =>
        Calls.TypeMethod(ts, ts.Interpreter.Types.Str, name, [self, a, b]);

    static PyObject? Method(ThreadState ts, string name, PyObject self, PyObject a, PyObject b, PyObject c) =>
        Calls.TypeMethod(ts, ts.Interpreter.Types.Str, name, [self, a, b, c]);

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_Concat")]
    public static nint PyUnicode_Concat(nint left, nint right)
    {
        var ts = Api.Ts("PyUnicode_Concat");
        if (ts is null) return 0;
        try
        {
            var l = Str(ts, left);
            if (l is null) return 0;
            var r = Api.Arg(ts, right);
            if (r is null) return 0;
            if (r is not PyStr rs) { ts.Raise(ExceptionKind.TypeError, $"can only concatenate str (not \"{r.Type.Name}\") to str"); return 0; }
            return Api.New(ts, ts.Interpreter.Str(l.Value + rs.Value));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>*pleft = *pleft + right, releasing the old *pleft; on error *pleft becomes NULL.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_Append")]
    public static void PyUnicode_Append(nint* pleft, nint right) => Append(pleft, right, "PyUnicode_Append");

    /// <summary>PyUnicode_Append, then releases <paramref name="right"/> (a stolen reference).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_AppendAndDel")]
    public static void PyUnicode_AppendAndDel(nint* pleft, nint right)
    {
        Append(pleft, right, "PyUnicode_AppendAndDel");
        if (Api.Ts("PyUnicode_AppendAndDel") is not null) Api.Steal(right);
    }

    static void Append(nint* pleft, nint right, string function)
    {
        var ts = Api.Ts(function);
        if (ts is null) return;
        if (pleft == null) { if (ts.CurrentException is null) Calls.BadInternalCall(ts); return; }
        nint left = *pleft;
        if (left == 0) return;   // an earlier step failed: the error is already set
        try
        {
            var l = right == 0 ? null : Api.Arg(ts, left) as PyStr;
            var r = right == 0 ? null : Api.Arg(ts, right) as PyStr;
            if (l is null || r is null)
            {
                if (ts.CurrentException is null) Calls.BadInternalCall(ts);
                *pleft = 0;
                Api.Steal(left);
                return;
            }
            nint result = Api.New(ts, ts.Interpreter.Str(l.Value + r.Value));
            *pleft = result;
            Api.Steal(left);
        }
        catch (Exception e) { Api.Fail(ts, e); *pleft = 0; Api.Steal(left); }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_Split")]
    public static nint PyUnicode_Split(nint s, nint sep, nint maxsplit) => Split(s, sep, maxsplit, "split", "PyUnicode_Split");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_RSplit")]
    public static nint PyUnicode_RSplit(nint s, nint sep, nint maxsplit) => Split(s, sep, maxsplit, "rsplit", "PyUnicode_RSplit");

    /// <summary>s.split(sep, maxsplit); a NULL sep splits on whitespace.</summary>
    static nint Split(nint s, nint sep, nint maxsplit, string method, string function)
    {
        var ts = Api.Ts(function);
        if (ts is null) return 0;
        try
        {
            var str = Str(ts, s);
            if (str is null) return 0;
            PyObject separator = ts.Interpreter.None;
            if (sep != 0 && (separator = Str(ts, sep)!) is null) return 0;
            return Api.New(ts, Method(ts, method, str, separator, ts.Interpreter.Int(maxsplit)));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_Splitlines")]
    public static nint PyUnicode_Splitlines(nint s, int keepends)
    {
        var ts = Api.Ts("PyUnicode_Splitlines");
        if (ts is null) return 0;
        try
        {
            var str = Str(ts, s);
            return str is null ? 0 : Api.New(ts, Method(ts, "splitlines", str, ts.Interpreter.Bool(keepends != 0)));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_Partition")]
    public static nint PyUnicode_Partition(nint s, nint sep) => TwoStrs(s, sep, "partition", "PyUnicode_Partition");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_RPartition")]
    public static nint PyUnicode_RPartition(nint s, nint sep) => TwoStrs(s, sep, "rpartition", "PyUnicode_RPartition");

    static nint TwoStrs(nint s, nint other, string method, string function)
    {
        var ts = Api.Ts(function);
        if (ts is null) return 0;
        try
        {
            var a = Str(ts, s);
            var b = a is null ? null : Str(ts, other);
            return b is null ? 0 : Api.New(ts, Method(ts, method, a!, b));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>separator.join(seq); a NULL separator means a single space.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_Join")]
    public static nint PyUnicode_Join(nint separator, nint seq)
    {
        var ts = Api.Ts("PyUnicode_Join");
        if (ts is null) return 0;
        try
        {
            PyStr? sep = separator == 0 ? ts.Interpreter.Str(" ") : Str(ts, separator);
            if (sep is null) return 0;
            var items = Api.Arg(ts, seq);
            return items is null ? 0 : Api.New(ts, StrType.Join(ts, sep, items));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_Replace")]
    public static nint PyUnicode_Replace(nint str, nint substr, nint replstr, nint maxcount)
    {
        var ts = Api.Ts("PyUnicode_Replace");
        if (ts is null) return 0;
        try
        {
            var s = Str(ts, str);
            var old = s is null ? null : Str(ts, substr);
            var replacement = old is null ? null : Str(ts, replstr);
            return replacement is null ? 0 : Api.New(ts, Method(ts, "replace", s!, old!, replacement, ts.Interpreter.Int(maxcount)));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>The long result of str.method(sub, start, end), or -1 (-2 for Find) on error.</summary>
    static long Search(nint str, nint substr, nint start, nint end, string method, string function, long failure)
    {
        var ts = Api.Ts(function);
        if (ts is null) return failure;
        try
        {
            var s = Str(ts, str);
            var sub = s is null ? null : Str(ts, substr);
            if (sub is null) return failure;
            var r = Method(ts, method, s!, sub, ts.Interpreter.Int(start), ts.Interpreter.Int(end));
            return r switch
            {
                null => failure,
                PyBool b => ReferenceEquals(b, ts.Interpreter.True) ? 1 : 0,
                PyInt i => i.Small,
                _ => failure,
            };
        }
        catch (Exception e) { Api.Fail(ts, e); return failure; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_Count")]
    public static nint PyUnicode_Count(nint str, nint substr, nint start, nint end) =>
        (nint)Search(str, substr, start, end, "count", "PyUnicode_Count", -1);

    /// <summary>Index of substr in str[start:end], searching backwards for direction -1; -1 when
    /// absent, -2 on error.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_Find")]
    public static nint PyUnicode_Find(nint str, nint substr, nint start, nint end, int direction) =>
        (nint)Search(str, substr, start, end, direction > 0 ? "find" : "rfind", "PyUnicode_Find", -2);

    /// <summary>1 when str[start:end] ends (direction 1) or starts (-1) with substr.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_Tailmatch")]
    public static nint PyUnicode_Tailmatch(nint str, nint substr, nint start, nint end, int direction) =>
        (nint)Search(str, substr, start, end, direction > 0 ? "endswith" : "startswith", "PyUnicode_Tailmatch", -1);

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_FindChar")]
    public static nint PyUnicode_FindChar(nint str, uint ch, nint start, nint end, int direction)
    {
        var ts = Api.Ts("PyUnicode_FindChar");
        if (ts is null) return -2;
        try
        {
            var s = Str(ts, str);
            if (s is null) return -2;
            if (ch > 0x10FFFF) return -1;
            var sub = ts.Interpreter.Str(FromCodePoint((int)ch));
            return (nint)StrType.FindIndex(s, sub, start, end, reverse: direction <= 0);
        }
        catch (Exception e) { Api.Fail(ts, e); return -2; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_Contains")]
    public static int PyUnicode_Contains(nint container, nint element)
    {
        var ts = Api.Ts("PyUnicode_Contains");
        if (ts is null) return -1;
        try
        {
            var s = Str(ts, container);
            if (s is null) return -1;
            var e = Api.Arg(ts, element);
            if (e is null) return -1;
            if (e is not PyStr) { ts.Raise(ExceptionKind.TypeError, $"'in <string>' requires string as left operand, not {e.Type.Name}"); return -1; }
            return Ops.Contains(ts, s, e);
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    /// <summary>-1, 0 or 1 by code point order; -1 with TypeError for a non-str (check PyErr_Occurred).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_Compare")]
    public static int PyUnicode_Compare(nint left, nint right)
    {
        var ts = Api.Ts("PyUnicode_Compare");
        if (ts is null) return -1;
        try
        {
            var l = Api.Arg(ts, left);
            var r = l is null ? null : Api.Arg(ts, right);
            if (r is null) return -1;
            if (l is not PyStr a || r is not PyStr b)
            {
                ts.Raise(ExceptionKind.TypeError, $"Can't compare {l!.Type.Name} and {r.Type.Name}");
                return -1;
            }
            return Math.Sign(StrType.CompareCodePoints(a.Value, b.Value));
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    /// <summary>The comparison as a bool, or NotImplemented unless both are str.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_RichCompare")]
    public static nint PyUnicode_RichCompare(nint left, nint right, int op)
    {
        var ts = Api.Ts("PyUnicode_RichCompare");
        if (ts is null) return 0;
        try
        {
            var l = Api.Arg(ts, left);
            var r = l is null ? null : Api.Arg(ts, right);
            if (r is null) return 0;
            if (op < 0 || op > 5) { Calls.BadArgument(ts); return 0; }
            if (l is not PyStr a || r is not PyStr b) return Api.New(ts, ts.Interpreter.NotImplemented);
            int c = StrType.CompareCodePoints(a.Value, b.Value);
            bool result = (CompareOp)op switch
            {
                CompareOp.Lt => c < 0,
                CompareOp.Le => c <= 0,
                CompareOp.Eq => c == 0,
                CompareOp.Ne => c != 0,
                CompareOp.Gt => c > 0,
                _ => c >= 0,
            };
            return Api.New(ts, ts.Interpreter.Bool(result));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>format % args.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_Format")]
    public static nint PyUnicode_Format(nint format, nint args)
    {
        var ts = Api.Ts("PyUnicode_Format");
        if (ts is null) return 0;
        try
        {
            var f = Str(ts, format);
            var a = f is null ? null : Api.Arg(ts, args);
            return a is null ? 0 : Api.New(ts, Method(ts, "__mod__", f!, a));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>str.translate(table). errors is accepted and not consulted: translating keeps
    /// unmapped characters, so (as in CPython's str.translate) no error handler ever runs.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_Translate")]
    public static nint PyUnicode_Translate(nint str, nint table, byte* errors)
    {
        var ts = Api.Ts("PyUnicode_Translate");
        if (ts is null) return 0;
        try
        {
            var s = Str(ts, str);
            var t = s is null ? null : Api.Arg(ts, table);
            if (t is null) return 0;
            return Api.New(ts, Method(ts, "translate", s!, t));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>str[start:end] in code points; negative indices are an IndexError.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_Substring")]
    public static nint PyUnicode_Substring(nint str, nint start, nint end)
    {
        var ts = Api.Ts("PyUnicode_Substring");
        if (ts is null) return 0;
        try
        {
            var s = StrOrBadArgument(ts, str);
            if (s is null) return 0;
            if (start < 0 || end < 0) { ts.Raise(ExceptionKind.IndexError, "string index out of range"); return 0; }
            long length = s.CodePointLength;
            long to = Math.Min(end, length);
            if (start >= to) return Api.New(ts, ts.Interpreter.EmptyStr);
            int from16 = s.ToUtf16Index((int)start), to16 = s.ToUtf16Index((int)to);
            return Api.New(ts, ts.Interpreter.Str(s.Value.Substring(from16, to16 - from16)));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>The code point at index, or (Py_UCS4)-1 with IndexError/TypeError.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_ReadChar")]
    public static uint PyUnicode_ReadChar(nint unicode, nint index)
    {
        var ts = Api.Ts("PyUnicode_ReadChar");
        if (ts is null) return uint.MaxValue;
        try
        {
            var s = StrOrBadArgument(ts, unicode);
            if (s is null) return uint.MaxValue;
            if (index < 0 || index >= s.CodePointLength) { ts.Raise(ExceptionKind.IndexError, "string index out of range"); return uint.MaxValue; }
            int at = s.ToUtf16Index((int)index);
            return (uint)PyStr.NextCodePoint(s.Value, ref at);
        }
        catch (Exception e) { Api.Fail(ts, e); return uint.MaxValue; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_IsIdentifier")]
    public static int PyUnicode_IsIdentifier(nint s)
    {
        var ts = Api.Ts("PyUnicode_IsIdentifier");
        if (ts is null) return -1;
        var str = StrOrBadArgument(ts, s);
        return str is null ? -1 : StrType.IsIdentifier(str.Value) ? 1 : 0;
    }

    /// <summary>Replaces *p with the interned str of equal value (releasing *p, owning the result).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_InternInPlace")]
    public static void PyUnicode_InternInPlace(nint* p)
    {
        var ts = Api.Ts("PyUnicode_InternInPlace");
        if (ts is null || p == null || *p == 0) return;
        try
        {
            // CPython ignores anything but an exact str here (no error is set).
            if (ObjectBridge.FromNative(*p) is not PyStr s || s.GetType() != typeof(PyStr)) return;
            var interned = ts.Interpreter.Intern(s.Value);
            if (ReferenceEquals(interned, s)) return;
            nint old = *p;
            *p = Api.New(ts, interned);
            Api.Steal(old);
        }
        catch (Exception e) { Api.Fail(ts, e); }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_FromOrdinal")]
    public static nint PyUnicode_FromOrdinal(int ordinal)
    {
        var ts = Api.Ts("PyUnicode_FromOrdinal");
        if (ts is null) return 0;
        if (ordinal < 0 || ordinal > 0x10FFFF) { ts.Raise(ExceptionKind.ValueError, "chr() arg not in range(0x110000)"); return 0; }
        return Api.New(ts, ts.Interpreter.Str(FromCodePoint(ordinal)));
    }

    /// <summary>An exact str with the value of a str (subclass) instance.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_FromObject")]
    public static nint PyUnicode_FromObject(nint obj)
    {
        var ts = Api.Ts("PyUnicode_FromObject");
        if (ts is null) return 0;
        try
        {
            var o = Api.Arg(ts, obj);
            if (o is null) return 0;
            if (o is not PyStr s) { ts.Raise(ExceptionKind.TypeError, $"Can't convert '{o.Type.Name}' object to str implicitly"); return 0; }
            return Api.New(ts, s.GetType() == typeof(PyStr) ? s : ts.Interpreter.Str(s.Value));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>One code point as a .NET string (a lone surrogate stays one char).</summary>
    internal static string FromCodePoint(int cp) => cp < 0x10000 ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);

    /// <summary>The str's code points in UTF-32 order (what wchar_t and Py_UCS4 hold on Linux).</summary>
    internal static int[] CodePoints(PyStr s)
    {
        var result = new int[s.CodePointLength];
        for (int i = 0, n = 0; i < s.Value.Length; n++) result[n] = PyStr.NextCodePoint(s.Value, ref i);
        return result;
    }

    /// <summary>Whether C may change the str behind <paramref name="header"/> in place: only C
    /// holds it (one reference, no managed owner that lent it), it is an exact str and not an
    /// interpreter singleton.</summary>
    static bool Modifiable(ThreadState ts, nint header, PyStr s) =>
        *NativeArena.RefCount(header) == 1
        && (*NativeArena.Flags(header) & (NativeArena.FlagInterpreterReference | NativeArena.FlagLentByContainer)) == 0
        && s.GetType() == typeof(PyStr) && !ReferenceEquals(s, ts.Interpreter.EmptyStr);

    /// <summary>Writes one code point at index of a str only C holds (a new str takes the
    /// object's place). CPython's checks, in its order: str, index, modifiable, the character
    /// fitting the string's current storage width (ASCII, latin-1, BMP, full).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_WriteChar")]
    public static int PyUnicode_WriteChar(nint unicode, nint index, uint character)
    {
        var ts = Api.Ts("PyUnicode_WriteChar");
        if (ts is null) return -1;
        try
        {
            var s = StrOrBadArgument(ts, unicode);
            if (s is null) return -1;
            var cps = CodePoints(s);
            if (index < 0 || index >= cps.Length) { ts.Raise(ExceptionKind.IndexError, "string index out of range"); return -1; }
            if (!Modifiable(ts, unicode, s)) { ts.Raise(ExceptionKind.SystemError, "Cannot modify a string currently used"); return -1; }
            int max = 0;
            foreach (int cp in cps) max = Math.Max(max, cp);
            uint limit = max < 0x80 ? 0x7Fu : max < 0x100 ? 0xFFu : max < 0x10000 ? 0xFFFFu : 0x10FFFFu;
            if (character > limit) { ts.Raise(ExceptionKind.ValueError, "character out of range"); return -1; }
            cps[index] = (int)character;
            var sb = new System.Text.StringBuilder(s.Value.Length + 1);
            foreach (int cp in cps) sb.Append(FromCodePoint(cp));
            NativeInterpreterState.Of(ts.Interpreter).Arena.Retarget(unicode, new PyStr(ts.Interpreter.Types.Str, sb.ToString()));
            return 0;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    /// <summary>*unicode becomes a str of length code points: truncated, or extended with U+0000
    /// (CPython leaves the new characters for the caller to write). The old reference is
    /// released and the result is a new str owned by the caller.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_Resize")]
    public static int PyUnicode_Resize(nint* unicode, nint length)
    {
        var ts = Api.Ts("PyUnicode_Resize");
        if (ts is null) return -1;
        try
        {
            if (unicode == null || *unicode == 0 || length < 0) { Calls.BadInternalCall(ts); return -1; }
            if (ObjectBridge.FromNative(*unicode) is not PyStr s) { Calls.BadInternalCall(ts); return -1; }
            int current = s.CodePointLength;
            if (length == current) return 0;
            string value = length < current
                ? s.Value[..s.ToUtf16Index((int)length)]
                : s.Value + new string('\0', checked((int)(length - current)));
            nint old = *unicode;
            *unicode = Api.New(ts, new PyStr(ts.Interpreter.Types.Str, value));
            Api.Steal(old);
            return 0;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }
}
