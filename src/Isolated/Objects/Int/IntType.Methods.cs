using System.Numerics;
using Isolated.Runtime;

namespace Isolated.Objects;

// int's methods and attributes (the type's __dict__, filled on first use).
public static partial class IntType
{
    static void FillDict(ThreadState? _, PyType type)
    {
        type.AddMethod("bit_length", static (ts, self, args, kw) =>
            NoArgs(ts, "int.bit_length", args) ? ts.Interpreter.Int(BitLength((PyInt)self)) : null);
        type.AddMethod("bit_count", static (ts, self, args, kw) =>
            NoArgs(ts, "int.bit_count", args) ? ts.Interpreter.Int(BitCount((PyInt)self)) : null);
        type.AddMethod("as_integer_ratio", static (ts, self, args, kw) =>
            NoArgs(ts, "int.as_integer_ratio", args) ? ts.Interpreter.Tuple(Exact(ts, (PyInt)self), ts.Interpreter.Int(1)) : null);
        type.AddMethod("conjugate", static (ts, self, args, kw) =>
            NoArgs(ts, "int.conjugate", args) ? Exact(ts, (PyInt)self) : null);
        type.AddMethod("is_integer", static (ts, self, args, kw) =>
            NoArgs(ts, "int.is_integer", args) ? ts.Interpreter.True : null);
        type.AddMethod("__trunc__", static (ts, self, args, kw) =>
            NoArgs(ts, "int.__trunc__", args) ? Exact(ts, (PyInt)self) : null);
        type.AddMethod("__floor__", static (ts, self, args, kw) =>
            NoArgs(ts, "int.__floor__", args) ? Exact(ts, (PyInt)self) : null);
        type.AddMethod("__ceil__", static (ts, self, args, kw) =>
            NoArgs(ts, "int.__ceil__", args) ? Exact(ts, (PyInt)self) : null);
        type.AddMethod("__getnewargs__", static (ts, self, args, kw) =>
            NoArgs(ts, "int.__getnewargs__", args) ? ts.Interpreter.Tuple(Exact(ts, (PyInt)self)) : null);
        type.AddMethod("__sizeof__", static (ts, self, args, kw) =>
        {
            if (!NoArgs(ts, "int.__sizeof__", args)) return null;
            long bits = BigInteger.Abs(((PyInt)self).ToBigInteger()).GetBitLength();
            return ts.Interpreter.Int(24 + 4 * Math.Max(1, (bits + 29) / 30));
        });
        type.AddMethod("__round__", Round);
        type.AddMethod("__format__", static (ts, self, args, kw) =>
        {
            if (args.Length != 1 || kw is not null)
                return ts.Raise(ExceptionKind.TypeError, $"int.__format__() takes exactly one argument ({args.Length} given)");
            if (args[0] is not PyStr spec)
                return ts.Raise(ExceptionKind.TypeError, $"int.__format__() argument must be str, not {args[0].Type.Name}");
            if (spec.Value.Length == 0) return Ops.Str(ts, self);
            return NumberFormatter.FormatInt(ts, (PyInt)self, spec.Value);
        });
        type.AddMethod("to_bytes", ToBytesMethod);
        type.AddClassMethod("from_bytes", FromBytesMethod);
        type.AddGetSet("real", static (ts, self) => Exact(ts, (PyInt)self));
        type.AddGetSet("imag", static (ts, self) => ts.Interpreter.Int(0));
        type.AddGetSet("numerator", static (ts, self) => Exact(ts, (PyInt)self));
        type.AddGetSet("denominator", static (ts, self) => ts.Interpreter.Int(1));
        type.AddValue("__doc__", type.Owner.Str(
            "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\nare given."));
    }

    /// <summary>CPython's "X() takes no arguments (N given)" check for methods without parameters.</summary>
    public static bool NoArgs(ThreadState ts, string name, ReadOnlySpan<PyObject> args)
    {
        if (args.Length == 0) return true;
        ts.Raise(ExceptionKind.TypeError, $"{name}() takes no arguments ({args.Length} given)");
        return false;
    }

    public static long BitLength(PyInt v)
    {
        if (v.IsSmall)
        {
            ulong u = v.Small < 0 ? (ulong)(-(v.Small + 1)) + 1 : (ulong)v.Small;
            return 64 - BitOperations.LeadingZeroCount(u);
        }
        return (long)BigInteger.Abs(v.Big!.Value).GetBitLength();
    }

    public static long BitCount(PyInt v)
    {
        if (v.IsSmall)
        {
            ulong u = v.Small < 0 ? (ulong)(-(v.Small + 1)) + 1 : (ulong)v.Small;
            return BitOperations.PopCount(u);
        }
        long count = 0;
        foreach (var b in BigInteger.Abs(v.Big!.Value).ToByteArray(isUnsigned: true))
            count += BitOperations.PopCount(b);
        return count;
    }

    /// <summary>int.__round__(ndigits=None): rounds to a multiple of 10**-ndigits, ties to even.</summary>
    static PyObject? Round(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (args.Length > 1)
            return ts.Raise(ExceptionKind.TypeError, $"int.__round__ expected at most 1 argument, got {args.Length}");
        var v = (PyInt)self;
        if (args.Length == 0) return Exact(ts, v);
        var nd = Ops.Index(ts, args[0]);
        if (nd is null) return null;
        if (Sign(nd) >= 0) return Exact(ts, v);
        var n = -nd.ToBigInteger();
        if (n > 100_000_000) return ts.Interpreter.Int(0);
        var pow = BigInteger.Pow(10, (int)n);
        return ts.Interpreter.Int(RoundToMultiple(v.ToBigInteger(), pow));
    }

    /// <summary>The multiple of <paramref name="m"/> nearest to <paramref name="x"/>, ties to the
    /// even multiple.</summary>
    public static BigInteger RoundToMultiple(BigInteger x, BigInteger m)
    {
        var q = FloorDivBig(x, m, out var r);
        int c = (r * 2).CompareTo(m);
        if (c > 0 || (c == 0 && !q.IsEven)) q += 1;
        return q * m;
    }

    // ---- to_bytes / from_bytes ----

    static readonly string[] ToBytesParams = ["length", "byteorder", "signed"];

    /// <summary>int.to_bytes(length=1, byteorder='big', *, signed=False).</summary>
    static PyObject? ToBytesMethod(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[3];
        if (!ArgBinder.Bind(ts, "to_bytes", args, kw, ToBytesParams, 0, a, keywordOnlyFrom: 2)) return null;
        long length = 1;
        if (a[0] is not null && !Ops.AsLong(ts, a[0]!, out length)) return null;
        if (length < 0) return ts.Raise(ExceptionKind.ValueError, "length argument must be non-negative");
        if (!ByteOrder(ts, a[1], out bool little)) return null;
        bool signed = false;
        if (a[2] is not null)
        {
            int t = Ops.IsTrue(ts, a[2]!);
            if (t < 0) return null;
            signed = t > 0;
        }
        var bytes = ToBytes(ts, ((PyInt)self).ToBigInteger(), length, little, signed);
        if (bytes is null) return null;
        return MakeBytes(ts, bytes);
    }

    static bool ByteOrder(ThreadState ts, PyObject? arg, out bool little)
    {
        little = false;
        if (arg is null) return true;
        if (arg is not PyStr s)
        {
            ts.Raise(ExceptionKind.TypeError, $"to_bytes() argument 'byteorder' must be str, not {arg.Type.Name}");
            return false;
        }
        if (s.Value == "little") { little = true; return true; }
        if (s.Value == "big") return true;
        ts.Raise(ExceptionKind.ValueError, "byteorder must be either 'little' or 'big'");
        return false;
    }

    /// <summary>int.to_bytes's conversion: null with OverflowError set when it does not fit.</summary>
    public static byte[]? ToBytes(ThreadState ts, BigInteger v, long length, bool little, bool signed)
    {
        if (!signed && v.Sign < 0)
        {
            ts.Raise(ExceptionKind.OverflowError, "can't convert negative int to unsigned");
            return null;
        }
        int needed = v.IsZero ? 0 : v.GetByteCount(isUnsigned: !signed);
        if (needed > length)
        {
            ts.Raise(ExceptionKind.OverflowError, "int too big to convert");
            return null;
        }
        var result = new byte[length];
        if (needed > 0) v.TryWriteBytes(result, out _, isUnsigned: !signed, isBigEndian: false);
        if (v.Sign < 0)
            for (int i = needed; i < result.Length; i++) result[i] = 0xFF;
        if (!little) Array.Reverse(result);
        return result;
    }

    /// <summary>int.from_bytes's conversion.</summary>
    public static BigInteger FromBytes(ReadOnlySpan<byte> bytes, bool little, bool signed) =>
        new(bytes, isUnsigned: !signed, isBigEndian: !little);

    static readonly string[] FromBytesParams = ["bytes", "byteorder", "signed"];

    static PyObject? FromBytesMethod(ThreadState ts, PyObject cls, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[3];
        if (!ArgBinder.Bind(ts, "from_bytes", args, kw, FromBytesParams, 1, a, keywordOnlyFrom: 2)) return null;
        if (!ByteOrder(ts, a[1], out bool little)) return null;
        bool signed = false;
        if (a[2] is not null)
        {
            int t = Ops.IsTrue(ts, a[2]!);
            if (t < 0) return null;
            signed = t > 0;
        }
        var data = BytesOf(ts, a[0]!);
        if (data is null) return null;
        var value = ts.Interpreter.Int(FromBytes(data, little, signed));
        var type = (PyType)cls;
        if (ReferenceEquals(type, ts.Interpreter.Types.Int)) return value;
        return Ops.Call(ts, type, value);
    }

    /// <summary>The bytes of a bytes-like object, or bytes(o) for other objects (iterables of
    /// ints, __bytes__), as PyBytes_FromObject does.</summary>
    static byte[]? BytesOf(ThreadState ts, PyObject o)
    {
        if (o is IBuffer buffer) return buffer.AsReadOnlySpan().ToArray();
        if (o is PyInt || o is PyStr)
        {
            ts.Raise(ExceptionKind.TypeError, $"cannot convert '{o.Type.Name}' object to bytes");
            return null;
        }
        var converted = Ops.Call(ts, ts.Interpreter.Types.Bytes, o);
        return converted is IBuffer b ? b.AsReadOnlySpan().ToArray() : null;
    }

    static PyObject? MakeBytes(ThreadState ts, byte[] data) => PyBytes.Create(ts.Interpreter, data);
}
