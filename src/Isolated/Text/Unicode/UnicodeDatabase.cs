using System.Collections.Frozen;
using System.IO.Compression;
using System.Text;

namespace Isolated.Text.Unicode;

/// <summary>
/// The Unicode Character Database (15.0.0) behind <c>unicodedata</c>, <c>\N{...}</c> and the
/// namereplace error handler: per-code-point properties, names, aliases, named sequences and the
/// normalization data. It is generated at build time from Debian's unicode-data package by
/// tools/UnicodeDataGen (build.sh) and embedded in the assembly as the resource
/// "unicodedata.bin". Loaded once per process on first use (the type initializer of
/// <see cref="Holder"/>) and immutable afterwards, so every interpreter shares it and none pays
/// for it until one asks (DESIGN §2 rule 3: readonly immutable data).
/// </summary>
public sealed class UnicodeDatabase
{
    public const string MissingMessage =
        "the Unicode database is not built in (build.sh generates it from Debian's unicode-data package into build/unicodedata/unicodedata.bin)";

    public readonly string Version;
    readonly string[] _categories, _bidis, _widths, _numerics;
    readonly byte[] _recCategory, _recBidi, _recCombining, _recWidth, _recFlags;
    readonly sbyte[] _recDecimal, _recDigit;
    readonly int[] _recNumeric, _recDecomp;
    readonly ushort[] _stage1, _stage2;
    readonly string[] _decompositions;
    readonly int[][] _decompositionCps;
    readonly bool[] _decompositionIsCompat;
    readonly int[] _nameCps;
    readonly string[] _names;
    readonly (int First, int Last, string Prefix)[] _nameRanges;
    readonly FrozenDictionary<string, int> _byName;
    readonly FrozenDictionary<string, int> _aliases;
    readonly FrozenDictionary<string, string> _sequences;
    readonly FrozenDictionary<long, int> _compositions;

    const int Shift = 7;
    const byte FlagMirrored = 1, FlagAssigned32 = 2;

    /// <summary>The database, or null when the build did not embed it.</summary>
    public static UnicodeDatabase? Instance => Holder.Value;

    static class Holder
    {
        public static readonly UnicodeDatabase? Value = Load();
    }

    static UnicodeDatabase? Load()
    {
        using var resource = typeof(UnicodeDatabase).Assembly.GetManifestResourceStream("unicodedata.bin");
        if (resource is null) return null;
        using var inflated = new DeflateStream(resource, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        inflated.CopyTo(buffer);
        buffer.Position = 0;
        using var r = new BinaryReader(buffer, Encoding.UTF8);
        if (r.ReadString() != "IUCD1") throw new InvalidDataException("unicodedata.bin: unknown format");
        return new UnicodeDatabase(r);
    }

    static string[] Strings(BinaryReader r)
    {
        var a = new string[r.ReadInt32()];
        for (int i = 0; i < a.Length; i++) a[i] = r.ReadString();
        return a;
    }

    UnicodeDatabase(BinaryReader r)
    {
        Version = r.ReadString();
        _categories = Strings(r);
        _bidis = Strings(r);
        _widths = Strings(r);
        _numerics = Strings(r);
        _decompositions = Strings(r);
        int records = r.ReadInt32();
        _recCategory = new byte[records]; _recBidi = new byte[records]; _recCombining = new byte[records];
        _recWidth = new byte[records]; _recFlags = new byte[records];
        _recDecimal = new sbyte[records]; _recDigit = new sbyte[records];
        _recNumeric = new int[records]; _recDecomp = new int[records];
        for (int i = 0; i < records; i++)
        {
            _recCategory[i] = r.ReadByte(); _recBidi[i] = r.ReadByte(); _recCombining[i] = r.ReadByte();
            _recWidth[i] = r.ReadByte(); _recFlags[i] = r.ReadByte();
            _recDecimal[i] = r.ReadSByte(); _recDigit[i] = r.ReadSByte();
            _recNumeric[i] = r.ReadInt32(); _recDecomp[i] = r.ReadInt32();
        }
        _stage1 = new ushort[r.ReadInt32()];
        for (int i = 0; i < _stage1.Length; i++) _stage1[i] = r.ReadUInt16();
        _stage2 = new ushort[r.ReadInt32() << Shift];
        for (int i = 0; i < _stage2.Length; i++) _stage2[i] = r.ReadUInt16();

        int n = r.ReadInt32();
        _nameCps = new int[n];
        _names = new string[n];
        var byName = new Dictionary<string, int>(n + 12000, StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            _nameCps[i] = r.ReadInt32();
            _names[i] = r.ReadString();
            byName[_names[i]] = _nameCps[i];
        }
        _nameRanges = new (int, int, string)[r.ReadInt32()];
        for (int i = 0; i < _nameRanges.Length; i++) _nameRanges[i] = (r.ReadInt32(), r.ReadInt32(), r.ReadString());
        // Hangul syllable names are algorithmic; reverse lookup goes through the same dictionary.
        for (int s = 0; s < HangulCount; s++) byName[HangulName(HangulBase + s)] = HangulBase + s;
        _byName = byName.ToFrozenDictionary(StringComparer.Ordinal);

        var aliases = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = r.ReadInt32(); i > 0; i--) { int cp = r.ReadInt32(); aliases[r.ReadString()] = cp; }
        _aliases = aliases.ToFrozenDictionary(StringComparer.Ordinal);
        var sequences = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = r.ReadInt32(); i > 0; i--) { string name = r.ReadString(); sequences[name] = r.ReadString(); }
        _sequences = sequences.ToFrozenDictionary(StringComparer.Ordinal);
        var excluded = new HashSet<int>();
        for (int i = r.ReadInt32(); i > 0; i--) excluded.Add(r.ReadInt32());

        _decompositionCps = new int[_decompositions.Length][];
        _decompositionIsCompat = new bool[_decompositions.Length];
        for (int i = 0; i < _decompositions.Length; i++)
        {
            var parts = _decompositions[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            _decompositionIsCompat[i] = parts[0].StartsWith('<');
            _decompositionCps[i] = parts.Skip(_decompositionIsCompat[i] ? 1 : 0)
                .Select(h => int.Parse(h, System.Globalization.NumberStyles.HexNumber)).ToArray();
        }
        var compositions = new Dictionary<long, int>();
        for (int cp = 0; cp < 0x110000; cp++)
        {
            int d = _recDecomp[Record(cp)];
            if (d < 0 || _decompositionIsCompat[d] || excluded.Contains(cp)) continue;
            var pair = _decompositionCps[d];
            if (pair.Length == 2) compositions[((long)pair[0] << 21) | (uint)pair[1]] = cp;
        }
        _compositions = compositions.ToFrozenDictionary();
    }

    int Record(int cp) => _stage2[(_stage1[cp >> Shift] << Shift) | (cp & ((1 << Shift) - 1))];

    /// <summary>Whether the code point was assigned in Unicode 3.2.0 (for unicodedata.ucd_3_2_0).</summary>
    public bool AssignedIn32(int cp) => (_recFlags[Record(cp)] & FlagAssigned32) != 0;

    public string Category(int cp) => _categories[_recCategory[Record(cp)]];
    public string Bidirectional(int cp) => _bidis[_recBidi[Record(cp)]];
    public int Combining(int cp) => _recCombining[Record(cp)];
    public string EastAsianWidth(int cp) => _widths[_recWidth[Record(cp)]];
    public bool Mirrored(int cp) => (_recFlags[Record(cp)] & FlagMirrored) != 0;
    public int Decimal(int cp) => _recDecimal[Record(cp)];
    public int Digit(int cp) => _recDigit[Record(cp)];

    /// <summary>The numeric value, or NaN when the character has none.</summary>
    public double Numeric(int cp)
    {
        int i = _recNumeric[Record(cp)];
        if (i < 0) return double.NaN;
        var s = _numerics[i];
        int slash = s.IndexOf('/');
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        return slash < 0 ? double.Parse(s, inv) : double.Parse(s[..slash], inv) / double.Parse(s[(slash + 1)..], inv);
    }

    /// <summary>The decomposition field as UnicodeData.txt writes it ("&lt;compat&gt; 0020 0301"), or "".</summary>
    public string Decomposition(int cp)
    {
        int i = _recDecomp[Record(cp)];
        return i < 0 ? "" : _decompositions[i];
    }

    // ---- names ----

    const int HangulBase = 0xAC00, HangulCount = 11172, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7, VCount = 21, TCount = 28, NCount = VCount * TCount;
    static readonly string[] JamoL = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
    static readonly string[] JamoV = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
    static readonly string[] JamoT = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

    static string HangulName(int cp)
    {
        int s = cp - HangulBase;
        return "HANGUL SYLLABLE " + JamoL[s / NCount] + JamoV[s % NCount / TCount] + JamoT[s % TCount];
    }

    /// <summary>The character's name, or null.</summary>
    public string? Name(int cp)
    {
        int i = Array.BinarySearch(_nameCps, cp);
        if (i >= 0) return _names[i];
        foreach (var (first, last, prefix) in _nameRanges)
        {
            if (cp < first || cp > last) continue;
            return prefix.Length == 0 ? HangulName(cp) : prefix + cp.ToString("X4");
        }
        return null;
    }

    /// <summary>The code point named <paramref name="name"/> (any case; aliases included), or -1.</summary>
    public int Lookup(string name)
    {
        string upper = name.ToUpperInvariant();
        if (_byName.TryGetValue(upper, out int cp) || _aliases.TryGetValue(upper, out cp)) return cp;
        foreach (var (first, last, prefix) in _nameRanges)
        {
            if (prefix.Length == 0 || !upper.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var hex = upper.AsSpan(prefix.Length);
            if (hex.Length is < 4 or > 5 || !int.TryParse(hex, System.Globalization.NumberStyles.AllowHexSpecifier, null, out cp)) continue;
            if (cp >= first && cp <= last) return cp;
        }
        return -1;
    }

    /// <summary>A named sequence (NamedSequences.txt), or null.</summary>
    public string? NamedSequence(string name) => _sequences.GetValueOrDefault(name.ToUpperInvariant());

    // ---- normalization (UAX #15) ----

    void Decompose(int cp, bool compat, List<int> output)
    {
        if (cp >= HangulBase && cp < HangulBase + HangulCount)
        {
            int s = cp - HangulBase;
            output.Add(LBase + s / NCount);
            output.Add(VBase + s % NCount / TCount);
            if (s % TCount != 0) output.Add(TBase + s % TCount);
            return;
        }
        int d = _recDecomp[Record(cp)];
        if (d < 0 || (_decompositionIsCompat[d] && !compat))
        {
            output.Add(cp);
            return;
        }
        foreach (int part in _decompositionCps[d]) Decompose(part, compat, output);
    }

    /// <summary>unicodedata.normalize for form NFC, NFD, NFKC or NFKD; when <paramref name="only32"/>,
    /// characters not assigned in Unicode 3.2.0 pass through unchanged.</summary>
    public string Normalize(string text, bool compose, bool compat, bool only32 = false)
    {
        var cps = new List<int>(text.Length + 8);
        for (int i = 0; i < text.Length;)
        {
            int cp = Objects.PyStr.NextCodePoint(text, ref i);
            if (only32 && !AssignedIn32(cp)) cps.Add(cp);
            else Decompose(cp, compat, cps);
        }
        // Canonical ordering: a stable sort of each run of non-starters by combining class.
        for (int i = 1; i < cps.Count; i++)
        {
            int cc = Combining(cps[i]);
            if (cc == 0) continue;
            int j = i;
            while (j > 0 && Combining(cps[j - 1]) > cc)
            {
                (cps[j - 1], cps[j]) = (cps[j], cps[j - 1]);
                j--;
            }
        }
        if (compose) Compose(cps);
        var sb = new StringBuilder(cps.Count);
        foreach (int cp in cps) UnicodeTables.AppendCodePoint(sb, cp);
        return sb.ToString();
    }

    int ComposePair(int a, int b)
    {
        if (a >= LBase && a < LBase + 19 && b >= VBase && b < VBase + VCount)
            return HangulBase + ((a - LBase) * VCount + (b - VBase)) * TCount;
        if (a >= HangulBase && a < HangulBase + HangulCount && (a - HangulBase) % TCount == 0 && b > TBase && b < TBase + TCount)
            return a + (b - TBase);
        return _compositions.TryGetValue(((long)a << 21) | (uint)b, out int c) ? c : -1;
    }

    void Compose(List<int> cps)
    {
        // lastClass: combining class of the last character kept after the current starter
        // (-1: none yet). A character is blocked from the starter when that class is >= its own.
        int starter = -1, write = 0, lastClass = -1;
        for (int i = 0; i < cps.Count; i++)
        {
            int cp = cps[i];
            int cc = Combining(cp);
            if (starter >= 0 && (lastClass == -1 || lastClass < cc))
            {
                int composed = ComposePair(cps[starter], cp);
                if (composed >= 0)
                {
                    cps[starter] = composed;
                    continue;
                }
            }
            if (cc == 0)
            {
                starter = write;
                lastClass = -1;
            }
            else lastClass = cc;
            cps[write++] = cp;
        }
        cps.RemoveRange(write, cps.Count - write);
    }
}
