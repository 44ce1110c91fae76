using System.Text;
using Isolated.Modules.Weakref;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Binascii;

/// <summary><c>binascii</c>: hex, base64 (with strict mode), uuencode and the CRCs, with
/// binascii.Error / binascii.Incomplete and CPython's messages. Quoted-printable is left to
/// quopri's pure-Python fallback (a2b_qp/b2a_qp are not provided; quopri checks for them).</summary>
public static class BinasciiModule
{
    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var binary = interp.Types.Binary;
        var error = binary.BinasciiError(ts);
        var incomplete = binary.BinasciiIncomplete(ts);
        if (error is null || incomplete is null) return null;
        var m = ModuleType.New(interp, "binascii");
        m.Dict.SetStr("__doc__", interp.Str("Conversion between binary data and ASCII"));
        m.Dict.SetStr("Error", error);
        m.Dict.SetStr("Incomplete", incomplete);
        WeakrefModule.Add(m, "hexlify", Hexlify);
        WeakrefModule.Add(m, "b2a_hex", Hexlify);
        WeakrefModule.Add(m, "unhexlify", Unhexlify);
        WeakrefModule.Add(m, "a2b_hex", Unhexlify);
        WeakrefModule.Add(m, "b2a_base64", B2aBase64);
        WeakrefModule.Add(m, "a2b_base64", A2bBase64);
        WeakrefModule.Add(m, "b2a_uu", B2aUu);
        WeakrefModule.Add(m, "a2b_uu", A2bUu);
        WeakrefModule.Add(m, "a2b_qp", QuotedPrintable.A2bQp);
        WeakrefModule.Add(m, "b2a_qp", QuotedPrintable.B2aQp);
        WeakrefModule.Add(m, "crc32", static (ts, s, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "crc32", a, k, 1, 2) || !ByteStringMethods.TryArg(ts, a[0], out var data)) return null;
            uint start = 0;
            if (a.Length == 2 && !UnsignedMasked(ts, a[1], out start)) return null;
            return ts.Interpreter.Int(Checksums.Crc32(start, data));
        });
        WeakrefModule.Add(m, "crc_hqx", static (ts, s, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "crc_hqx", a, k, 2, 2) || !ByteStringMethods.TryArg(ts, a[0], out var data)) return null;
            if (!UnsignedMasked(ts, a[1], out uint start)) return null;
            return ts.Interpreter.Int(Checksums.CrcHqx((ushort)start, data));
        });
        return m;
    }

    /// <summary>An int argument reduced to its low 32 bits (as CPython's unsigned-int converters).</summary>
    internal static bool UnsignedMasked(ThreadState ts, PyObject o, out uint value)
    {
        value = 0;
        var i = Ops.Index(ts, o);
        if (i is null) return false;
        value = i.IsSmall ? (uint)i.Small : (uint)(ulong)(i.Big!.Value & uint.MaxValue);
        return true;
    }

    static PyObject? Error(ThreadState ts, string message)
    {
        var error = ts.Interpreter.Types.Binary.BinasciiError(ts);
        return error is null ? null : ts.Raise(error, message);
    }

    /// <summary>An a2b_* argument: bytes-like, or a str of ASCII characters.</summary>
    internal static bool AsciiData(ThreadState ts, PyObject o, out ReadOnlySpan<byte> data)
    {
        if (o is PyStr s)
        {
            data = default;
            if (!Ascii.IsValid(s.Value))
            {
                ts.Raise(ExceptionKind.ValueError, "string argument should contain only ASCII characters");
                return false;
            }
            data = Encoding.ASCII.GetBytes(s.Value);
            return true;
        }
        return ByteStringMethods.TryArg(ts, o, out data);
    }

    static PyObject Bytes(ThreadState ts, byte[] data) => PyBytes.Create(ts.Interpreter, data);

    static readonly string[] HexParams = ["data", "sep", "bytes_per_sep"];

    static PyObject? Hexlify(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[3];
        if (!ArgBinder.Bind(ts, "hexlify", args, kw, HexParams, 1, a)) return null;
        if (!ByteStringMethods.TryArg(ts, a[0]!, out var data)) return null;
        var hex = ByteStringMethods.HexString(ts, data, a[1], a[2]);
        return hex is PyStr s ? Bytes(ts, Encoding.ASCII.GetBytes(s.Value)) : null;
    }

    static PyObject? Unhexlify(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "unhexlify", args, kw, 1, 1) || !AsciiData(ts, args[0], out var data)) return null;
        if (data.Length % 2 != 0) return Error(ts, "Odd-length string");
        var r = new byte[data.Length / 2];
        for (int i = 0; i < r.Length; i++)
        {
            int hi = HexValue(data[2 * i]), lo = HexValue(data[2 * i + 1]);
            if (hi < 0 || lo < 0) return Error(ts, "Non-hexadecimal digit found");
            r[i] = (byte)(hi << 4 | lo);
        }
        return Bytes(ts, r);
    }

    static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };

    static readonly string[] B2aBase64Params = ["data", "newline"];

    static PyObject? B2aBase64(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "b2a_base64", args, kw, B2aBase64Params, 1, a, positionalOnly: 1, keywordOnlyFrom: 1)) return null;
        if (!ByteStringMethods.TryArg(ts, a[0]!, out var data)) return null;
        bool newline = true;
        if (a[1] is { } nl)
        {
            int t = Ops.IsTrue(ts, nl);
            if (t < 0) return null;
            newline = t == 1;
        }
        int length = (data.Length + 2) / 3 * 4;
        var r = new byte[length + (newline ? 1 : 0)];
        System.Buffers.Text.Base64.EncodeToUtf8(data, r, out _, out _);
        if (newline) r[^1] = (byte)'\n';
        return Bytes(ts, r);
    }

    static readonly sbyte[] Base64Values = BuildBase64Values();

    static sbyte[] BuildBase64Values()
    {
        var t = new sbyte[256];
        Array.Fill(t, (sbyte)-1);
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.Length; i++) t[alphabet[i]] = (sbyte)i;
        return t;
    }

    static readonly string[] A2bBase64Params = ["data", "strict_mode"];

    /// <summary>a2b_base64: outside strict mode, characters outside the alphabet are skipped and
    /// decoding stops at the padding that completes a group.</summary>
    static PyObject? A2bBase64(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "a2b_base64", args, kw, A2bBase64Params, 1, a, positionalOnly: 1, keywordOnlyFrom: 1)) return null;
        if (!AsciiData(ts, a[0]!, out var data)) return null;
        bool strict = false;
        if (a[1] is { } sm)
        {
            int t = Ops.IsTrue(ts, sm);
            if (t < 0) return null;
            strict = t == 1;
        }
        var output = new byte[data.Length / 4 * 3 + 3];
        int n = 0, quadPos = 0, pads = 0, leftChar = 0;
        long dataChars = 0;
        bool paddingStarted = false, complete = false;
        for (int i = 0; i < data.Length; i++)
        {
            byte c = data[i];
            if (c == '=')
            {
                paddingStarted = true;
                if (strict && i == 0) return Error(ts, "Leading padding not allowed");
                if (quadPos >= 2 && quadPos + ++pads >= 4)
                {
                    if (strict && i + 1 < data.Length) return Error(ts, "Excess data after padding");
                    complete = true;
                    break;
                }
                continue;
            }
            int v = Base64Values[c];
            if (v < 0)
            {
                if (strict) return Error(ts, "Only base64 data is allowed");
                continue;
            }
            if (strict && paddingStarted) return Error(ts, "Discontinuous padding not allowed");
            pads = 0;
            dataChars++;
            switch (quadPos)
            {
                case 0: quadPos = 1; leftChar = v; break;
                case 1: quadPos = 2; output[n++] = (byte)(leftChar << 2 | v >> 4); leftChar = v & 0xf; break;
                case 2: quadPos = 3; output[n++] = (byte)(leftChar << 4 | v >> 2); leftChar = v & 3; break;
                default: quadPos = 0; output[n++] = (byte)(leftChar << 6 | v); leftChar = 0; break;
            }
        }
        if (!complete && quadPos != 0)
        {
            if (quadPos == 1)
                return Error(ts, $"Invalid base64-encoded string: number of data characters ({dataChars}) cannot be 1 more than a multiple of 4");
            return Error(ts, "Incorrect padding");
        }
        return Bytes(ts, output.AsSpan(0, n).ToArray());
    }

    static readonly string[] B2aUuParams = ["data", "backtick"];

    static PyObject? B2aUu(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "b2a_uu", args, kw, B2aUuParams, 1, a, positionalOnly: 1, keywordOnlyFrom: 1)) return null;
        if (!ByteStringMethods.TryArg(ts, a[0]!, out var data)) return null;
        bool backtick = false;
        if (a[1] is { } bt)
        {
            int t = Ops.IsTrue(ts, bt);
            if (t < 0) return null;
            backtick = t == 1;
        }
        if (data.Length > 45) return Error(ts, "At most 45 bytes at once");
        var r = new List<byte>(2 + (data.Length + 2) / 3 * 4) { UuChar(data.Length, backtick) };
        for (int i = 0; i < data.Length; i += 3)
        {
            int b0 = data[i], b1 = i + 1 < data.Length ? data[i + 1] : 0, b2 = i + 2 < data.Length ? data[i + 2] : 0;
            r.Add(UuChar(b0 >> 2, backtick));
            r.Add(UuChar((b0 << 4 | b1 >> 4) & 0x3f, backtick));
            r.Add(UuChar((b1 << 2 | b2 >> 6) & 0x3f, backtick));
            r.Add(UuChar(b2 & 0x3f, backtick));
        }
        r.Add((byte)'\n');
        return Bytes(ts, r.ToArray());
    }

    static byte UuChar(int v, bool backtick) => backtick && v == 0 ? (byte)'`' : (byte)(' ' + v);

    static PyObject? A2bUu(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "a2b_uu", args, kw, 1, 1) || !AsciiData(ts, args[0], out var data)) return null;
        // An empty line reads as the length character ' ' + 32 followed by nothing (CPython reads
        // the terminating NUL there), so it decodes to 32 zero bytes.
        int binLength = data.Length == 0 ? 32 : (data[0] - ' ') & 0x3f;
        int pos = 1;
        var r = new byte[binLength];
        int n = 0, leftBits = 0, leftChar = 0;
        while (n < binLength)
        {
            int c = pos < data.Length ? data[pos] : '\n';
            pos++;
            if (c is '\n' or '\r') c = 0;
            else
            {
                if (c < ' ' || c > ' ' + 64) return Error(ts, "Illegal char");
                c = (c - ' ') & 0x3f;
            }
            leftChar = leftChar << 6 | c;
            leftBits += 6;
            if (leftBits >= 8)
            {
                leftBits -= 8;
                r[n++] = (byte)(leftChar >> leftBits);
                leftChar &= (1 << leftBits) - 1;
            }
        }
        for (; pos < data.Length; pos++)
            if (data[pos] is not ((byte)' ' or (byte)(' ' + 64) or (byte)'\n' or (byte)'\r')) return Error(ts, "Trailing garbage");
        return Bytes(ts, r);
    }
}
