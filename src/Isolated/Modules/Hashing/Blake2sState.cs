using System.Buffers.Binary;
using System.Numerics;

namespace Isolated.Modules.Hashing;

/// <summary>BLAKE2s (RFC 7693): 32-bit words, 64-byte blocks, 10 rounds, digests of 1..32 bytes,
/// keyed, salted and personalized. .NET has no BLAKE2.</summary>
public sealed class Blake2sState : HashState
{
    static readonly uint[] IV = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

    public const int BlockBytes = 64, MaxDigest = 32, MaxKey = 32, SaltBytes = 8, PersonBytes = 8;

    readonly uint[] _h = new uint[8];
    readonly byte[] _block = new byte[BlockBytes];
    int _blockLength;
    uint _counterLow, _counterHigh;
    readonly int _digestSize;
    readonly bool _lastNode;

    Blake2sState(int digestSize, bool lastNode)
    {
        _digestSize = digestSize;
        _lastNode = lastNode;
    }

    public Blake2sState(Blake2Parameters p) : this(p.DigestSize, p.LastNode)
    {
        Span<byte> block = stackalloc byte[32];
        block.Clear();
        block[0] = (byte)p.DigestSize;
        block[1] = (byte)p.Key.Length;
        block[2] = (byte)p.Fanout;
        block[3] = (byte)p.Depth;
        BinaryPrimitives.WriteUInt32LittleEndian(block[4..], p.LeafSize);
        // node_offset is 48 bits here.
        BinaryPrimitives.WriteUInt64LittleEndian(block[8..], p.NodeOffset);
        block[14] = (byte)p.NodeDepth;
        block[15] = (byte)p.InnerSize;
        p.Salt.CopyTo(block[16..]);
        p.Person.CopyTo(block[24..]);
        for (int i = 0; i < 8; i++) _h[i] = IV[i] ^ BinaryPrimitives.ReadUInt32LittleEndian(block[(4 * i)..]);
        if (p.Key.Length > 0)
        {
            Span<byte> keyBlock = stackalloc byte[BlockBytes];
            keyBlock.Clear();
            p.Key.CopyTo(keyBlock);
            Update(keyBlock);
        }
    }

    public override string Name => "blake2s";
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
        _counterLow += (uint)n;
        if (_counterLow < (uint)n) _counterHigh++;
    }

    public override void Digest(Span<byte> dest)
    {
        Span<uint> h = stackalloc uint[8];
        _h.CopyTo(h);
        Span<byte> last = stackalloc byte[BlockBytes];
        last.Clear();
        _block.AsSpan(0, _blockLength).CopyTo(last);
        uint low = _counterLow + (uint)_blockLength, high = _counterHigh + (low < (uint)_blockLength ? 1u : 0);
        Compress(h, last, low, high, true, _lastNode);
        Span<byte> output = stackalloc byte[32];
        for (int i = 0; i < 8; i++) BinaryPrimitives.WriteUInt32LittleEndian(output[(4 * i)..], h[i]);
        output[.._digestSize].CopyTo(dest);
    }

    public override HashState Clone()
    {
        var c = new Blake2sState(_digestSize, _lastNode) { _blockLength = _blockLength, _counterLow = _counterLow, _counterHigh = _counterHigh };
        _h.CopyTo(c._h, 0);
        _block.CopyTo(c._block, 0);
        return c;
    }

    static void Compress(Span<uint> h, ReadOnlySpan<byte> block, uint t0, uint t1, bool final, bool lastNode)
    {
        Span<uint> m = stackalloc uint[16];
        Span<uint> v = stackalloc uint[16];
        for (int i = 0; i < 16; i++) m[i] = BinaryPrimitives.ReadUInt32LittleEndian(block[(4 * i)..]);
        h.CopyTo(v);
        IV.CopyTo(v[8..]);
        v[12] ^= t0;
        v[13] ^= t1;
        if (final) v[14] = ~v[14];
        if (final && lastNode) v[15] = ~v[15];
        for (int r = 0; r < 10; r++)
        {
            var s = Blake2bState.Sigma[r];
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

    static void G(Span<uint> v, int a, int b, int c, int d, uint x, uint y)
    {
        v[a] = v[a] + v[b] + x;
        v[d] = BitOperations.RotateRight(v[d] ^ v[a], 16);
        v[c] = v[c] + v[d];
        v[b] = BitOperations.RotateRight(v[b] ^ v[c], 12);
        v[a] = v[a] + v[b] + y;
        v[d] = BitOperations.RotateRight(v[d] ^ v[a], 8);
        v[c] = v[c] + v[d];
        v[b] = BitOperations.RotateRight(v[b] ^ v[c], 7);
    }
}
