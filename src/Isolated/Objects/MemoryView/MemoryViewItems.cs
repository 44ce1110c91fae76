using System.Buffers.Binary;
using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>Reading and writing one item of a memoryview in its format: the native
/// single-character struct formats (this platform: little-endian, LP64).</summary>
public static class MemoryViewItems
{
    /// <summary>The item size of a native format character, 0 when memoryview does not support it.</summary>
    public static int ItemSize(char format) => format switch
    {
        'B' or 'b' or 'c' or '?' => 1,
        'h' or 'H' or 'e' => 2,
        'i' or 'I' or 'f' => 4,
        'l' or 'L' or 'q' or 'Q' or 'n' or 'N' or 'P' or 'd' => 8,
        _ => 0,
    };

    public static bool IsByteFormat(char format) => format is 'B' or 'b' or 'c';

    public static PyObject Read(Interpreter interp, char format, ReadOnlySpan<byte> src) => format switch
    {
        'B' => interp.Int(src[0]),
        'b' => interp.Int((sbyte)src[0]),
        'c' => PyBytes.Create(interp, [src[0]]),
        '?' => interp.Bool(src[0] != 0),
        'h' => interp.Int(BinaryPrimitives.ReadInt16LittleEndian(src)),
        'H' => interp.Int(BinaryPrimitives.ReadUInt16LittleEndian(src)),
        'i' => interp.Int(BinaryPrimitives.ReadInt32LittleEndian(src)),
        'I' => interp.Int(BinaryPrimitives.ReadUInt32LittleEndian(src)),
        'l' or 'q' or 'n' => interp.Int(BinaryPrimitives.ReadInt64LittleEndian(src)),
        'e' => new PyFloat(interp.Types.Float, (double)BinaryPrimitives.ReadHalfLittleEndian(src)),
        'f' => new PyFloat(interp.Types.Float, BinaryPrimitives.ReadSingleLittleEndian(src)),
        'd' => new PyFloat(interp.Types.Float, BinaryPrimitives.ReadDoubleLittleEndian(src)),
        _ => ReadUnsigned64(interp, BinaryPrimitives.ReadUInt64LittleEndian(src)),
    };

    static PyObject ReadUnsigned64(Interpreter interp, ulong v) =>
        v <= long.MaxValue ? interp.Int((long)v) : interp.Int(new System.Numerics.BigInteger(v));

    /// <summary>Packs <paramref name="value"/> into <paramref name="dest"/>; false with CPython's
    /// "memoryview: invalid type/value for format" errors.</summary>
    public static bool Write(ThreadState ts, char format, PyObject value, Span<byte> dest)
    {
        if (format == 'c')
        {
            if (value is not PyBytes vb || vb.Value.Length != 1) return Invalid(ts, "value", format);
            dest[0] = vb.Value[0];
            return true;
        }
        if (format == '?')
        {
            int t = Ops.IsTrue(ts, value);
            if (t < 0) return false;
            dest[0] = (byte)t;
            return true;
        }
        if (format is 'e' or 'f' or 'd')
        {
            if (value is not (PyFloat or PyInt) && value.Type.Slots.Float is null) return Invalid(ts, "type", format);
            if (!Ops.AsDouble(ts, value, out double x)) return false;
            if (format == 'd') BinaryPrimitives.WriteDoubleLittleEndian(dest, x);
            else if (format == 'f') BinaryPrimitives.WriteSingleLittleEndian(dest, (float)x);
            else BinaryPrimitives.WriteHalfLittleEndian(dest, (Half)x);
            return true;
        }
        if (value is not PyInt && value.Type.Slots.Index is null) return Invalid(ts, "type", format);
        var i = Ops.Index(ts, value);
        if (i is null) return false;
        int size = ItemSize(format);
        bool signed = format is 'b' or 'h' or 'i' or 'l' or 'q' or 'n';
        var v = i.ToBigInteger();
        var limit = System.Numerics.BigInteger.One << (size * 8 - (signed ? 1 : 0));
        if (signed ? v < -limit || v >= limit : v.Sign < 0 || v >= limit) return Invalid(ts, "value", format);
        ulong bits = (ulong)(v & ulong.MaxValue);
        for (int k = 0; k < size; k++, bits >>= 8) dest[k] = (byte)bits;
        return true;
    }

    static bool Invalid(ThreadState ts, string what, char format)
    {
        ts.Raise(what == "type" ? ExceptionKind.TypeError : ExceptionKind.ValueError, $"memoryview: invalid {what} for format '{format}'");
        return false;
    }
}
