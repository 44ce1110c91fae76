using System.Buffers.Binary;
using System.Numerics;

namespace Isolated.Modules.Hashing;

/// <summary>SHA-224 (FIPS 180-4 §6.3: SHA-256's compression with its own initial value and the
/// digest truncated), which .NET does not provide.</summary>
public sealed class Sha224State : HashState
{
    static readonly uint[] K =
    [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ];

    static readonly uint[] InitialValue = [0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4];

    readonly uint[] _h = new uint[8];
    readonly byte[] _block = new byte[64];
    int _blockLength;
    ulong _totalBytes;

    public Sha224State() => InitialValue.CopyTo(_h, 0);

    public override string Name => "sha224";
    public override int DigestSize => 28;
    public override int BlockSize => 64;

    public override void Update(ReadOnlySpan<byte> data)
    {
        _totalBytes += (ulong)data.Length;
        if (_blockLength > 0)
        {
            int take = Math.Min(64 - _blockLength, data.Length);
            data[..take].CopyTo(_block.AsSpan(_blockLength));
            _blockLength += take;
            data = data[take..];
            if (_blockLength < 64) return;
            Compress(_h, _block);
            _blockLength = 0;
        }
        while (data.Length >= 64)
        {
            Compress(_h, data[..64]);
            data = data[64..];
        }
        data.CopyTo(_block);
        _blockLength = data.Length;
    }

    public override void Digest(Span<byte> dest)
    {
        Span<uint> h = stackalloc uint[8];
        _h.CopyTo(h);
        Span<byte> tail = stackalloc byte[128];
        _block.AsSpan(0, _blockLength).CopyTo(tail);
        tail[_blockLength] = 0x80;
        int length = _blockLength + 9 <= 64 ? 64 : 128;
        BinaryPrimitives.WriteUInt64BigEndian(tail.Slice(length - 8), _totalBytes * 8);
        for (int off = 0; off < length; off += 64) Compress(h, tail.Slice(off, 64));
        for (int i = 0; i < 7; i++) BinaryPrimitives.WriteUInt32BigEndian(dest.Slice(4 * i), h[i]);
    }

    public override HashState Clone()
    {
        var c = new Sha224State { _blockLength = _blockLength, _totalBytes = _totalBytes };
        _h.CopyTo(c._h, 0);
        _block.CopyTo(c._block, 0);
        return c;
    }

    static void Compress(Span<uint> h, ReadOnlySpan<byte> block)
    {
        Span<uint> w = stackalloc uint[64];
        for (int t = 0; t < 16; t++) w[t] = BinaryPrimitives.ReadUInt32BigEndian(block.Slice(4 * t));
        for (int t = 16; t < 64; t++)
        {
            uint s0 = BitOperations.RotateRight(w[t - 15], 7) ^ BitOperations.RotateRight(w[t - 15], 18) ^ (w[t - 15] >> 3);
            uint s1 = BitOperations.RotateRight(w[t - 2], 17) ^ BitOperations.RotateRight(w[t - 2], 19) ^ (w[t - 2] >> 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        uint a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
        for (int t = 0; t < 64; t++)
        {
            uint t1 = hh + (BitOperations.RotateRight(e, 6) ^ BitOperations.RotateRight(e, 11) ^ BitOperations.RotateRight(e, 25))
                      + ((e & f) ^ (~e & g)) + K[t] + w[t];
            uint t2 = (BitOperations.RotateRight(a, 2) ^ BitOperations.RotateRight(a, 13) ^ BitOperations.RotateRight(a, 22))
                      + ((a & b) ^ (a & c) ^ (b & c));
            hh = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
        }
        h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
    }
}
