using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.CApi.Exports;

/// <summary>
/// The codec registry and error handlers (codecs.h): each function is the interpreter's
/// <c>_codecs</c> module function it names (lookup, encode, register_error, ...), so C and
/// Python share one registry per interpreter.
/// </summary>
internal static unsafe class Codecs
{
    static PyObject? Codecs_(ThreadState ts, string function, ReadOnlySpan<PyObject> args) =>
        Calls.ModuleFunction(ts, "_codecs", function, args);

    /// <summary>_codecs.lookup(encoding): the CodecInfo, or null with LookupError.</summary>
    static PyObject? Lookup(ThreadState ts, byte* encoding)
    {
        var name = Api.Utf8(ts, encoding);
        return name is null ? null : Codecs_(ts, "lookup", [ts.Interpreter.Str(name)]);
    }

    [UnmanagedCallersOnly(EntryPoint = "PyCodec_Register")]
    public static int PyCodec_Register(nint searchFunction) => Status(searchFunction, "register", "PyCodec_Register");

    [UnmanagedCallersOnly(EntryPoint = "PyCodec_Unregister")]
    public static int PyCodec_Unregister(nint searchFunction) => Status(searchFunction, "unregister", "PyCodec_Unregister");

    static int Status(nint function, string name, string export)
    {
        var ts = Api.Ts(export);
        if (ts is null) return -1;
        try
        {
            var f = Api.Arg(ts, function);
            return f is not null && Codecs_(ts, name, [f]) is not null ? 0 : -1;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    /// <summary>1 when a codec for the encoding is found, else 0 (no error is left set).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyCodec_KnownEncoding")]
    public static int PyCodec_KnownEncoding(byte* encoding)
    {
        var ts = Api.Ts("PyCodec_KnownEncoding");
        if (ts is null) return 0;
        try
        {
            if (Lookup(ts, encoding) is not null) return 1;
            ts.CurrentException = null;
            return 0;
        }
        catch (Exception) { ts.CurrentException = null; return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyCodec_Encode")]
    public static nint PyCodec_Encode(nint obj, byte* encoding, byte* errors) => Transcode(obj, encoding, errors, "encode", "PyCodec_Encode");

    [UnmanagedCallersOnly(EntryPoint = "PyCodec_Decode")]
    public static nint PyCodec_Decode(nint obj, byte* encoding, byte* errors) => Transcode(obj, encoding, errors, "decode", "PyCodec_Decode");

    static nint Transcode(nint obj, byte* encoding, byte* errors, string direction, string function)
    {
        var ts = Api.Ts(function);
        if (ts is null) return 0;
        try
        {
            var o = Api.Arg(ts, obj);
            var name = o is null ? null : Api.Utf8(ts, encoding);
            if (name is null) return 0;
            var interp = ts.Interpreter;
            return Api.New(ts, Codecs_(ts, direction, [o!, interp.Str(name), interp.Str(Calls.CString(errors, "strict"))]));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyCodec_Encoder")]
    public static nint PyCodec_Encoder(byte* encoding) => Item(encoding, 0, "PyCodec_Encoder");

    [UnmanagedCallersOnly(EntryPoint = "PyCodec_Decoder")]
    public static nint PyCodec_Decoder(byte* encoding) => Item(encoding, 1, "PyCodec_Decoder");

    /// <summary>One of the CodecInfo tuple's (encode, decode, streamreader, streamwriter).</summary>
    static nint Item(byte* encoding, int index, string function)
    {
        var ts = Api.Ts(function);
        if (ts is null) return 0;
        try
        {
            var info = Lookup(ts, encoding);
            return info is null ? 0 : Api.New(ts, Ops.GetItem(ts, info, ts.Interpreter.Int(index)));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyCodec_IncrementalEncoder")]
    public static nint PyCodec_IncrementalEncoder(byte* encoding, byte* errors) => Factory(encoding, "incrementalencoder", null, errors, "PyCodec_IncrementalEncoder");

    [UnmanagedCallersOnly(EntryPoint = "PyCodec_IncrementalDecoder")]
    public static nint PyCodec_IncrementalDecoder(byte* encoding, byte* errors) => Factory(encoding, "incrementaldecoder", null, errors, "PyCodec_IncrementalDecoder");

    [UnmanagedCallersOnly(EntryPoint = "PyCodec_StreamReader")]
    public static nint PyCodec_StreamReader(byte* encoding, nint stream, byte* errors) => Factory(encoding, "streamreader", (nint?)stream, errors, "PyCodec_StreamReader");

    [UnmanagedCallersOnly(EntryPoint = "PyCodec_StreamWriter")]
    public static nint PyCodec_StreamWriter(byte* encoding, nint stream, byte* errors) => Factory(encoding, "streamwriter", (nint?)stream, errors, "PyCodec_StreamWriter");

    /// <summary>CodecInfo.&lt;factory&gt;([stream,] errors); NULL errors leaves the codec's default.</summary>
    static nint Factory(byte* encoding, string attribute, nint? stream, byte* errors, string function)
    {
        var ts = Api.Ts(function);
        if (ts is null) return 0;
        try
        {
            PyObject? streamObj = null;
            if (stream is nint s && (streamObj = Api.Arg(ts, s)) is null) return 0;
            var info = Lookup(ts, encoding);
            var factory = info is null ? null : Ops.GetAttr(ts, info, attribute);
            if (factory is null) return 0;
            var args = new List<PyObject>(2);
            if (streamObj is not null) args.Add(streamObj);
            if (errors != null) args.Add(ts.Interpreter.Str(Calls.CString(errors, "strict")));
            return Api.New(ts, Ops.Call(ts, factory, args.ToArray()));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyCodec_RegisterError")]
    public static int PyCodec_RegisterError(byte* name, nint error)
    {
        var ts = Api.Ts("PyCodec_RegisterError");
        if (ts is null) return -1;
        try
        {
            var n = Api.Utf8(ts, name);
            var handler = n is null ? null : Api.Arg(ts, error);
            return handler is not null && Codecs_(ts, "register_error", [ts.Interpreter.Str(n!), handler]) is not null ? 0 : -1;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    /// <summary>The error handler registered under name (NULL: "strict").</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyCodec_LookupError")]
    public static nint PyCodec_LookupError(byte* name)
    {
        var ts = Api.Ts("PyCodec_LookupError");
        if (ts is null) return 0;
        try
        {
            return Api.New(ts, Codecs_(ts, "lookup_error", [ts.Interpreter.Str(Calls.CString(name, "strict"))]));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyCodec_StrictErrors")]
    public static nint PyCodec_StrictErrors(nint exc) => Handle(exc, "strict", "PyCodec_StrictErrors");

    [UnmanagedCallersOnly(EntryPoint = "PyCodec_IgnoreErrors")]
    public static nint PyCodec_IgnoreErrors(nint exc) => Handle(exc, "ignore", "PyCodec_IgnoreErrors");

    [UnmanagedCallersOnly(EntryPoint = "PyCodec_ReplaceErrors")]
    public static nint PyCodec_ReplaceErrors(nint exc) => Handle(exc, "replace", "PyCodec_ReplaceErrors");

    [UnmanagedCallersOnly(EntryPoint = "PyCodec_XMLCharRefReplaceErrors")]
    public static nint PyCodec_XMLCharRefReplaceErrors(nint exc) => Handle(exc, "xmlcharrefreplace", "PyCodec_XMLCharRefReplaceErrors");

    [UnmanagedCallersOnly(EntryPoint = "PyCodec_BackslashReplaceErrors")]
    public static nint PyCodec_BackslashReplaceErrors(nint exc) => Handle(exc, "backslashreplace", "PyCodec_BackslashReplaceErrors");

    [UnmanagedCallersOnly(EntryPoint = "PyCodec_NameReplaceErrors")]
    public static nint PyCodec_NameReplaceErrors(nint exc) => Handle(exc, "namereplace", "PyCodec_NameReplaceErrors");

    /// <summary>The builtin error handler of that name applied to the UnicodeError: (replacement,
    /// resume position), or the exception raised (strict).</summary>
    static nint Handle(nint exc, string handler, string function)
    {
        var ts = Api.Ts(function);
        if (ts is null) return 0;
        try
        {
            var e = Api.Arg(ts, exc);
            if (e is null) return 0;
            var h = Codecs_(ts, "lookup_error", [ts.Interpreter.Str(handler)]);
            return h is null ? 0 : Api.New(ts, Ops.Call(ts, h, e));
        }
        catch (Exception x) { Api.Fail(ts, x); return 0; }
    }
}
