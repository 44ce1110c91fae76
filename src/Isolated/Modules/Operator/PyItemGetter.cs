using Isolated.Objects;

namespace Isolated.Modules.Operator;

/// <summary>operator.itemgetter: the keys to fetch (one key: the item; several: a tuple).</summary>
public sealed class PyItemGetter(PyType type, PyObject[] items) : PyObject(type)
{
    public readonly PyObject[] Items = items;
}
