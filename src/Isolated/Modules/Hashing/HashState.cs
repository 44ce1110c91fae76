namespace Isolated.Modules.Hashing;

/// <summary>
/// The incremental state of one hash computation, as the hash objects of hashlib need it:
/// updatable, readable without being finished (digest() may be followed by update()), and
/// cheaply copyable (copy()).
/// </summary>
public abstract class HashState
{
    /// <summary>hashlib's name of the algorithm ("sha256", "blake2b", ...).</summary>
    public abstract string Name { get; }

    /// <summary>Digest size in bytes; 0 for the extendable-output functions (shake_*).</summary>
    public abstract int DigestSize { get; }

    public abstract int BlockSize { get; }

    public abstract void Update(ReadOnlySpan<byte> data);

    /// <summary>Writes the digest of everything so far (dest.Length bytes: the digest size, or any
    /// length for an extendable-output function) without changing the state.</summary>
    public abstract void Digest(Span<byte> dest);

    public abstract HashState Clone();

    public bool IsExtendable => DigestSize == 0;
}
