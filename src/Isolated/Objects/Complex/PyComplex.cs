namespace Isolated.Objects;

/// <summary>A Python <c>complex</c>: two doubles. Arithmetic is written out (not
/// System.Numerics.Complex) to reproduce CPython's results for signed zeros, inf and nan.</summary>
public class PyComplex : PyObject
{
    public readonly double Real;
    public readonly double Imag;

    public PyComplex(PyType type, double real, double imag) : base(type)
    {
        Real = real;
        Imag = imag;
    }

    public override string ToString() => ComplexType.Repr(Real, Imag);
}
