using System.Runtime.InteropServices;
using System.Text;
using Isolated.CApi.Boundary;
using Isolated.CApi.Bridge;
using Isolated.Objects;

namespace Isolated.CApi.Exports;

/// <summary>str objects, UTF-8 in and out (unicodeobject.h).</summary>
internal static unsafe class Unicode
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes UTF-8 strictly; invalid input goes to the interpreter's UTF-8 codec for
    /// CPython's exact UnicodeDecodeError.</summary>
    static PyObject? Decode(ThreadState ts, byte* s, long size)
    {
        var bytes = new ReadOnlySpan<byte>(s, checked((int)size));
        try
        {
            return ts.Interpreter.Str(StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            var text = Isolated.Text.Codecs.Decode(ts, bytes, "utf-8", "strict");
            return text is null ? null : ts.Interpreter.Str(text);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_FromString")]
    public static nint PyUnicode_FromString(byte* u)
    {
        var ts = Api.Ts("PyUnicode_FromString");
        if (ts is null) return 0;
        try
        {
            if (u == null) { ts.Raise(ExceptionKind.SystemError, "bad argument to internal function (NULL string)"); return 0; }
            return Api.New(ts, Decode(ts, u, new ReadOnlySpan<byte>(u, int.MaxValue).IndexOf((byte)0)));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_FromStringAndSize")]
    public static nint PyUnicode_FromStringAndSize(byte* u, nint size) => FromSized(u, size, "PyUnicode_FromStringAndSize");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_DecodeUTF8")]
    public static nint PyUnicode_DecodeUTF8(byte* s, nint size, byte* errors) =>
        errors == null ? FromSized(s, size, "PyUnicode_DecodeUTF8") : UnicodeCodecs.DecodeStateful(s, size, errors, null, "utf_8_decode", "PyUnicode_DecodeUTF8");

    static nint FromSized(byte* u, nint size, string function)
    {
        var ts = Api.Ts(function);
        if (ts is null) return 0;
        try
        {
            if (size < 0) { ts.Raise(ExceptionKind.SystemError, "Negative size passed to " + function); return 0; }
            if (u == null && size > 0) { ts.Raise(ExceptionKind.SystemError, "NULL string with positive size with NULL passed to " + function); return 0; }
            return Api.New(ts, size == 0 ? ts.Interpreter.EmptyStr : Decode(ts, u, size));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_InternFromString")]
    public static nint PyUnicode_InternFromString(byte* u)
    {
        var ts = Api.Ts("PyUnicode_InternFromString");
        if (ts is null) return 0;
        try
        {
            var s = Api.Utf8(ts, u);
            return s is null ? 0 : Api.New(ts, ts.Interpreter.Intern(s));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    static byte* AsUtf8(nint unicode, nint* size, string function)
    {
        var ts = Api.Ts(function);
        if (ts is null) return null;
        try
        {
            var o = Api.Arg(ts, unicode);
            if (o is null) return null;
            if (o is not PyStr s) { ts.Raise(ExceptionKind.TypeError, "bad argument type for built-in operation"); return null; }
            if (HasLoneSurrogate(s.Value, out int at))
            {
                ts.Raise(ExceptionKind.UnicodeEncodeError, $"'utf-8' codec can't encode character '\\u{(int)s.Value[at]:x4}' in position {at}: surrogates not allowed");
                return null;
            }
            var arena = NativeInterpreterState.Of(ts.Interpreter).Arena;
            nint p = arena.Utf8Of(unicode, s.Value, out int length);
            if (size != null) *size = length;
            return (byte*)p;
        }
        catch (Exception e) { Api.Fail(ts, e); return null; }
    }

    static bool HasLoneSurrogate(string s, out int index)
    {
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c)) { index = i; return true; }
        }
        index = -1;
        return false;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_AsUTF8")]
    public static byte* PyUnicode_AsUTF8(nint unicode) => AsUtf8(unicode, null, "PyUnicode_AsUTF8");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_AsUTF8AndSize")]
    public static byte* PyUnicode_AsUTF8AndSize(nint unicode, nint* size) => AsUtf8(unicode, size, "PyUnicode_AsUTF8AndSize");

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_GetLength")]
    public static nint PyUnicode_GetLength(nint unicode)
    {
        var ts = Api.Ts("PyUnicode_GetLength");
        if (ts is null) return -1;
        var s = UnicodeOperations.StrOrBadArgument(ts, unicode);
        return s is null ? -1 : s.CodePointLength;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_CompareWithASCIIString")]
    public static int PyUnicode_CompareWithASCIIString(nint unicode, byte* text)
    {
        var o = unicode == 0 ? null : ObjectBridge.FromNative(unicode) as PyStr;
        if (o is null || text == null) return -1;
        var other = Marshal.PtrToStringUTF8((nint)text) ?? "";
        int c = Objects.StrType.CompareCodePoints(o.Value, other);
        return c < 0 ? -1 : c > 0 ? 1 : 0;
    }
}
