namespace Isolated.Objects;

/// <summary><c>True</c> and <c>False</c>: exactly two per interpreter.</summary>
public sealed class PyBool : PyInt
{
    public PyBool(PyType type, bool value) : base(type, value ? 1 : 0) { }
    public bool Value => Small != 0;
    public override string ToString() => Value ? "True" : "False";
}
