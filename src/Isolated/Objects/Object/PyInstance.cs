namespace Isolated.Objects;

/// <summary>An instance of a Python class that derives (only) from object: a type and a __dict__.</summary>
public sealed class PyInstance : PyObject, IInstanceDict
{
    public PyDict? InstanceDict { get; set; }

    public PyInstance(PyType type) : base(type) { }
}
