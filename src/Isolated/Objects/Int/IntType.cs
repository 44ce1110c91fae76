using System.Numerics;
using System.Text;
using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>int</c> type (arbitrary precision). Values that fit in a long are computed on
/// longs; overflow falls back to BigInteger. Hash follows CPython's numeric hash (reduction
/// modulo 2**61 - 1) so that equal numbers of different types hash alike.</summary>
public static partial class IntType
{
    public const long HashModulus = (1L << 61) - 1;

    public static PyType Create(Interpreter interp, BuiltinTypes types) =>
        types.NewBuiltin("int", types.Object, TypeFlags.BaseType | TypeFlags.IntSubclass | TypeFlags.Immutable, s =>
        {
            s.Repr = static (ts, self) => ToDecimalString(ts, (PyInt)self, absolute: false) is { } r ? ts.Interpreter.Str(r) : null;
            s.Str = null;
            s.Hash = static (ThreadState ts, PyObject self, out long h) => { h = Hash((PyInt)self); return true; };
            s.RichCompare = RichCompare;
            s.Bool = static (ts, self) => ((PyInt)self).IsSmall ? (((PyInt)self).Small != 0 ? 1 : 0) : 1;
            s.New = New;
            s.Add = Add;
            s.Subtract = Subtract;
            s.Multiply = Multiply;
            s.TrueDivide = TrueDivide;
            s.FloorDivide = FloorDivide;
            s.Remainder = Remainder;
            s.DivMod = DivMod;
            s.Power = Power;
            s.LShift = LShift;
            s.RShift = RShift;
            s.And = And;
            s.Or = Or;
            s.Xor = Xor;
            s.Negative = Negative;
            s.Positive = static (ts, self) => Exact(ts, (PyInt)self);
            s.Absolute = Absolute;
            s.Invert = Invert;
            s.Int = static (ts, self) => Exact(ts, (PyInt)self);
            s.Index = static (ts, self) => Exact(ts, (PyInt)self);
            s.Float = static (ts, self) =>
            {
                double d = FloatMath.IntToDouble((PyInt)self);
                if (double.IsInfinity(d)) return ts.Raise(ExceptionKind.OverflowError, "int too large to convert to float");
                return FloatType.New(ts.Interpreter, d);
            };
        }, FillDict);

    // ---- helpers ----

    /// <summary>The value as an exact <c>int</c> (not a subclass, not a bool).</summary>
    public static PyInt Exact(ThreadState ts, PyInt v)
    {
        if (ReferenceEquals(v.Type, ts.Interpreter.Types.Int)) return v;
        return v.IsSmall ? ts.Interpreter.Int(v.Small) : ts.Interpreter.Int(v.Big!.Value);
    }

    static PyInt Make(ThreadState ts, long v) => ts.Interpreter.Int(v);
    static PyInt Make(ThreadState ts, BigInteger v) => ts.Interpreter.Int(v);

    public static int Sign(PyInt v) => v.IsSmall ? Math.Sign(v.Small) : v.Big!.Value.Sign;

    public static long Hash(PyInt value) => value.IsSmall ? HashLong(value.Small) : HashBig(value.Big!.Value);

    public static long HashLong(long v)
    {
        if (v > -HashModulus && v < HashModulus)
        {
            // Small magnitudes hash to themselves, except -1 (the C API's error marker).
            return v == -1 ? -2 : v;
        }
        long r = (long)((v < 0 ? (ulong)(-(v + 1)) + 1 : (ulong)v) % (ulong)HashModulus);
        if (v < 0) r = -r;
        return r == -1 ? -2 : r;
    }

    public static long HashBig(BigInteger v)
    {
        var r = (long)(BigInteger.Abs(v) % HashModulus);
        if (v.Sign < 0) r = -r;
        return r == -1 ? -2 : r;
    }

    static PyObject? RichCompare(ThreadState ts, PyObject self, PyObject other, CompareOp op)
    {
        if (other is not PyInt o)
        {
            // int vs float is answered exactly by float's slot (tried reflected).
            return ts.Interpreter.NotImplemented;
        }
        var a = (PyInt)self;
        int c = a.IsSmall && o.IsSmall ? a.Small.CompareTo(o.Small) : a.ToBigInteger().CompareTo(o.ToBigInteger());
        return ts.Interpreter.Bool(CompareResult(c, op));
    }

    /// <summary>Turns a three-way comparison into the answer for <paramref name="op"/>.</summary>
    public static bool CompareResult(int c, CompareOp op) => op switch
    {
        CompareOp.Lt => c < 0,
        CompareOp.Le => c <= 0,
        CompareOp.Eq => c == 0,
        CompareOp.Ne => c != 0,
        CompareOp.Gt => c > 0,
        _ => c >= 0,
    };

    // ---- arithmetic (binary slots: either operand may be the int) ----

    static PyObject? Add(ThreadState ts, PyObject a, PyObject b)
    {
        if (a is not PyInt x || b is not PyInt y) return ts.Interpreter.NotImplemented;
        if (x.IsSmall && y.IsSmall)
        {
            long l = x.Small, r = y.Small, s = l + r;
            if (((l ^ s) & (r ^ s)) >= 0) return Make(ts, s);
        }
        return Make(ts, BigIntegerSums.Add(x.ToBigInteger(), y.ToBigInteger()));
    }

    static PyObject? Subtract(ThreadState ts, PyObject a, PyObject b)
    {
        if (a is not PyInt x || b is not PyInt y) return ts.Interpreter.NotImplemented;
        if (x.IsSmall && y.IsSmall)
        {
            long l = x.Small, r = y.Small, s = l - r;
            if (((l ^ r) & (l ^ s)) >= 0) return Make(ts, s);
        }
        return Make(ts, BigIntegerSums.Subtract(x.ToBigInteger(), y.ToBigInteger()));
    }

    static PyObject? Multiply(ThreadState ts, PyObject a, PyObject b)
    {
        if (a is not PyInt x || b is not PyInt y) return ts.Interpreter.NotImplemented;
        if (x.IsSmall && y.IsSmall)
        {
            long l = x.Small, r = y.Small;
            if (l == (int)l && r == (int)r) return Make(ts, l * r);
            long high = Math.BigMul(l, r, out long low);
            if (high == (low >> 63)) return Make(ts, low);
        }
        // big * small (the common growing product): one pass into a right-sized array.
        if (x.IsSmall != y.IsSmall)
        {
            var (big, small) = x.IsSmall ? (y.Big!.Value, x.Small) : (x.Big!.Value, y.Small);
            if (small != 0 && small >= -uint.MaxValue && small <= uint.MaxValue)
                return Make(ts, BigIntegerLimbs.MultiplySmall(big, small));
        }
        var bx = x.ToBigInteger();
        var by = y.ToBigInteger();
        if (bx.GetBitLength() + by.GetBitLength() > 4 * OffloadedComputation.OffloadBits)
            return OffloadedComputation.Run(ts, (bx, by), static p => p.bx * p.by, out var product) ? Make(ts, product) : null;
        return Make(ts, bx * by);
    }

    static PyObject? TrueDivide(ThreadState ts, PyObject a, PyObject b)
    {
        if (a is not PyInt x || b is not PyInt y) return ts.Interpreter.NotImplemented;
        if (Sign(y) == 0) return ts.Raise(ExceptionKind.ZeroDivisionError, "division by zero");
        if (x.IsSmall && y.IsSmall && x.Small > -FloatMath.ExactIntLimit && x.Small < FloatMath.ExactIntLimit
            && y.Small > -FloatMath.ExactIntLimit && y.Small < FloatMath.ExactIntLimit)
            return FloatType.New(ts.Interpreter, (double)x.Small / y.Small);
        double q = FloatMath.TrueDivide(x.ToBigInteger(), y.ToBigInteger());
        if (double.IsNaN(q)) return ts.Raise(ExceptionKind.OverflowError, "integer division result too large for a float");
        return FloatType.New(ts.Interpreter, q);
    }

    /// <summary>Floor division of longs; false when the quotient overflows (MinValue // -1).</summary>
    static bool FloorDiv(long l, long r, out long q)
    {
        if (r == -1)
        {
            q = -l;
            return l != long.MinValue;
        }
        q = l / r;
        if ((l % r != 0) && ((l < 0) != (r < 0))) q--;
        return true;
    }

    static long FloorMod(long l, long r)
    {
        if (r == -1) return 0;
        long m = l % r;
        if (m != 0 && ((m < 0) != (r < 0))) m += r;
        return m;
    }

    static BigInteger FloorDivBig(BigInteger l, BigInteger r, out BigInteger mod)
    {
        var q = BigInteger.DivRem(l, r, out mod);
        if (!mod.IsZero && ((mod.Sign < 0) != (r.Sign < 0)))
        {
            q -= 1;
            mod += r;
        }
        return q;
    }

    static PyObject? FloorDivide(ThreadState ts, PyObject a, PyObject b)
    {
        if (a is not PyInt x || b is not PyInt y) return ts.Interpreter.NotImplemented;
        if (Sign(y) == 0) return ts.Raise(ExceptionKind.ZeroDivisionError, "integer division or modulo by zero");
        if (x.IsSmall && y.IsSmall && FloorDiv(x.Small, y.Small, out long q)) return Make(ts, q);
        return Make(ts, FloorDivBig(x.ToBigInteger(), y.ToBigInteger(), out _));
    }

    static PyObject? Remainder(ThreadState ts, PyObject a, PyObject b)
    {
        if (a is not PyInt x || b is not PyInt y) return ts.Interpreter.NotImplemented;
        if (Sign(y) == 0) return ts.Raise(ExceptionKind.ZeroDivisionError, "integer modulo by zero");
        if (x.IsSmall && y.IsSmall) return Make(ts, FloorMod(x.Small, y.Small));
        FloorDivBig(x.ToBigInteger(), y.ToBigInteger(), out var m);
        return Make(ts, m);
    }

    static PyObject? DivMod(ThreadState ts, PyObject a, PyObject b)
    {
        if (a is not PyInt x || b is not PyInt y) return ts.Interpreter.NotImplemented;
        if (Sign(y) == 0) return ts.Raise(ExceptionKind.ZeroDivisionError, "integer division or modulo by zero");
        if (x.IsSmall && y.IsSmall && FloorDiv(x.Small, y.Small, out long q))
            return ts.Interpreter.Tuple(Make(ts, q), Make(ts, FloorMod(x.Small, y.Small)));
        var bq = FloorDivBig(x.ToBigInteger(), y.ToBigInteger(), out var m);
        return ts.Interpreter.Tuple(Make(ts, bq), Make(ts, m));
    }

    static PyObject? Power(ThreadState ts, PyObject a, PyObject b, PyObject c)
    {
        var interp = ts.Interpreter;
        if (a is not PyInt x || b is not PyInt y) return interp.NotImplemented;
        if (!ReferenceEquals(c, interp.None))
        {
            if (c is not PyInt m) return interp.NotImplemented;
            return ModPow(ts, x, y, m);
        }
        if (Sign(y) < 0)
        {
            // A negative exponent gives a float (CPython hands the operation to float.__pow__).
            double fx = FloatMath.IntToDouble(x), fy = FloatMath.IntToDouble(y);
            if (double.IsInfinity(fx) || double.IsInfinity(fy))
                return ts.Raise(ExceptionKind.OverflowError, "int too large to convert to float");
            return FloatType.PowDoubles(ts, fx, fy);
        }
        if (x.IsSmall)
        {
            long bv = x.Small;
            if (bv == 0) return Make(ts, y.IsSmall && y.Small == 0 ? 1 : 0);
            if (bv == 1) return Make(ts, 1);
            if (bv == -1) return Make(ts, y.ToBigInteger().IsEven ? 1 : -1);
            if (y.IsSmall && y.Small < 64 && TryPowLong(bv, (int)y.Small, out long r)) return Make(ts, r);
        }
        if (!y.IsSmall || y.Small > int.MaxValue)
            return ts.RaiseNoMemory();
        var bas = x.ToBigInteger();
        if ((double)bas.GetBitLength() * y.Small > OffloadedComputation.OffloadBits)
            return OffloadedComputation.Run(ts, (bas, (int)y.Small), static p => BigInteger.Pow(p.bas, p.Item2), out var power) ? Make(ts, power) : null;
        return Make(ts, BigInteger.Pow(bas, (int)y.Small));
    }

    static bool TryPowLong(long b, int e, out long result)
    {
        result = 1;
        while (e > 0)
        {
            if ((e & 1) != 0)
            {
                long hi = Math.BigMul(result, b, out long lo);
                if (hi != (lo >> 63)) return false;
                result = lo;
            }
            e >>= 1;
            if (e > 0)
            {
                long hi = Math.BigMul(b, b, out long lo);
                if (hi != (lo >> 63)) return false;
                b = lo;
            }
        }
        return true;
    }

    /// <summary>pow(x, y, m): modular exponentiation; a negative exponent takes the modular
    /// inverse. The result has the sign of m.</summary>
    public static PyObject? ModPow(ThreadState ts, PyInt x, PyInt y, PyInt m)
    {
        var mod = m.ToBigInteger();
        if (mod.IsZero) return ts.Raise(ExceptionKind.ValueError, "pow() 3rd argument cannot be 0");
        var absMod = BigInteger.Abs(mod);
        var bas = BigInteger.Remainder(x.ToBigInteger(), absMod);
        if (bas.Sign < 0) bas += absMod;
        var exp = y.ToBigInteger();
        if (exp.Sign < 0)
        {
            if (!TryModInverse(bas, absMod, out var inv))
                return ts.Raise(ExceptionKind.ValueError, "base is not invertible for the given modulus");
            bas = inv;
            exp = -exp;
        }
        var r = absMod.IsOne ? BigInteger.Zero : BigInteger.ModPow(bas, exp, absMod);
        if (mod.Sign < 0 && !r.IsZero) r += mod;
        return Make(ts, r);
    }

    static bool TryModInverse(BigInteger a, BigInteger m, out BigInteger inverse)
    {
        BigInteger oldR = a, r = m, oldS = 1, s = 0;
        while (!r.IsZero)
        {
            var q = BigInteger.Divide(oldR, r);
            (oldR, r) = (r, oldR - q * r);
            (oldS, s) = (s, oldS - q * s);
        }
        inverse = 0;
        if (!oldR.IsOne) return m.IsOne;
        inverse = BigInteger.Remainder(oldS, m);
        if (inverse.Sign < 0) inverse += m;
        return true;
    }

    static PyObject? LShift(ThreadState ts, PyObject a, PyObject b)
    {
        if (a is not PyInt x || b is not PyInt y) return ts.Interpreter.NotImplemented;
        if (Sign(y) < 0) return ts.Raise(ExceptionKind.ValueError, "negative shift count");
        if (Sign(x) == 0) return Make(ts, 0);
        if (!y.IsSmall || y.Small > int.MaxValue)
            return ts.Raise(ExceptionKind.OverflowError, "too many digits in integer");
        int n = (int)y.Small;
        if (x.IsSmall && n < 63)
        {
            long v = x.Small;
            long shifted = v << n;
            if (shifted >> n == v) return Make(ts, shifted);
        }
        return Make(ts, x.ToBigInteger() << n);
    }

    static PyObject? RShift(ThreadState ts, PyObject a, PyObject b)
    {
        if (a is not PyInt x || b is not PyInt y) return ts.Interpreter.NotImplemented;
        if (Sign(y) < 0) return ts.Raise(ExceptionKind.ValueError, "negative shift count");
        if (!y.IsSmall || y.Small > int.MaxValue || (x.IsSmall && y.Small >= 64))
            return Make(ts, Sign(x) < 0 ? -1 : 0);
        int n = (int)y.Small;
        if (x.IsSmall) return Make(ts, x.Small >> n);
        return Make(ts, x.Big!.Value >> n);
    }

    static PyObject? And(ThreadState ts, PyObject a, PyObject b)
    {
        if (a is not PyInt x || b is not PyInt y) return ts.Interpreter.NotImplemented;
        if (x is PyBool p && y is PyBool q) return ts.Interpreter.Bool(p.Value & q.Value);
        if (x.IsSmall && y.IsSmall) return Make(ts, x.Small & y.Small);
        return Make(ts, x.ToBigInteger() & y.ToBigInteger());
    }

    static PyObject? Or(ThreadState ts, PyObject a, PyObject b)
    {
        if (a is not PyInt x || b is not PyInt y) return ts.Interpreter.NotImplemented;
        if (x is PyBool p && y is PyBool q) return ts.Interpreter.Bool(p.Value | q.Value);
        if (x.IsSmall && y.IsSmall) return Make(ts, x.Small | y.Small);
        return Make(ts, x.ToBigInteger() | y.ToBigInteger());
    }

    static PyObject? Xor(ThreadState ts, PyObject a, PyObject b)
    {
        if (a is not PyInt x || b is not PyInt y) return ts.Interpreter.NotImplemented;
        if (x is PyBool p && y is PyBool q) return ts.Interpreter.Bool(p.Value ^ q.Value);
        if (x.IsSmall && y.IsSmall) return Make(ts, x.Small ^ y.Small);
        return Make(ts, x.ToBigInteger() ^ y.ToBigInteger());
    }

    static PyObject? Negative(ThreadState ts, PyObject self)
    {
        var x = (PyInt)self;
        if (x.IsSmall && x.Small != long.MinValue) return Make(ts, -x.Small);
        return Make(ts, -x.ToBigInteger());
    }

    static PyObject? Absolute(ThreadState ts, PyObject self)
    {
        var x = (PyInt)self;
        if (x.IsSmall && x.Small != long.MinValue) return Make(ts, Math.Abs(x.Small));
        return Make(ts, BigInteger.Abs(x.ToBigInteger()));
    }

    static PyObject? Invert(ThreadState ts, PyObject self)
    {
        var x = (PyInt)self;
        if (x.IsSmall) return Make(ts, ~x.Small);
        return Make(ts, -x.Big!.Value - 1);
    }

    // ---- int → text ----

    /// <summary>Decimal digits (with '-' unless <paramref name="absolute"/>), honouring the
    /// interpreter's int_max_str_digits limit. Null with ValueError set when over the limit.</summary>
    public static string? ToDecimalString(ThreadState ts, PyInt v, bool absolute)
    {
        if (v.IsSmall)
        {
            long s = v.Small;
            if (!absolute || s >= 0) return s.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return s == long.MinValue ? "9223372036854775808" : (-s).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        var big = v.Big!.Value;
        int limit = ts.Interpreter.IntMaxStrDigits;
        if (limit > 0)
        {
            // Quick reject before converting: bits × log10(2) underestimates the digit count by < 1.
            double approxDigits = (double)big.GetBitLength() * 0.30102999566398120;
            if (approxDigits > limit + 1) return RaiseStrLimit(ts);
        }
        var magnitude = absolute ? BigInteger.Abs(big) : big;
        string text;
        if (big.GetBitLength() <= OffloadedComputation.OffloadBits) text = magnitude.ToString(System.Globalization.CultureInfo.InvariantCulture);
        else if (!OffloadedComputation.Run(ts, magnitude, static m => m.ToString(System.Globalization.CultureInfo.InvariantCulture), out text)) return null;
        int digits = text.Length - (text[0] == '-' ? 1 : 0);
        if (limit > 0 && digits > limit) return RaiseStrLimit(ts);
        return text;
    }

    static string? RaiseStrLimit(ThreadState ts)
    {
        ts.Raise(ExceptionKind.ValueError,
            $"Exceeds the limit ({ts.Interpreter.IntMaxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        return null;
    }

    /// <summary>Digits of |v| in base 2, 8 or 16 (no prefix, no sign).</summary>
    public static string ToBaseString(PyInt v, int radix, bool upper)
    {
        int bitsPerDigit = radix == 16 ? 4 : radix == 8 ? 3 : 1;
        string alphabet = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        if (v.IsSmall && v.Small != long.MinValue)
        {
            ulong u = (ulong)Math.Abs(v.Small);
            if (u == 0) return "0";
            Span<char> buf = stackalloc char[64];
            int pos = 64;
            ulong mask = (ulong)(radix - 1);
            while (u != 0)
            {
                buf[--pos] = alphabet[(int)(u & mask)];
                u >>= bitsPerDigit;
            }
            return new string(buf[pos..]);
        }
        var mag = BigInteger.Abs(v.ToBigInteger());
        var bytes = mag.ToByteArray(isUnsigned: true, isBigEndian: false);
        long totalBits = (long)mag.GetBitLength();
        int ndigits = (int)((totalBits + bitsPerDigit - 1) / bitsPerDigit);
        var chars = new char[ndigits];
        for (int d = 0; d < ndigits; d++)
        {
            long bit = (long)d * bitsPerDigit;
            int value = 0;
            for (int k = 0; k < bitsPerDigit; k++)
            {
                long bi = bit + k;
                int byteIndex = (int)(bi >> 3);
                if (byteIndex < bytes.Length && ((bytes[byteIndex] >> (int)(bi & 7)) & 1) != 0) value |= 1 << k;
            }
            chars[ndigits - 1 - d] = alphabet[value];
        }
        return new string(chars);
    }

    /// <summary>bin()/oct()/hex(): sign, prefix and digits.</summary>
    public static string ToPrefixedString(PyInt v, int radix)
    {
        string prefix = radix == 16 ? "0x" : radix == 8 ? "0o" : "0b";
        string digits = ToBaseString(v, radix, false);
        return Sign(v) < 0 ? "-" + prefix + digits : prefix + digits;
    }
}
