namespace Isolated.Modules.Zlib;

/// <summary>A canonical Huffman code (RFC 1951 §3.2.2) as the number of codes of each length and
/// the symbols in code order, which is all canonical decoding needs.</summary>
public sealed class HuffmanCode
{
    public const int MaxBits = 15;
    public readonly short[] Counts = new short[MaxBits + 1];
    public readonly short[] Symbols;

    HuffmanCode(int symbols) => Symbols = new short[symbols];

    /// <summary>The code for these code lengths (0 = unused symbol); null when over-subscribed.
    /// <paramref name="complete"/> tells whether every code of the tree is used.</summary>
    public static HuffmanCode? Build(ReadOnlySpan<byte> lengths, out bool complete)
    {
        var h = new HuffmanCode(lengths.Length);
        foreach (var l in lengths) h.Counts[l]++;
        complete = false;
        if (h.Counts[0] == lengths.Length) return h;
        int left = 1;
        for (int len = 1; len <= MaxBits; len++)
        {
            left <<= 1;
            left -= h.Counts[len];
            if (left < 0) return null;
        }
        complete = left == 0;
        Span<short> offsets = stackalloc short[MaxBits + 2];
        offsets[1] = 0;
        for (int len = 1; len < MaxBits; len++) offsets[len + 1] = (short)(offsets[len] + h.Counts[len]);
        for (short symbol = 0; symbol < lengths.Length; symbol++)
            if (lengths[symbol] != 0) h.Symbols[offsets[lengths[symbol]]++] = symbol;
        return h;
    }
}
