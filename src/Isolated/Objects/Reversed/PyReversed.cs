namespace Isolated.Objects;

/// <summary>A <c>reversed</c> object over a sequence without <c>__reversed__</c>: indexes it
/// from len-1 down to 0.</summary>
public class PyReversed : PyObject
{
    public PyObject? Sequence;
    public long Index;

    public PyReversed(PyType type) : base(type) { }
}
