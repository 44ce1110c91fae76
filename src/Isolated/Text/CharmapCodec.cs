using System.Text;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Text;

/// <summary>Single-byte codecs: ascii, latin-1 (encoding side), cp1252, and the generic 'charmap'
/// codec the encodings.cp*/iso8859_*/mac_* modules are built on (a decoding table as a str, or
/// any mapping of byte → str/int/None; an encoding mapping of code point → int/bytes/None).</summary>
public static class CharmapCodec
{
    const string Undefined = "character maps to <undefined>";

    public static string? DecodeAscii(ThreadState ts, ReadOnlySpan<byte> data, CodecErrorHandler handler)
    {
        int bad = data.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
        if (bad < 0) return Encoding.ASCII.GetString(data);
        var sb = new StringBuilder(data.Length);
        sb.Append(Encoding.ASCII.GetString(data[..bad]));
        for (int i = bad; i < data.Length;)
        {
            if (data[i] < 0x80) { sb.Append((char)data[i]); i++; continue; }
            i = handler.HandleDecode(ts, "ascii", data, i, i + 1, "ordinal not in range(128)", sb);
            if (i < 0) return null;
        }
        return sb.ToString();
    }

    /// <summary>latin-1 (limit 256) and ascii (limit 128) encoding.</summary>
    public static byte[]? EncodeLimited(ThreadState ts, string text, CodecErrorHandler handler, int limit, string encoding, string reason)
    {
        int i = 0;
        while (i < text.Length && text[i] < limit) i++;
        if (i == text.Length) return Codecs.StringToLatin1(text);
        var output = new List<byte>(text.Length);
        for (int k = 0; k < i; k++) output.Add((byte)text[k]);
        while (i < text.Length)
        {
            if (text[i] < limit) { output.Add((byte)text[i++]); continue; }
            int start = i;
            while (i < text.Length && text[i] >= limit) i++;
            int end = i;
            i = handler.HandleEncode(ts, encoding, text, start, end, reason, out var replacement, out var raw);
            if (i < 0) return null;
            if (raw is not null) { output.AddRange(raw); continue; }
            foreach (char c in replacement!)
            {
                if (c >= limit)
                {
                    CodecErrorHandler.RaiseEncode(ts, encoding, text, start, end, reason);
                    return null;
                }
                output.Add((byte)c);
            }
        }
        return output.ToArray();
    }

    /// <summary>cp1252's upper half; U+FFFE marks the five undefined bytes.</summary>
    static ReadOnlySpan<char> Cp1252High =>
    [
        '\u20AC', '\uFFFE', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\uFFFE', '\u017D', '\uFFFE',
        '\uFFFE', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\uFFFE', '\u017E', '\u0178',
    ];

    static char Cp1252Char(byte b) => b < 0x80 || b >= 0xA0 ? (char)b : Cp1252High[b - 0x80];

    public static string? DecodeCp1252(ThreadState ts, ReadOnlySpan<byte> data, CodecErrorHandler handler)
    {
        var sb = new StringBuilder(data.Length);
        for (int i = 0; i < data.Length;)
        {
            char c = Cp1252Char(data[i]);
            if (c != '\uFFFE') { sb.Append(c); i++; continue; }
            i = handler.HandleDecode(ts, "charmap", data, i, i + 1, Undefined, sb);
            if (i < 0) return null;
        }
        return sb.ToString();
    }

    static int Cp1252Byte(int c)
    {
        if (c < 0x80 || c >= 0xA0 && c <= 0xFF) return c;
        int at = c > 0xFFFF ? -1 : Cp1252High.IndexOf((char)c);
        return at >= 0 && c != '\uFFFE' ? 0x80 + at : -1;
    }

    public static byte[]? EncodeCp1252(ThreadState ts, string text, CodecErrorHandler handler)
    {
        var output = new List<byte>(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            int b = Cp1252Byte(text[i]);
            if (b >= 0) { output.Add((byte)b); i++; continue; }
            int start = i;
            while (i < text.Length && Cp1252Byte(text[i]) < 0) i++;
            int end = i;
            i = handler.HandleEncode(ts, "charmap", text, start, end, Undefined, out var replacement, out var raw);
            if (i < 0) return null;
            if (raw is not null) { output.AddRange(raw); continue; }
            foreach (char c in replacement!)
            {
                int rb = Cp1252Byte(c);
                if (rb < 0)
                {
                    CodecErrorHandler.RaiseEncode(ts, "charmap", text, start, end, Undefined);
                    return null;
                }
                output.Add((byte)rb);
            }
        }
        return output.ToArray();
    }

    // ---- the generic charmap codec (_codecs.charmap_decode/charmap_encode) ----

    /// <summary>charmap_decode: <paramref name="mapping"/> is a str (byte n → character n,
    /// U+FFFE undefined) or any mapping (byte → str, int or None).</summary>
    public static string? Decode(ThreadState ts, ReadOnlySpan<byte> data, CodecErrorHandler handler, PyObject mapping)
    {
        var sb = new StringBuilder(data.Length);
        if (mapping is PyStr table)
        {
            string t = table.Value;
            bool wide = table.HasSurrogates;
            for (int i = 0; i < data.Length;)
            {
                byte b = data[i];
                if (!wide)
                {
                    if (b < t.Length && t[b] != '\uFFFE') { sb.Append(t[b]); i++; continue; }
                }
                else if (b < table.CodePointLength)
                {
                    int at = table.ToUtf16Index(b), cp = PyStr.NextCodePoint(t, ref at);
                    if (cp != 0xFFFE) { Unicode.UnicodeTables.AppendCodePoint(sb, cp); i++; continue; }
                }
                i = handler.HandleDecode(ts, "charmap", data, i, i + 1, Undefined, sb);
                if (i < 0) return null;
            }
            return sb.ToString();
        }
        var interp = ts.Interpreter;
        var lookupError = interp.ExceptionType(ExceptionKind.LookupError);
        for (int i = 0; i < data.Length;)
        {
            var value = Ops.GetItem(ts, mapping, interp.Int(data[i]));
            if (value is null)
            {
                if (ts.CurrentException is { } e && e.Type.IsSubtypeOf(lookupError)) ts.CurrentException = null;
                else return null;
            }
            else if (value is PyInt n)
            {
                if (!n.IsSmall || n.Small < 0 || n.Small > 0x10FFFF)
                {
                    ts.Raise(ExceptionKind.TypeError, "character mapping must be in range(0x110000)");
                    return null;
                }
                if (n.Small != 0xFFFE) { Unicode.UnicodeTables.AppendCodePoint(sb, (int)n.Small); i++; continue; }
            }
            else if (value is PyStr s)
            {
                if (s.Value != "\uFFFE") { sb.Append(s.Value); i++; continue; }
            }
            else if (!ReferenceEquals(value, interp.None))
            {
                ts.Raise(ExceptionKind.TypeError, "character mapping must return integer, None or str");
                return null;
            }
            i = handler.HandleDecode(ts, "charmap", data, i, i + 1, Undefined, sb);
            if (i < 0) return null;
        }
        return sb.ToString();
    }

    /// <summary>Maps one code point through an encoding mapping: 1 when appended, 0 when
    /// undefined, -1 with the error set.</summary>
    static int EncodeOne(ThreadState ts, PyObject mapping, int cp, List<byte> output)
    {
        var interp = ts.Interpreter;
        var key = interp.Int(cp);
        PyObject? value;
        if (mapping.GetType() == typeof(PyDict))
        {
            if (!((PyDict)mapping).TryGetItem(ts, key, out value)) return -1;
            if (value is null) return 0;
        }
        else
        {
            value = Ops.GetItem(ts, mapping, key);
            if (value is null)
            {
                if (ts.CurrentException is { } e && e.Type.IsSubtypeOf(interp.ExceptionType(ExceptionKind.LookupError)))
                {
                    ts.CurrentException = null;
                    return 0;
                }
                return -1;
            }
        }
        switch (value)
        {
            case PyInt n:
                if (!n.IsSmall || n.Small < 0 || n.Small > 255)
                {
                    ts.Raise(ExceptionKind.TypeError, "character mapping must be in range(256)");
                    return -1;
                }
                output.Add((byte)n.Small);
                return 1;
            case PyBytes b:
                output.AddRange(b.Value);
                return 1;
            default:
                if (ReferenceEquals(value, interp.None)) return 0;
                ts.Raise(ExceptionKind.TypeError, $"character mapping must return integer, bytes or None, not {value.Type.Name}");
                return -1;
        }
    }

    /// <summary>charmap_encode with an encoding mapping (code point → int, bytes or None).</summary>
    public static byte[]? Encode(ThreadState ts, string text, CodecErrorHandler handler, PyObject mapping)
    {
        var output = new List<byte>(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            int at = i;
            int cp = PyStr.NextCodePoint(text, ref at);
            int r = EncodeOne(ts, mapping, cp, output);
            if (r < 0) return null;
            if (r > 0) { i = at; continue; }
            int start = i, end = at;
            // The run of unmappable characters goes to the handler at once, as in CPython.
            while (end < text.Length)
            {
                int next = end;
                int c = PyStr.NextCodePoint(text, ref next);
                var probe = new List<byte>(4);
                int rr = EncodeOne(ts, mapping, c, probe);
                if (rr < 0) return null;
                if (rr > 0) break;
                end = next;
            }
            i = handler.HandleEncode(ts, "charmap", text, start, end, Undefined, out var replacement, out var raw);
            if (i < 0) return null;
            if (raw is not null) { output.AddRange(raw); continue; }
            for (int k = 0; k < replacement!.Length;)
            {
                int rc = EncodeOne(ts, mapping, PyStr.NextCodePoint(replacement, ref k), output);
                if (rc < 0) return null;
                if (rc == 0)
                {
                    CodecErrorHandler.RaiseEncode(ts, "charmap", text, start, end, Undefined);
                    return null;
                }
            }
        }
        return output.ToArray();
    }
}
