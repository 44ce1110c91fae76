using System.Text;
using Isolated.Modules.TextCodecs;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Text;

/// <summary>
/// A codec error handler by name (the <c>errors</c> argument), applied where a codec meets bytes
/// it cannot decode or characters it cannot encode. The standard handlers are applied in place;
/// any other name is looked up in the interpreter's error-handler registry
/// (<c>codecs.register_error</c>) and called with a UnicodeDecodeError/UnicodeEncodeError, as
/// CPython does. Unknown names fail only when an error occurs. Both Handle methods return the
/// position to resume at (a handler may move it anywhere in the input), or -1 with the error set.
/// </summary>
public readonly struct CodecErrorHandler
{
    public readonly string Name;

    public CodecErrorHandler(string name) => Name = name;

    public bool IsStrict => Name == "strict";
    public bool IsSurrogatePass => Name == "surrogatepass";

    /// <summary>Handles undecodable bytes data[start..end): appends the replacement to
    /// <paramref name="output"/> and returns where decoding resumes, or -1 with the error set.</summary>
    public int HandleDecode(ThreadState ts, string encoding, ReadOnlySpan<byte> data, int start, int end, string reason, StringBuilder output)
    {
        switch (Name)
        {
            case "strict": break;
            case "ignore": return end;
            case "replace": output.Append('\uFFFD'); return end;
            case "backslashreplace":
                for (int i = start; i < end; i++) output.Append("\\x").Append(data[i].ToString("x2"));
                return end;
            case "surrogateescape":
                for (int i = start; i < end; i++)
                    if (data[i] < 128) goto raise;
                for (int i = start; i < end; i++) output.Append((char)(0xDC00 + data[i]));
                return end;
            case "surrogatepass": break;
            case "xmlcharrefreplace" or "namereplace":
                ts.Raise(ExceptionKind.TypeError, "don't know how to handle UnicodeDecodeError in error callback");
                return -1;
            default:
                return CallDecodeHandler(ts, encoding, data, start, end, reason, output);
        }
        raise:
        RaiseDecode(ts, encoding, data, start, end, reason);
        return -1;
    }

    int CallDecodeHandler(ThreadState ts, string encoding, ReadOnlySpan<byte> data, int start, int end, string reason, StringBuilder output)
    {
        var handler = CodecRegistry.Of(ts.Interpreter).LookupError(ts, Name);
        if (handler is null) return -1;
        var exc = NewDecodeError(ts, encoding, data, start, end, reason);
        if (exc is null) return -1;
        var result = Ops.Call(ts, handler, exc);
        if (result is null) return -1;
        if (result is not PyTuple { Count: 2 } t || t[0] is not PyStr replacement || t[1] is not PyInt)
        {
            ts.Raise(ExceptionKind.TypeError, "decoding error handler must return (str, int) tuple");
            return -1;
        }
        output.Append(replacement.Value);
        return ResolvePosition(ts, t[1], data.Length);
    }

    /// <summary>The handler's new position: negative counts from the end; outside the input is
    /// an IndexError.</summary>
    static int ResolvePosition(ThreadState ts, PyObject position, int length)
    {
        if (!TextArgs.ToSsize(ts, position, out long pos)) return -1;
        if (pos < 0) pos += length;
        if (pos < 0 || pos > length)
        {
            ts.Raise(ExceptionKind.IndexError, $"position {pos} from error handler out of bounds");
            return -1;
        }
        return (int)pos;
    }

    public static PyBaseException? NewDecodeError(ThreadState ts, string encoding, ReadOnlySpan<byte> data, int start, int end, string reason)
    {
        var interp = ts.Interpreter;
        var type = interp.ExceptionType(ExceptionKind.UnicodeDecodeError);
        return Ops.Call(ts, type, [interp.Str(encoding), PyBytes.Create(interp, data.ToArray()), interp.Int(start), interp.Int(end), interp.Str(reason)]) as PyBaseException;
    }

    public static PyBaseException? NewEncodeError(ThreadState ts, string encoding, string text, int start, int end, string reason)
    {
        var interp = ts.Interpreter;
        var type = interp.ExceptionType(ExceptionKind.UnicodeEncodeError);
        var s = interp.Str(text);
        return Ops.Call(ts, type, [interp.Str(encoding), s, interp.Int(s.ToCodePointIndex(start)), interp.Int(s.ToCodePointIndex(end)), interp.Str(reason)]) as PyBaseException;
    }

    public static void RaiseDecode(ThreadState ts, string encoding, ReadOnlySpan<byte> data, int start, int end, string reason)
    {
        if (NewDecodeError(ts, encoding, data, start, end, reason) is { } e) ts.Raise(e);
    }

    public static void RaiseEncode(ThreadState ts, string encoding, string text, int start, int end, string reason)
    {
        if (NewEncodeError(ts, encoding, text, start, end, reason) is { } e) ts.Raise(e);
    }

    /// <summary>Handles unencodable text[start..end) (UTF-16 offsets): the replacement is either
    /// text for the codec to encode (<paramref name="replacement"/>) or raw bytes
    /// (<paramref name="rawBytes"/>). Returns the UTF-16 offset to resume at, or -1 with the error set.</summary>
    public int HandleEncode(ThreadState ts, string encoding, string text, int start, int end, string reason,
                            out string? replacement, out byte[]? rawBytes)
    {
        replacement = null;
        rawBytes = null;
        switch (Name)
        {
            case "strict": break;
            case "ignore": replacement = ""; return end;
            case "replace":
            {
                int n = 0;
                for (int i = start; i < end;) { PyStr.NextCodePoint(text, ref i); n++; }
                replacement = new string('?', n);
                return end;
            }
            case "backslashreplace":
            {
                var sb = new StringBuilder();
                for (int i = start; i < end;) AppendBackslashEscape(sb, PyStr.NextCodePoint(text, ref i));
                replacement = sb.ToString();
                return end;
            }
            case "namereplace":
            {
                var sb = new StringBuilder();
                for (int i = start; i < end;)
                {
                    int cp = PyStr.NextCodePoint(text, ref i);
                    if (Unicode.UnicodeNames.TryGetName(cp) is { } name) sb.Append("\\N{").Append(name).Append('}');
                    else AppendBackslashEscape(sb, cp);
                }
                replacement = sb.ToString();
                return end;
            }
            case "xmlcharrefreplace":
            {
                var sb = new StringBuilder();
                for (int i = start; i < end;)
                    sb.Append("&#").Append(PyStr.NextCodePoint(text, ref i)).Append(';');
                replacement = sb.ToString();
                return end;
            }
            case "surrogateescape":
            {
                var bytes = new byte[end - start];
                for (int i = start; i < end; i++)
                {
                    char c = text[i];
                    if (c < 0xDC80 || c > 0xDCFF) goto raise;
                    bytes[i - start] = (byte)(c - 0xDC00);
                }
                rawBytes = bytes;
                return end;
            }
            case "surrogatepass": break;
            default:
                return CallEncodeHandler(ts, encoding, text, start, end, reason, out replacement, out rawBytes);
        }
        raise:
        RaiseEncode(ts, encoding, text, start, end, reason);
        return -1;
    }

    int CallEncodeHandler(ThreadState ts, string encoding, string text, int start, int end, string reason,
                          out string? replacement, out byte[]? rawBytes)
    {
        replacement = null;
        rawBytes = null;
        var handler = CodecRegistry.Of(ts.Interpreter).LookupError(ts, Name);
        if (handler is null) return -1;
        var exc = NewEncodeError(ts, encoding, text, start, end, reason);
        if (exc is null) return -1;
        var result = Ops.Call(ts, handler, exc);
        if (result is null) return -1;
        if (result is not PyTuple { Count: 2 } t || t[0] is not (PyStr or PyBytes) || t[1] is not PyInt)
        {
            ts.Raise(ExceptionKind.TypeError, "encoding error handler must return (str/bytes, int) tuple");
            return -1;
        }
        if (t[0] is PyStr s) replacement = s.Value;
        else rawBytes = ((PyBytes)t[0]).Value;
        var str = ts.Interpreter.Str(text);
        int cp = ResolvePosition(ts, t[1], str.CodePointLength);
        return cp < 0 ? -1 : str.ToUtf16Index(cp);
    }

    public static void AppendBackslashEscape(StringBuilder sb, int cp)
    {
        if (cp <= 0xff) sb.Append("\\x").Append(cp.ToString("x2"));
        else if (cp <= 0xffff) sb.Append("\\u").Append(cp.ToString("x4"));
        else sb.Append("\\U").Append(cp.ToString("x8"));
    }
}
