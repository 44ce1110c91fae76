using System.Text;
using Isolated.Objects;
using Isolated.Runtime;
using Isolated.Text;

namespace Isolated.Modules.TextCodecs;

/// <summary>
/// The standard error handlers as Python-callable functions (what codecs.lookup_error returns:
/// strict_errors, replace_errors, ...). Each takes a UnicodeEncodeError/DecodeError/TranslateError
/// and returns (replacement, resume position) or raises, exactly as CPython's. The codecs
/// themselves apply these handlers in place (Text/CodecErrorHandler) without calling them.
/// </summary>
public static class ErrorHandlerFunctions
{
    public readonly record struct Entry(string FunctionName, BuiltinMethod Function);

    public static Entry? Find(string name) => name switch
    {
        "strict" => new Entry("strict_errors", Strict),
        "ignore" => new Entry("ignore_errors", Ignore),
        "replace" => new Entry("replace_errors", Replace),
        "xmlcharrefreplace" => new Entry("xmlcharrefreplace_errors", XmlCharRefReplace),
        "backslashreplace" => new Entry("backslashreplace_errors", BackslashReplace),
        "namereplace" => new Entry("namereplace_errors", NameReplace),
        "surrogateescape" => new Entry("surrogateescape", SurrogateEscape),
        "surrogatepass" => new Entry("surrogatepass", SurrogatePass),
        _ => null,
    };

    enum Kind { Encode, Decode, Translate }

    /// <summary>What a handler needs from the exception: its kind, object, and clamped start/end
    /// (code points for str, bytes for bytes).</summary>
    ref struct Failure
    {
        public Kind Kind;
        public PyBaseException Exception;
        public PyStr? Text;
        public PyBytes? Bytes;
        public int Start, End;
    }

    static bool Read(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, string function, out Failure f)
    {
        f = default;
        if (!ArgBinder.CheckPositional(ts, function, args, kw, 1, 1)) return false;
        var interp = ts.Interpreter;
        if (args[0] is not PyBaseException e)
        {
            ts.Raise(ExceptionKind.TypeError, $"don't know how to handle {args[0].Type.Name} in error callback");
            return false;
        }
        f.Exception = e;
        if (e.Type.IsSubtypeOf(interp.ExceptionType(ExceptionKind.UnicodeEncodeError))) f.Kind = Kind.Encode;
        else if (e.Type.IsSubtypeOf(interp.ExceptionType(ExceptionKind.UnicodeDecodeError))) f.Kind = Kind.Decode;
        else if (e.Type.IsSubtypeOf(interp.ExceptionType(ExceptionKind.UnicodeTranslateError))) f.Kind = Kind.Translate;
        else
        {
            ts.Raise(ExceptionKind.TypeError, $"don't know how to handle {e.Type.Name} in error callback");
            return false;
        }
        var obj = Ops.GetAttr(ts, e, "object");
        if (obj is null) return false;
        int length;
        if (f.Kind == Kind.Decode)
        {
            if (obj is PyBytes b) f.Bytes = b;
            else if (obj is IBuffer buf) f.Bytes = PyBytes.Create(interp, buf.AsReadOnlySpan().ToArray());
            else { ts.Raise(ExceptionKind.TypeError, "object attribute must be bytes"); return false; }
            length = f.Bytes.Value.Length;
        }
        else
        {
            if (obj is not PyStr s) { ts.Raise(ExceptionKind.TypeError, "object attribute must be unicode"); return false; }
            f.Text = s;
            length = s.CodePointLength;
        }
        if (!Position(ts, e, "start", out long start) || !Position(ts, e, "end", out long end)) return false;
        // As CPython's PyUnicode*Error_GetStart/GetEnd: clamped into the object.
        start = Math.Clamp(start, 0, Math.Max(0, length - 1));
        end = Math.Clamp(end, 1, length);
        f.Start = (int)start;
        f.End = (int)Math.Max(end, start);
        return true;
    }

    static bool Position(ThreadState ts, PyObject e, string name, out long value)
    {
        value = 0;
        var v = Ops.GetAttr(ts, e, name);
        if (v is null) return false;
        if (v is not PyInt) { ts.Raise(ExceptionKind.TypeError, $"{name} attribute must be int"); return false; }
        return TextArgs.ToSsize(ts, v, out value);
    }

    static PyObject Result(ThreadState ts, PyObject replacement, int position) =>
        ts.Interpreter.Tuple(replacement, ts.Interpreter.Int(position));

    static PyObject? WrongKind(ThreadState ts, in Failure f) =>
        ts.Raise(ExceptionKind.TypeError, $"don't know how to handle {f.Exception.Type.Name} in error callback");

    /// <summary>The code points of text[start..end).</summary>
    static IEnumerable<int> CodePoints(in Failure f)
    {
        var s = f.Text!;
        string v = s.Value;
        int i = s.ToUtf16Index(f.Start), stop = s.ToUtf16Index(f.End);
        var list = new List<int>(f.End - f.Start);
        while (i < stop) list.Add(PyStr.NextCodePoint(v, ref i));
        return list;
    }

    static PyObject? Strict(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "strict_errors", args, kw, 1, 1)) return null;
        if (args[0] is PyBaseException e) return ts.Raise(e);
        return ts.Raise(ExceptionKind.TypeError, "codec must pass exception instance");
    }

    static PyObject? Ignore(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw) =>
        Read(ts, args, kw, "ignore_errors", out var f) ? Result(ts, ts.Interpreter.EmptyStr, f.End) : null;

    static PyObject? Replace(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Read(ts, args, kw, "replace_errors", out var f)) return null;
        string r = f.Kind switch
        {
            Kind.Encode => new string('?', f.End - f.Start),
            Kind.Decode => "\uFFFD",
            _ => new string('\uFFFD', f.End - f.Start),
        };
        return Result(ts, ts.Interpreter.Str(r), f.End);
    }

    static PyObject? XmlCharRefReplace(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Read(ts, args, kw, "xmlcharrefreplace_errors", out var f)) return null;
        if (f.Kind != Kind.Encode) return WrongKind(ts, f);
        var sb = new StringBuilder();
        foreach (int cp in CodePoints(f)) sb.Append("&#").Append(cp).Append(';');
        return Result(ts, ts.Interpreter.Str(sb.ToString()), f.End);
    }

    static PyObject? BackslashReplace(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Read(ts, args, kw, "backslashreplace_errors", out var f)) return null;
        var sb = new StringBuilder();
        if (f.Kind == Kind.Decode)
            for (int i = f.Start; i < f.End; i++) sb.Append("\\x").Append(f.Bytes!.Value[i].ToString("x2"));
        else
            foreach (int cp in CodePoints(f)) CodecErrorHandler.AppendBackslashEscape(sb, cp);
        return Result(ts, ts.Interpreter.Str(sb.ToString()), f.End);
    }

    static PyObject? NameReplace(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Read(ts, args, kw, "namereplace_errors", out var f)) return null;
        if (f.Kind != Kind.Encode) return WrongKind(ts, f);
        var sb = new StringBuilder();
        foreach (int cp in CodePoints(f))
        {
            if (Text.Unicode.UnicodeNames.TryGetName(cp) is { } name) sb.Append("\\N{").Append(name).Append('}');
            else CodecErrorHandler.AppendBackslashEscape(sb, cp);
        }
        return Result(ts, ts.Interpreter.Str(sb.ToString()), f.End);
    }

    static PyObject? SurrogateEscape(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Read(ts, args, kw, "surrogateescape", out var f)) return null;
        var interp = ts.Interpreter;
        if (f.Kind == Kind.Decode)
        {
            var sb = new StringBuilder();
            for (int i = f.Start; i < f.End && i < f.Start + 4; i++)
            {
                byte b = f.Bytes!.Value[i];
                if (b < 128) return ts.Raise(f.Exception);
                sb.Append((char)(0xDC00 + b));
            }
            return Result(ts, interp.Str(sb.ToString()), f.Start + sb.Length);
        }
        if (f.Kind != Kind.Encode) return WrongKind(ts, f);
        var bytes = new List<byte>();
        foreach (int cp in CodePoints(f))
        {
            if (cp < 0xDC80 || cp > 0xDCFF) return ts.Raise(f.Exception);
            bytes.Add((byte)(cp - 0xDC00));
        }
        return Result(ts, PyBytes.Create(interp, bytes.ToArray()), f.End);
    }

    /// <summary>The byte size and order surrogatepass writes for an encoding (0: not supported).</summary>
    static (int Width, bool BigEndian) SurrogateCodec(ThreadState ts, PyBaseException e)
    {
        if (Ops.GetAttr(ts, e, "encoding") is not PyStr name)
        {
            ts.CurrentException = null;
            return (0, false);
        }
        return Text.Codecs.NormalizeName(name.Value).Replace('-', '_') switch
        {
            "utf_8" or "utf8" => (1, false),
            "utf_16" or "utf_16_le" or "utf_16le" => (2, false),
            "utf_16_be" or "utf_16be" => (2, true),
            "utf_32" or "utf_32_le" or "utf_32le" => (4, false),
            "utf_32_be" or "utf_32be" => (4, true),
            _ => (0, false),
        };
    }

    static PyObject? SurrogatePass(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!Read(ts, args, kw, "surrogatepass", out var f)) return null;
        var (width, be) = SurrogateCodec(ts, f.Exception);
        if (width == 0) return ts.Raise(f.Exception);
        var interp = ts.Interpreter;
        if (f.Kind == Kind.Encode)
        {
            var bytes = new List<byte>();
            foreach (int cp in CodePoints(f))
            {
                if (cp < 0xD800 || cp > 0xDFFF) return ts.Raise(f.Exception);
                switch (width)
                {
                    case 1:
                        bytes.Add((byte)(0xE0 | (cp >> 12)));
                        bytes.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
                        bytes.Add((byte)(0x80 | (cp & 0x3F)));
                        break;
                    case 2:
                        if (be) { bytes.Add((byte)(cp >> 8)); bytes.Add((byte)cp); }
                        else { bytes.Add((byte)cp); bytes.Add((byte)(cp >> 8)); }
                        break;
                    default:
                        if (be) { bytes.Add(0); bytes.Add(0); bytes.Add((byte)(cp >> 8)); bytes.Add((byte)cp); }
                        else { bytes.Add((byte)cp); bytes.Add((byte)(cp >> 8)); bytes.Add(0); bytes.Add(0); }
                        break;
                }
            }
            return Result(ts, PyBytes.Create(interp, bytes.ToArray()), f.End);
        }
        if (f.Kind != Kind.Decode) return WrongKind(ts, f);
        var d = f.Bytes!.Value;
        int p = f.Start, unit;
        if (width == 1)
        {
            if (p + 3 > d.Length || (d[p] & 0xF0) != 0xE0 || (d[p + 1] & 0xC0) != 0x80 || (d[p + 2] & 0xC0) != 0x80) return ts.Raise(f.Exception);
            unit = ((d[p] & 0x0F) << 12) | ((d[p + 1] & 0x3F) << 6) | (d[p + 2] & 0x3F);
            width = 3;
        }
        else if (p + width > d.Length) return ts.Raise(f.Exception);
        else if (width == 2) unit = be ? (d[p] << 8) | d[p + 1] : d[p] | (d[p + 1] << 8);
        else unit = be ? (d[p] << 24) | (d[p + 1] << 16) | (d[p + 2] << 8) | d[p + 3] : d[p] | (d[p + 1] << 8) | (d[p + 2] << 16) | (d[p + 3] << 24);
        if (unit < 0xD800 || unit > 0xDFFF) return ts.Raise(f.Exception);
        return Result(ts, interp.Str(((char)unit).ToString()), p + width);
    }
}
