using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>
/// A <c>memoryview</c>: a zero-copy window (start, length, step) on another object's buffer. It
/// pins the exporter's size while alive (until released) — except a bytearray's, which only a view
/// held by a with block pins. Divergence from CPython, on purpose: CPython frees a temporary view
/// (<c>bytes(memoryview(buf)[:n])</c>, as asyncio's streams do) at once by reference counting;
/// without reference counting such a view would pin its bytearray forever ("Existing exports of
/// data"). An unpinned view stays memory-safe: it reads the bytearray's current storage each time
/// and fails with BufferError if the bytearray shrank below it.
/// Its format is one native struct character ('B' by default; casts give 'b', 'c', 'h', 'I',
/// 'q', 'd', ...): <see cref="Length"/> counts items of <see cref="ItemSize"/> bytes, while
/// <see cref="Start"/> and <see cref="Step"/> are in bytes.
/// </summary>
public sealed class PyMemoryView : PyObject, IBuffer
{
    /// <summary>The exporting object (memoryview.obj).</summary>
    public readonly PyObject Obj;
    readonly IBuffer _source;
    public readonly int Start;
    public readonly int Length;
    public readonly int Step;
    public readonly bool ReadOnlyView;
    public readonly char Format;
    public readonly int ItemSize;
    public bool Released { get; private set; }
    int _exports;
    /// <summary>Whether this view counts in the source's ExportCount (see the class comment).</summary>
    bool _pinsSource;
    /// <summary>For a view of a Python exporter (PEP 688): the view its <c>__buffer__</c>
    /// returned, handed to its <c>__release_buffer__</c> when this view is released.</summary>
    PyMemoryView? _exported;

    public PyMemoryView(PyType type, PyObject obj, IBuffer source, int start, int length, int step, bool readOnly, char format)
        : base(type)
    {
        Obj = obj;
        _source = source;
        Start = start;
        Length = length;
        Step = step;
        ReadOnlyView = readOnly;
        Format = format;
        ItemSize = MemoryViewItems.ItemSize(format);
        if (source is not PyByteArray) Pin();
    }

    void Pin()
    {
        _source.ExportCount++;
        _pinsSource = true;
    }

    /// <summary>Makes <see cref="Release"/> call the exporter's <c>__release_buffer__</c> with
    /// <paramref name="exported"/> (the view its <c>__buffer__</c> returned).</summary>
    public void ReleasesTo(PyMemoryView exported) => _exported = exported;

    /// <summary>memoryview.__enter__: a view held by a with block pins even a bytearray's size.</summary>
    public void Hold()
    {
        if (!Released && !_pinsSource) Pin();
    }

    /// <summary>The source's bytes, checked to still cover this view (an unpinned bytearray may have shrunk).</summary>
    ReadOnlySpan<byte> SourceBytes()
    {
        var src = _source.AsReadOnlySpan();
        if (Length == 0) return src;
        int last = Start + (Length - 1) * Step;
        if (Math.Max(Start, last) + ItemSize > src.Length) throw ShrunkError();
        return src;
    }

    /// <summary>Throws BufferError when the (unpinned) source no longer covers this view.</summary>
    public void CheckSourceCovers() => SourceBytes();

    PyException ShrunkError() =>
        new(Type.Owner.NewException(ExceptionKind.BufferError, "memoryview: underlying bytearray was resized smaller than the view"));

    /// <summary>The underlying exporter (shared by views of views).</summary>
    public IBuffer Source => _source;

    public bool IsContiguous => Step == ItemSize || Length <= 1;

    /// <summary>memoryview.nbytes: the size of the viewed items in bytes.</summary>
    public int ByteLength => Length * ItemSize;

    /// <summary>The bytes of item <paramref name="index"/> (a live span when contiguous).</summary>
    public ReadOnlySpan<byte> ItemBytes(int index) => SourceBytes().Slice(Start + index * Step, ItemSize);

    /// <summary>Fails with "operation forbidden on released memoryview object" once released.</summary>
    public bool CheckUsable(ThreadState ts)
    {
        if (!Released) return true;
        ts.Raise(ExceptionKind.ValueError, "operation forbidden on released memoryview object");
        return false;
    }

    /// <summary>memoryview.release(): false with BufferError when views of it are still exported.</summary>
    public bool Release(ThreadState ts)
    {
        if (Released) return true;
        if (_exports > 0)
        {
            ts.Raise(ExceptionKind.BufferError, $"memoryview has {_exports} exported buffer{(_exports == 1 ? "" : "s")}");
            return false;
        }
        Released = true;
        if (_pinsSource) _source.ExportCount--;
        _pinsSource = false;
        if (_exported is { } exported)
        {
            _exported = null;
            BufferProtocol.CallReleaseMethod(ts, Obj, exported);
        }
        return true;
    }

    public byte this[int index] => SourceBytes()[Start + index * Step];

    public byte[] ToArray()
    {
        var src = SourceBytes();
        if (IsContiguous) return src.Slice(Start, ByteLength).ToArray();
        var r = new byte[ByteLength];
        for (int k = 0, i = Start; k < Length; k++, i += Step) src.Slice(i, ItemSize).CopyTo(r.AsSpan(k * ItemSize));
        return r;
    }

    public void Write(int index, byte value)
    {
        SourceBytes();
        _source.AsWritableSpan()[Start + index * Step] = value;
    }

    public ReadOnlySpan<byte> AsReadOnlySpan()
    {
        if (Released) return default;
        return IsContiguous ? SourceBytes().Slice(Start, ByteLength) : ToArray();
    }

    public Span<byte> AsWritableSpan()
    {
        if (ReadOnlyView || !IsContiguous) throw new InvalidOperationException("memoryview is not writable in place");
        SourceBytes();
        return _source.AsWritableSpan().Slice(Start, ByteLength);
    }

    public bool IsReadOnly => ReadOnlyView;
    public int ExportCount { get => _exports; set => _exports = value; }
    public char ItemFormat => Format;
}
