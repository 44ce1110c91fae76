namespace Isolated.Objects;

/// <summary>An object that carries a __dict__ (instances of Python classes, and instances of
/// Python subclasses of builtin types, which use a C# subclass implementing this).</summary>
public interface IInstanceDict
{
    PyDict? InstanceDict { get; set; }
}
