// Generates the compact Unicode Character Database the runtime's unicodedata module reads
// (embedded into Isolated.dll as the resource "unicodedata.bin"). Input: the directory of the
// Unicode Character Database text files (Debian's unicode-data package: UnicodeData.txt,
// EastAsianWidth.txt, DerivedNormalizationProps.txt, DerivedAge.txt, NameAliases.txt,
// NamedSequences.txt, and optionally Unihan_NumericValues.txt, already decompressed).
// Usage: dotnet run --project tools/UnicodeDataGen -- <ucd-dir> <output-file>
// The format is described in src/Isolated/Text/Unicode/UnicodeDatabase.cs (Load).
using System.Globalization;
using System.IO.Compression;
using System.Text;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: UnicodeDataGen <ucd-dir> <output-file>");
    return 2;
}
string dir = args[0], output = args[1];
const int Max = 0x110000;

string Path_(string name) => Path.Combine(dir, name);
IEnumerable<string[]> Rows(string name)
{
    foreach (var raw in File.ReadLines(Path_(name)))
    {
        int hash = raw.IndexOf('#');
        var line = (hash >= 0 ? raw[..hash] : raw).Trim();
        if (line.Length == 0) continue;
        yield return line.Split(';').Select(f => f.Trim()).ToArray();
    }
}
(int, int) Range(string field)
{
    int dots = field.IndexOf("..", StringComparison.Ordinal);
    return dots < 0
        ? (int.Parse(field, NumberStyles.HexNumber), int.Parse(field, NumberStyles.HexNumber))
        : (int.Parse(field[..dots], NumberStyles.HexNumber), int.Parse(field[(dots + 2)..], NumberStyles.HexNumber));
}

var category = new string[Max];
var bidi = new string[Max];
var combining = new byte[Max];
var mirrored = new bool[Max];
var decimals = new sbyte[Max];
var digits = new sbyte[Max];
var numeric = new string?[Max];
var decomposition = new string?[Max];
var names = new SortedDictionary<int, string>();
var nameRanges = new List<(int First, int Last, string Prefix)>();
Array.Fill(decimals, (sbyte)-1);
Array.Fill(digits, (sbyte)-1);

string? pendingFirst = null;
int firstCp = 0;
foreach (var f in Rows("UnicodeData.txt"))
{
    int cp = int.Parse(f[0], NumberStyles.HexNumber);
    string name = f[1];
    // Algorithmic names as CPython 3.12 has them: CJK unified ideographs and Hangul syllables
    // (Tangut ideographs have none there).
    if (name.EndsWith(", First>")) { pendingFirst = name; firstCp = cp; continue; }
    int from = cp;
    if (name.EndsWith(", Last>"))
    {
        from = firstCp;
        string kind = pendingFirst![1..^", First>".Length];
        if (kind.StartsWith("CJK Ideograph")) nameRanges.Add((from, cp, "CJK UNIFIED IDEOGRAPH-"));
        else if (kind == "Hangul Syllable") nameRanges.Add((from, cp, ""));
        pendingFirst = null;
    }
    else if (!name.StartsWith('<')) names[cp] = name;
    for (int c = from; c <= cp; c++)
    {
        category[c] = f[2];
        combining[c] = byte.Parse(f[3]);
        bidi[c] = f[4];
        if (f[5].Length > 0) decomposition[c] = f[5];
        if (f[6].Length > 0) decimals[c] = sbyte.Parse(f[6]);
        if (f[7].Length > 0) digits[c] = sbyte.Parse(f[7]);
        if (f[8].Length > 0) numeric[c] = f[8];
        mirrored[c] = f[9] == "Y";
    }
}
for (int c = 0; c < Max; c++)
{
    category[c] ??= "Cn";
    bidi[c] ??= "";
}

// Numeric values of CJK ideographs (kPrimaryNumeric, kAccountingNumeric, kOtherNumeric), as CPython has them.
if (File.Exists(Path_("Unihan_NumericValues.txt")))
{
    foreach (var line in File.ReadLines(Path_("Unihan_NumericValues.txt")))
    {
        if (line.StartsWith('#') || line.Length == 0) continue;
        var parts = line.Split('\t');
        int cp = int.Parse(parts[0][2..], NumberStyles.HexNumber);
        numeric[cp] = parts[2].Replace(",", "");
    }
}
else Console.Error.WriteLine("UnicodeDataGen: Unihan_NumericValues.txt missing: CJK ideograph numeric values left out");

var eaw = new string[Max];
Array.Fill(eaw, "N");
foreach (var f in Rows("EastAsianWidth.txt"))
{
    var (a, b) = Range(f[0]);
    for (int c = a; c <= b; c++) eaw[c] = f[1];
}

var age32 = new bool[Max];
foreach (var f in Rows("DerivedAge.txt"))
{
    var v = f[1].Split('.');
    if (int.Parse(v[0]) * 100 + int.Parse(v[1]) > 302) continue;
    var (a, b) = Range(f[0]);
    for (int c = a; c <= b; c++) age32[c] = true;
}

var exclusions = new List<int>();
foreach (var f in Rows("DerivedNormalizationProps.txt"))
{
    if (f[1] != "Full_Composition_Exclusion") continue;
    var (a, b) = Range(f[0]);
    for (int c = a; c <= b; c++) exclusions.Add(c);
}

var aliases = new List<(int, string)>();
foreach (var f in Rows("NameAliases.txt")) aliases.Add((int.Parse(f[0], NumberStyles.HexNumber), f[1]));
var sequences = new List<(string, string)>();
foreach (var f in Rows("NamedSequences.txt"))
{
    var sb = new StringBuilder();
    foreach (var h in f[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)) sb.Append(char.ConvertFromUtf32(int.Parse(h, NumberStyles.HexNumber)));
    sequences.Add((f[0], sb.ToString()));
}

// Interned value lists and the unique property records.
var categories = new List<string>(); var bidis = new List<string>(); var widths = new List<string>();
var numerics = new List<string>(); var decomps = new List<string>();
int Index(List<string> list, Dictionary<string, int> map, string v)
{
    if (!map.TryGetValue(v, out int i)) { i = list.Count; list.Add(v); map[v] = i; }
    return i;
}
var catMap = new Dictionary<string, int>(); var bidiMap = new Dictionary<string, int>(); var eawMap = new Dictionary<string, int>();
var numMap = new Dictionary<string, int>(); var decMap = new Dictionary<string, int>();
var recordIndex = new Dictionary<(int, int, int, int, int, int, int, int, int), int>();
var records = new List<(int, int, int, int, int, int, int, int, int)>();
var perCp = new ushort[Max];
for (int c = 0; c < Max; c++)
{
    var rec = (Index(categories, catMap, category[c]), Index(bidis, bidiMap, bidi[c]), (int)combining[c], Index(widths, eawMap, eaw[c]),
               (mirrored[c] ? 1 : 0) | (age32[c] ? 2 : 0), (int)decimals[c], (int)digits[c],
               numeric[c] is { } n ? Index(numerics, numMap, n) : -1,
               decomposition[c] is { } d ? Index(decomps, decMap, d) : -1);
    if (!recordIndex.TryGetValue(rec, out int r)) { r = records.Count; records.Add(rec); recordIndex[rec] = r; }
    perCp[c] = checked((ushort)r);
}

// Two-stage table: blocks of 128 code points, identical blocks shared.
const int Shift = 7, Block = 1 << Shift;
var stage1 = new ushort[Max >> Shift];
var blocks = new List<ushort[]>();
var blockIndex = new Dictionary<string, int>();
for (int b = 0; b < stage1.Length; b++)
{
    var block = perCp.AsSpan(b << Shift, Block).ToArray();
    string key = Convert.ToBase64String(block.SelectMany(BitConverter.GetBytes).ToArray());
    if (!blockIndex.TryGetValue(key, out int i)) { i = blocks.Count; blocks.Add(block); blockIndex[key] = i; }
    stage1[b] = (ushort)i;
}

using var raw = new MemoryStream();
using (var w = new BinaryWriter(raw, Encoding.UTF8, leaveOpen: true))
{
    w.Write("IUCD1");
    w.Write("15.0.0");
    void Strings(List<string> l) { w.Write(l.Count); foreach (var s in l) w.Write(s); }
    Strings(categories); Strings(bidis); Strings(widths); Strings(numerics); Strings(decomps);
    w.Write(records.Count);
    foreach (var (cat, bd, comb, ew, flags, dec, dig, num, dcp) in records)
    {
        w.Write((byte)cat); w.Write((byte)bd); w.Write((byte)comb); w.Write((byte)ew); w.Write((byte)flags);
        w.Write((sbyte)dec); w.Write((sbyte)dig); w.Write(num); w.Write(dcp);
    }
    w.Write(stage1.Length); foreach (var s in stage1) w.Write(s);
    w.Write(blocks.Count); foreach (var blk in blocks) foreach (var s in blk) w.Write(s);
    w.Write(names.Count); foreach (var (cp, name) in names) { w.Write(cp); w.Write(name); }
    w.Write(nameRanges.Count); foreach (var (a, b, p) in nameRanges) { w.Write(a); w.Write(b); w.Write(p); }
    w.Write(aliases.Count); foreach (var (cp, name) in aliases) { w.Write(cp); w.Write(name); }
    w.Write(sequences.Count); foreach (var (name, value) in sequences) { w.Write(name); w.Write(value); }
    w.Write(exclusions.Count); foreach (var c in exclusions) w.Write(c);
}
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
using (var file = File.Create(output + ".tmp"))
using (var z = new DeflateStream(file, CompressionLevel.SmallestSize))
{
    raw.Position = 0;
    raw.CopyTo(z);
}
File.Move(output + ".tmp", output, overwrite: true);
Console.WriteLine($"UnicodeDataGen: {records.Count} property records, {blocks.Count} blocks, {names.Count} names, {raw.Length} bytes -> {new FileInfo(output).Length} bytes deflated");
return 0;
