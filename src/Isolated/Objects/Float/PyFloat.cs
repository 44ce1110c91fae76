namespace Isolated.Objects;

/// <summary>A Python <c>float</c>: an IEEE 754 double.</summary>
public class PyFloat : PyObject
{
    public readonly double Value;

    public PyFloat(PyType type, double value) : base(type) => Value = value;

    public override string ToString() => FloatType.Repr(Value);
}
