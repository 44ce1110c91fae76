using System.Buffers.Binary;
using System.Numerics;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Arrays;

/// <summary>Converting array items between Python objects and their packed native form, with
/// CPython's array error messages.</summary>
public static class ArrayItems
{
    public const string TypeCodes = "bBuhHiIlLqQfd";

    public static int ItemSize(char code) => code switch
    {
        'b' or 'B' => 1,
        'h' or 'H' => 2,
        'i' or 'I' or 'f' or 'u' => 4,
        _ => 8,
    };

    public static PyObject Read(Interpreter interp, char code, ReadOnlySpan<byte> src) =>
        code == 'u' ? interp.Str(char.ConvertFromUtf32((int)BinaryPrimitives.ReadUInt32LittleEndian(src))) : MemoryViewItems.Read(interp, code, src);

    public static bool Write(ThreadState ts, char code, PyObject value, Span<byte> dest)
    {
        switch (code)
        {
            case 'u':
            {
                if (value is not PyStr s || s.Value.Length == 0 || s.Value.Length > 2 || s.Value.Length == 2 && !char.IsSurrogatePair(s.Value, 0))
                {
                    ts.Raise(ExceptionKind.TypeError, "array item must be unicode character");
                    return false;
                }
                BinaryPrimitives.WriteUInt32LittleEndian(dest, (uint)char.ConvertToUtf32(s.Value, 0));
                return true;
            }
            case 'f' or 'd':
            {
                if (!Ops.AsDouble(ts, value, out double x)) return false;
                if (code == 'f') BinaryPrimitives.WriteSingleLittleEndian(dest, (float)x);
                else BinaryPrimitives.WriteDoubleLittleEndian(dest, x);
                return true;
            }
        }
        if (value is not PyInt && value.Type.Slots.Index is null)
        {
            ts.Raise(ExceptionKind.TypeError, $"'{value.Type.Name}' object cannot be interpreted as an integer");
            return false;
        }
        var i = Ops.Index(ts, value);
        if (i is null) return false;
        var v = i.ToBigInteger();
        int size = ItemSize(code);
        bool signed = code is 'b' or 'h' or 'i' or 'l' or 'q';
        var limit = BigInteger.One << (size * 8 - (signed ? 1 : 0));
        bool low = signed ? v < -limit : v.Sign < 0, high = v >= limit;
        if (low || high)
        {
            ts.Raise(ExceptionKind.OverflowError, RangeMessage(code, high));
            return false;
        }
        ulong bits = (ulong)(v & ulong.MaxValue);
        for (int k = 0; k < size; k++, bits >>= 8) dest[k] = (byte)bits;
        return true;
    }

    static string RangeMessage(char code, bool high) => code switch
    {
        'b' => high ? "signed char is greater than maximum" : "signed char is less than minimum",
        'B' => high ? "unsigned byte integer is greater than maximum" : "unsigned byte integer is less than minimum",
        'h' => high ? "signed short integer is greater than maximum" : "signed short integer is less than minimum",
        'H' => high ? "unsigned short is greater than maximum" : "unsigned short is less than minimum",
        'i' => high ? "signed integer is greater than maximum" : "signed integer is less than minimum",
        'I' => high ? "unsigned int is greater than maximum" : "can't convert negative value to unsigned int",
        'l' => "Python int too large to convert to C long",
        'L' => high ? "Python int too large to convert to C unsigned long" : "can't convert negative value to unsigned int",
        'q' => "int too big to convert",
        _ => high ? "int too big to convert" : "can't convert negative int to unsigned",
    };
}
