namespace Isolated.Modules.Hashing;

/// <summary>HMAC (RFC 2104) over any fixed-size <see cref="HashState"/>: the inner hash keyed
/// with key^ipad, finished through a copy of the outer one keyed with key^opad.</summary>
public sealed class HmacState
{
    readonly HashState _inner, _outer;

    HmacState(HashState inner, HashState outer)
    {
        _inner = inner;
        _outer = outer;
    }

    /// <summary><paramref name="fresh"/> gives new states of the digest algorithm.</summary>
    public static HmacState Create(Func<HashState> fresh, ReadOnlySpan<byte> key)
    {
        var inner = fresh();
        var outer = fresh();
        int block = inner.BlockSize;
        Span<byte> padded = stackalloc byte[block];
        padded.Clear();
        if (key.Length > block)
        {
            var hashed = fresh();
            hashed.Update(key);
            hashed.Digest(padded[..hashed.DigestSize]);
        }
        else key.CopyTo(padded);
        for (int i = 0; i < block; i++) padded[i] ^= 0x36;
        inner.Update(padded);
        for (int i = 0; i < block; i++) padded[i] ^= 0x36 ^ 0x5c;
        outer.Update(padded);
        return new HmacState(inner, outer);
    }

    public string Name => "hmac-" + _inner.Name;
    public int DigestSize => _inner.DigestSize;
    public int BlockSize => _inner.BlockSize;

    public void Update(ReadOnlySpan<byte> data) => _inner.Update(data);

    public void Digest(Span<byte> dest)
    {
        Span<byte> innerDigest = stackalloc byte[_inner.DigestSize];
        _inner.Digest(innerDigest);
        var outer = _outer.Clone();
        outer.Update(innerDigest);
        outer.Digest(dest);
    }

    public HmacState Clone() => new(_inner.Clone(), _outer.Clone());
}
