using System.Numerics;
using Isolated.Objects;
using Xunit;

namespace Isolated.Tests.Numbers;

/// <summary><see cref="BigIntegerSums"/> against BigInteger's own + and -, on the edges where the
/// result's length is decided: carries into a new limb (certain, impossible, decided by the carry),
/// cancellation down to fewer limbs or to BigInteger's inline int range (int.MinValue included),
/// zero, signs, and operands BigInteger keeps inline.</summary>
public class BigIntSumTests : NumberTestBase
{
    static List<BigInteger> Values()
    {
        var values = new List<BigInteger>
        {
            0, 1, 2, 17, int.MaxValue, (BigInteger)int.MaxValue + 1, (BigInteger)uint.MaxValue,
            (BigInteger)uint.MaxValue + 1, long.MaxValue, (BigInteger)long.MaxValue + 1,
            (BigInteger.One << 64) - 1, BigInteger.One << 64, (BigInteger.One << 64) + 1,
            (BigInteger.One << 96) - 1, BigInteger.One << 96, (BigInteger.One << 95) + 12345,
            ((BigInteger.One << 64) - 1) << 32, (BigInteger.One << 128) - (BigInteger.One << 64),
        };
        var rng = new Random(4242);
        for (int i = 0; i < 60; i++)
        {
            var bytes = new byte[5 + rng.Next(40)];
            rng.NextBytes(bytes);
            bytes[^1] = (byte)(bytes[^1] & 0x7f | (i % 2 == 0 ? 0x7f : 0x01));
            values.Add(new BigInteger(bytes));
        }
        int count = values.Count;
        for (int i = 0; i < count; i++) values.Add(-values[i]);
        return values;
    }

    static void AssertSame(BigInteger expected, BigInteger actual)
    {
        Assert.Equal(expected, actual);
        // Trimmed and in BigInteger's canonical form: equal hashes, bytes, bit lengths, and limbs
        // only outside the inline int range.
        Assert.Equal(expected.GetHashCode(), actual.GetHashCode());
        Assert.Equal(expected.ToByteArray(), actual.ToByteArray());
        Assert.Equal(expected.GetBitLength(), actual.GetBitLength());
        Assert.Equal(BigIntegerLimbs.Limbs(expected), BigIntegerLimbs.Limbs(actual));
    }

    [Fact]
    public void SumsAndDifferencesMatchBigInteger()
    {
        var values = Values();
        foreach (var a in values)
            foreach (var b in values)
            {
                AssertSame(a + b, BigIntegerSums.Add(a, b));
                AssertSame(a - b, BigIntegerSums.Subtract(a, b));
            }
    }

    [Fact]
    public void CancellationReachesTheInlineRange()
    {
        var big = BigInteger.One << 70;
        AssertSame((BigInteger)int.MaxValue + 1, BigIntegerSums.Subtract(-big, -big + int.MinValue));
        AssertSame(int.MinValue, BigIntegerSums.Add(-big - int.MaxValue - 1, big));
        AssertSame(int.MaxValue, BigIntegerSums.Subtract(big + int.MaxValue, big));
        AssertSame(-(BigInteger)int.MaxValue - 2, BigIntegerSums.Add(big, -big - int.MaxValue - 2));
        AssertSame(BigInteger.Zero, BigIntegerSums.Subtract(big, big));
    }

    [Fact]
    public void IntAddAndSubtractUseExactResults()
    {
        var values = Values();
        foreach (var a in values)
            foreach (var b in values)
            {
                Assert.Equal(a + b, ((PyInt)Ok(Ops.Add(Ts, I(a), I(b)))).ToBigInteger());
                Assert.Equal(a - b, ((PyInt)Ok(Ops.Subtract(Ts, I(a), I(b)))).ToBigInteger());
            }
        // A result that fits a long is an int with the small representation.
        var big = I(BigInteger.One << 80);
        Assert.True(((PyInt)Ok(Ops.Subtract(Ts, big, big))).IsSmall);
        Assert.True(((PyInt)Ok(Ops.Add(Ts, I(-(BigInteger.One << 80) + 3), big))).IsSmall);
    }
}
