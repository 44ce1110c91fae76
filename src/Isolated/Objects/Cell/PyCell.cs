namespace Isolated.Objects;

/// <summary>A cell: one variable shared between a function and the functions nested in it.
/// <see cref="Contents"/> is null while the variable is unbound.</summary>
public sealed class PyCell : PyObject
{
    public PyObject? Contents;

    public PyCell(PyType type, PyObject? contents) : base(type) => Contents = contents;
}
