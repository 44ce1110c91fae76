using Isolated.Objects;

namespace Isolated.CApi.Bridge;

/// <summary>
/// Memory owned by C seen through the runtime's buffer protocol, for memoryviews made by
/// PyMemoryView_FromMemory / PyMemoryView_FromBuffer. The caller keeps the memory valid while
/// the memoryview is used, as CPython requires.
/// </summary>
internal sealed unsafe class NativeMemoryBuffer : IBuffer
{
    readonly byte* _data;
    readonly int _length;

    public NativeMemoryBuffer(byte* data, int length, bool readOnly)
    {
        _data = data;
        _length = length;
        IsReadOnly = readOnly;
    }

    public byte* Address => _data;

    public ReadOnlySpan<byte> AsReadOnlySpan() => new(_data, _length);

    public Span<byte> AsWritableSpan() => new(_data, _length);

    public bool IsReadOnly { get; }

    // Native memory never moves or resizes: exports need no pinning.
    public int ExportCount { get; set; }
}
