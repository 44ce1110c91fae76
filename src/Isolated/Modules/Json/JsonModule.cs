using System.Text;
using Isolated.Execution.Import;
using Isolated.Modules.Weakref;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Json;

/// <summary><c>_json</c>: the string scanner and string encoders of the json package in C#, with
/// the error messages and positions of CPython's accelerator. The scanner and encoder objects
/// (<c>make_scanner</c>, <c>make_encoder</c>) are not here yet: json falls back to its Python
/// ones, which call these functions for every string.</summary>
public static class JsonModule
{
    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "_json");
        m.Dict.SetStr("__doc__", interp.Str("json speedups\n"));
        WeakrefModule.Add(m, "scanstring", ScanString);
        WeakrefModule.Add(m, "encode_basestring_ascii", static (ts, s, a, k) => Encode(ts, "encode_basestring_ascii", a, k, asciiOnly: true));
        WeakrefModule.Add(m, "encode_basestring", static (ts, s, a, k) => Encode(ts, "encode_basestring", a, k, asciiOnly: false));
        return m;
    }

    /// <summary>scanstring(string, end, strict=True) -> (str, end): decodes the JSON string whose
    /// opening quote is just before code point <c>end</c>.</summary>
    static PyObject? ScanString(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "scanstring", args, kw, 2, 3)) return null;
        // The index converts first (an OverflowError wins over the type of the string).
        if (!Ops.AsIndexSize(ts, args[1], out long endArg)) return null;
        if (args[0] is not PyStr str)
            return ts.Raise(ExceptionKind.TypeError, $"first argument must be a string, not {args[0].Type.Name}");
        bool strict = true;
        if (args.Length > 2)
        {
            int t = Ops.IsTrue(ts, args[2]);
            if (t < 0) return null;
            strict = t == 1;
        }
        if (endArg < 0 || endArg > str.CodePointLength) return ts.Raise(ExceptionKind.ValueError, "end is out of bounds");
        var s = str.Value;
        int end = str.ToUtf16Index((int)endArg);
        int begin = end - 1;   // the opening quote (-1 when scanning starts at 0, as in CPython)
        StringBuilder? chunks = null;
        while (true)
        {
            // The run of plain characters up to a quote or a backslash.
            int next = end;
            char c = '\0';
            for (; next < s.Length; next++)
            {
                c = s[next];
                if (c == '"' || c == '\\') break;
                if (c <= '\x1f' && strict) return DecodeError(ts, "Invalid control character at", str, next);
            }
            if (next == s.Length) return DecodeError(ts, "Unterminated string starting at", str, begin);
            if (c == '"' && chunks is null)
                return ts.Interpreter.Tuple(ts.Interpreter.Str(s.Substring(end, next - end)), ts.Interpreter.Int(str.ToCodePointIndex(next + 1)));
            chunks ??= new StringBuilder();
            chunks.Append(s, end, next - end);
            next++;
            if (c == '"') { end = next; break; }
            if (next == s.Length) return DecodeError(ts, "Unterminated string starting at", str, begin);
            c = s[next];
            if (c != 'u')
            {
                end = next + 1;
                char unescaped = c switch
                {
                    '"' => '"', '\\' => '\\', '/' => '/', 'b' => '\b', 'f' => '\f', 'n' => '\n', 'r' => '\r', 't' => '\t',
                    _ => '\0',
                };
                if (unescaped == '\0') return DecodeError(ts, "Invalid \\escape", str, end - 2);
                chunks.Append(unescaped);
                continue;
            }
            // \uXXXX, and a following \uXXXX low surrogate joins a high one into one code point.
            next++;
            end = next + 4;
            if (end >= s.Length) return DecodeError(ts, "Invalid \\uXXXX escape", str, next - 1);
            int u = Hex4(s, next);
            if (u < 0) return DecodeError(ts, "Invalid \\uXXXX escape", str, end - 5);
            if (char.IsHighSurrogate((char)u) && end + 6 < s.Length && s[end] == '\\' && s[end + 1] == 'u')
            {
                int u2 = Hex4(s, end + 2);
                if (u2 < 0) return DecodeError(ts, "Invalid \\uXXXX escape", str, end + 1);
                if (char.IsLowSurrogate((char)u2))
                {
                    chunks.Append((char)u).Append((char)u2);
                    end += 6;
                    continue;
                }
            }
            chunks.Append((char)u);
        }
        return ts.Interpreter.Tuple(ts.Interpreter.Str(chunks.ToString()), ts.Interpreter.Int(str.ToCodePointIndex(end)));
    }

    /// <summary>The value of the four hex digits at <paramref name="at"/>, or -1.</summary>
    static int Hex4(string s, int at)
    {
        int v = 0;
        for (int i = at; i < at + 4; i++)
        {
            int d = HexDigit(s[i]);
            if (d < 0) return -1;
            v = v << 4 | d;
        }
        return v;
    }

    static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>Raises json.JSONDecodeError(msg, doc, pos) (the class of json.decoder, so that
    /// except clauses of the Python code catch it); <paramref name="utf16Pos"/> is converted to a
    /// code-point index.</summary>
    static PyObject? DecodeError(ThreadState ts, string msg, PyStr doc, int utf16Pos)
    {
        var interp = ts.Interpreter;
        var decoder = ImportSystem.ImportModule(ts, "json.decoder");
        if (decoder is null) return null;
        var cls = Ops.GetAttr(ts, decoder, "JSONDecodeError");
        if (cls is null) return null;
        int pos = utf16Pos < 0 ? utf16Pos : doc.ToCodePointIndex(utf16Pos);
        var exc = Ops.Call(ts, cls, [interp.Str(msg), doc, interp.Int(pos)]);
        if (exc is null) return null;
        if (exc is not PyBaseException e) return ts.Raise(ExceptionKind.TypeError, "JSONDecodeError did not create an exception");
        return ts.Raise(e);
    }

    /// <summary>encode_basestring(_ascii)(s): s as a JSON string literal, quotes included.</summary>
    static PyObject? Encode(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kw, bool asciiOnly)
    {
        if (!ArgBinder.CheckPositional(ts, name, args, kw, 1, 1)) return null;
        if (args[0] is not PyStr str)
            return ts.Raise(ExceptionKind.TypeError, $"first argument must be a string, not {args[0].Type.Name}");
        return ts.Interpreter.Str(Quote(str.Value, asciiOnly));
    }

    internal static string Quote(string s, bool asciiOnly)
    {
        var sb = new StringBuilder(s.Length + 2);
        sb.Append('"');
        int plain = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c >= ' ' && c != '"' && c != '\\' && (c < 0x7f || !asciiOnly)) continue;
            sb.Append(s, plain, i - plain);
            plain = i + 1;
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default: sb.Append("\\u").Append(((int)c).ToString("x4")); break;
            }
        }
        sb.Append(s, plain, s.Length - plain);
        sb.Append('"');
        return sb.ToString();
    }
}
