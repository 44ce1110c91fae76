using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.Objects;
using Isolated.Runtime;

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

    // ---- Decoders with a byte count, byte order or mapping: the _codecs functions of the same
    // codec, which return (str, consumed[, byteorder]).

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_DecodeUTF8Stateful")]
    public static nint PyUnicode_DecodeUTF8Stateful(byte* s, nint size, byte* errors, nint* consumed) =>
        DecodeStateful(s, size, errors, consumed, "utf_8_decode", "PyUnicode_DecodeUTF8Stateful");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_DecodeUTF7")]
    public static nint PyUnicode_DecodeUTF7(byte* s, nint size, byte* errors) =>
        DecodeStateful(s, size, errors, null, "utf_7_decode", "PyUnicode_DecodeUTF7");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_DecodeUTF7Stateful")]
    public static nint PyUnicode_DecodeUTF7Stateful(byte* s, nint size, byte* errors, nint* consumed) =>
        DecodeStateful(s, size, errors, consumed, "utf_7_decode", "PyUnicode_DecodeUTF7Stateful");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_DecodeUnicodeEscape")]
    public static nint PyUnicode_DecodeUnicodeEscape(byte* s, nint size, byte* errors) =>
        DecodeStateful(s, size, errors, null, "unicode_escape_decode", "PyUnicode_DecodeUnicodeEscape");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_DecodeRawUnicodeEscape")]
    public static nint PyUnicode_DecodeRawUnicodeEscape(byte* s, nint size, byte* errors) =>
        DecodeStateful(s, size, errors, null, "raw_unicode_escape_decode", "PyUnicode_DecodeRawUnicodeEscape");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_DecodeUTF16")]
    public static nint PyUnicode_DecodeUTF16(byte* s, nint size, byte* errors, int* byteorder) =>
        DecodeWithByteOrder(s, size, errors, byteorder, null, "utf_16_ex_decode", "PyUnicode_DecodeUTF16");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_DecodeUTF16Stateful")]
    public static nint PyUnicode_DecodeUTF16Stateful(byte* s, nint size, byte* errors, int* byteorder, nint* consumed) =>
        DecodeWithByteOrder(s, size, errors, byteorder, consumed, "utf_16_ex_decode", "PyUnicode_DecodeUTF16Stateful");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_DecodeUTF32")]
    public static nint PyUnicode_DecodeUTF32(byte* s, nint size, byte* errors, int* byteorder) =>
        DecodeWithByteOrder(s, size, errors, byteorder, null, "utf_32_ex_decode", "PyUnicode_DecodeUTF32");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_DecodeUTF32Stateful")]
    public static nint PyUnicode_DecodeUTF32Stateful(byte* s, nint size, byte* errors, int* byteorder, nint* consumed) =>
        DecodeWithByteOrder(s, size, errors, byteorder, consumed, "utf_32_ex_decode", "PyUnicode_DecodeUTF32Stateful");

    /// <summary>bytes(s[:size]) for a decoder, or null with CPython's SystemError for a negative
    /// size or NULL data.</summary>
    static PyBytes? Input(ThreadState ts, byte* data, nint size, string function)
    {
        if (size < 0) { ts.Raise(ExceptionKind.SystemError, "Negative size passed to " + function); return null; }
        if (data == null && size > 0) { ts.Raise(ExceptionKind.SystemError, "NULL string with positive size passed to " + function); return null; }
        return PyBytes.Create(ts.Interpreter, new ReadOnlySpan<byte>(data, checked((int)size)).ToArray());
    }

    static PyObject Errors(ThreadState ts, byte* errors) =>
        errors == null ? ts.Interpreter.None : ts.Interpreter.Str(Calls.CString(errors, "strict"));

    /// <summary>_codecs.&lt;codec&gt;(data, errors, final): with consumed NULL the input is final,
    /// else a truncated sequence at the end is left over and *consumed says how much was used.</summary>
    internal static nint DecodeStateful(byte* s, nint size, byte* errors, nint* consumed, string codecFunction, string function)
    {
        var ts = Api.Ts(function);
        if (ts is null) return 0;
        try
        {
            var data = Input(ts, s, size, function);
            if (data is null) return 0;
            var r = Calls.ModuleFunction(ts, "_codecs", codecFunction, [data, Errors(ts, errors), ts.Interpreter.Bool(consumed == null)]);
            if (r is not PyTuple { Count: >= 2 } t) return 0;
            if (consumed != null) *consumed = (nint)((PyInt)t[1]).Small;
            return Api.New(ts, t[0]);
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>UTF-16/32 with CPython's byte order protocol: *byteorder -1 little, 1 big, 0 (or
    /// byteorder NULL) native with a leading BOM choosing the order; on return *byteorder is the
    /// order in effect at the end.</summary>
    static nint DecodeWithByteOrder(byte* s, nint size, byte* errors, int* byteorder, nint* consumed, string codecFunction, string function)
    {
        var ts = Api.Ts(function);
        if (ts is null) return 0;
        try
        {
            var data = Input(ts, s, size, function);
            if (data is null) return 0;
            var interp = ts.Interpreter;
            PyObject order = interp.Int(byteorder == null ? 0 : *byteorder);
            var r = Calls.ModuleFunction(ts, "_codecs", codecFunction, [data, Errors(ts, errors), order, interp.Bool(consumed == null)]);
            if (r is not PyTuple { Count: >= 3 } t) return 0;
            if (consumed != null) *consumed = (nint)((PyInt)t[1]).Small;
            if (byteorder != null) *byteorder = (int)((PyInt)t[2]).Small;
            return Api.New(ts, t[0]);
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>Decodes through a mapping (bytes value to str, int or None); NULL mapping is latin-1.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_DecodeCharmap")]
    public static nint PyUnicode_DecodeCharmap(byte* s, nint size, nint mapping, byte* errors)
    {
        var ts = Api.Ts("PyUnicode_DecodeCharmap");
        if (ts is null) return 0;
        try
        {
            var data = Input(ts, s, size, "PyUnicode_DecodeCharmap");
            if (data is null) return 0;
            PyObject map = ts.Interpreter.None;
            if (mapping != 0 && (map = Api.Arg(ts, mapping)!) is null) return 0;
            var r = Calls.ModuleFunction(ts, "_codecs", "charmap_decode", [data, Errors(ts, errors), map]);
            return r is PyTuple { Count: >= 1 } t ? Api.New(ts, t[0]) : 0;
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    // ---- Encoders to bytes.

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_AsUTF16String")]
    public static nint PyUnicode_AsUTF16String(nint unicode) => EncodeVia(unicode, "utf_16_encode", 0, "PyUnicode_AsUTF16String");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_AsUTF32String")]
    public static nint PyUnicode_AsUTF32String(nint unicode) => EncodeVia(unicode, "utf_32_encode", 0, "PyUnicode_AsUTF32String");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_AsUnicodeEscapeString")]
    public static nint PyUnicode_AsUnicodeEscapeString(nint unicode) => EncodeVia(unicode, "unicode_escape_encode", 0, "PyUnicode_AsUnicodeEscapeString");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_AsRawUnicodeEscapeString")]
    public static nint PyUnicode_AsRawUnicodeEscapeString(nint unicode) => EncodeVia(unicode, "raw_unicode_escape_encode", 0, "PyUnicode_AsRawUnicodeEscapeString");

    /// <summary>Encodes through a mapping (str character to int, bytes or None).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_AsCharmapString")]
    public static nint PyUnicode_AsCharmapString(nint unicode, nint mapping) => EncodeVia(unicode, "charmap_encode", mapping, "PyUnicode_AsCharmapString");

    /// <summary>_codecs.&lt;codec&gt;(str[, "strict", mapping])[0].</summary>
    static nint EncodeVia(nint unicode, string codecFunction, nint mapping, string function)
    {
        var ts = Api.Ts(function);
        if (ts is null) return 0;
        try
        {
            var s = UnicodeOperations.StrOrBadArgument(ts, unicode);
            if (s is null) return 0;
            PyObject? r;
            if (codecFunction == "charmap_encode")
            {
                var map = Api.Arg(ts, mapping);
                if (map is null) return 0;
                r = Calls.ModuleFunction(ts, "_codecs", codecFunction, [s, ts.Interpreter.None, map]);
            }
            else r = Calls.ModuleFunction(ts, "_codecs", codecFunction, [s]);
            return r is PyTuple { Count: >= 1 } t ? Api.New(ts, t[0]) : 0;
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>The inverse of charmap decoding's table: a str of 256 characters becomes the
    /// mapping from each character to its byte (_codecs.charmap_build).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_BuildEncodingMap")]
    public static nint PyUnicode_BuildEncodingMap(nint str)
    {
        var ts = Api.Ts("PyUnicode_BuildEncodingMap");
        if (ts is null) return 0;
        try
        {
            var s = UnicodeOperations.StrOrBadArgument(ts, str);
            return s is null ? 0 : Api.New(ts, Calls.ModuleFunction(ts, "_codecs", "charmap_build", [s]));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    // ---- Generic codecs (deprecated in CPython, kept for old extensions): codecs.encode/decode
    // on a str, with the result type checked where the name promises one.

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_AsEncodedObject")]
    public static nint PyUnicode_AsEncodedObject(nint unicode, byte* encoding, byte* errors) =>
        Generic(unicode, encoding, errors, "encode", null, "PyUnicode_AsEncodedObject",
                "PyUnicode_AsEncodedObject() is deprecated; use PyUnicode_AsEncodedString() to encode from str to bytes or PyCodec_Encode() for generic encoding");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_AsEncodedUnicode")]
    public static nint PyUnicode_AsEncodedUnicode(nint unicode, byte* encoding, byte* errors) =>
        Generic(unicode, encoding, errors, "encode", "encoder", "PyUnicode_AsEncodedUnicode",
                "PyUnicode_AsEncodedUnicode() is deprecated; use PyCodec_Encode() to encode from str to str");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_AsDecodedObject")]
    public static nint PyUnicode_AsDecodedObject(nint unicode, byte* encoding, byte* errors) =>
        Generic(unicode, encoding, errors, "decode", null, "PyUnicode_AsDecodedObject",
                "PyUnicode_AsDecodedObject() is deprecated; use PyCodec_Decode() to decode from str");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_AsDecodedUnicode")]
    public static nint PyUnicode_AsDecodedUnicode(nint unicode, byte* encoding, byte* errors) =>
        Generic(unicode, encoding, errors, "decode", "decoder", "PyUnicode_AsDecodedUnicode",
                "PyUnicode_AsDecodedUnicode() is deprecated; use PyCodec_Decode() to decode from str to str");

    static nint Generic(nint unicode, byte* encoding, byte* errors, string direction, string? mustBeStr, string function, string deprecation)
    {
        var ts = Api.Ts(function);
        if (ts is null) return 0;
        try
        {
            var s = UnicodeOperations.StrOrBadArgument(ts, unicode);
            if (s is null) return 0;
            var interp = ts.Interpreter;
            if (!Warn(ts, deprecation)) return 0;
            string codec = Calls.CString(encoding, "utf-8");
            var r = Calls.ModuleFunction(ts, "_codecs", direction, [s, interp.Str(codec), interp.Str(Calls.CString(errors, "strict"))]);
            if (r is not null && mustBeStr is not null && r is not PyStr)
            {
                ts.Raise(ExceptionKind.TypeError, $"'{codec}' {mustBeStr} returned '{r.Type.Name}' instead of 'str'; use codecs.{direction}() to {direction} to arbitrary types");
                return 0;
            }
            return Api.New(ts, r);
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>warnings.warn(message, DeprecationWarning, 1); false when the warning was made an error.</summary>
    static bool Warn(ThreadState ts, string message)
    {
        var interp = ts.Interpreter;
        return Calls.ModuleFunction(ts, "warnings", "warn",
            [interp.Str(message), interp.ExceptionType(ExceptionKind.DeprecationWarning), interp.Int(1)]) is not null;
    }

    /// <summary>A str from a bytes-like object decoded with the codec (NULL: UTF-8).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_FromEncodedObject")]
    public static nint PyUnicode_FromEncodedObject(nint obj, byte* encoding, byte* errors)
    {
        var ts = Api.Ts("PyUnicode_FromEncodedObject");
        if (ts is null) return 0;
        try
        {
            var o = Api.Arg(ts, obj);
            if (o is null) return 0;
            if (o is PyStr) { ts.Raise(ExceptionKind.TypeError, "decoding str is not supported"); return 0; }
            if (o is not IBuffer buffer) { ts.Raise(ExceptionKind.TypeError, $"decoding to str: need a bytes-like object, {o.Type.Name} found"); return 0; }
            var bytes = o as PyBytes ?? PyBytes.Create(ts.Interpreter, buffer.AsReadOnlySpan().ToArray());
            var result = CallCodec(ts, bytes, "decode", null, encoding, errors, out _);
            return Api.New(ts, result);
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }
}
