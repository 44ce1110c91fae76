using Isolated.Objects;

namespace Isolated.Modules.Interpreters;

/// <summary>One interpreter's exporter object for bytes shared with other interpreters
/// (memoryview.obj of a view received from another interpreter).</summary>
public sealed class PyCrossInterpreterBufferView : PyObject, IBuffer
{
    public readonly CrossInterpreterBuffer Buffer;

    public PyCrossInterpreterBufferView(PyType type, CrossInterpreterBuffer buffer) : base(type) => Buffer = buffer;

    public ReadOnlySpan<byte> AsReadOnlySpan() => Buffer.Span;
    public Span<byte> AsWritableSpan() => Buffer.Span;
    public bool IsReadOnly => Buffer.ReadOnly;
    public int ExportCount { get; set; }
}
