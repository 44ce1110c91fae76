namespace Isolated.Objects;

/// <summary>A read-only view of a mapping (<c>type.__dict__</c>, types.MappingProxyType).</summary>
public sealed class PyMappingProxy : PyObject
{
    public readonly PyObject Mapping;

    public PyMappingProxy(PyType type, PyObject mapping) : base(type) => Mapping = mapping;
}
