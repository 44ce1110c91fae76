namespace Isolated.Modules.Hashing;

/// <summary>BLAKE2s: 32-bit words, 10 rounds.</summary>
public readonly struct Blake2sVariant : IBlake2Variant<uint>
{
    public static string Name => "blake2s";
    public static int Rounds => 10;
    public static ReadOnlySpan<uint> IV => [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    public static int R1 => 16;
    public static int R2 => 12;
    public static int R3 => 8;
    public static int R4 => 7;
    public static int NodeOffsetBytes => 6;
}
