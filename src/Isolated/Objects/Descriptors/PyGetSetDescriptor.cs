namespace Isolated.Objects;

/// <summary>A computed attribute of a builtin type (e.g. <c>int.real</c>, <c>function.__name__</c>).
/// A data descriptor: setting goes through <see cref="Setter"/> or fails.</summary>
public sealed class PyGetSetDescriptor : PyObject
{
    public readonly PyType ObjectType;
    public readonly string Name;
    public readonly GetterFunc? Getter;
    public readonly SetterFunc? Setter;
    public readonly string? Doc;

    public PyGetSetDescriptor(PyType descriptorType, PyType objectType, string name, GetterFunc? getter,
                              SetterFunc? setter = null, string? doc = null)
        : base(descriptorType)
    {
        ObjectType = objectType;
        Name = name;
        Getter = getter;
        Setter = setter;
        Doc = doc;
    }
}
