using System.Buffers.Binary;
using System.Numerics;

namespace Isolated.Modules.Hashing;

/// <summary>BLAKE2b (RFC 7693): 64-bit words, 128-byte blocks, 12 rounds, digests of 1..64 bytes,
/// keyed, salted and personalized. .NET has no BLAKE2.</summary>
public sealed class Blake2bState : HashState
{
    internal static readonly byte[][] Sigma =
    [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
        [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
        [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
        [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
        [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
        [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
        [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
        [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
        [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
        [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
    ];

    static readonly ulong[] IV =
    [
        0x6a09e667f3bcc908UL, 0xbb67ae8584caa73bUL, 0x3c6ef372fe94f82bUL, 0xa54ff53a5f1d36f1UL,
        0x510e527fade682d1UL, 0x9b05688c2b3e6c1fUL, 0x1f83d9abfb41bd6bUL, 0x5be0cd19137e2179UL,
    ];

    public const int BlockBytes = 128, MaxDigest = 64, MaxKey = 64, SaltBytes = 16, PersonBytes = 16;

    readonly ulong[] _h = new ulong[8];
    readonly byte[] _block = new byte[BlockBytes];
    int _blockLength;
    ulong _counterLow, _counterHigh;
    readonly int _digestSize;
    readonly bool _lastNode;

    Blake2bState(int digestSize, bool lastNode)
    {
        _digestSize = digestSize;
        _lastNode = lastNode;
    }

    public Blake2bState(Blake2Parameters p) : this(p.DigestSize, p.LastNode)
    {
        Span<byte> block = stackalloc byte[64];
        block.Clear();
        block[0] = (byte)p.DigestSize;
        block[1] = (byte)p.Key.Length;
        block[2] = (byte)p.Fanout;
        block[3] = (byte)p.Depth;
        BinaryPrimitives.WriteUInt32LittleEndian(block[4..], p.LeafSize);
        BinaryPrimitives.WriteUInt64LittleEndian(block[8..], p.NodeOffset);
        block[16] = (byte)p.NodeDepth;
        block[17] = (byte)p.InnerSize;
        p.Salt.CopyTo(block[32..]);
        p.Person.CopyTo(block[48..]);
        for (int i = 0; i < 8; i++) _h[i] = IV[i] ^ BinaryPrimitives.ReadUInt64LittleEndian(block[(8 * i)..]);
        if (p.Key.Length > 0)
        {
            Span<byte> keyBlock = stackalloc byte[BlockBytes];
            keyBlock.Clear();
            p.Key.CopyTo(keyBlock);
            Update(keyBlock);
        }
    }

    public override string Name => "blake2b";
    public override int DigestSize => _digestSize;
    public override int BlockSize => BlockBytes;

    public override void Update(ReadOnlySpan<byte> data)
    {
        while (data.Length > 0)
        {
            // The last block is compressed with the final flag, so a full buffer waits for more data.
            if (_blockLength == BlockBytes)
            {
                Increment(BlockBytes);
                Compress(_h, _block, _counterLow, _counterHigh, false, false);
                _blockLength = 0;
            }
            int take = Math.Min(BlockBytes - _blockLength, data.Length);
            data[..take].CopyTo(_block.AsSpan(_blockLength));
            _blockLength += take;
            data = data[take..];
        }
    }

    void Increment(int n)
    {
        _counterLow += (ulong)n;
        if (_counterLow < (ulong)n) _counterHigh++;
    }

    public override void Digest(Span<byte> dest)
    {
        Span<ulong> h = stackalloc ulong[8];
        _h.CopyTo(h);
        Span<byte> last = stackalloc byte[BlockBytes];
        last.Clear();
        _block.AsSpan(0, _blockLength).CopyTo(last);
        ulong low = _counterLow + (ulong)_blockLength, high = _counterHigh + (low < (ulong)_blockLength ? 1UL : 0);
        Compress(h, last, low, high, true, _lastNode);
        Span<byte> output = stackalloc byte[64];
        for (int i = 0; i < 8; i++) BinaryPrimitives.WriteUInt64LittleEndian(output[(8 * i)..], h[i]);
        output[.._digestSize].CopyTo(dest);
    }

    public override HashState Clone()
    {
        var c = new Blake2bState(_digestSize, _lastNode) { _blockLength = _blockLength, _counterLow = _counterLow, _counterHigh = _counterHigh };
        _h.CopyTo(c._h, 0);
        _block.CopyTo(c._block, 0);
        return c;
    }

    static void Compress(Span<ulong> h, ReadOnlySpan<byte> block, ulong t0, ulong t1, bool final, bool lastNode)
    {
        Span<ulong> m = stackalloc ulong[16];
        Span<ulong> v = stackalloc ulong[16];
        for (int i = 0; i < 16; i++) m[i] = BinaryPrimitives.ReadUInt64LittleEndian(block[(8 * i)..]);
        h.CopyTo(v);
        IV.CopyTo(v[8..]);
        v[12] ^= t0;
        v[13] ^= t1;
        if (final) v[14] = ~v[14];
        if (final && lastNode) v[15] = ~v[15];
        for (int r = 0; r < 12; r++)
        {
            var s = Sigma[r % 10];
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

    static void G(Span<ulong> v, int a, int b, int c, int d, ulong x, ulong y)
    {
        v[a] = v[a] + v[b] + x;
        v[d] = BitOperations.RotateRight(v[d] ^ v[a], 32);
        v[c] = v[c] + v[d];
        v[b] = BitOperations.RotateRight(v[b] ^ v[c], 24);
        v[a] = v[a] + v[b] + y;
        v[d] = BitOperations.RotateRight(v[d] ^ v[a], 16);
        v[c] = v[c] + v[d];
        v[b] = BitOperations.RotateRight(v[b] ^ v[c], 63);
    }
}
