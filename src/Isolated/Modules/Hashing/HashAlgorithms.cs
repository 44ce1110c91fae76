using System.Security.Cryptography;

namespace Isolated.Modules.Hashing;

/// <summary>The hash algorithms by hashlib name: .NET's where it has them (copyable through
/// IncrementalHash.Clone), this runtime's own for SHA-224, SHAKE, BLAKE2 and, where the platform's
/// crypto library lacks it, SHA-3.</summary>
public static class HashAlgorithms
{
    /// <summary>Every name <see cref="Create"/> accepts (hashlib.algorithms_available).</summary>
    public static readonly string[] Names =
        ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512",
         "shake_128", "shake_256", "blake2b", "blake2s"];

    /// <summary>A fresh state for <paramref name="name"/> (any case), or null when unknown.</summary>
    public static HashState? Create(string name) => name.ToLowerInvariant() switch
    {
        "md5" => IncrementalHashState.Create(HashAlgorithmName.MD5, "md5", 16, 64),
        "sha1" => IncrementalHashState.Create(HashAlgorithmName.SHA1, "sha1", 20, 64),
        "sha224" => new Sha224State(),
        "sha256" => IncrementalHashState.Create(HashAlgorithmName.SHA256, "sha256", 32, 64),
        "sha384" => IncrementalHashState.Create(HashAlgorithmName.SHA384, "sha384", 48, 128),
        "sha512" => IncrementalHashState.Create(HashAlgorithmName.SHA512, "sha512", 64, 128),
        "sha3_224" => KeccakState.Sha3(224),
        "sha3_256" => SHA3_256.IsSupported ? IncrementalHashState.Create(HashAlgorithmName.SHA3_256, "sha3_256", 32, 136) : KeccakState.Sha3(256),
        "sha3_384" => SHA3_384.IsSupported ? IncrementalHashState.Create(HashAlgorithmName.SHA3_384, "sha3_384", 48, 104) : KeccakState.Sha3(384),
        "sha3_512" => SHA3_512.IsSupported ? IncrementalHashState.Create(HashAlgorithmName.SHA3_512, "sha3_512", 64, 72) : KeccakState.Sha3(512),
        "shake_128" => KeccakState.Shake(128),
        "shake_256" => KeccakState.Shake(256),
        "blake2b" => new Blake2bState(new Blake2Parameters { DigestSize = Blake2bState.MaxDigest }),
        "blake2s" => new Blake2sState(new Blake2Parameters { DigestSize = Blake2sState.MaxDigest }),
        _ => null,
    };

    /// <summary>.NET's PBKDF2 covers these; others go through <see cref="HmacState"/>.</summary>
    public static HashAlgorithmName? DotNetPbkdf2Name(string name) => name.ToLowerInvariant() switch
    {
        "sha1" => HashAlgorithmName.SHA1,
        "sha256" => HashAlgorithmName.SHA256,
        "sha384" => HashAlgorithmName.SHA384,
        "sha512" => HashAlgorithmName.SHA512,
        _ => null,
    };
}
