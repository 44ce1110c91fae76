using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>A Python <c>bytearray</c>: a mutable byte string with amortised growth. Its size is
/// pinned while exported (memoryview), as CPython's "Existing exports of data" rule requires.</summary>
public class PyByteArray : PyObject, IBuffer
{
    byte[] _data;
    int _count;

    public PyByteArray(PyType type, byte[] data) : base(type)
    {
        _data = data;
        _count = data.Length;
        if (data.Length >= MemoryAccount.Threshold) MemoryAccount.Charge(this, data.Length);
    }

    public int Count => _count;
    public int ExportCount { get; set; }
    public bool IsReadOnly => false;

    public ReadOnlySpan<byte> AsReadOnlySpan() => _data.AsSpan(0, _count);

    /// <summary>The storage itself, for a view shared with other interpreters
    /// (Modules/Interpreters/CrossInterpreterBuffer); the caller pins the size first.</summary>
    public byte[] Storage => _data;

    /// <summary>Set once a view of it was sent to another interpreter (its size is then pinned).</summary>
    public bool SharedAcrossInterpreters { get; set; }
    public Span<byte> AsWritableSpan() => _data.AsSpan(0, _count);

    /// <summary>Fails with BufferError while exported.</summary>
    public bool CheckResizable(ThreadState ts)
    {
        if (ExportCount == 0) return true;
        ts.Raise(ExceptionKind.BufferError, "Existing exports of data: object cannot be re-sized");
        return false;
    }

    void EnsureCapacity(int needed)
    {
        if (needed <= _data.Length) return;
        int capacity = Math.Max(needed, _data.Length < 16 ? 16 : _data.Length + (_data.Length >> 1));
        MemoryAccount.Grow(this, _data.Length, capacity);
        Array.Resize(ref _data, capacity);
    }

    /// <summary>Replaces bytes [start, start+removeCount) with <paramref name="insert"/>
    /// (callers check <see cref="CheckResizable"/> when the size changes).</summary>
    public void Splice(int start, int removeCount, ReadOnlySpan<byte> insert)
    {
        int newCount = _count - removeCount + insert.Length;
        // Copy first: insert may alias this array's own storage.
        var ins = insert.Overlaps(_data) ? insert.ToArray() : insert;
        EnsureCapacity(newCount);
        int tail = _count - start - removeCount;
        Array.Copy(_data, start + removeCount, _data, start + ins.Length, tail);
        ins.CopyTo(_data.AsSpan(start));
        _count = newCount;
        if (_count < _data.Length / 4 && _data.Length > 64) Array.Resize(ref _data, Math.Max(_count, 16));
    }

    public void Append(byte b)
    {
        EnsureCapacity(_count + 1);
        _data[_count++] = b;
    }

    public void AppendRange(ReadOnlySpan<byte> bytes) => Splice(_count, 0, bytes);

    public void Clear()
    {
        _data = [];
        _count = 0;
    }

    public byte[] ToArray() => AsReadOnlySpan().ToArray();

    /// <summary>The storage with a 0 byte after the last element (what C expects of a
    /// bytearray's buffer); valid until the next resize, which may move the data.</summary>
    public byte[] NulTerminatedStorage()
    {
        EnsureCapacity(_count + 1);
        _data[_count] = 0;
        return _data;
    }

    public override string ToString() => "bytearray(" + BytesType.Repr(AsReadOnlySpan(), "b") + ")";
}
