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
    // Each limb's carry feeds the next limb's add, so one pass runs at the speed of that chain
    // (an add and a shift per limb, about 2 cycles) with the multiplier mostly idle. The limbs
    // are therefore done as two independent halves interleaved in one loop, which keeps the
    // multiplier busy (about 1 cycle per limb, measured 2x faster); the low half's final carry is
    // then added into the high half, which almost always stops at the first limb. Native-int
    // indices: RyuJIT emits load, imul, add, store, shift per limb without sign extensions or
    // bounds checks.
    static ulong MultiplyInto(uint[] source, ulong m, uint[] result)
    {
        nint n = source.Length;
        nint half = n / 2;
        ref uint lowSource = ref MemoryMarshal.GetArrayDataReference(source);
        ref uint lowResult = ref MemoryMarshal.GetArrayDataReference(result);
        ref uint highSource = ref Unsafe.Add(ref lowSource, half);
        ref uint highResult = ref Unsafe.Add(ref lowResult, half);
        ulong lowCarry = 0, highCarry = 0;
        nint i = 0;
        for (; i <= half - 2; i += 2)
        {
            ulong l0 = Unsafe.Add(ref lowSource, i) * m + lowCarry;
            Unsafe.Add(ref lowResult, i) = (uint)l0;
            ulong h0 = Unsafe.Add(ref highSource, i) * m + highCarry;
            Unsafe.Add(ref highResult, i) = (uint)h0;
            ulong l1 = Unsafe.Add(ref lowSource, i + 1) * m + (l0 >> 32);
            Unsafe.Add(ref lowResult, i + 1) = (uint)l1;
            ulong h1 = Unsafe.Add(ref highSource, i + 1) * m + (h0 >> 32);
            Unsafe.Add(ref highResult, i + 1) = (uint)h1;
            lowCarry = l1 >> 32;
            highCarry = h1 >> 32;
        }
        for (nint j = i; j < half; j++)
        {
            ulong l = Unsafe.Add(ref lowSource, j) * m + lowCarry;
            Unsafe.Add(ref lowResult, j) = (uint)l;
            lowCarry = l >> 32;
        }
        // The high half has one limb more when n is odd.
        for (nint j = i; j < n - half; j++)
        {
            ulong h = Unsafe.Add(ref highSource, j) * m + highCarry;
            Unsafe.Add(ref highResult, j) = (uint)h;
            highCarry = h >> 32;
        }
        for (nint j = half; lowCarry != 0 && j < n; j++)
        {
            ulong t = Unsafe.Add(ref lowResult, j) + lowCarry;
            Unsafe.Add(ref lowResult, j) = (uint)t;
            lowCarry = t >> 32;
        }
        // What is left of the low carry (0 or 1) went past the top limb; the whole product has at
        // most one limb more than the source, so the sum still fits a limb.
        return highCarry + lowCarry;
    }
}
