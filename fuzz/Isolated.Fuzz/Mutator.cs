using System.Text;

namespace Isolated.Fuzzing;

/// <summary>The built-in mutation fuzzer's input generator (for machines without AFL++): takes a
/// corpus entry and applies 1–8 random edits — bit flips, byte changes, insertions, deletions,
/// duplications, splices with another entry and insertions of tokens that matter to parsers.
/// Coverage-blind: it finds shallow bugs fast; AFL++ (fuzz/run.sh afl) goes deeper.</summary>
public sealed class Mutator(Random random, IReadOnlyList<byte[]> corpus)
{
    static readonly byte[][] Tokens = new[]
    {
        "(", ")", "[", "]", "{", "}", ":", ",", "\\", "\"", "'", "\"\"\"", "\n", "\t", " ", "*", "**", "=", ":=",
        "0", "9", "-1", "1e308", "0x", "_", "lambda", "yield", "await", "async ", "def ", "class ", "if ", "else",
        "match ", "case ", "try:", "except*", "finally:", "f\"{", "}\"", "!r", "=}", "\\N{", "\\x", "\\u", "\\U",
        "(?", "(?P<", "(?=", "(?<!", "*?", "+?", "{2,}", "[^", "\\b", "\\d", "|", "^", "$", ".", "\0", "\xff",
        "%", "s", "i", "q", "e", "?", "<", ">", "!", "@", "#", "nan", "inf", "\u00e9", "\U0001F600",
    }.Select(Encoding.UTF8.GetBytes).ToArray();

    public byte[] Next()
    {
        var data = new List<byte>(corpus[random.Next(corpus.Count)]);
        int edits = 1 + random.Next(8);
        for (int i = 0; i < edits; i++) Edit(data);
        return data.ToArray();
    }

    void Edit(List<byte> data)
    {
        int Pos(int extra = 0) => random.Next(data.Count + extra);
        switch (random.Next(8))
        {
            case 0 when data.Count > 0:
                data[Pos()] ^= (byte)(1 << random.Next(8));
                break;
            case 1 when data.Count > 0:
                data[Pos()] = (byte)random.Next(256);
                break;
            case 2:
                data.Insert(Pos(1), (byte)random.Next(256));
                break;
            case 3 when data.Count > 1:
            {
                int at = Pos(), len = 1 + random.Next(Math.Min(16, data.Count - at));
                data.RemoveRange(at, len);
                break;
            }
            case 4 when data.Count > 0 && data.Count < 1 << 16:
            {
                int at = Pos(), len = 1 + random.Next(Math.Min(64, data.Count - at));
                var chunk = data.GetRange(at, len);
                int times = 1 + random.Next(random.Next(2) == 0 ? 4 : 200);
                for (int t = 0; t < times; t++) data.InsertRange(Pos(1), chunk);
                break;
            }
            case 5:
            {
                var other = corpus[random.Next(corpus.Count)];
                if (other.Length == 0) break;
                int from = random.Next(other.Length), len = 1 + random.Next(other.Length - from);
                data.InsertRange(Pos(1), other.AsSpan(from, len).ToArray());
                break;
            }
            default:
                data.InsertRange(Pos(1), Tokens[random.Next(Tokens.Length)]);
                break;
        }
    }
}
