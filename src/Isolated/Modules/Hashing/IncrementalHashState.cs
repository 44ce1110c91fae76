using System.Security.Cryptography;

namespace Isolated.Modules.Hashing;

/// <summary>An algorithm .NET implements (MD5, SHA-1, SHA-256/384/512, SHA3-* where the platform
/// has it), through IncrementalHash, whose Clone() gives copy().</summary>
public sealed class IncrementalHashState : HashState
{
    readonly IncrementalHash _hash;
    readonly string _name;
    readonly int _digestSize, _blockSize;

    IncrementalHashState(IncrementalHash hash, string name, int digestSize, int blockSize)
    {
        _hash = hash;
        _name = name;
        _digestSize = digestSize;
        _blockSize = blockSize;
    }

    public static IncrementalHashState Create(HashAlgorithmName algorithm, string name, int digestSize, int blockSize) =>
        new(IncrementalHash.CreateHash(algorithm), name, digestSize, blockSize);

    public override string Name => _name;
    public override int DigestSize => _digestSize;
    public override int BlockSize => _blockSize;
    public override void Update(ReadOnlySpan<byte> data) => _hash.AppendData(data);
    public override void Digest(Span<byte> dest) => _hash.GetCurrentHash(dest);
    public override HashState Clone() => new IncrementalHashState(_hash.Clone(), _name, _digestSize, _blockSize);
}
