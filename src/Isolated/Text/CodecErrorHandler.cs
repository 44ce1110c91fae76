using System.Text;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Text;

/// <summary>
/// A codec error handler by name (the <c>errors</c> argument), applied where a codec meets bytes
/// it cannot decode or characters it cannot encode. Unknown names fail only when an error occurs,
/// as in CPython. Creates UnicodeDecodeError/UnicodeEncodeError with (encoding, object, start,
/// end, reason).
/// </summary>
public readonly struct CodecErrorHandler
{
    public readonly string Name;

    public CodecErrorHandler(string name) => Name = name;

    public bool IsStrict => Name == "strict";
    public bool IsSurrogatePass => Name == "surrogatepass";

    /// <summary>Handles undecodable bytes data[start..end): appends the replacement to
    /// <paramref name="output"/>, or returns false with the error set.</summary>
    public bool HandleDecode(ThreadState ts, string encoding, ReadOnlySpan<byte> data, int start, int end, string reason, StringBuilder output)
    {
        switch (Name)
        {
            case "strict": break;
            case "ignore": return true;
            case "replace": output.Append('\uFFFD'); return true;
            case "backslashreplace":
                for (int i = start; i < end; i++) output.Append("\\x").Append(data[i].ToString("x2"));
                return true;
            case "surrogateescape":
                for (int i = start; i < end; i++)
                    if (data[i] < 128) goto raise;
                for (int i = start; i < end; i++) output.Append((char)(0xDC00 + data[i]));
                return true;
            case "surrogatepass": break;
            case "xmlcharrefreplace" or "namereplace":
                ts.Raise(ExceptionKind.TypeError, "don't know how to handle UnicodeDecodeError in error callback");
                return false;
            default:
                ts.Raise(ExceptionKind.LookupError, $"unknown error handler name '{Name}'");
                return false;
        }
        raise:
        RaiseDecode(ts, encoding, data, start, end, reason);
        return false;
    }

    public static void RaiseDecode(ThreadState ts, string encoding, ReadOnlySpan<byte> data, int start, int end, string reason)
    {
        var interp = ts.Interpreter;
        var type = interp.ExceptionType(ExceptionKind.UnicodeDecodeError);
        var exc = Ops.Call(ts, type, [interp.Str(encoding), PyBytes.Create(interp, data.ToArray()), interp.Int(start), interp.Int(end), interp.Str(reason)]);
        if (exc is PyBaseException e) ts.Raise(e);
    }

    public static void RaiseEncode(ThreadState ts, string encoding, string text, int start, int end, string reason)
    {
        var interp = ts.Interpreter;
        var type = interp.ExceptionType(ExceptionKind.UnicodeEncodeError);
        var s = interp.Str(text);
        var exc = Ops.Call(ts, type, [interp.Str(encoding), s, interp.Int(s.ToCodePointIndex(start)), interp.Int(s.ToCodePointIndex(end)), interp.Str(reason)]);
        if (exc is PyBaseException e) ts.Raise(e);
    }

    /// <summary>Handles unencodable text[start..end) (UTF-16 offsets): the replacement is either
    /// ASCII text for the codec to encode (<paramref name="replacement"/>) or raw bytes
    /// (<paramref name="rawBytes"/>, surrogateescape). False with the error set.</summary>
    public bool HandleEncode(ThreadState ts, string encoding, string text, int start, int end, string reason,
                             out string? replacement, out byte[]? rawBytes)
    {
        replacement = null;
        rawBytes = null;
        switch (Name)
        {
            case "strict": break;
            case "ignore": replacement = ""; return true;
            case "replace":
            {
                int n = 0;
                for (int i = start; i < end;) { PyStr.NextCodePoint(text, ref i); n++; }
                replacement = new string('?', n);
                return true;
            }
            case "backslashreplace" or "namereplace":
            {
                // namereplace needs the Unicode name database, which is not built in yet:
                // it falls back to backslash escapes.
                var sb = new StringBuilder();
                for (int i = start; i < end;)
                {
                    int cp = PyStr.NextCodePoint(text, ref i);
                    if (cp <= 0xff) sb.Append("\\x").Append(cp.ToString("x2"));
                    else if (cp <= 0xffff) sb.Append("\\u").Append(cp.ToString("x4"));
                    else sb.Append("\\U").Append(cp.ToString("x8"));
                }
                replacement = sb.ToString();
                return true;
            }
            case "xmlcharrefreplace":
            {
                var sb = new StringBuilder();
                for (int i = start; i < end;)
                    sb.Append("&#").Append(PyStr.NextCodePoint(text, ref i)).Append(';');
                replacement = sb.ToString();
                return true;
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
                return true;
            }
            case "surrogatepass": break;
            default:
                ts.Raise(ExceptionKind.LookupError, $"unknown error handler name '{Name}'");
                return false;
        }
        raise:
        RaiseEncode(ts, encoding, text, start, end, reason);
        return false;
    }
}
