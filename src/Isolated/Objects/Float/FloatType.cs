using System.Numerics;
using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>float</c> type: IEEE doubles with CPython's arithmetic rules, repr, hash and
/// exact comparison with ints.</summary>
public static partial class FloatType
{
    public static PyType Create(Interpreter interp, BuiltinTypes types) =>
        types.NewBuiltin("float", types.Object, TypeFlags.BaseType | TypeFlags.Immutable, s =>
        {
            s.Repr = static (ts, self) => ts.Interpreter.Str(Repr(((PyFloat)self).Value));
            s.Str = null;
            s.Hash = static (ThreadState ts, PyObject self, out long h) =>
            {
                double v = ((PyFloat)self).Value;
                h = double.IsNaN(v) ? Ops.IdentityHash(self) : FloatMath.Hash(v);
                return true;
            };
            s.RichCompare = RichCompare;
            s.Bool = static (ts, self) => ((PyFloat)self).Value != 0 ? 1 : 0;
            s.New = New;
            s.Add = Add;
            s.Subtract = Subtract;
            s.Multiply = Multiply;
            s.TrueDivide = TrueDivide;
            s.FloorDivide = FloorDivide;
            s.Remainder = Remainder;
            s.DivMod = DivMod;
            s.Power = Power;
            s.Negative = static (ts, self) => New(ts.Interpreter, -((PyFloat)self).Value);
            s.Positive = static (ts, self) => Exact(ts, (PyFloat)self);
            s.Absolute = static (ts, self) => New(ts.Interpreter, Math.Abs(((PyFloat)self).Value));
            s.Int = static (ts, self) => ToInt(ts, ((PyFloat)self).Value);
            s.Float = static (ts, self) => Exact(ts, (PyFloat)self);
        }, FillDict);

    /// <summary>A new exact float.</summary>
    public static PyFloat New(Interpreter interp, double value) => new(interp.Types.Float, value);

    static PyFloat Exact(ThreadState ts, PyFloat f) =>
        ReferenceEquals(f.Type, ts.Interpreter.Types.Float) ? f : New(ts.Interpreter, f.Value);

    public static string Repr(double value) => NumberFormatter.FloatRepr(value);

    /// <summary>int(float): truncation; OverflowError for infinities, ValueError for NaN.</summary>
    public static PyInt? ToInt(ThreadState ts, double v)
    {
        if (double.IsNaN(v)) { ts.Raise(ExceptionKind.ValueError, "cannot convert float NaN to integer"); return null; }
        if (double.IsInfinity(v)) { ts.Raise(ExceptionKind.OverflowError, "cannot convert float infinity to integer"); return null; }
        double t = Math.Truncate(v);
        if (t >= -9.2e18 && t <= 9.2e18) return ts.Interpreter.Int((long)t);
        return ts.Interpreter.Int(new BigInteger(t));
    }

    /// <summary>Converts a number operand to double for float arithmetic: float or int.
    /// Returns false when not applicable (→ NotImplemented); sets <paramref name="failed"/> with
    /// OverflowError when an int is too large.</summary>
    public static bool TryToDouble(ThreadState ts, PyObject o, out double d, out bool failed)
    {
        failed = false;
        if (o is PyFloat f) { d = f.Value; return true; }
        if (o is PyInt i)
        {
            if (i.IsSmall) { d = i.Small; return true; }
            d = FloatMath.IntToDouble(i);
            if (double.IsInfinity(d))
            {
                ts.Raise(ExceptionKind.OverflowError, "int too large to convert to float");
                failed = true;
            }
            return true;
        }
        d = 0;
        return false;
    }

    /// <summary>Converts both operands of a binary slot. Returns null when both are usable (the
    /// caller computes); otherwise the slot's answer: NotImplemented, or null with the error set
    /// (<paramref name="failed"/>).</summary>
    static PyObject? Binary(ThreadState ts, PyObject a, PyObject b, out double x, out double y, out bool failed)
    {
        y = 0;
        failed = false;
        if (!TryToDouble(ts, a, out x, out bool fa)) return ts.Interpreter.NotImplemented;
        if (!TryToDouble(ts, b, out y, out bool fb)) return ts.Interpreter.NotImplemented;
        failed = fa || fb;
        return null;
    }

    static PyObject? Add(ThreadState ts, PyObject a, PyObject b)
    {
        var r = Binary(ts, a, b, out double x, out double y, out bool failed);
        if (r is not null || failed) return r;
        return New(ts.Interpreter, x + y);
    }

    static PyObject? Subtract(ThreadState ts, PyObject a, PyObject b)
    {
        var r = Binary(ts, a, b, out double x, out double y, out bool failed);
        if (r is not null || failed) return r;
        return New(ts.Interpreter, x - y);
    }

    static PyObject? Multiply(ThreadState ts, PyObject a, PyObject b)
    {
        var r = Binary(ts, a, b, out double x, out double y, out bool failed);
        if (r is not null || failed) return r;
        return New(ts.Interpreter, x * y);
    }

    static PyObject? TrueDivide(ThreadState ts, PyObject a, PyObject b)
    {
        var r = Binary(ts, a, b, out double x, out double y, out bool failed);
        if (r is not null || failed) return r;
        if (y == 0) return ts.Raise(ExceptionKind.ZeroDivisionError, "float division by zero");
        return New(ts.Interpreter, x / y);
    }

    static PyObject? FloorDivide(ThreadState ts, PyObject a, PyObject b)
    {
        var r = Binary(ts, a, b, out double x, out double y, out bool failed);
        if (r is not null || failed) return r;
        if (y == 0) return ts.Raise(ExceptionKind.ZeroDivisionError, "float floor division by zero");
        return New(ts.Interpreter, FloatMath.DivMod(x, y).Div);
    }

    static PyObject? Remainder(ThreadState ts, PyObject a, PyObject b)
    {
        var r = Binary(ts, a, b, out double x, out double y, out bool failed);
        if (r is not null || failed) return r;
        if (y == 0) return ts.Raise(ExceptionKind.ZeroDivisionError, "float modulo");
        return New(ts.Interpreter, FloatMath.Mod(x, y));
    }

    static PyObject? DivMod(ThreadState ts, PyObject a, PyObject b)
    {
        var r = Binary(ts, a, b, out double x, out double y, out bool failed);
        if (r is not null || failed) return r;
        if (y == 0) return ts.Raise(ExceptionKind.ZeroDivisionError, "float divmod()");
        var (d, m) = FloatMath.DivMod(x, y);
        return ts.Interpreter.Tuple(New(ts.Interpreter, d), New(ts.Interpreter, m));
    }

    static PyObject? Power(ThreadState ts, PyObject a, PyObject b, PyObject c)
    {
        if (!ReferenceEquals(c, ts.Interpreter.None))
            return ts.Raise(ExceptionKind.TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
        var r = Binary(ts, a, b, out double x, out double y, out bool failed);
        if (r is not null || failed) return r;
        return PowDoubles(ts, x, y);
    }

    /// <summary>float ** float, with CPython's errors; a negative base to a fractional power gives
    /// a complex result.</summary>
    public static PyObject? PowDoubles(ThreadState ts, double x, double y)
    {
        switch (FloatMath.Pow(x, y, out double result))
        {
            case FloatMath.PowStatus.Ok:
                return New(ts.Interpreter, result);
            case FloatMath.PowStatus.ZeroToNegative:
                return ts.Raise(ExceptionKind.ZeroDivisionError, "0.0 cannot be raised to a negative power");
            case FloatMath.PowStatus.Overflow:
                return RaiseRangeError(ts);
            default:
                return ComplexType.PowValues(ts, x, 0, y, 0);
        }
    }

    /// <summary>OverflowError(34, 'Numerical result out of range'), as C's ERANGE reports it.</summary>
    public static PyObject? RaiseRangeError(ThreadState ts)
    {
        var interp = ts.Interpreter;
        return ts.Raise(new PyBaseException(interp.ExceptionType(ExceptionKind.OverflowError),
            interp.Tuple(interp.Int(34), interp.Str("Numerical result out of range"))));
    }

    static PyObject? RichCompare(ThreadState ts, PyObject self, PyObject other, CompareOp op)
    {
        double a = ((PyFloat)self).Value;
        int c;
        if (other is PyFloat f)
        {
            double b = f.Value;
            return ts.Interpreter.Bool(op switch
            {
                CompareOp.Lt => a < b,
                CompareOp.Le => a <= b,
                CompareOp.Eq => a == b,
                CompareOp.Ne => a != b,
                CompareOp.Gt => a > b,
                _ => a >= b,
            });
        }
        if (other is PyInt i)
        {
            if (double.IsNaN(a)) return ts.Interpreter.Bool(op == CompareOp.Ne);
            c = -FloatMath.CompareIntDouble(i, a);
            return ts.Interpreter.Bool(IntType.CompareResult(c, op));
        }
        return ts.Interpreter.NotImplemented;
    }

    // ---- float() ----

    static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is not null && kwnames.Count > 0) return ts.Raise(ExceptionKind.TypeError, "float() takes no keyword arguments");
        if (args.Length > 1) return ts.Raise(ExceptionKind.TypeError, $"float expected at most 1 argument, got {args.Length}");
        double value;
        if (args.Length == 0) value = 0.0;
        else
        {
            var f = Ops.ToFloat(ts, args[0]);
            if (f is null) return null;
            if (ReferenceEquals(type, ts.Interpreter.Types.Float)) return f;
            value = f.Value;
        }
        if (ReferenceEquals(type, ts.Interpreter.Types.Float)) return New(ts.Interpreter, value);
        return new PyFloatSubclass(type, value);
    }

    /// <summary>float(bytes): the bytes read as ASCII; errors show the bytes' repr.</summary>
    public static PyFloat? ParseBytes(ThreadState ts, PyObject bytes)
    {
        var data = ((IBuffer)bytes).AsReadOnlySpan();
        Span<char> text = data.Length <= 256 ? stackalloc char[data.Length] : new char[data.Length];
        for (int i = 0; i < data.Length; i++) text[i] = (char)data[i];
        if (FloatMath.TryParse(text, out double d)) return New(ts.Interpreter, d);
        var shown = Ops.Repr(ts, bytes) is PyStr r ? r.Value : "";
        ts.Raise(ExceptionKind.ValueError, $"could not convert string to float: {shown}");
        return null;
    }

    /// <summary>float(str): null with ValueError set when the text is not a float.</summary>
    public static PyFloat? Parse(ThreadState ts, string text)
    {
        if (FloatMath.TryParse(text, out double d)) return New(ts.Interpreter, d);
        ts.Raise(ExceptionKind.ValueError, $"could not convert string to float: {StrType.Repr(text)}");
        return null;
    }
}
