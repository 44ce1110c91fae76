using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Isolated.Objects;

/// <summary>
/// Big-int arithmetic written straight into the result's limb array. <see cref="BigInteger"/>'s
/// own operators compute into a pooled buffer and then copy it into a freshly allocated (and by
/// the GC zeroed) array: for a product of 1..20000 that is three 32 KB memory passes per step
/// where one suffices, and the memory traffic, not the multiplication, is what made it slower than
/// CPython. Here the result array is allocated uninitialised, filled once and handed to the
/// BigInteger without a copy.
/// The magnitude array and the adopting constructor are private to BigInteger (fields
/// <c>_sign</c>, <c>_bits</c>: little-endian 32-bit limbs, trimmed, only for values outside the
/// int range); <see cref="UnsafeAccessorAttribute"/> reaches them, resolved when the library is
/// compiled. <c>IntArithmeticTests.LimbAccessMatchesBigInteger</c> fails if .NET changes them.
/// </summary>
public static class BigIntegerLimbs
{
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_bits")]
    static extern ref uint[]? BitsOf(ref BigInteger value);

    [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
    static extern BigInteger Adopt(int sign, uint[]? bits);

    /// <summary>The limbs of <paramref name="value"/>'s magnitude, or null when BigInteger keeps
    /// the value inline (it fits an int).</summary>
    public static uint[]? Limbs(BigInteger value) => BitsOf(ref value);

    /// <summary>A BigInteger owning <paramref name="limbs"/> (never modified afterwards). The
    /// array must be trimmed (top limb non-zero) and hold a magnitude above int.MaxValue.</summary>
    public static BigInteger FromLimbs(uint[] limbs, bool negative) => Adopt(negative ? -1 : 1, limbs);

    /// <summary><paramref name="big"/> * <paramref name="factor"/> for a BigInteger that keeps
    /// limbs (magnitude above int.MaxValue) and a non-zero factor of at most 32 bits of
    /// magnitude.</summary>
    public static BigInteger MultiplySmall(BigInteger big, long factor)
    {
        var source = BitsOf(ref big)!;
        ulong m = (ulong)Math.Abs(factor);
        int n = source.Length;
        // The result has n + 1 limbs when the top limb's product overflows, n when even the
        // largest possible carry into it (m - 1) cannot make it overflow; in between, only the
        // full product tells.
        ulong top = source[n - 1] * m;
        int length = (top >> 32) != 0 ? n + 1 : ((top + m - 1) >> 32) == 0 ? n : -1;
        var result = GC.AllocateUninitializedArray<uint>(length < 0 ? n + 1 : length);
        ulong carry = MultiplyInto(source, m, result);
        if (length != n) result[n] = (uint)carry;
        if (length < 0 && carry == 0) result = result.AsSpan(0, n).ToArray();
        return Adopt((big.Sign < 0) != (factor < 0) ? -1 : 1, result);
    }

    /// <summary>result[0..n) = low limbs of source * m; returns the final carry.</summary>
    // Native-int indices and four limbs per round: RyuJIT then emits load, imul, add, store,
    // shift per limb without sign extensions or bounds checks.
    static ulong MultiplyInto(uint[] source, ulong m, uint[] result)
    {
        nint n = source.Length;
        ref uint s = ref MemoryMarshal.GetArrayDataReference(source);
        ref uint r = ref MemoryMarshal.GetArrayDataReference(result);
        ulong carry = 0;
        nint i = 0;
        for (; i <= n - 4; i += 4)
        {
            ulong t0 = Unsafe.Add(ref s, i) * m + carry;
            Unsafe.Add(ref r, i) = (uint)t0;
            ulong t1 = Unsafe.Add(ref s, i + 1) * m + (t0 >> 32);
            Unsafe.Add(ref r, i + 1) = (uint)t1;
            ulong t2 = Unsafe.Add(ref s, i + 2) * m + (t1 >> 32);
            Unsafe.Add(ref r, i + 2) = (uint)t2;
            ulong t3 = Unsafe.Add(ref s, i + 3) * m + (t2 >> 32);
            Unsafe.Add(ref r, i + 3) = (uint)t3;
            carry = t3 >> 32;
        }
        for (; i < n; i++)
        {
            ulong t = Unsafe.Add(ref s, i) * m + carry;
            Unsafe.Add(ref r, i) = (uint)t;
            carry = t >> 32;
        }
        return carry;
    }
}
