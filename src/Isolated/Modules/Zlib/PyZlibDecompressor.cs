using Isolated.Objects;

namespace Isolated.Modules.Zlib;

/// <summary>A zlib._ZlibDecompressor (gzip's reader): like bz2/lzma decompressors, it keeps
/// unread input itself and says through needs_input when it wants more.</summary>
public sealed class PyZlibDecompressor : PyObject
{
    public readonly Inflater Inflater;
    public PyObject UnusedData;
    public bool NeedsInput = true;

    public PyZlibDecompressor(PyType type, Inflater inflater, PyObject empty) : base(type)
    {
        Inflater = inflater;
        UnusedData = empty;
    }
}
