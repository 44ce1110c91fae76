namespace Isolated.Objects;

/// <summary>Singletons with no state: None, Ellipsis, NotImplemented (one of each per interpreter).</summary>
public sealed class PySingleton : PyObject
{
    public readonly string Repr;
    public PySingleton(PyType type, string repr) : base(type) => Repr = repr;
    public override string ToString() => Repr;
}
