namespace Isolated.Modules.Hashing;

/// <summary>BLAKE2b: 64-bit words, 128-byte blocks, digests of 1..64 bytes.</summary>
public sealed class Blake2bState(Blake2Parameters p) : Blake2State<ulong, Blake2bVariant>(p)
{
    public const int BlockBytes = 128, MaxDigest = 64, MaxKey = 64, SaltBytes = 16, PersonBytes = 16;
}
