namespace Isolated.Objects;

/// <summary>member_descriptor: one name of a class's __slots__, stored on the instance.</summary>
public sealed class PyMemberDescriptor : PyObject
{
    public readonly PyType ObjectType;
    public readonly string Name;
    public readonly int Index;
    public PyObject? Doc;

    public PyMemberDescriptor(PyType descriptorType, PyType objectType, string name, int index) : base(descriptorType)
    {
        ObjectType = objectType;
        Name = name;
        Index = index;
    }
}
