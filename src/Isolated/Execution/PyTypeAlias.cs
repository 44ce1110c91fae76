using Isolated.Objects;

namespace Isolated.Execution;

/// <summary>An instance of the <c>TypeAliasType</c> stand-in (see <see cref="TypeAliases"/>).</summary>
public sealed class PyTypeAlias : PyObject
{
    public readonly PyObject Name;
    public readonly PyObject TypeParams;
    public readonly PyFunction ValueFunction;
    public PyObject? Value;

    public PyTypeAlias(PyType type, PyObject name, PyObject typeParams, PyFunction valueFunction) : base(type)
    {
        Name = name;
        TypeParams = typeParams;
        ValueFunction = valueFunction;
    }
}
