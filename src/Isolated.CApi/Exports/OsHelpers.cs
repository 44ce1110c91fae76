using System.Globalization;
using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.Modules.Signal;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.CApi.Exports;

/// <summary>
/// PyOS_* functions that need the interpreter: os.fspath, float to and from text with Python's
/// formatting rules, and the SIGINT check. (The plain C ones are in capi/os_helpers.c.)
/// </summary>
internal static unsafe class OsHelpers
{
    /// <summary>os.fspath(path): str and bytes as they are, else __fspath__()'s str or bytes.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyOS_FSPath")]
    public static nint PyOS_FSPath(nint path) =>
        Api.Unary(path, "PyOS_FSPath", static (ts, o) => Isolated.Modules.Posix.PathArg.FsPath(ts, o, null));

    /// <summary>1 when SIGINT arrived since the last check (clearing it), on the main thread of
    /// the main interpreter; 0 anywhere else.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyOS_InterruptOccurred")]
    public static int PyOS_InterruptOccurred()
    {
        var ts = Api.Ts("PyOS_InterruptOccurred");
        if (ts is null) return 0;
        if (ts.Interpreter.Runtime.SignalState is not SignalState s || !ReferenceEquals(s.MainThread, ts)) return 0;
        if ((ts.EvalBreaker & (int)EvalBreaker.Interrupt) != 0)
        {
            ts.ClearBreaker(EvalBreaker.Interrupt);
            return 1;
        }
        return s.TakePending(SignalState.SIGINT) ? 1 : 0;
    }

    const int DtsfSign = 1, DtsfAddDot0 = 2, DtsfAlt = 4, DtsfNoNeg0 = 8;
    const int DtstFinite = 0, DtstInfinite = 1, DtstNan = 2;

    /// <summary>val formatted as format(val, spec) would with format code 'e', 'E', 'f', 'F',
    /// 'g', 'G' or 'r' (repr; precision must be 0) and the Py_DTSF_* flags; a new string to free
    /// with PyMem_Free. *type (if not NULL) tells finite, infinite or NaN.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyOS_double_to_string")]
    public static byte* PyOS_double_to_string(double val, byte formatCode, int precision, int flags, int* type)
    {
        var ts = Api.Ts("PyOS_double_to_string");
        if (ts is null) return null;
        try
        {
            char code = (char)formatCode;
            if ("eEfFgGr".IndexOf(code) < 0 || (code == 'r' && precision != 0) || precision < 0)
            {
                Calls.BadInternalCall(ts);
                return null;
            }
            var interp = ts.Interpreter;
            string text;
            if (code == 'r')
            {
                // repr's digits; repr adds ".0" to integral values, which is Py_DTSF_ADD_DOT_0's job.
                text = FloatType.Repr(val);
                bool integral = text.EndsWith(".0", StringComparison.Ordinal);
                if (integral && (flags & DtsfAddDot0) == 0) text = text[..^((flags & DtsfAlt) != 0 ? 1 : 2)];
                if ((flags & DtsfNoNeg0) != 0 && text.StartsWith("-0", StringComparison.Ordinal) && val == 0) text = text[1..];
                if ((flags & DtsfSign) != 0 && !text.StartsWith('-')) text = "+" + text;
            }
            else
            {
                string spec = ((flags & DtsfSign) != 0 ? "+" : "") + ((flags & DtsfNoNeg0) != 0 ? "z" : "")
                    + ((flags & DtsfAlt) != 0 ? "#" : "") + "." + precision.ToString(CultureInfo.InvariantCulture) + code;
                if (Ops.Format(ts, new PyFloat(interp.Types.Float, val), spec) is not PyStr formatted) return null;
                text = formatted.Value;
                if ((flags & DtsfAddDot0) != 0 && double.IsFinite(val) && text.AsSpan().IndexOfAnyExcept("+-0123456789") < 0)
                    text += ".0";
            }
            if (type != null) *type = double.IsNaN(val) ? DtstNan : double.IsInfinity(val) ? DtstInfinite : DtstFinite;
            byte* result = (byte*)NativeMemory.Alloc((nuint)text.Length + 1);
            for (int i = 0; i < text.Length; i++) result[i] = (byte)text[i];
            result[text.Length] = 0;
            return result;
        }
        catch (Exception e) { Api.Fail(ts, e); return null; }
    }

    /// <summary>Parses a float in Python's syntax (no white space, no underscores). With endptr
    /// NULL the whole string must be the number; else parsing stops after the longest valid
    /// prefix and *endptr points there. Nothing valid: ValueError, -1.0. Overflow: ±inf when
    /// overflowException is NULL, else that exception ("value too large to convert to float").</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyOS_string_to_double")]
    public static double PyOS_string_to_double(byte* s, byte** endptr, nint overflowException)
    {
        var ts = Api.Ts("PyOS_string_to_double");
        if (ts is null) return -1.0;
        try
        {
            if (s == null) { Calls.BadInternalCall(ts); return -1.0; }
            int length = new ReadOnlySpan<byte>(s, int.MaxValue).IndexOf((byte)0);
            var bytes = new ReadOnlySpan<byte>(s, length);
            int end = FloatPrefix(bytes, out double value);
            string shown = System.Text.Encoding.UTF8.GetString(bytes);
            if (end == 0 || (endptr == null && end != length))
            {
                if (endptr != null) *endptr = s;
                ts.Raise(ExceptionKind.ValueError, $"could not convert string to float: '{shown}'");
                return -1.0;
            }
            if (endptr != null) *endptr = s + end;
            if (double.IsInfinity(value) && !IsInfinityWord(bytes[..end]) && overflowException != 0)
            {
                var exc = Api.Arg(ts, overflowException);
                if (exc is PyType t) ts.Raise(t, $"value too large to convert to float: '{shown}'");
                return -1.0;
            }
            return value;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1.0; }
    }

    static bool IsInfinityWord(ReadOnlySpan<byte> text)
    {
        if (text.Length > 0 && (text[0] == '+' || text[0] == '-')) text = text[1..];
        return text.Length > 0 && (text[0] | 0x20) == 'i';
    }

    /// <summary>Length of the longest prefix of <paramref name="text"/> that is a float literal
    /// ([sign] digits [. digits] [e [sign] digits], or inf / infinity / nan in any case), with its value.</summary>
    static int FloatPrefix(ReadOnlySpan<byte> text, out double value)
    {
        value = 0;
        int i = 0;
        if (i < text.Length && (text[i] == '+' || text[i] == '-')) i++;
        int signEnd = i;
        foreach (var word in SpecialWords)
        {
            if (text.Length - i >= word.Length && System.Text.Ascii.EqualsIgnoreCase(text.Slice(i, word.Length), word))
            {
                bool negative = signEnd == 1 && text[0] == '-';
                value = word == "nan" ? double.NaN : negative ? double.NegativeInfinity : double.PositiveInfinity;
                if (word == "nan" && negative) value = -double.NaN;
                return i + word.Length;
            }
        }
        int digits = 0;
        while (i < text.Length && char.IsAsciiDigit((char)text[i])) { i++; digits++; }
        if (i < text.Length && text[i] == '.')
        {
            int afterDot = i + 1, fraction = 0;
            while (afterDot < text.Length && char.IsAsciiDigit((char)text[afterDot])) { afterDot++; fraction++; }
            if (digits + fraction > 0) { i = afterDot; digits += fraction; }
        }
        if (digits == 0) return 0;
        if (i < text.Length && (text[i] | 0x20) == 'e')
        {
            int j = i + 1;
            if (j < text.Length && (text[j] == '+' || text[j] == '-')) j++;
            int expDigits = 0;
            while (j < text.Length && char.IsAsciiDigit((char)text[j])) { j++; expDigits++; }
            if (expDigits > 0) i = j;
        }
        value = double.Parse(System.Text.Encoding.ASCII.GetString(text[..i]), NumberStyles.Float, CultureInfo.InvariantCulture);
        return i;
    }

    // "infinity" before "inf": the longest match wins.
    static readonly string[] SpecialWords = ["infinity", "inf", "nan"];
}
