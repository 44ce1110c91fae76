namespace Isolated.Objects;

/// <summary>types.UnionType: the value of <c>X | Y</c> for types (PEP 604). Its arguments are
/// flattened and free of duplicates, in order of first appearance.</summary>
public sealed class PyUnion : PyObject
{
    public readonly PyObject[] Args;

    public PyUnion(PyType type, PyObject[] args) : base(type) => Args = args;
}
