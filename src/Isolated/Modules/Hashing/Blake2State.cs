using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Isolated.Modules.Hashing;

/// <summary>BLAKE2 (RFC 7693) over words of <typeparamref name="TWord"/>: blocks of 16 words,
/// digests of 1..8 words' bytes, keyed, salted, personalized and tree-parameterized. One
/// implementation serves BLAKE2b and BLAKE2s; the variant supplies the constants. .NET has no BLAKE2.</summary>
public abstract class Blake2State<TWord, TVariant> : HashState
    where TWord : unmanaged, IBinaryInteger<TWord>, IUnsignedNumber<TWord>
    where TVariant : struct, IBlake2Variant<TWord>
{
    static int WordBytes => Unsafe.SizeOf<TWord>();
    static int Block => 16 * WordBytes;

    TWord[] _h = new TWord[8];
    byte[] _block = new byte[16 * Unsafe.SizeOf<TWord>()];
    int _blockLength;
    TWord _counterLow, _counterHigh;
    readonly int _digestSize;
    readonly bool _lastNode;

    protected Blake2State(Blake2Parameters p)
    {
        _digestSize = p.DigestSize;
        _lastNode = p.LastNode;
        // The parameter block (RFC 7693 §2.5, plus the tree fields), XORed into the IV.
        Span<byte> parameters = stackalloc byte[8 * WordBytes];
        parameters.Clear();
        parameters[0] = (byte)p.DigestSize;
        parameters[1] = (byte)p.Key.Length;
        parameters[2] = (byte)p.Fanout;
        parameters[3] = (byte)p.Depth;
        BinaryPrimitives.WriteUInt32LittleEndian(parameters[4..], p.LeafSize);
        Span<byte> nodeOffset = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(nodeOffset, p.NodeOffset);
        nodeOffset[..TVariant.NodeOffsetBytes].CopyTo(parameters[8..]);
        parameters[8 + TVariant.NodeOffsetBytes] = (byte)p.NodeDepth;
        parameters[9 + TVariant.NodeOffsetBytes] = (byte)p.InnerSize;
        p.Salt.CopyTo(parameters[(4 * WordBytes)..]);
        p.Person.CopyTo(parameters[(6 * WordBytes)..]);
        var iv = TVariant.IV;
        for (int i = 0; i < 8; i++) _h[i] = iv[i] ^ ReadWord(parameters, i);
        if (p.Key.Length > 0)
        {
            Span<byte> keyBlock = stackalloc byte[Block];
            keyBlock.Clear();
            p.Key.CopyTo(keyBlock);
            Update(keyBlock);
        }
    }

    public override string Name => TVariant.Name;
    public override int DigestSize => _digestSize;
    public override int BlockSize => Block;

    static TWord ReadWord(ReadOnlySpan<byte> bytes, int index) =>
        TWord.ReadLittleEndian(bytes.Slice(index * WordBytes, WordBytes), isUnsigned: true);

    public override void Update(ReadOnlySpan<byte> data)
    {
        while (data.Length > 0)
        {
            // The last block is compressed with the final flag, so a full buffer waits for more data.
            if (_blockLength == Block)
            {
                (_counterLow, _counterHigh) = AddToCounter(_counterLow, _counterHigh, Block);
                Compress(_h, _block, _counterLow, _counterHigh, false, false);
                _blockLength = 0;
            }
            int take = Math.Min(Block - _blockLength, data.Length);
            data[..take].CopyTo(_block.AsSpan(_blockLength));
            _blockLength += take;
            data = data[take..];
        }
    }

    /// <summary>The byte counter t is two words wide.</summary>
    static (TWord Low, TWord High) AddToCounter(TWord low, TWord high, int n)
    {
        TWord add = TWord.CreateTruncating(n);
        TWord sum = low + add;
        return (sum, sum < add ? high + TWord.One : high);
    }

    public override void Digest(Span<byte> dest)
    {
        Span<TWord> h = stackalloc TWord[8];
        _h.CopyTo(h);
        Span<byte> last = stackalloc byte[Block];
        last.Clear();
        _block.AsSpan(0, _blockLength).CopyTo(last);
        var (low, high) = AddToCounter(_counterLow, _counterHigh, _blockLength);
        Compress(h, last, low, high, true, _lastNode);
        Span<byte> output = stackalloc byte[8 * WordBytes];
        for (int i = 0; i < 8; i++) h[i].WriteLittleEndian(output[(i * WordBytes)..]);
        output[.._digestSize].CopyTo(dest);
    }

    public override HashState Clone()
    {
        var c = (Blake2State<TWord, TVariant>)MemberwiseClone();
        c._h = (TWord[])_h.Clone();
        c._block = (byte[])_block.Clone();
        return c;
    }

    static void Compress(Span<TWord> h, ReadOnlySpan<byte> block, TWord t0, TWord t1, bool final, bool lastNode)
    {
        Span<TWord> m = stackalloc TWord[16];
        Span<TWord> v = stackalloc TWord[16];
        for (int i = 0; i < 16; i++) m[i] = ReadWord(block, i);
        h.CopyTo(v);
        TVariant.IV.CopyTo(v[8..]);
        v[12] ^= t0;
        v[13] ^= t1;
        if (final) v[14] = ~v[14];
        if (final && lastNode) v[15] = ~v[15];
        for (int r = 0; r < TVariant.Rounds; r++)
        {
            var s = Blake2Sigma.Rows[r % 10];
            G(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            G(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            G(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            G(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            G(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            G(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            G(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            G(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) h[i] ^= v[i] ^ v[i + 8];
    }

    static void G(Span<TWord> v, int a, int b, int c, int d, TWord x, TWord y)
    {
        v[a] = v[a] + v[b] + x;
        v[d] = TWord.RotateRight(v[d] ^ v[a], TVariant.R1);
        v[c] = v[c] + v[d];
        v[b] = TWord.RotateRight(v[b] ^ v[c], TVariant.R2);
        v[a] = v[a] + v[b] + y;
        v[d] = TWord.RotateRight(v[d] ^ v[a], TVariant.R3);
        v[c] = v[c] + v[d];
        v[b] = TWord.RotateRight(v[b] ^ v[c], TVariant.R4);
    }
}
