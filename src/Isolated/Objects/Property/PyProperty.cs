namespace Isolated.Objects;

/// <summary>A <c>property</c>: a data descriptor calling fget / fset / fdel.</summary>
public class PyProperty : PyObject
{
    public PyObject? Get, Set, Delete, Doc;
    /// <summary>The attribute name, from __set_name__ (used in error messages).</summary>
    public PyObject? Name;
    /// <summary>The docstring came from fget (so getter() copies follow the new fget's doc).</summary>
    public bool DocFromGetter;

    public PyProperty(PyType type) : base(type) { }
}
