using System.Text;
using Isolated.Modules.Weakref;
using Isolated.Objects;
using Isolated.Runtime;
using Isolated.Text;

namespace Isolated.Modules.TextCodecs;

/// <summary>
/// <c>_codecs</c>: the codec registry (register/unregister/lookup, encode/decode), the error-handler
/// registry (register_error/lookup_error) and the builtin codec functions the pure-Python
/// <c>encodings</c> package is made of (utf_8_decode, charmap_encode, ...). Every function
/// returns CPython's (result, length consumed) tuples and messages.
/// </summary>
public static class CodecsModule
{
    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "_codecs");
        void Add(string name, BuiltinMethod fn) => WeakrefModule.Add(m, name, fn);
        Add("register", Register);
        Add("unregister", Unregister);
        Add("lookup", Lookup);
        Add("encode", static (ts, s, a, k) => Transcode(ts, a, k, "encode", encode: true));
        Add("decode", static (ts, s, a, k) => Transcode(ts, a, k, "decode", encode: false));
        Add("register_error", RegisterError);
        Add("lookup_error", LookupError);
        Add("utf_8_encode", static (ts, s, a, k) => EncodeText(ts, a, k, "utf_8_encode", static (ts, t, h) => Utf8Codec.Encode(ts, t, h, bom: false)));
        Add("utf_8_decode", static (ts, s, a, k) => DecodeFinal(ts, a, k, "utf_8_decode", false,
            static (ts, d, h, final, out c) => Utf8Codec.Decode(ts, d, h, "utf-8", final, out c)));
        Add("utf_7_encode", static (ts, s, a, k) => EncodeText(ts, a, k, "utf_7_encode", static (ts, t, h) => Utf7Codec.Encode(t)));
        Add("utf_7_decode", static (ts, s, a, k) => DecodeFinal(ts, a, k, "utf_7_decode", false,
            static (ts, d, h, final, out c) => Utf7Codec.Decode(ts, d, h, final, out c)));
        Add("utf_16_encode", static (ts, s, a, k) => EncodeUtf(ts, a, k, "utf_16_encode", 2));
        Add("utf_16_le_encode", static (ts, s, a, k) => EncodeText(ts, a, k, "utf_16_le_encode", static (ts, t, h) => Utf16Codec.Encode(ts, t, h, bigEndian: false, bom: false)));
        Add("utf_16_be_encode", static (ts, s, a, k) => EncodeText(ts, a, k, "utf_16_be_encode", static (ts, t, h) => Utf16Codec.Encode(ts, t, h, bigEndian: true, bom: false)));
        Add("utf_16_decode", static (ts, s, a, k) => DecodeUtf(ts, a, k, "utf_16_decode", 2, 0));
        Add("utf_16_le_decode", static (ts, s, a, k) => DecodeUtf(ts, a, k, "utf_16_le_decode", 2, -1));
        Add("utf_16_be_decode", static (ts, s, a, k) => DecodeUtf(ts, a, k, "utf_16_be_decode", 2, 1));
        Add("utf_16_ex_decode", static (ts, s, a, k) => DecodeUtfEx(ts, a, k, "utf_16_ex_decode", 2));
        Add("utf_32_encode", static (ts, s, a, k) => EncodeUtf(ts, a, k, "utf_32_encode", 4));
        Add("utf_32_le_encode", static (ts, s, a, k) => EncodeText(ts, a, k, "utf_32_le_encode", static (ts, t, h) => Utf32Codec.Encode(ts, t, h, bigEndian: false, bom: false)));
        Add("utf_32_be_encode", static (ts, s, a, k) => EncodeText(ts, a, k, "utf_32_be_encode", static (ts, t, h) => Utf32Codec.Encode(ts, t, h, bigEndian: true, bom: false)));
        Add("utf_32_decode", static (ts, s, a, k) => DecodeUtf(ts, a, k, "utf_32_decode", 4, 0));
        Add("utf_32_le_decode", static (ts, s, a, k) => DecodeUtf(ts, a, k, "utf_32_le_decode", 4, -1));
        Add("utf_32_be_decode", static (ts, s, a, k) => DecodeUtf(ts, a, k, "utf_32_be_decode", 4, 1));
        Add("utf_32_ex_decode", static (ts, s, a, k) => DecodeUtfEx(ts, a, k, "utf_32_ex_decode", 4));
        Add("unicode_escape_encode", static (ts, s, a, k) => EncodeText(ts, a, k, "unicode_escape_encode", static (ts, t, h) => EscapeCodecs.EncodeUnicodeEscape(t, raw: false)));
        Add("unicode_escape_decode", static (ts, s, a, k) => DecodeFinal(ts, a, k, "unicode_escape_decode", true,
            static (ts, d, h, final, out c) => EscapeCodecs.DecodeUnicodeEscape(ts, d, h, raw: false, final, out c), acceptStr: true));
        Add("raw_unicode_escape_encode", static (ts, s, a, k) => EncodeText(ts, a, k, "raw_unicode_escape_encode", static (ts, t, h) => EscapeCodecs.EncodeUnicodeEscape(t, raw: true)));
        Add("raw_unicode_escape_decode", static (ts, s, a, k) => DecodeFinal(ts, a, k, "raw_unicode_escape_decode", true,
            static (ts, d, h, final, out c) => EscapeCodecs.DecodeUnicodeEscape(ts, d, h, raw: true, final, out c), acceptStr: true));
        Add("latin_1_encode", static (ts, s, a, k) => EncodeText(ts, a, k, "latin_1_encode", static (ts, t, h) => CharmapCodec.EncodeLimited(ts, t, h, 256, "latin-1", "ordinal not in range(256)")));
        Add("latin_1_decode", static (ts, s, a, k) => DecodeFinal(ts, a, k, "latin_1_decode", null,
            static (ts, d, h, final, out c) => { c = d.Length; return Text.Codecs.Latin1ToString(d); }));
        Add("ascii_encode", static (ts, s, a, k) => EncodeText(ts, a, k, "ascii_encode", static (ts, t, h) => CharmapCodec.EncodeLimited(ts, t, h, 128, "ascii", "ordinal not in range(128)")));
        Add("ascii_decode", static (ts, s, a, k) => DecodeFinal(ts, a, k, "ascii_decode", null,
            static (ts, d, h, final, out c) => { c = d.Length; return CharmapCodec.DecodeAscii(ts, d, h); }));
        Add("charmap_encode", CharmapEncode);
        Add("charmap_decode", CharmapDecode);
        Add("charmap_build", CharmapBuild);
        Add("escape_encode", EscapeEncode);
        Add("escape_decode", EscapeDecode);
        Add("readbuffer_encode", ReadbufferEncode);
        return m;
    }

    delegate byte[]? TextEncoder(ThreadState ts, string text, CodecErrorHandler handler);
    delegate string? FinalDecoder(ThreadState ts, ReadOnlySpan<byte> data, CodecErrorHandler handler, bool final, out int consumed);

    static bool Errors(ThreadState ts, PyObject? arg, string function, int position, out string errors)
    {
        errors = "strict";
        if (arg is null || ReferenceEquals(arg, ts.Interpreter.None)) return true;
        if (arg is PyStr s) { errors = s.Value; return true; }
        ts.Raise(ExceptionKind.TypeError, $"{function}() argument {position} must be str or None, not {arg.Type.Name}");
        return false;
    }

    static bool Flag(ThreadState ts, PyObject? arg, bool defaultValue, out bool value)
    {
        value = defaultValue;
        if (arg is null) return true;
        int t = Ops.IsTrue(ts, arg);
        value = t > 0;
        return t >= 0;
    }

    /// <summary>A bytes-like argument (a str too where CPython accepts one: encoded as UTF-8).</summary>
    static bool Data(ThreadState ts, PyObject arg, string function, bool acceptStr, out ReadOnlySpan<byte> data)
    {
        data = default;
        if (arg is IBuffer b) { data = b.AsReadOnlySpan(); return true; }
        if (acceptStr && arg is PyStr s) { data = Encoding.UTF8.GetBytes(s.Value); return true; }
        ts.Raise(ExceptionKind.TypeError, acceptStr
            ? $"{function}() argument 1 must be str or a bytes-like object, not {arg.Type.Name}"
            : $"a bytes-like object is required, not '{arg.Type.Name}'");
        return false;
    }

    static PyObject Pair(ThreadState ts, PyObject result, int length) => ts.Interpreter.Tuple(result, ts.Interpreter.Int(length));

    static PyObject? EncodeText(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, string function, TextEncoder encoder)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, function, args, kw, ["str", "errors"], 1, a, positionalOnly: 2)) return null;
        if (a[0] is not PyStr s) return ts.Raise(ExceptionKind.TypeError, $"{function}() argument 1 must be str, not {a[0]!.Type.Name}");
        if (!Errors(ts, a[1], function, 2, out var errors)) return null;
        var bytes = encoder(ts, s.Value, new CodecErrorHandler(errors));
        return bytes is null ? null : Pair(ts, PyBytes.Create(ts.Interpreter, bytes), s.CodePointLength);
    }

    /// <summary>A decode function taking (data, errors=None[, final]); <paramref name="finalDefault"/>
    /// null: no final parameter.</summary>
    static PyObject? DecodeFinal(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, string function, bool? finalDefault,
                                 FinalDecoder decoder, bool acceptStr = false)
    {
        Span<PyObject?> a = new PyObject?[3];
        ReadOnlySpan<string> names = finalDefault is null ? ["data", "errors"] : ["data", "errors", "final"];
        if (!ArgBinder.Bind(ts, function, args, kw, names, 1, a, positionalOnly: names.Length)) return null;
        if (!Data(ts, a[0]!, function, acceptStr, out var data)) return null;
        if (!Errors(ts, a[1], function, 2, out var errors)) return null;
        if (!Flag(ts, a[2], finalDefault ?? true, out bool final)) return null;
        var text = decoder(ts, data, new CodecErrorHandler(errors), final, out int consumed);
        return text is null ? null : Pair(ts, ts.Interpreter.Str(text), consumed);
    }

    static PyObject? EncodeUtf(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, string function, int width)
    {
        Span<PyObject?> a = new PyObject?[3];
        if (!ArgBinder.Bind(ts, function, args, kw, ["str", "errors", "byteorder"], 1, a, positionalOnly: 3)) return null;
        if (a[0] is not PyStr s) return ts.Raise(ExceptionKind.TypeError, $"{function}() argument 1 must be str, not {a[0]!.Type.Name}");
        if (!Errors(ts, a[1], function, 2, out var errors)) return null;
        long order = 0;
        if (a[2] is not null && !TextArgs.ToSsize(ts, a[2]!, out order)) return null;
        var h = new CodecErrorHandler(errors);
        bool bom = order == 0, be = order > 0;
        var bytes = width == 2 ? Utf16Codec.Encode(ts, s.Value, h, be, bom) : Utf32Codec.Encode(ts, s.Value, h, be, bom);
        return bytes is null ? null : Pair(ts, PyBytes.Create(ts.Interpreter, bytes), s.CodePointLength);
    }

    static string? DecodeUtfCore(ThreadState ts, ReadOnlySpan<byte> data, string errors, int width, ref int order, bool final, out int consumed) =>
        width == 2
            ? Utf16Codec.Decode(ts, data, new CodecErrorHandler(errors), ref order, final, out consumed)
            : Utf32Codec.Decode(ts, data, new CodecErrorHandler(errors), ref order, final, out consumed);

    static PyObject? DecodeUtf(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, string function, int width, int order)
    {
        Span<PyObject?> a = new PyObject?[3];
        if (!ArgBinder.Bind(ts, function, args, kw, ["data", "errors", "final"], 1, a, positionalOnly: 3)) return null;
        if (!Data(ts, a[0]!, function, false, out var data)) return null;
        if (!Errors(ts, a[1], function, 2, out var errors)) return null;
        if (!Flag(ts, a[2], false, out bool final)) return null;
        var text = DecodeUtfCore(ts, data, errors, width, ref order, final, out int consumed);
        return text is null ? null : Pair(ts, ts.Interpreter.Str(text), consumed);
    }

    static PyObject? DecodeUtfEx(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, string function, int width)
    {
        Span<PyObject?> a = new PyObject?[4];
        if (!ArgBinder.Bind(ts, function, args, kw, ["data", "errors", "byteorder", "final"], 1, a, positionalOnly: 4)) return null;
        if (!Data(ts, a[0]!, function, false, out var data)) return null;
        if (!Errors(ts, a[1], function, 2, out var errors)) return null;
        long order = 0;
        if (a[2] is not null && !TextArgs.ToSsize(ts, a[2]!, out order)) return null;
        if (!Flag(ts, a[3], false, out bool final)) return null;
        int o = Math.Sign(order);
        var text = DecodeUtfCore(ts, data, errors, width, ref o, final, out int consumed);
        if (text is null) return null;
        var interp = ts.Interpreter;
        return interp.Tuple(interp.Str(text), interp.Int(consumed), interp.Int(o));
    }

    // ---- charmap ----

    static PyObject? CharmapEncode(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[3];
        if (!ArgBinder.Bind(ts, "charmap_encode", args, kw, ["str", "errors", "mapping"], 1, a, positionalOnly: 3)) return null;
        if (a[0] is not PyStr s) return ts.Raise(ExceptionKind.TypeError, $"charmap_encode() argument 1 must be str, not {a[0]!.Type.Name}");
        if (!Errors(ts, a[1], "charmap_encode", 2, out var errors)) return null;
        var h = new CodecErrorHandler(errors);
        var bytes = a[2] is null || ReferenceEquals(a[2], ts.Interpreter.None)
            ? CharmapCodec.EncodeLimited(ts, s.Value, h, 256, "latin-1", "ordinal not in range(256)")
            : CharmapCodec.Encode(ts, s.Value, h, a[2]!);
        return bytes is null ? null : Pair(ts, PyBytes.Create(ts.Interpreter, bytes), s.CodePointLength);
    }

    static PyObject? CharmapDecode(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[3];
        if (!ArgBinder.Bind(ts, "charmap_decode", args, kw, ["data", "errors", "mapping"], 1, a, positionalOnly: 3)) return null;
        if (!Data(ts, a[0]!, "charmap_decode", false, out var data)) return null;
        if (!Errors(ts, a[1], "charmap_decode", 2, out var errors)) return null;
        var h = new CodecErrorHandler(errors);
        var text = a[2] is null || ReferenceEquals(a[2], ts.Interpreter.None)
            ? Text.Codecs.Latin1ToString(data)
            : CharmapCodec.Decode(ts, data, h, a[2]!);
        return text is null ? null : Pair(ts, ts.Interpreter.Str(text), data.Length);
    }

    /// <summary>charmap_build(decoding_table): the inverse mapping {code point: byte} that
    /// charmap_encode reads (CPython returns a dict too when its compact map does not apply).</summary>
    static PyObject? CharmapBuild(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "charmap_build", args, kw, 1, 1)) return null;
        if (args[0] is not PyStr table) return ts.Raise(ExceptionKind.TypeError, $"charmap_build() argument must be str, not {args[0].Type.Name}");
        var interp = ts.Interpreter;
        var map = interp.NewDict();
        string t = table.Value;
        int index = 0;
        for (int i = 0; i < t.Length; index++)
        {
            int cp = PyStr.NextCodePoint(t, ref i);
            if (!Ops.SetItem(ts, map, interp.Int(cp), interp.Int(index))) return null;
        }
        return map;
    }

    // ---- bytes escapes and readbuffer ----

    static PyObject? EscapeEncode(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "escape_encode", args, kw, ["data", "errors"], 1, a, positionalOnly: 2)) return null;
        if (a[0] is not PyBytes b) return ts.Raise(ExceptionKind.TypeError, $"escape_encode() argument 1 must be bytes, not {a[0]!.Type.Name}");
        if (!Errors(ts, a[1], "escape_encode", 2, out _)) return null;
        return Pair(ts, PyBytes.Create(ts.Interpreter, EscapeCodecs.EscapeEncode(b.Value)), b.Value.Length);
    }

    static PyObject? EscapeDecode(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "escape_decode", args, kw, ["data", "errors"], 1, a, positionalOnly: 2)) return null;
        if (!Data(ts, a[0]!, "escape_decode", true, out var data)) return null;
        if (!Errors(ts, a[1], "escape_decode", 2, out var errors)) return null;
        var bytes = EscapeCodecs.EscapeDecode(ts, data, errors);
        return bytes is null ? null : Pair(ts, PyBytes.Create(ts.Interpreter, bytes), data.Length);
    }

    static PyObject? ReadbufferEncode(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "readbuffer_encode", args, kw, ["data", "errors"], 1, a, positionalOnly: 2)) return null;
        if (!Data(ts, a[0]!, "readbuffer_encode", true, out var data)) return null;
        if (!Errors(ts, a[1], "readbuffer_encode", 2, out _)) return null;
        return Pair(ts, PyBytes.Create(ts.Interpreter, data.ToArray()), data.Length);
    }

    // ---- the registries ----

    static PyObject? Register(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "register", args, kw, 1, 1)) return null;
        if (args[0].Type.Slots.Call is null) return ts.Raise(ExceptionKind.TypeError, "argument must be callable");
        CodecRegistry.Of(ts.Interpreter).SearchFunctions.Add(args[0]);
        return ts.Interpreter.None;
    }

    static PyObject? Unregister(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "unregister", args, kw, 1, 1)) return null;
        CodecRegistry.Of(ts.Interpreter).Unregister(args[0]);
        return ts.Interpreter.None;
    }

    static PyObject? Lookup(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "lookup", args, kw, 1, 1)) return null;
        if (args[0] is not PyStr s) return ts.Raise(ExceptionKind.TypeError, $"lookup() argument must be str, not {args[0].Type.Name}");
        return CodecRegistry.Of(ts.Interpreter).Lookup(ts, s.Value);
    }

    static PyObject? RegisterError(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "register_error", args, kw, 2, 2)) return null;
        if (args[0] is not PyStr name) return ts.Raise(ExceptionKind.TypeError, $"register_error() argument 1 must be str, not {args[0].Type.Name}");
        if (args[1].Type.Slots.Call is null) return ts.Raise(ExceptionKind.TypeError, "handler must be callable");
        CodecRegistry.Of(ts.Interpreter).RegisterError(name.Value, args[1]);
        return ts.Interpreter.None;
    }

    static PyObject? LookupError(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "lookup_error", args, kw, 1, 1)) return null;
        if (args[0] is not PyStr name) return ts.Raise(ExceptionKind.TypeError, $"lookup_error() argument must be str, not {args[0].Type.Name}");
        return CodecRegistry.Of(ts.Interpreter).LookupError(ts, name.Value);
    }

    /// <summary>_codecs.encode/decode(obj, encoding='utf-8', errors='strict'): any codec, any types.</summary>
    static PyObject? Transcode(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, string function, bool encode)
    {
        Span<PyObject?> a = new PyObject?[3];
        if (!ArgBinder.Bind(ts, function, args, kw, ["obj", "encoding", "errors"], 1, a)) return null;
        string encoding = "utf-8", errors = "strict";
        if (a[1] is not null)
        {
            if (a[1] is not PyStr e) return ts.Raise(ExceptionKind.TypeError, $"{function}() argument 'encoding' must be str, not {a[1]!.Type.Name}");
            encoding = e.Value;
        }
        if (a[2] is not null)
        {
            if (a[2] is not PyStr e) return ts.Raise(ExceptionKind.TypeError, $"{function}() argument 'errors' must be str, not {a[2]!.Type.Name}");
            errors = e.Value;
        }
        return CallCodec(ts, a[0]!, encoding, errors, encode);
    }

    /// <summary>Looks the codec up and calls its encoder or decoder; returns the first item of
    /// the (object, length) tuple it must return.</summary>
    public static PyObject? CallCodec(ThreadState ts, PyObject obj, string encoding, string errors, bool encode)
    {
        var info = CodecRegistry.Of(ts.Interpreter).Lookup(ts, encoding);
        if (info is null) return null;
        var function = ((PyTuple)info)[encode ? 0 : 1];
        var result = Ops.Call(ts, function, obj, ts.Interpreter.Str(errors));
        if (result is null) return null;
        if (result is not PyTuple { Count: 2 } t)
            return ts.Raise(ExceptionKind.TypeError, encode ? "encoder must return a tuple (object, integer)" : "decoder must return a tuple (object,integer)");
        return t[0];
    }

    /// <summary>The registry path of str.encode/bytes.decode for codecs without a C# fast path:
    /// the codec must be a text encoding and return bytes (encode) or str (decode).</summary>
    public static PyObject? TextCodec(ThreadState ts, PyObject obj, string encoding, string errors, bool encode)
    {
        var info = CodecRegistry.Of(ts.Interpreter).Lookup(ts, encoding);
        if (info is null) return null;
        int found = Ops.LookupAttr(ts, info, ts.Interpreter.Intern("_is_text_encoding"), out var isText);
        if (found < 0) return null;
        if (found > 0)
        {
            int truth = Ops.IsTrue(ts, isText!);
            if (truth < 0) return null;
            if (truth == 0)
                return ts.Raise(ExceptionKind.LookupError, $"'{encoding}' is not a text encoding; use codecs.{(encode ? "encode" : "decode")}() to handle arbitrary codecs");
        }
        var result = CallCodec(ts, obj, encoding, errors, encode);
        if (result is null) return null;
        if (encode && result is not PyBytes)
        {
            if (result is PyByteArray ba) return PyBytes.Create(ts.Interpreter, ((IBuffer)ba).AsReadOnlySpan().ToArray());
            return ts.Raise(ExceptionKind.TypeError, $"'{encoding}' encoder returned '{result.Type.Name}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types");
        }
        if (!encode && result is not PyStr)
            return ts.Raise(ExceptionKind.TypeError, $"'{encoding}' decoder returned '{result.Type.Name}' instead of 'str'; use codecs.decode() to decode to arbitrary types");
        return result;
    }
}
