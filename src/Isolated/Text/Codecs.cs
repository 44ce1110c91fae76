using System.Text;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Text;

/// <summary>
/// The codecs core: encoding and decoding between str and bytes for the standard text encodings
/// (utf-8, utf-8-sig, utf-16[-le|-be], utf-32[-le|-be], latin-1, ascii, cp1252, unicode_escape,
/// raw_unicode_escape) with Python's
/// error handlers (strict, ignore, replace, backslashreplace, surrogateescape, surrogatepass,
/// xmlcharrefreplace, namereplace) and exact UnicodeDecodeError/UnicodeEncodeError values.
/// Both directions return null with the error set on the ThreadState.
/// </summary>
public static class Codecs
{
    /// <summary>The codecs implemented here, by normalized name.</summary>
    public enum Codec { Unknown, Utf8, Utf8Sig, Utf16, Utf16Le, Utf16Be, Utf32, Utf32Le, Utf32Be, Latin1, Ascii, Cp1252, UnicodeEscape, RawUnicodeEscape }

    /// <summary>encodings.normalize_encoding plus the alias table: lowercase, runs of
    /// non-alphanumerics (except '.') become '_'.</summary>
    public static string NormalizeName(string name)
    {
        var sb = new StringBuilder(name.Length);
        bool pendingUnderscore = false;
        foreach (char c in name)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '.')
            {
                if (pendingUnderscore && sb.Length > 0) sb.Append('_');
                pendingUnderscore = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else pendingUnderscore = true;
        }
        return sb.ToString();
    }

    public static Codec Lookup(string encoding)
    {
        // The common spellings first, without allocating.
        switch (encoding)
        {
            case "utf-8" or "utf8" or "UTF-8": return Codec.Utf8;
            case "ascii": return Codec.Ascii;
            case "latin-1" or "latin1": return Codec.Latin1;
        }
        return NormalizeName(encoding) switch
        {
            "utf_8" or "utf8" or "u8" or "utf" or "cp65001" or "utf8_ucs2" or "utf8_ucs4" => Codec.Utf8,
            "utf_8_sig" or "utf8_sig" => Codec.Utf8Sig,
            "utf_16" or "utf16" or "u16" => Codec.Utf16,
            "utf_16_le" or "utf_16le" or "utf16le" => Codec.Utf16Le,
            "utf_16_be" or "utf_16be" or "utf16be" => Codec.Utf16Be,
            "utf_32" or "utf32" or "u32" => Codec.Utf32,
            "utf_32_le" or "utf_32le" or "utf32le" => Codec.Utf32Le,
            "utf_32_be" or "utf_32be" or "utf32be" => Codec.Utf32Be,
            "latin_1" or "latin1" or "latin" or "l1" or "iso_8859_1" or "iso8859_1" or "8859" or "cp819" or "iso_ir_100"
                or "iso_8859_1_1987" or "csisolatin1" or "ibm819" => Codec.Latin1,
            "ascii" or "us_ascii" or "646" or "us" or "ansi_x3.4_1968" or "ansi_x3_4_1968" or "ansi_x3.4_1986" or "iso646_us"
                or "cp367" or "csascii" or "ibm367" or "iso_ir_6" or "iso_646.irv_1991" => Codec.Ascii,
            "cp1252" or "windows_1252" or "1252" => Codec.Cp1252,
            "unicode_escape" or "unicodeescape" => Codec.UnicodeEscape,
            "raw_unicode_escape" or "rawunicodeescape" => Codec.RawUnicodeEscape,
            _ => Codec.Unknown,
        };
    }

    /// <summary>The codec's name as Python reports it in errors and codecs.lookup().name.</summary>
    public static string PythonName(Codec codec) => codec switch
    {
        Codec.Utf8 => "utf-8",
        Codec.Utf8Sig => "utf-8-sig",
        Codec.Utf16 => "utf-16",
        Codec.Utf16Le => "utf-16-le",
        Codec.Utf16Be => "utf-16-be",
        Codec.Utf32 => "utf-32",
        Codec.Utf32Le => "utf-32-le",
        Codec.Utf32Be => "utf-32-be",
        Codec.Latin1 => "latin-1",
        Codec.Ascii => "ascii",
        Codec.Cp1252 => "cp1252",
        Codec.UnicodeEscape => "unicode-escape",
        Codec.RawUnicodeEscape => "raw-unicode-escape",
        _ => "",
    };

    /// <summary>bytes.decode(encoding, errors).</summary>
    public static string? Decode(ThreadState ts, ReadOnlySpan<byte> data, string encoding, string errors)
    {
        var codec = Lookup(encoding);
        var handler = new CodecErrorHandler(errors);
        switch (codec)
        {
            case Codec.Utf8: return Utf8Codec.Decode(ts, data, handler, "utf-8");
            case Codec.Utf8Sig:
                if (data.Length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF) data = data[3..];
                return Utf8Codec.Decode(ts, data, handler, "utf-8");
            case Codec.Utf16: return Utf16Codec.Decode(ts, data, handler, null);
            case Codec.Utf16Le: return Utf16Codec.Decode(ts, data, handler, false);
            case Codec.Utf16Be: return Utf16Codec.Decode(ts, data, handler, true);
            case Codec.Utf32: return Utf32Codec.Decode(ts, data, handler, null);
            case Codec.Utf32Le: return Utf32Codec.Decode(ts, data, handler, false);
            case Codec.Utf32Be: return Utf32Codec.Decode(ts, data, handler, true);
            case Codec.Latin1: return Latin1ToString(data);
            case Codec.Ascii: return CharmapCodec.DecodeAscii(ts, data, handler);
            case Codec.Cp1252: return CharmapCodec.DecodeCp1252(ts, data, handler);
            case Codec.UnicodeEscape: return EscapeCodecs.DecodeUnicodeEscape(ts, data, handler, raw: false);
            case Codec.RawUnicodeEscape: return EscapeCodecs.DecodeUnicodeEscape(ts, data, handler, raw: true);
            default:
                // Everything else goes through the codec registry (the encodings package).
                var text = Modules.TextCodecs.CodecsModule.TextCodec(ts, PyBytes.Create(ts.Interpreter, data.ToArray()), encoding, errors, encode: false);
                return (text as PyStr)?.Value;
        }
    }

    /// <summary>str.encode(encoding, errors).</summary>
    public static byte[]? Encode(ThreadState ts, string text, string encoding, string errors)
    {
        var codec = Lookup(encoding);
        var handler = new CodecErrorHandler(errors);
        switch (codec)
        {
            case Codec.Utf8: return Utf8Codec.Encode(ts, text, handler, bom: false);
            case Codec.Utf8Sig: return Utf8Codec.Encode(ts, text, handler, bom: true);
            case Codec.Utf16: return Utf16Codec.Encode(ts, text, handler, bigEndian: false, bom: true);
            case Codec.Utf16Le: return Utf16Codec.Encode(ts, text, handler, bigEndian: false, bom: false);
            case Codec.Utf16Be: return Utf16Codec.Encode(ts, text, handler, bigEndian: true, bom: false);
            case Codec.Utf32: return Utf32Codec.Encode(ts, text, handler, bigEndian: false, bom: true);
            case Codec.Utf32Le: return Utf32Codec.Encode(ts, text, handler, bigEndian: false, bom: false);
            case Codec.Utf32Be: return Utf32Codec.Encode(ts, text, handler, bigEndian: true, bom: false);
            case Codec.Latin1: return CharmapCodec.EncodeLimited(ts, text, handler, 256, "latin-1", "ordinal not in range(256)");
            case Codec.Ascii: return CharmapCodec.EncodeLimited(ts, text, handler, 128, "ascii", "ordinal not in range(128)");
            case Codec.Cp1252: return CharmapCodec.EncodeCp1252(ts, text, handler);
            case Codec.UnicodeEscape: return EscapeCodecs.EncodeUnicodeEscape(text, raw: false);
            case Codec.RawUnicodeEscape: return EscapeCodecs.EncodeUnicodeEscape(text, raw: true);
            default:
                var bytes = Modules.TextCodecs.CodecsModule.TextCodec(ts, ts.Interpreter.Str(text), encoding, errors, encode: true);
                return (bytes as PyBytes)?.Value;
        }
    }

    /// <summary>Each byte as the char of the same value (latin-1 decoding; never fails).</summary>
    public static string Latin1ToString(ReadOnlySpan<byte> data)
    {
        // .NET's Latin1 is exactly ISO-8859-1: byte n is U+00nn.
        return data.Length == 0 ? "" : Encoding.Latin1.GetString(data);
    }

    /// <summary>The low byte of each char (for strings known to hold only U+0000..U+00FF).</summary>
    public static byte[] StringToLatin1(string s)
    {
        var r = new byte[s.Length];
        for (int i = 0; i < s.Length; i++) r[i] = (byte)s[i];
        return r;
    }
}
