namespace Isolated.Objects;

/// <summary>iter(str): yields one-character strings, a code point at a time.</summary>
public sealed class PyStrIterator : PyObject
{
    public PyStr? Source;
    /// <summary>UTF-16 offset of the next code point.</summary>
    public int Position;

    public PyStrIterator(PyType type, PyStr source) : base(type) => Source = source;
}
