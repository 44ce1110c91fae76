using System.Numerics;

namespace Isolated.Modules.Hashing;

/// <summary>What tells BLAKE2b from BLAKE2s (RFC 7693 §2): the word type, the initial vector, the
/// rotation distances of G and the number of rounds. Implemented by empty structs so that
/// <see cref="Blake2State{TWord, TVariant}"/> is compiled once per variant with these as constants.</summary>
public interface IBlake2Variant<TWord> where TWord : unmanaged, IBinaryInteger<TWord>, IUnsignedNumber<TWord>
{
    static abstract string Name { get; }
    static abstract int Rounds { get; }
    static abstract ReadOnlySpan<TWord> IV { get; }
    static abstract int R1 { get; }
    static abstract int R2 { get; }
    static abstract int R3 { get; }
    static abstract int R4 { get; }
    /// <summary>Width of the parameter block's node_offset field: 64 bits in BLAKE2b, 48 in BLAKE2s.</summary>
    static abstract int NodeOffsetBytes { get; }
}
