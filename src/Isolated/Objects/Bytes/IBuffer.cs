namespace Isolated.Objects;

/// <summary>
/// The buffer protocol as C# code sees it: an object whose bytes can be read (and, unless
/// <see cref="IsReadOnly"/>, written) in place. bytes, bytearray and memoryview implement it
/// (array.array later); <c>bytes(x)</c>, <c>b''.join</c>, <c>memoryview(x)</c>, the codecs and
/// the C API's Py_buffer all go through it.
/// </summary>
public interface IBuffer
{
    /// <summary>The exported bytes. Valid until the exporter is resized (which it refuses while
    /// <see cref="ExportCount"/> is non-zero).</summary>
    ReadOnlySpan<byte> AsReadOnlySpan();

    /// <summary>The exported bytes for writing; only when <see cref="IsReadOnly"/> is false.</summary>
    Span<byte> AsWritableSpan();

    bool IsReadOnly { get; }

    /// <summary>Number of live exports (memoryviews, C Py_buffer views) pinning the size.</summary>
    int ExportCount { get; set; }

    /// <summary>The struct format of one item ('B' for plain bytes; array.array exports its
    /// type code) — what memoryview(x).format reports.</summary>
    char ItemFormat => 'B';
}
