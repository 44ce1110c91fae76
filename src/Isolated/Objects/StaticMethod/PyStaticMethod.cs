namespace Isolated.Objects;

/// <summary>A <c>staticmethod</c>: returns its callable unbound; callable itself.</summary>
public sealed class PyStaticMethod : PyObject, IInstanceDict
{
    public PyObject Callable;
    public PyDict? InstanceDict { get; set; }

    public PyStaticMethod(PyType type, PyObject callable) : base(type) => Callable = callable;
}
