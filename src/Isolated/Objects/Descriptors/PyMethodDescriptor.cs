namespace Isolated.Objects;

/// <summary>A builtin type's method as found in the type's __dict__ (e.g. <c>str.upper</c>).
/// Binding it to an instance gives a <see cref="PyBuiltinFunction"/>; the VM's method-call path
/// calls <see cref="Function"/> directly without binding.</summary>
public sealed class PyMethodDescriptor : PyObject
{
    public readonly PyType ObjectType;
    public readonly string Name;
    public readonly BuiltinMethod Function;
    public readonly string? Doc;

    public PyMethodDescriptor(PyType descriptorType, PyType objectType, string name, BuiltinMethod function, string? doc = null)
        : base(descriptorType)
    {
        ObjectType = objectType;
        Name = name;
        Function = function;
        Doc = doc;
    }
}
