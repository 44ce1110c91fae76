using Isolated.Objects;

namespace Isolated.Modules.Struct;

/// <summary>The iterator of Struct.iter_unpack: a copy of the buffer's bytes and the next offset.</summary>
public sealed class PyUnpackIterator : PyObject
{
    public readonly StructLayout Layout;
    public readonly byte[] Data;
    public int Offset;

    public PyUnpackIterator(PyType type, StructLayout layout, byte[] data) : base(type)
    {
        Layout = layout;
        Data = data;
    }
}
