using System.Buffers.Binary;
using System.Numerics;

namespace Isolated.Modules.Hashing;

/// <summary>
/// The Keccak-f[1600] sponge of FIPS 202: SHA3-224/256/384/512 (domain suffix 0x06) and the
/// extendable-output SHAKE128/256 (suffix 0x1F), whose digest may have any length.
/// </summary>
public sealed class KeccakState : HashState
{
    static readonly ulong[] RoundConstants =
    [
        0x0000000000000001UL, 0x0000000000008082UL, 0x800000000000808aUL, 0x8000000080008000UL,
        0x000000000000808bUL, 0x0000000080000001UL, 0x8000000080008081UL, 0x8000000000008009UL,
        0x000000000000008aUL, 0x0000000000000088UL, 0x0000000080008009UL, 0x000000008000000aUL,
        0x000000008000808bUL, 0x800000000000008bUL, 0x8000000000008089UL, 0x8000000000008003UL,
        0x8000000000008002UL, 0x8000000000000080UL, 0x000000000000800aUL, 0x800000008000000aUL,
        0x8000000080008081UL, 0x8000000000008080UL, 0x0000000080000001UL, 0x8000000080008008UL,
    ];

    /// <summary>The ρ rotation of lane x + 5y, from the walk of FIPS 202 §3.2.2.</summary>
    static readonly int[] Rotations = ComputeRotations();

    static int[] ComputeRotations()
    {
        var r = new int[25];
        int x = 1, y = 0;
        for (int t = 0; t < 24; t++)
        {
            r[x + 5 * y] = (t + 1) * (t + 2) / 2 % 64;
            (x, y) = (y, (2 * x + 3 * y) % 5);
        }
        return r;
    }

    readonly ulong[] _lanes = new ulong[25];
    readonly byte[] _block;
    int _blockLength;
    readonly string _name;
    readonly int _digestSize;
    readonly byte _suffix;

    /// <summary><paramref name="digestSize"/> 0 makes a SHAKE (extendable output).</summary>
    public KeccakState(string name, int rateBytes, int digestSize, byte suffix)
    {
        _name = name;
        _block = new byte[rateBytes];
        _digestSize = digestSize;
        _suffix = suffix;
    }

    public static KeccakState Sha3(int bits) => new($"sha3_{bits}", 200 - bits / 4, bits / 8, 0x06);
    public static KeccakState Shake(int bits) => new($"shake_{bits}", 200 - bits / 4, 0, 0x1f);

    public override string Name => _name;
    public override int DigestSize => _digestSize;
    public override int BlockSize => _block.Length;

    public override void Update(ReadOnlySpan<byte> data)
    {
        int rate = _block.Length;
        while (data.Length > 0)
        {
            int take = Math.Min(rate - _blockLength, data.Length);
            data[..take].CopyTo(_block.AsSpan(_blockLength));
            _blockLength += take;
            data = data[take..];
            if (_blockLength == rate)
            {
                Absorb(_lanes, _block);
                _blockLength = 0;
            }
        }
    }

    public override void Digest(Span<byte> dest)
    {
        int rate = _block.Length;
        Span<ulong> lanes = stackalloc ulong[25];
        _lanes.CopyTo(lanes);
        Span<byte> last = stackalloc byte[rate];
        _block.AsSpan(0, _blockLength).CopyTo(last);
        last[_blockLength] ^= _suffix;
        last[rate - 1] ^= 0x80;
        Absorb(lanes, last);
        Span<byte> output = stackalloc byte[rate];
        while (true)
        {
            for (int i = 0; i < rate / 8; i++) BinaryPrimitives.WriteUInt64LittleEndian(output.Slice(8 * i), lanes[i]);
            int take = Math.Min(rate, dest.Length);
            output[..take].CopyTo(dest);
            dest = dest[take..];
            if (dest.Length == 0) return;
            Permute(lanes);
        }
    }

    public override HashState Clone()
    {
        var c = new KeccakState(_name, _block.Length, _digestSize, _suffix) { _blockLength = _blockLength };
        _lanes.CopyTo(c._lanes, 0);
        _block.CopyTo(c._block, 0);
        return c;
    }

    static void Absorb(Span<ulong> lanes, ReadOnlySpan<byte> block)
    {
        for (int i = 0; i < block.Length / 8; i++) lanes[i] ^= BinaryPrimitives.ReadUInt64LittleEndian(block.Slice(8 * i));
        Permute(lanes);
    }

    static void Permute(Span<ulong> a)
    {
        Span<ulong> c = stackalloc ulong[5];
        Span<ulong> b = stackalloc ulong[25];
        for (int round = 0; round < 24; round++)
        {
            for (int x = 0; x < 5; x++) c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            for (int x = 0; x < 5; x++)
            {
                ulong d = c[(x + 4) % 5] ^ BitOperations.RotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) a[x + y] ^= d;
            }
            for (int x = 0; x < 5; x++)
                for (int y = 0; y < 5; y++)
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = BitOperations.RotateLeft(a[x + 5 * y], Rotations[x + 5 * y]);
            for (int y = 0; y < 25; y += 5)
                for (int x = 0; x < 5; x++)
                    a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
            a[0] ^= RoundConstants[round];
        }
    }
}
