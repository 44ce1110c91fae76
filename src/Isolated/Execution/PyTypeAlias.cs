using Isolated.Objects;

namespace Isolated.Execution;

/// <summary>An instance of <c>typing.TypeAliasType</c> (see <see cref="TypeAliases"/>): made by a
/// <c>type X = ...</c> statement (value computed lazily by <see cref="ValueFunction"/>) or by calling
/// TypeAliasType(name, value, type_params=...).</summary>
public sealed class PyTypeAlias : PyObject
{
    public readonly PyObject Name;
    public readonly PyObject TypeParams;
    public readonly PyFunction? ValueFunction;
    public readonly PyObject Module;
    public PyObject? Value;

    public PyTypeAlias(PyType type, PyObject name, PyObject typeParams, PyFunction? valueFunction, PyObject module) : base(type)
    {
        Name = name;
        TypeParams = typeParams;
        ValueFunction = valueFunction;
        Module = module;
    }
}
