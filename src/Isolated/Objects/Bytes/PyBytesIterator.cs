namespace Isolated.Objects;

/// <summary>iter(bytes) / iter(bytearray): yields ints. Reads the source on each step, so a
/// bytearray changed during iteration is seen as CPython sees it.</summary>
public sealed class PyBytesIterator : PyObject
{
    public IBuffer? Source;
    public int Index;

    public PyBytesIterator(PyType type, IBuffer source) : base(type) => Source = source;
}
