using System.Numerics;
using Isolated.Objects;
using Xunit;

namespace Isolated.Tests.Numbers;

/// <summary>The limb-level big-int paths (<see cref="BigIntegerLimbs"/>) against BigInteger's own
/// arithmetic, on the edges where the result's length is decided: top-limb overflow, carries that
/// do or do not reach a new limb, signs, the largest factors.</summary>
public class BigIntArithmeticTests : NumberTestBase
{
    static IEnumerable<BigInteger> BigValues()
    {
        var rng = new Random(12345);
        yield return BigInteger.One << 63;
        yield return (BigInteger.One << 64) - 1;
        yield return BigInteger.One << 64;
        yield return (BigInteger.One << 96) - 1;
        yield return (BigInteger.One << 95) + 12345;
        yield return BigInteger.Parse("340282366920938463463374607431768211455"); // 2**128 - 1
        for (int i = 0; i < 300; i++)
        {
            var bytes = new byte[9 + rng.Next(200)];
            rng.NextBytes(bytes);
            bytes[^1] = (byte)(bytes[^1] & 0x7f | (i % 3 == 0 ? 0x7f : 0x01));
            yield return new BigInteger(bytes);
        }
    }

    static IEnumerable<long> Factors()
    {
        foreach (long f in new long[] { 1, 2, 3, 7, 255, 256, 65535, 65536, int.MaxValue, 1L << 31, uint.MaxValue - 1, uint.MaxValue })
        {
            yield return f;
            yield return -f;
        }
    }

    [Fact]
    public void LimbAccessMatchesBigInteger()
    {
        var v = (BigInteger.One << 64) + 5;
        var limbs = BigIntegerLimbs.Limbs(v);
        Assert.Equal(new uint[] { 5, 0, 1 }, limbs);
        Assert.Null(BigIntegerLimbs.Limbs(new BigInteger(17)));
        Assert.Equal(-v, BigIntegerLimbs.FromLimbs(new uint[] { 5, 0, 1 }, negative: true));
    }

    [Fact]
    public void MultiplySmallMatchesBigInteger()
    {
        foreach (var big in BigValues())
            foreach (var sign in new[] { 1, -1 })
                foreach (var f in Factors())
                {
                    var b = big * sign;
                    var product = BigIntegerLimbs.MultiplySmall(b, f);
                    Assert.Equal(b * f, product);
                    // Trimmed like BigInteger's own results: equal hashes, byte counts and bit lengths.
                    Assert.Equal((b * f).GetHashCode(), product.GetHashCode());
                    Assert.Equal((b * f).GetBitLength(), product.GetBitLength());
                    Assert.Equal((b * f).ToByteArray(), product.ToByteArray());
                }
    }

    [Fact]
    public void AmbiguousTopLimbIsDecidedByTheCarry()
    {
        // Top limb * factor lands just under 2**32, so whether a carry makes a new limb depends on
        // the lower limbs.
        uint factor = 1000;
        uint top = (uint)(((1UL << 32) - 1) / factor);
        foreach (uint low in new uint[] { 0, 1, 4_294_000_000, uint.MaxValue })
        {
            var big = ((BigInteger)top << 64) + ((BigInteger)low << 32) + low;
            Assert.Equal(big * factor, BigIntegerLimbs.MultiplySmall(big, factor));
            Assert.Equal(big * factor, ((PyInt)Ok(Ops.Multiply(Ts, I(big), I(factor)))).ToBigInteger());
        }
    }

    [Fact]
    public void CarryOutOfTheLowHalfRunsThroughTheHighHalf()
    {
        // MultiplySmall multiplies the low and high halves of the limbs separately and then adds
        // the low half's carry into the high half. Low limbs 0xFFFFFFFF times 3 carry 2 out of
        // the low half; high limbs 0x55555555 times 3 are 0xFFFFFFFF, so that carry has to run
        // through every high limb and out of the top. Odd and even lengths, and all-ones values.
        for (int n = 1; n <= 13; n++)
        {
            var runThrough = BigInteger.Zero;
            for (int k = n - 1; k >= 0; k--)
                runThrough = (runThrough << 32) + (k < n / 2 ? uint.MaxValue : 0x55555555u);
            var allOnes = (BigInteger.One << (32 * n)) - 1;
            foreach (var big in new[] { runThrough, allOnes })
            {
                if (big <= int.MaxValue) continue;
                foreach (long f in new long[] { 3, 2, uint.MaxValue, -3 })
                    Assert.Equal(big * f, BigIntegerLimbs.MultiplySmall(big, f));
            }
        }
    }

    [Fact]
    public void IntMultiplyUsesExactResults()
    {
        BigInteger p = 1;
        PyObject acc = I(1);
        for (int i = 1; i <= 300; i++)
        {
            p *= i;
            acc = Ok(Ops.Multiply(Ts, acc, I(i % 2 == 0 ? i : -i)));
            if (i % 2 == 1) p = -p;
        }
        Assert.Equal(p, ((PyInt)acc).ToBigInteger());
        Assert.Equal(BigInteger.Zero, ((PyInt)Ok(Ops.Multiply(Ts, acc, I(0)))).ToBigInteger());
        Assert.Equal(p * (1L << 40), ((PyInt)Ok(Ops.Multiply(Ts, I(1L << 40), acc))).ToBigInteger());
    }
}
