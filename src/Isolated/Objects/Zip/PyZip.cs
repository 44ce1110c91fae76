namespace Isolated.Objects;

/// <summary>A <c>zip</c> object: one iterator per argument; with strict, unequal lengths fail.</summary>
public class PyZip : PyObject
{
    public PyObject[] Iterators = [];
    public bool Strict;
    public bool Exhausted;

    public PyZip(PyType type) : base(type) { }
}
