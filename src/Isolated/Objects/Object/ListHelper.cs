using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>Builds the lists that object-model functions return (dir(), __subclasses__(), mro()).</summary>
public static class ListHelper
{
    public static PyObject? FromItems(ThreadState ts, PyObject[] items) => ListType.FromArray(ts.Interpreter, items);

    /// <summary>The keys of <paramref name="dict"/> as a list, in insertion order.</summary>
    public static PyObject? FromDictKeys(ThreadState ts, PyDict dict)
    {
        var keys = new PyObject[dict.Count];
        int pos = 0, i = 0;
        while (dict.Next(ref pos, out var k, out _)) keys[i++] = k;
        return FromItems(ts, keys);
    }
}
