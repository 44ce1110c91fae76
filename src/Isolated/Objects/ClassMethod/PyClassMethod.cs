namespace Isolated.Objects;

/// <summary>A <c>classmethod</c>: binds its callable to the class it is looked up through.</summary>
public sealed class PyClassMethod : PyObject, IInstanceDict
{
    public PyObject Callable;
    public PyDict? InstanceDict { get; set; }

    public PyClassMethod(PyType type, PyObject callable) : base(type) => Callable = callable;
}
