using Isolated.Objects;

namespace Isolated.Modules.Zlib;

/// <summary>A zlib.Decompress object (decompressobj()).</summary>
public sealed class PyDecompress : PyObject
{
    public Inflater Inflater;
    public PyObject UnusedData;
    public PyObject UnconsumedTail;

    public PyDecompress(PyType type, Inflater inflater, PyObject empty) : base(type)
    {
        Inflater = inflater;
        UnusedData = empty;
        UnconsumedTail = empty;
    }
}
