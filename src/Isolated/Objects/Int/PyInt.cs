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
    // A value beyond a long lives in its own small object: a Nullable<BigInteger> field would
    // make every int 16 bytes bigger (64 instead of 48), and most ints are small.
    readonly BigValue? _big;

    sealed class BigValue(BigInteger value)
    {
        public readonly BigInteger Value = value;
    }

    public PyInt(PyType type, long value) : base(type) => Small = value;

    /// <summary>Normalises: a value that fits in a long is stored as one.</summary>
    public PyInt(PyType type, BigInteger value) : base(type)
    {
        if (value >= long.MinValue && value <= long.MaxValue) Small = (long)value;
        else _big = new BigValue(value);
    }

    /// <summary>The value when it does not fit in a long; null otherwise.</summary>
    public BigInteger? Big => _big?.Value;

    public bool IsSmall => _big is null;
    public BigInteger ToBigInteger() => _big is { } b ? b.Value : new BigInteger(Small);

    public override string ToString() => _big?.Value.ToString() ?? Small.ToString();
}
