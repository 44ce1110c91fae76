using System.Numerics;

namespace Isolated.Objects;

/// <summary>An <c>enumerate</c> object: the underlying iterator and the next count (a long
/// until it would overflow, then a BigInteger).</summary>
public class PyEnumerate : PyObject
{
    public PyObject Iterator = null!;
    public long Count;
    public BigInteger? BigCount;

    public PyEnumerate(PyType type) : base(type) { }
}
