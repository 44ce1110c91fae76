using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Isolated.Objects;

/// <summary>
/// Big-int <c>+</c> and <c>-</c> written straight into the result's limb array (see
/// <see cref="BigIntegerLimbs"/>): BigInteger's operators add into a pooled buffer and copy that
/// into a new, zeroed array; here the uninitialised result array is filled once and adopted.
/// Used when at least one operand keeps limbs (magnitude above int.MaxValue); the other may be
/// any BigInteger (one BigInteger keeps inline counts as a one-limb magnitude).
/// </summary>
public static class BigIntegerSums
{
    /// <summary><paramref name="a"/> + <paramref name="b"/>.</summary>
    public static BigInteger Add(BigInteger a, BigInteger b) => Sum(a, b, subtract: false);

    /// <summary><paramref name="a"/> - <paramref name="b"/>.</summary>
    public static BigInteger Subtract(BigInteger a, BigInteger b) => Sum(a, b, subtract: true);

    static BigInteger Sum(BigInteger a, BigInteger b, bool subtract)
    {
        if (b.IsZero) return a;
        if (a.IsZero) return subtract ? -b : b;
        var la = BigIntegerLimbs.Limbs(a);
        var lb = BigIntegerLimbs.Limbs(b);
        if (la is null && lb is null) return subtract ? a - b : a + b;
        // An operand kept inline (int range) is a one-limb magnitude.
        Span<uint> inline = stackalloc uint[1];
        ReadOnlySpan<uint> x = la is not null ? la : InlineMagnitude(a, inline);
        ReadOnlySpan<uint> y = lb is not null ? lb : InlineMagnitude(b, inline);
        bool negA = a.Sign < 0, negB = (b.Sign < 0) != subtract;
        if (negA == negB) return BigIntegerLimbs.FromLimbs(AddMagnitudes(x, y), negA);
        int c = CompareMagnitudes(x, y);
        if (c == 0) return BigInteger.Zero;
        // The larger magnitude gives the sign (b's as it enters the sum).
        return c > 0 ? Normalise(SubtractMagnitudes(x, y), negA) : Normalise(SubtractMagnitudes(y, x), negB);
    }

    static ReadOnlySpan<uint> InlineMagnitude(BigInteger value, Span<uint> one)
    {
        one[0] = (uint)Math.Abs((long)(int)value);
        return one;
    }

    /// <summary>|x| + |y|, trimmed.</summary>
    static uint[] AddMagnitudes(ReadOnlySpan<uint> x, ReadOnlySpan<uint> y)
    {
        if (x.Length < y.Length) { var t = x; x = y; y = t; }
        int n = x.Length, m = y.Length;
        // The sum has n + 1 limbs when the top limb certainly carries out, n when it cannot
        // (even with a carry coming in); in between the carry decides.
        ulong top = (ulong)x[n - 1] + (n == m ? y[n - 1] : 0u);
        int length = (top >> 32) != 0 ? n + 1 : top + 1 <= uint.MaxValue ? n : -1;
        var result = GC.AllocateUninitializedArray<uint>(length < 0 ? n + 1 : length);
        ref uint rx = ref MemoryMarshal.GetReference(x);
        ref uint ry = ref MemoryMarshal.GetReference(y);
        ref uint rr = ref MemoryMarshal.GetArrayDataReference(result);
        ulong carry = 0;
        nint i = 0;
        for (; i < m; i++)
        {
            ulong t = (ulong)Unsafe.Add(ref rx, i) + Unsafe.Add(ref ry, i) + carry;
            Unsafe.Add(ref rr, i) = (uint)t;
            carry = t >> 32;
        }
        for (; i < n; i++)
        {
            ulong t = Unsafe.Add(ref rx, i) + carry;
            Unsafe.Add(ref rr, i) = (uint)t;
            carry = t >> 32;
        }
        if (length != n) result[n] = (uint)carry;
        if (length < 0 && carry == 0) result = result.AsSpan(0, n).ToArray();
        return result;
    }

    /// <summary>|x| - |y| for |x| &gt; |y|, untrimmed (length of x).</summary>
    static uint[] SubtractMagnitudes(ReadOnlySpan<uint> x, ReadOnlySpan<uint> y)
    {
        int n = x.Length, m = y.Length;
        var result = GC.AllocateUninitializedArray<uint>(n);
        ref uint rx = ref MemoryMarshal.GetReference(x);
        ref uint ry = ref MemoryMarshal.GetReference(y);
        ref uint rr = ref MemoryMarshal.GetArrayDataReference(result);
        long borrow = 0;
        nint i = 0;
        for (; i < m; i++)
        {
            long t = (long)Unsafe.Add(ref rx, i) - Unsafe.Add(ref ry, i) + borrow;
            Unsafe.Add(ref rr, i) = (uint)t;
            borrow = t >> 32;
        }
        for (; i < n; i++)
        {
            long t = Unsafe.Add(ref rx, i) + borrow;
            Unsafe.Add(ref rr, i) = (uint)t;
            borrow = t >> 32;
        }
        return result;
    }

    /// <summary>The BigInteger of a magnitude that may have leading zero limbs and may fit
    /// BigInteger's inline int form.</summary>
    static BigInteger Normalise(uint[] magnitude, bool negative)
    {
        int length = magnitude.Length;
        while (length > 0 && magnitude[length - 1] == 0) length--;
        if (length == 1 && magnitude[0] <= int.MaxValue)
            return negative ? -(int)magnitude[0] : (int)magnitude[0];
        if (length == 0) return BigInteger.Zero;
        if (length != magnitude.Length) magnitude = magnitude.AsSpan(0, length).ToArray();
        return BigIntegerLimbs.FromLimbs(magnitude, negative);
    }

    static int CompareMagnitudes(ReadOnlySpan<uint> x, ReadOnlySpan<uint> y)
    {
        if (x.Length != y.Length) return x.Length < y.Length ? -1 : 1;
        for (int i = x.Length - 1; i >= 0; i--)
            if (x[i] != y[i]) return x[i] < y[i] ? -1 : 1;
        return 0;
    }
}
