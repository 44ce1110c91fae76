using Isolated.Objects;

namespace Isolated.Modules.Functools;

/// <summary>What functools.cmp_to_key returns and what calling it makes: the comparison function
/// and, once called, the wrapped object (null on the factory itself).</summary>
public sealed class PyKeyWrapper(PyType type, PyObject compare, PyObject? obj) : PyObject(type)
{
    public readonly PyObject Compare = compare;
    public readonly PyObject? Object = obj;
}
