namespace Isolated.Objects;

/// <summary>A builtin classmethod (e.g. <c>dict.fromkeys</c>, <c>int.from_bytes</c>): binds to the
/// class it is looked up on.</summary>
public sealed class PyClassMethodDescriptor : PyObject
{
    public readonly PyType ObjectType;
    public readonly string Name;
    public readonly BuiltinMethod Function;
    public readonly string? Doc;

    public PyClassMethodDescriptor(PyType descriptorType, PyType objectType, string name, BuiltinMethod function, string? doc = null)
        : base(descriptorType)
    {
        ObjectType = objectType;
        Name = name;
        Function = function;
        Doc = doc;
    }
}
