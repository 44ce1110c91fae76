using System.Numerics;

namespace Isolated.Objects;

/// <summary>
/// A Python <c>int</c> object. Values that fit in 64 bits are kept as a <c>long</c>; larger ones
/// as a <see cref="BigInteger"/> (<see cref="Big"/> non-null exactly when the value does not fit).
/// In the VM most ints never become objects at all (DESIGN §5, tagged values).
/// </summary>
public class PyInt : PyObject
{
    public readonly long Small;
    public readonly BigInteger? Big;

    public PyInt(PyType type, long value) : base(type) => Small = value;

    /// <summary>Normalises: a value that fits in a long is stored as one.</summary>
    public PyInt(PyType type, BigInteger value) : base(type)
    {
        if (value >= long.MinValue && value <= long.MaxValue) Small = (long)value;
        else Big = value;
    }

    public bool IsSmall => Big is null;
    public BigInteger ToBigInteger() => Big ?? new BigInteger(Small);

    public override string ToString() => Big?.ToString() ?? Small.ToString();
}
