using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.CApi.Exports;

/// <summary>
/// str to and from C's wide and UCS-4 strings, and the file system and locale encodings.
/// wchar_t is 4 bytes (UTF-32) on Linux, so wide strings and Py_UCS4 buffers are both arrays of
/// code points. The file system and locale encodings are UTF-8 with surrogateescape, as CPython
/// has them under a UTF-8 locale.
/// </summary>
internal static unsafe class UnicodeWideChars
{
    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_FromWideChar")]
    public static nint PyUnicode_FromWideChar(int* w, nint size)
    {
        var ts = Api.Ts("PyUnicode_FromWideChar");
        if (ts is null) return 0;
        try
        {
            if (w == null && size != 0) { Calls.BadInternalCall(ts); return 0; }
            if (size == -1) { size = 0; while (w[size] != 0) size++; }
            if (size < 0) { Calls.BadInternalCall(ts); return 0; }
            var sb = new System.Text.StringBuilder((int)size);
            for (nint i = 0; i < size; i++)
            {
                int cp = w[i];
                if (cp < 0 || cp > 0x10FFFF)
                {
                    ts.Raise(ExceptionKind.ValueError, $"character U+{cp:x} is not in range [U+0000; U+10ffff]");
                    return 0;
                }
                sb.Append(UnicodeOperations.FromCodePoint(cp));
            }
            return Api.New(ts, ts.Interpreter.Str(sb.ToString()));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>Copies at most size wide characters (NUL included when it fits) into w; returns
    /// the number copied, or with w NULL the size needed including the NUL.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_AsWideChar")]
    public static nint PyUnicode_AsWideChar(nint unicode, int* w, nint size)
    {
        var ts = Api.Ts("PyUnicode_AsWideChar");
        if (ts is null) return -1;
        try
        {
            var s = UnicodeOperations.StrOrBadArgument(ts, unicode);
            if (s is null) return -1;
            var cps = UnicodeOperations.CodePoints(s);
            if (w == null) return cps.Length + 1;
            if (size < 0) { Calls.BadInternalCall(ts); return -1; }
            nint n = Math.Min(size, cps.Length);
            for (nint i = 0; i < n; i++) w[i] = cps[i];
            if (size > cps.Length) { w[cps.Length] = 0; }
            return n;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    /// <summary>A new NUL-terminated wide string (free it with PyMem_Free). With size NULL an
    /// embedded NUL is a ValueError, as the result could not be used as a C string.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_AsWideCharString")]
    public static int* PyUnicode_AsWideCharString(nint unicode, nint* size)
    {
        var ts = Api.Ts("PyUnicode_AsWideCharString");
        if (ts is null) return null;
        try
        {
            var s = UnicodeOperations.StrOrBadArgument(ts, unicode);
            if (s is null) return null;
            if (size == null && s.Value.Contains('\0')) { ts.Raise(ExceptionKind.ValueError, "embedded null character"); return null; }
            var cps = UnicodeOperations.CodePoints(s);
            int* buffer = Copy(cps, nul: true);
            if (size != null) *size = cps.Length;
            return buffer;
        }
        catch (Exception e) { Api.Fail(ts, e); return null; }
    }

    /// <summary>Copies the code points into buffer (plus a NUL when copy_null); SystemError when
    /// it is too small, with as much copied as fits.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_AsUCS4")]
    public static int* PyUnicode_AsUCS4(nint unicode, int* buffer, nint buflen, int copyNull)
    {
        var ts = Api.Ts("PyUnicode_AsUCS4");
        if (ts is null) return null;
        try
        {
            if (buffer == null || buflen < 0) { Calls.BadInternalCall(ts); return null; }
            var s = UnicodeOperations.StrOrBadArgument(ts, unicode);
            if (s is null) return null;
            var cps = UnicodeOperations.CodePoints(s);
            nint needed = cps.Length + (copyNull != 0 ? 1 : 0);
            nint n = Math.Min(buflen, cps.Length);
            for (nint i = 0; i < n; i++) buffer[i] = cps[i];
            if (buflen < needed)
            {
                ts.Raise(ExceptionKind.SystemError, $"string is longer than the buffer");
                if (copyNull != 0 && buflen > 0) buffer[buflen - 1] = 0;
                return null;
            }
            if (copyNull != 0) buffer[cps.Length] = 0;
            return buffer;
        }
        catch (Exception e) { Api.Fail(ts, e); return null; }
    }

    /// <summary>A new NUL-terminated UCS-4 copy (free it with PyMem_Free).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_AsUCS4Copy")]
    public static int* PyUnicode_AsUCS4Copy(nint unicode)
    {
        var ts = Api.Ts("PyUnicode_AsUCS4Copy");
        if (ts is null) return null;
        try
        {
            var s = UnicodeOperations.StrOrBadArgument(ts, unicode);
            return s is null ? null : Copy(UnicodeOperations.CodePoints(s), nul: true);
        }
        catch (Exception e) { Api.Fail(ts, e); return null; }
    }

    /// <summary>The code points in memory from malloc, which is what PyMem_Free releases.</summary>
    static int* Copy(int[] cps, bool nul)
    {
        int* p = (int*)NativeMemory.Alloc((nuint)(cps.Length + (nul ? 1 : 0)) * sizeof(int));
        cps.AsSpan().CopyTo(new Span<int>(p, cps.Length));
        if (nul) p[cps.Length] = 0;
        return p;
    }

    // ---- File system encoding (UTF-8, surrogateescape).

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_DecodeFSDefault")]
    public static nint PyUnicode_DecodeFSDefault(byte* s)
    {
        var ts = Api.Ts("PyUnicode_DecodeFSDefault");
        if (ts is null) return 0;
        if (s == null) { Calls.BadInternalCall(ts); return 0; }
        return DecodeFs(ts, s, new ReadOnlySpan<byte>(s, int.MaxValue).IndexOf((byte)0), "surrogateescape");
    }

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_DecodeFSDefaultAndSize")]
    public static nint PyUnicode_DecodeFSDefaultAndSize(byte* s, nint size)
    {
        var ts = Api.Ts("PyUnicode_DecodeFSDefaultAndSize");
        if (ts is null) return 0;
        if (size < 0 || (s == null && size > 0)) { Calls.BadInternalCall(ts); return 0; }
        return DecodeFs(ts, s, size, "surrogateescape");
    }

    static nint DecodeFs(ThreadState ts, byte* s, nint size, string errors)
    {
        try
        {
            var text = Isolated.Text.Codecs.Decode(ts, new ReadOnlySpan<byte>(s, checked((int)size)), "utf-8", errors);
            return text is null ? 0 : Api.New(ts, ts.Interpreter.Str(text));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_EncodeFSDefault")]
    public static nint PyUnicode_EncodeFSDefault(nint unicode)
    {
        var ts = Api.Ts("PyUnicode_EncodeFSDefault");
        if (ts is null) return 0;
        try
        {
            var s = UnicodeOperations.StrOrBadArgument(ts, unicode);
            if (s is null) return 0;
            var bytes = Isolated.Text.Codecs.Encode(ts, s.Value, "utf-8", "surrogateescape");
            return bytes is null ? 0 : Api.New(ts, PyBytes.Create(ts.Interpreter, bytes));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    // ---- Locale encoding: UTF-8 under the UTF-8 locale the runtime assumes. errors is NULL or
    // "strict" (a failure names the 'locale' codec, as CPython's does) or "surrogateescape".

    static bool LocaleErrors(ThreadState ts, byte* errors, out bool surrogateEscape)
    {
        string handler = Calls.CString(errors, "strict");
        surrogateEscape = handler == "surrogateescape";
        if (surrogateEscape || handler == "strict") return true;
        ts.Raise(ExceptionKind.ValueError, "unsupported error handler");
        return false;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_DecodeLocale")]
    public static nint PyUnicode_DecodeLocale(byte* str, byte* errors)
    {
        var ts = Api.Ts("PyUnicode_DecodeLocale");
        if (ts is null) return 0;
        if (str == null) { Calls.BadInternalCall(ts); return 0; }
        return DecodeLocale(ts, str, new ReadOnlySpan<byte>(str, int.MaxValue).IndexOf((byte)0), errors);
    }

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_DecodeLocaleAndSize")]
    public static nint PyUnicode_DecodeLocaleAndSize(byte* str, nint len, byte* errors)
    {
        var ts = Api.Ts("PyUnicode_DecodeLocaleAndSize");
        if (ts is null) return 0;
        if (len < 0 || (str == null && len > 0)) { Calls.BadInternalCall(ts); return 0; }
        // CPython decodes a C string: the text ends at the first NUL even within len.
        if (str != null && new ReadOnlySpan<byte>(str, checked((int)len)).IndexOf((byte)0) >= 0)
        {
            ts.Raise(ExceptionKind.ValueError, "embedded null byte");
            return 0;
        }
        return DecodeLocale(ts, str, len, errors);
    }

    static nint DecodeLocale(ThreadState ts, byte* str, nint len, byte* errors)
    {
        try
        {
            if (!LocaleErrors(ts, errors, out bool escape)) return 0;
            if (escape) return DecodeFs(ts, str, len, "surrogateescape");
            var data = new ReadOnlySpan<byte>(str, checked((int)len));
            var text = Isolated.Text.Codecs.Decode(ts, data, "utf-8", "strict");
            if (text is not null) return Api.New(ts, ts.Interpreter.Str(text));
            return RenameCodecError(ts, PyBytes.Create(ts.Interpreter, data.ToArray()), ExceptionKind.UnicodeDecodeError, "decoding error");
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_EncodeLocale")]
    public static nint PyUnicode_EncodeLocale(nint unicode, byte* errors)
    {
        var ts = Api.Ts("PyUnicode_EncodeLocale");
        if (ts is null) return 0;
        try
        {
            var s = UnicodeOperations.StrOrBadArgument(ts, unicode);
            if (s is null || !LocaleErrors(ts, errors, out bool escape)) return 0;
            var bytes = Isolated.Text.Codecs.Encode(ts, s.Value, "utf-8", escape ? "surrogateescape" : "strict");
            if (bytes is not null) return Api.New(ts, PyBytes.Create(ts.Interpreter, bytes));
            return RenameCodecError(ts, s, ExceptionKind.UnicodeEncodeError, "encoding error");
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>Replaces the pending UTF-8 codec error with CPython's locale-codec error for the
    /// same position: "'locale' codec can't decode byte 0xff in position 1: decoding error".</summary>
    static nint RenameCodecError(ThreadState ts, PyObject input, ExceptionKind kind, string reason)
    {
        var original = ts.CurrentException;
        if (original is null || !original.Type.IsSubtypeOf(ts.Interpreter.ExceptionType(kind))) return 0;
        var start = Ops.GetAttr(ts, original, "start");
        if (start is not PyInt at) return 0;
        ts.CurrentException = null;
        var interp = ts.Interpreter;
        var replacement = Ops.Call(ts, interp.ExceptionType(kind),
            [interp.Str("locale"), input, at, interp.Int(at.Small + 1), interp.Str(reason)]);
        if (replacement is PyBaseException exc) ts.Raise(exc);
        return 0;
    }

    // ---- "O&" converters for paths.

    /// <summary>PyArg_Parse "O&amp;" converter: any path-like object to bytes (str encoded with the
    /// file system encoding) in *(PyObject**)result; NUL bytes are refused. Called with obj NULL
    /// it releases what it stored (Py_CLEANUP_SUPPORTED).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_FSConverter")]
    public static int PyUnicode_FSConverter(nint obj, nint* result) => Convert(obj, result, toBytes: true, "PyUnicode_FSConverter");

    /// <summary>The same to str (bytes decoded with the file system encoding).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyUnicode_FSDecoder")]
    public static int PyUnicode_FSDecoder(nint obj, nint* result) => Convert(obj, result, toBytes: false, "PyUnicode_FSDecoder");

    const int CleanupSupported = 0x20000;

    static int Convert(nint obj, nint* result, bool toBytes, string function)
    {
        var ts = Api.Ts(function);
        if (ts is null) return 0;
        if (result == null) { Calls.BadInternalCall(ts); return 0; }
        if (obj == 0)
        {
            Api.Steal(*result);
            *result = 0;
            return 1;
        }
        try
        {
            var o = Api.Arg(ts, obj);
            if (o is null) return 0;
            var path = Isolated.Modules.Posix.PathArg.FsPath(ts, o, null);
            if (path is null) return 0;
            PyObject converted;
            if (toBytes)
            {
                if (path is PyStr s)
                {
                    var bytes = Isolated.Text.Codecs.Encode(ts, s.Value, "utf-8", "surrogateescape");
                    if (bytes is null) return 0;
                    converted = PyBytes.Create(ts.Interpreter, bytes);
                }
                else converted = path;
                if (((PyBytes)converted).Value.AsSpan().IndexOf((byte)0) >= 0) { ts.Raise(ExceptionKind.ValueError, "embedded null byte"); return 0; }
            }
            else
            {
                if (path is PyStr s) converted = s;
                else
                {
                    var text = Isolated.Text.Codecs.Decode(ts, ((IBuffer)path).AsReadOnlySpan(), "utf-8", "surrogateescape");
                    if (text is null) return 0;
                    converted = ts.Interpreter.Str(text);
                }
                if (((PyStr)converted).Value.Contains('\0')) { ts.Raise(ExceptionKind.ValueError, "embedded null character"); return 0; }
            }
            *result = Api.New(ts, converted);
            return CleanupSupported;
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }
}
