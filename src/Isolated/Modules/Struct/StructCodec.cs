using System.Buffers.Binary;
using System.Numerics;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Struct;

/// <summary>Packs Python values into bytes and unpacks them, item by item, following a
/// <see cref="StructLayout"/>, with CPython's struct.error messages.</summary>
public static class StructCodec
{
    /// <summary>Writes <paramref name="values"/> (exactly one per item) into <paramref name="dest"/>
    /// (at least layout.Size bytes, zeroed). False with the error set.</summary>
    public static bool Pack(ThreadState ts, StructLayout layout, ReadOnlySpan<PyObject> values, Span<byte> dest)
    {
        int v = 0;
        foreach (var code in layout.Codes)
            for (int k = 0; k < code.Count; k++)
                if (!PackItem(ts, layout.LittleEndian, code, values[v++], dest.Slice(code.Offset + k * code.Size, code.Size))) return false;
        return true;
    }

    static bool PackItem(ThreadState ts, bool little, StructCode code, PyObject v, Span<byte> dest)
    {
        switch (code.Code)
        {
            case 'c':
                if (v is not (PyBytes or PyByteArray) || ((IBuffer)v).AsReadOnlySpan().Length != 1)
                    return Error(ts, "char format requires a bytes object of length 1");
                dest[0] = ((IBuffer)v).AsReadOnlySpan()[0];
                return true;
            case 's' or 'p':
            {
                if (v is not (PyBytes or PyByteArray)) return Error(ts, $"argument for '{code.Code}' must be a bytes object");
                var data = ((IBuffer)v).AsReadOnlySpan();
                if (code.Code == 's')
                {
                    data[..Math.Min(data.Length, dest.Length)].CopyTo(dest);
                    return true;
                }
                if (dest.Length == 0) return true;
                int n = Math.Min(data.Length, dest.Length - 1);
                data[..n].CopyTo(dest[1..]);
                dest[0] = (byte)Math.Min(n, 255);
                return true;
            }
            case '?':
            {
                int t = Ops.IsTrue(ts, v);
                if (t < 0) return false;
                dest[0] = (byte)t;
                return true;
            }
            case 'e' or 'f' or 'd':
            {
                if (!Ops.AsDouble(ts, v, out double x))
                {
                    ts.FetchError();
                    return Error(ts, "required argument is not a float");
                }
                if (code.Code == 'd')
                {
                    if (little) BinaryPrimitives.WriteDoubleLittleEndian(dest, x);
                    else BinaryPrimitives.WriteDoubleBigEndian(dest, x);
                }
                else if (code.Code == 'f')
                {
                    float y = (float)x;
                    if (float.IsInfinity(y) && !double.IsInfinity(x))
                        return Overflow(ts, 'f');
                    if (little) BinaryPrimitives.WriteSingleLittleEndian(dest, y);
                    else BinaryPrimitives.WriteSingleBigEndian(dest, y);
                }
                else
                {
                    Half h = (Half)x;
                    if (Half.IsInfinity(h) && !double.IsInfinity(x))
                        return Overflow(ts, 'e');
                    if (little) BinaryPrimitives.WriteHalfLittleEndian(dest, h);
                    else BinaryPrimitives.WriteHalfBigEndian(dest, h);
                }
                return true;
            }
            default:
                return PackInteger(ts, little, code, v, dest);
        }
    }

    static bool PackInteger(ThreadState ts, bool little, StructCode code, PyObject v, Span<byte> dest)
    {
        PyInt? i = v as PyInt;
        if (i is null)
        {
            if (v.Type.Slots.Index is null) return Error(ts, "required argument is not an integer");
            i = Ops.Index(ts, v);
            if (i is null) return false;
        }
        char c = code.Code;
        int size = code.Size;
        bool signed = c is 'b' or 'h' or 'i' or 'l' or 'q' or 'n';
        ulong bits;
        if (i.IsSmall)
        {
            long x = i.Small;
            if (signed)
            {
                if (size < 8 && (x < -(1L << (size * 8 - 1)) || x >= 1L << (size * 8 - 1))) return RangeError(ts, c, size, true);
            }
            else if (x < 0 ? c != 'P' : size < 8 && x >= 1L << (size * 8)) return RangeError(ts, c, size, false);
            bits = (ulong)x;
        }
        else
        {
            var big = i.Big!.Value;
            if (signed || big.Sign < 0 || big > ulong.MaxValue) return RangeError(ts, c, size, signed);
            bits = (ulong)big;
        }
        for (int k = 0; k < size; k++)
        {
            dest[little ? k : size - 1 - k] = (byte)bits;
            bits >>= 8;
        }
        return true;
    }

    static bool RangeError(ThreadState ts, char c, int size, bool signed)
    {
        if (signed)
        {
            var half = BigInteger.One << (size * 8 - 1);
            return Error(ts, $"'{c}' format requires {-half} <= number <= {half - 1}");
        }
        return Error(ts, $"'{c}' format requires 0 <= number <= {(BigInteger.One << (size * 8)) - 1}");
    }

    static bool Overflow(ThreadState ts, char c)
    {
        ts.Raise(ExceptionKind.OverflowError, $"float too large to pack with {c} format");
        return false;
    }

    static bool Error(ThreadState ts, string message)
    {
        StructModule.RaiseError(ts, message);
        return false;
    }

    /// <summary>The values of <paramref name="data"/> (exactly layout.Size bytes) as a tuple.</summary>
    public static PyTuple Unpack(ThreadState ts, StructLayout layout, ReadOnlySpan<byte> data)
    {
        var interp = ts.Interpreter;
        if (layout.ItemCount == 0) return interp.EmptyTuple;
        var items = new PyObject[layout.ItemCount];
        bool little = layout.LittleEndian;
        int v = 0;
        foreach (var code in layout.Codes)
        {
            for (int k = 0; k < code.Count; k++)
            {
                var src = data.Slice(code.Offset + k * code.Size, code.Size);
                items[v++] = code.Code switch
                {
                    'c' => PyBytes.Create(interp, [src[0]]),
                    's' => PyBytes.Create(interp, src.ToArray()),
                    'p' => PyBytes.Create(interp, src.Length == 0 ? [] : src.Slice(1, Math.Min(src[0], src.Length - 1)).ToArray()),
                    '?' => interp.Bool(src[0] != 0),
                    'e' => new PyFloat(interp.Types.Float, (double)(little ? BinaryPrimitives.ReadHalfLittleEndian(src) : BinaryPrimitives.ReadHalfBigEndian(src))),
                    'f' => new PyFloat(interp.Types.Float, little ? BinaryPrimitives.ReadSingleLittleEndian(src) : BinaryPrimitives.ReadSingleBigEndian(src)),
                    'd' => new PyFloat(interp.Types.Float, little ? BinaryPrimitives.ReadDoubleLittleEndian(src) : BinaryPrimitives.ReadDoubleBigEndian(src)),
                    _ => UnpackInteger(interp, code.Code, src, little),
                };
            }
        }
        return new PyTuple(interp.Types.Tuple, items);
    }

    static PyObject UnpackInteger(Interpreter interp, char c, ReadOnlySpan<byte> src, bool little)
    {
        ulong bits = 0;
        int size = src.Length;
        for (int k = 0; k < size; k++) bits = bits << 8 | src[little ? size - 1 - k : k];
        bool signed = c is 'b' or 'h' or 'i' or 'l' or 'q' or 'n';
        if (signed)
        {
            int shift = 64 - size * 8;
            return interp.Int((long)(bits << shift) >> shift);
        }
        return bits <= long.MaxValue ? interp.Int((long)bits) : interp.Int(new BigInteger(bits));
    }
}
