using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Interpreters;

/// <summary>
/// The bytes under a memoryview that is sent to another interpreter (PEP 734: memoryview really
/// shares its data). It references the exporter's .NET array itself — a bytearray's storage or a
/// bytes payload — so that every interpreter reading or writing the view sees the same memory
/// without a copy. The sender's bytearray is pinned (made unresizable) for good when first
/// shared: views in other interpreters cannot report when they die, and a resize would silently
/// detach them from the array. Writes are not synchronised: as in CPython, interpreters that
/// write the same bytes at the same time must coordinate themselves (e.g. write disjoint slices).
/// </summary>
public sealed class CrossInterpreterBuffer
{
    readonly byte[] _array;
    readonly int _offset, _count;
    public readonly bool ReadOnly;
    readonly int _start, _length, _step;
    readonly char _format;

    CrossInterpreterBuffer(byte[] array, int offset, int count, bool readOnly, int start, int length, int step, char format)
    {
        _array = array;
        _offset = offset;
        _count = count;
        ReadOnly = readOnly;
        _start = start;
        _length = length;
        _step = step;
        _format = format;
    }

    public Span<byte> Span => _array.AsSpan(_offset, _count);

    /// <summary>The shareable form of <paramref name="view"/>, or null when its exporter's memory
    /// is not a .NET array this can reference (or the view was released).</summary>
    public static CrossInterpreterBuffer? TryShare(PyMemoryView view)
    {
        if (view.Released) return null;
        byte[] array;
        int offset = 0, count;
        bool readOnly = view.ReadOnlyView;
        switch (view.Source)
        {
            case PyBytes b:
                array = b.Value;
                count = array.Length;
                readOnly = true;
                break;
            case PyByteArray ba:
                if (!ba.SharedAcrossInterpreters)
                {
                    ba.ExportCount++;   // never released: see the class comment
                    ba.SharedAcrossInterpreters = true;
                }
                array = ba.Storage;
                count = ba.Count;
                break;
            case PyCrossInterpreterBufferView x:
                array = x.Buffer._array;
                offset = x.Buffer._offset;
                count = x.Buffer._count;
                readOnly |= x.Buffer.ReadOnly;
                break;
            default:
                return null;
        }
        return new CrossInterpreterBuffer(array, offset, count, readOnly, view.Start, view.Length, view.Step, view.Format);
    }

    /// <summary>A memoryview of <paramref name="interp"/> on the shared bytes, with the same window
    /// and format as the view that was sent.</summary>
    public PyMemoryView NewView(Interpreter interp)
    {
        var exporter = new PyCrossInterpreterBufferView(interp.Types.CrossInterpreterBufferView, this);
        return new PyMemoryView(interp.Types.MemoryView, exporter, exporter, _start, _length, _step, ReadOnly, _format);
    }
}
