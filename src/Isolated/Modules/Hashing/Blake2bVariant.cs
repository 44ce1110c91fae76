namespace Isolated.Modules.Hashing;

/// <summary>BLAKE2b: 64-bit words, 12 rounds.</summary>
public readonly struct Blake2bVariant : IBlake2Variant<ulong>
{
    public static string Name => "blake2b";
    public static int Rounds => 12;
    public static ReadOnlySpan<ulong> IV =>
    [
        0x6a09e667f3bcc908UL, 0xbb67ae8584caa73bUL, 0x3c6ef372fe94f82bUL, 0xa54ff53a5f1d36f1UL,
        0x510e527fade682d1UL, 0x9b05688c2b3e6c1fUL, 0x1f83d9abfb41bd6bUL, 0x5be0cd19137e2179UL,
    ];
    public static int R1 => 32;
    public static int R2 => 24;
    public static int R3 => 16;
    public static int R4 => 63;
    public static int NodeOffsetBytes => 8;
}
