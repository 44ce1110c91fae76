namespace Isolated.Objects;

/// <summary>An instance of a Python subclass of <c>property</c>: a property plus a __dict__.</summary>
public sealed class PyPropertySubclass : PyProperty, IInstanceDict
{
    public PyDict? InstanceDict { get; set; }

    public PyPropertySubclass(PyType type) : base(type) { }
}
