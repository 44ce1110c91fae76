using Isolated.Objects;

namespace Isolated.Modules.Zlib;

/// <summary>A zlib.Compress object (compressobj()).</summary>
public sealed class PyCompress : PyObject
{
    public readonly Deflater Deflater;

    public PyCompress(PyType type, Deflater deflater) : base(type) => Deflater = deflater;
}
