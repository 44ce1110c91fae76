using Isolated.Objects;

namespace Isolated.Modules.Arrays;

/// <summary>An <c>array.array</c>: items of one C type packed in native byte order in a byte
/// buffer, exported through the buffer protocol.</summary>
public class PyArray : PyObject, IBuffer
{
    public readonly char TypeCode;
    public readonly int ItemSize;
    public byte[] Data;
    public int Count;
    int _exports;

    public PyArray(PyType type, char typeCode) : base(type)
    {
        TypeCode = typeCode;
        ItemSize = ArrayItems.ItemSize(typeCode);
        Data = [];
    }

    public int ByteLength => Count * ItemSize;

    public Span<byte> ItemSpan(int index) => Data.AsSpan(index * ItemSize, ItemSize);

    /// <summary>Makes room for <paramref name="count"/> items (the caller checked <see cref="ExportCount"/>).</summary>
    public void Resize(int count)
    {
        int bytes = count * ItemSize;
        if (bytes > Data.Length) System.Array.Resize(ref Data, Math.Max(bytes, Data.Length * 2));
        Count = count;
    }

    public ReadOnlySpan<byte> AsReadOnlySpan() => Data.AsSpan(0, ByteLength);
    public Span<byte> AsWritableSpan() => Data.AsSpan(0, ByteLength);
    public bool IsReadOnly => false;
    public int ExportCount { get => _exports; set => _exports = value; }
    // 'u' (wchar_t) has no struct format memoryview can read: it is exported as raw bytes.
    public char ItemFormat => TypeCode == 'u' ? 'B' : TypeCode;
}
