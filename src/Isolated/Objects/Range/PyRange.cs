using System.Numerics;

namespace Isolated.Objects;

/// <summary>
/// A Python <c>range</c>. The bounds are kept as int objects (for attributes and repr) and, when
/// start, stop, step and the length all fit in a long (<see cref="IsSmall"/>), also as longs so
/// that iteration, indexing and membership never allocate big integers.
/// </summary>
public sealed class PyRange : PyObject
{
    public readonly PyInt StartObj, StopObj, StepObj;
    public readonly BigInteger BigStart, BigStop, BigStep, BigLength;
    public readonly bool IsSmall;
    public readonly long Start, Stop, Step, Length;

    public PyRange(PyType type, PyInt start, PyInt stop, PyInt step) : base(type)
    {
        StartObj = start;
        StopObj = stop;
        StepObj = step;
        BigStart = start.ToBigInteger();
        BigStop = stop.ToBigInteger();
        BigStep = step.ToBigInteger();
        BigLength = ComputeLength(BigStart, BigStop, BigStep);
        IsSmall = start.IsSmall && stop.IsSmall && step.IsSmall && BigLength <= long.MaxValue && step.Small != long.MinValue;
        if (IsSmall)
        {
            Start = start.Small;
            Stop = stop.Small;
            Step = step.Small;
            Length = (long)BigLength;
        }
    }

    public static BigInteger ComputeLength(BigInteger start, BigInteger stop, BigInteger step)
    {
        if (step.Sign > 0)
            return start < stop ? (stop - start - 1) / step + 1 : BigInteger.Zero;
        return start > stop ? (start - stop - 1) / -step + 1 : BigInteger.Zero;
    }

    /// <summary>The i-th item (0 &lt;= i &lt; length).</summary>
    public BigInteger ItemAt(BigInteger i) => BigStart + i * BigStep;
}
