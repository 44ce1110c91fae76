namespace Isolated.Objects;

/// <summary>A <c>super</c> object: attribute lookup that starts after <see cref="ThisType"/> in
/// the MRO of <see cref="ObjType"/>.</summary>
public sealed class PySuper : PyObject
{
    public PyType? ThisType;
    /// <summary>The instance or class bound (null for unbound super(C)).</summary>
    public PyObject? Obj;
    public PyType? ObjType;

    public PySuper(PyType type) : base(type) { }
}
