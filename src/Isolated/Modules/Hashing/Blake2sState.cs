namespace Isolated.Modules.Hashing;

/// <summary>BLAKE2s: 32-bit words, 64-byte blocks, digests of 1..32 bytes.</summary>
public sealed class Blake2sState(Blake2Parameters p) : Blake2State<uint, Blake2sVariant>(p)
{
    public const int BlockBytes = 64, MaxDigest = 32, MaxKey = 32, SaltBytes = 8, PersonBytes = 8;
}
