using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>A Python <c>bytes</c>: an immutable byte string. <see cref="Value"/> is never mutated
/// after creation, so it may be shared between interpreters (DESIGN §2 rule 5).</summary>
public class PyBytes : PyObject, IBuffer
{
    public readonly byte[] Value;
    long _hash;

    public PyBytes(PyType type, byte[] value) : base(type)
    {
        Value = value;
        if (value.Length >= MemoryAccount.Threshold) MemoryAccount.Charge(this, value.Length);
    }

    /// <summary>A new exact bytes object of <paramref name="interp"/> owning <paramref name="value"/>.</summary>
    public static PyBytes Create(Interpreter interp, byte[] value) => new(interp.Types.Bytes, value);

    public int Length => Value.Length;

    public long Hash
    {
        get
        {
            var h = _hash;
            if (h == 0 && Value.Length > 0)   // hash(b'') is 0, as in CPython
            {
                var hc = new HashCode();
                hc.AddBytes(Value);
                h = hc.ToHashCode();
                if (h == 0 || h == -1) h = -2;
                _hash = h;
            }
            return h;
        }
    }

    public ReadOnlySpan<byte> AsReadOnlySpan() => Value;
    public Span<byte> AsWritableSpan() => throw new InvalidOperationException("bytes are immutable");
    public bool IsReadOnly => true;
    public int ExportCount { get => 0; set { } }

    public override string ToString() => BytesType.Repr(Value, "b");
}
