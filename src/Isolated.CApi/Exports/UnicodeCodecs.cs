using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.Objects;

namespace Isolated.CApi.Exports;

/// <summary>Encoding str to bytes and decoding bytes to str by codec name. Everything goes
/// through str.encode / bytes.decode, so every codec and error handler of the interpreter's
/// codec registry (and CPython's exact UnicodeError messages) applies.</summary>
internal static unsafe class UnicodeCodecs
{
    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_AsEncodedString")]
    public static nint PyUnicode_AsEncodedString(nint unicode, byte* encoding, byte* errors) =>
        Encode(unicode, encoding, errors, null, "PyUnicode_AsEncodedString");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_AsUTF8String")]
    public static nint PyUnicode_AsUTF8String(nint unicode) => Encode(unicode, null, null, "utf-8", "PyUnicode_AsUTF8String");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_AsLatin1String")]
    public static nint PyUnicode_AsLatin1String(nint unicode) => Encode(unicode, null, null, "latin-1", "PyUnicode_AsLatin1String");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_AsASCIIString")]
    public static nint PyUnicode_AsASCIIString(nint unicode) => Encode(unicode, null, null, "ascii", "PyUnicode_AsASCIIString");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_Decode")]
    public static nint PyUnicode_Decode(byte* s, nint size, byte* encoding, byte* errors) =>
        Decode(s, size, encoding, errors, null, "PyUnicode_Decode");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_DecodeLatin1")]
    public static nint PyUnicode_DecodeLatin1(byte* s, nint size, byte* errors) => Decode(s, size, null, errors, "latin-1", "PyUnicode_DecodeLatin1");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_DecodeASCII")]
    public static nint PyUnicode_DecodeASCII(byte* s, nint size, byte* errors) => Decode(s, size, null, errors, "ascii", "PyUnicode_DecodeASCII");

    /// <summary>str.encode(encoding, errors); a NULL encoding means UTF-8 and NULL errors
    /// "strict", as in CPython.</summary>
    static nint Encode(nint unicode, byte* encoding, byte* errors, string? fixedEncoding, string function)
    {
        var ts = Api.Ts(function);
        if (ts is null) return 0;
        try
        {
            var s = Api.Arg(ts, unicode);
            if (s is null) return 0;
            if (s is not PyStr) { ts.Raise(ExceptionKind.TypeError, "bad argument type for built-in operation"); return 0; }
            return Api.New(ts, CallCodec(ts, s, "encode", fixedEncoding, encoding, errors, out _));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    static nint Decode(byte* data, nint size, byte* encoding, byte* errors, string? fixedEncoding, string function)
    {
        var ts = Api.Ts(function);
        if (ts is null) return 0;
        try
        {
            if (size < 0) { ts.Raise(ExceptionKind.SystemError, "Negative size passed to " + function); return 0; }
            if (data == null && size > 0) { ts.Raise(ExceptionKind.SystemError, "NULL string with positive size passed to " + function); return 0; }
            var bytes = PyBytes.Create(ts.Interpreter, new ReadOnlySpan<byte>(data, checked((int)size)).ToArray());
            var result = CallCodec(ts, bytes, "decode", fixedEncoding, encoding, errors, out var codec);
            if (result is not null && result is not PyStr)
            {
                ts.Raise(ExceptionKind.TypeError, $"'{codec}' decoder returned '{result.Type.Name}' instead of 'str'; use codecs.decode() to decode to arbitrary types");
                return 0;
            }
            return Api.New(ts, result);
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    static PyObject? CallCodec(ThreadState ts, PyObject target, string method, string? fixedEncoding, byte* encoding, byte* errors, out string codec)
    {
        var interp = ts.Interpreter;
        codec = fixedEncoding ?? (encoding == null ? "utf-8" : Marshal.PtrToStringUTF8((nint)encoding) ?? "utf-8");
        string handler = errors == null ? "strict" : Marshal.PtrToStringUTF8((nint)errors) ?? "strict";
        var bound = Ops.GetAttr(ts, target, interp.Intern(method));
        return bound is null ? null : Ops.Call(ts, bound, [interp.Str(codec), interp.Str(handler)]);
    }
}
