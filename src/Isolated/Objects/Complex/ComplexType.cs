using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>complex</c> type. Arithmetic follows CPython's formulas (Smith's division,
/// repeated squaring for small integral powers) so that results, including signed zeros, inf and
/// nan, match.</summary>
public static partial class ComplexType
{
    public static PyType Create(Interpreter interp, BuiltinTypes types) =>
        types.NewBuiltin("complex", types.Object, TypeFlags.BaseType | TypeFlags.Immutable, s =>
        {
            s.Repr = static (ts, self) => ts.Interpreter.Str(Repr(((PyComplex)self).Real, ((PyComplex)self).Imag));
            s.Str = null;
            s.Hash = Hash;
            s.RichCompare = RichCompare;
            s.Bool = static (ts, self) => ((PyComplex)self).Real != 0 || ((PyComplex)self).Imag != 0 ? 1 : 0;
            s.New = New;
            s.Add = static (ts, a, b) =>
            {
                var r = Binary(ts, a, b, out var x, out var y, out bool failed);
                return r is not null || failed ? r : New(ts.Interpreter, x.Re + y.Re, x.Im + y.Im);
            };
            s.Subtract = static (ts, a, b) =>
            {
                var r = Binary(ts, a, b, out var x, out var y, out bool failed);
                return r is not null || failed ? r : New(ts.Interpreter, x.Re - y.Re, x.Im - y.Im);
            };
            s.Multiply = static (ts, a, b) =>
            {
                var r = Binary(ts, a, b, out var x, out var y, out bool failed);
                return r is not null || failed ? r : Make(ts, Multiply(x, y));
            };
            s.TrueDivide = static (ts, a, b) =>
            {
                var r = Binary(ts, a, b, out var x, out var y, out bool failed);
        if (r is not null || failed) return r;
                if (!Divide(x, y, out var q)) return ts.Raise(ExceptionKind.ZeroDivisionError, "complex division by zero");
                return Make(ts, q);
            };
            s.Power = static (ts, a, b, c) =>
            {
                if (!ReferenceEquals(c, ts.Interpreter.None)) return ts.Raise(ExceptionKind.ValueError, "complex modulo");
                var r = Binary(ts, a, b, out var x, out var y, out bool failed);
        if (r is not null || failed) return r;
                return PowValues(ts, x.Re, x.Im, y.Re, y.Im);
            };
            s.Negative = static (ts, self) => New(ts.Interpreter, -((PyComplex)self).Real, -((PyComplex)self).Imag);
            s.Positive = static (ts, self) => Exact(ts, (PyComplex)self);
            s.Absolute = static (ts, self) =>
            {
                var c = (PyComplex)self;
                double h = Abs(c.Real, c.Imag);
                if (double.IsInfinity(h) && double.IsFinite(c.Real) && double.IsFinite(c.Imag))
                    return ts.Raise(ExceptionKind.OverflowError, "absolute value too large");
                return FloatType.New(ts.Interpreter, h);
            };
        }, FillDict);

    public readonly record struct Value(double Re, double Im);

    public static PyComplex New(Interpreter interp, double real, double imag) => new(interp.Types.Complex, real, imag);

    static PyComplex Make(ThreadState ts, Value v) => New(ts.Interpreter, v.Re, v.Im);

    static PyComplex Exact(ThreadState ts, PyComplex c) =>
        ReferenceEquals(c.Type, ts.Interpreter.Types.Complex) ? c : New(ts.Interpreter, c.Real, c.Imag);

    /// <summary>abs(complex): hypot with C99's inf/nan rules.</summary>
    public static double Abs(double re, double im)
    {
        if (double.IsInfinity(re) || double.IsInfinity(im)) return double.PositiveInfinity;
        if (double.IsNaN(re) || double.IsNaN(im)) return double.NaN;
        return FloatMath.Hypot(re, im);
    }

    /// <summary>repr(complex): "(re+imj)", or "imj" when the real part is +0.</summary>
    public static string Repr(double re, double im)
    {
        string imText = Part(im, out bool imNegative);
        if (re == 0 && !double.IsNegative(re))
            return (imNegative ? "-" : "") + imText + "j";
        string reText = Part(re, out bool reNegative);
        return "(" + (reNegative ? "-" : "") + reText + (imNegative ? "-" : "+") + imText + "j)";
    }

    static string Part(double v, out bool negative)
    {
        negative = double.IsNegative(v) && !double.IsNaN(v);
        return NumberFormatter.FloatBody(Math.Abs(v), 'r', 0, false, false);
    }

    /// <summary>Converts an operand: complex, float or int. Returns null when both are usable,
    /// NotImplemented when one is not a number this type handles, or null with
    /// <paramref name="failed"/> when an int is too large for a float.</summary>
    static PyObject? Binary(ThreadState ts, PyObject a, PyObject b, out Value x, out Value y, out bool failed)
    {
        y = default;
        failed = false;
        if (!TryToValue(ts, a, out x, out bool fa)) return ts.Interpreter.NotImplemented;
        if (!TryToValue(ts, b, out y, out bool fb)) return ts.Interpreter.NotImplemented;
        failed = fa || fb;
        return null;
    }

    static bool TryToValue(ThreadState ts, PyObject o, out Value v, out bool failed)
    {
        failed = false;
        if (o is PyComplex c) { v = new Value(c.Real, c.Imag); return true; }
        if (FloatType.TryToDouble(ts, o, out double d, out failed)) { v = new Value(d, 0.0); return true; }
        v = default;
        return false;
    }

    public static Value Multiply(Value a, Value b) =>
        new(a.Re * b.Re - a.Im * b.Im, a.Re * b.Im + a.Im * b.Re);

    /// <summary>a / b by Smith's method; false when b is zero.</summary>
    public static bool Divide(Value a, Value b, out Value q)
    {
        double absBr = Math.Abs(b.Re), absBi = Math.Abs(b.Im);
        if (absBr >= absBi)
        {
            if (absBr == 0.0)
            {
                q = default;
                return false;
            }
            double ratio = b.Im / b.Re;
            double denom = b.Re + b.Im * ratio;
            q = new Value((a.Re + a.Im * ratio) / denom, (a.Im - a.Re * ratio) / denom);
        }
        else if (absBi >= absBr)
        {
            double ratio = b.Re / b.Im;
            double denom = b.Re * ratio + b.Im;
            q = new Value((a.Re * ratio + a.Im) / denom, (a.Im * ratio - a.Re) / denom);
        }
        else
        {
            q = new Value(double.NaN, double.NaN);
        }
        return true;
    }

    /// <summary>complex ** complex with CPython's error cases.</summary>
    public static PyObject? PowValues(ThreadState ts, double ar, double ai, double br, double bi)
    {
        var a = new Value(ar, ai);
        Value p;
        bool domainError = false;
        if (bi == 0 && br == Math.Floor(br) && Math.Abs(br) <= 100.0)
        {
            long n = (long)br;
            if (n >= 0) p = PowUnsigned(a, n);
            else if (!Divide(new Value(1, 0), PowUnsigned(a, -n), out p)) { domainError = true; p = default; }
        }
        else if (br == 0 && bi == 0)
        {
            p = new Value(1, 0);
        }
        else if (ar == 0 && ai == 0)
        {
            if (bi != 0 || br < 0) domainError = true;
            p = new Value(0, 0);
        }
        else
        {
            double vabs = FloatMath.Hypot(ar, ai);
            double len = Math.Pow(vabs, br);
            double at = Math.Atan2(ai, ar);
            double phase = at * br;
            if (bi != 0)
            {
                len /= Math.Exp(at * bi);
                phase += bi * Math.Log(vabs);
            }
            p = new Value(len * Math.Cos(phase), len * Math.Sin(phase));
            // libm reports EDOM for cos/sin of an infinite phase; CPython turns it into this error.
            if (double.IsInfinity(phase)) domainError = true;
        }
        if (domainError) return ts.Raise(ExceptionKind.ZeroDivisionError, "0.0 to a negative or complex power");
        if (double.IsInfinity(p.Re) || double.IsInfinity(p.Im))
            return ts.Raise(ExceptionKind.OverflowError, "complex exponentiation");
        return Make(ts, p);
    }

    static Value PowUnsigned(Value x, long n)
    {
        var r = new Value(1, 0);
        var p = x;
        long mask = 1;
        while (mask > 0 && n >= mask)
        {
            if ((n & mask) != 0) r = Multiply(r, p);
            mask <<= 1;
            p = Multiply(p, p);
        }
        return r;
    }

    static bool Hash(ThreadState ts, PyObject self, out long hash)
    {
        var c = (PyComplex)self;
        ulong hr = (ulong)(double.IsNaN(c.Real) ? Ops.IdentityHash(self) : FloatMath.Hash(c.Real));
        ulong hi = (ulong)(double.IsNaN(c.Imag) ? Ops.IdentityHash(self) : FloatMath.Hash(c.Imag));
        long h = (long)(hr + 1000003UL * hi);
        hash = h == -1 ? -2 : h;
        return true;
    }

    static PyObject? RichCompare(ThreadState ts, PyObject self, PyObject other, CompareOp op)
    {
        var interp = ts.Interpreter;
        if (op != CompareOp.Eq && op != CompareOp.Ne) return interp.NotImplemented;
        var c = (PyComplex)self;
        bool equal;
        if (other is PyComplex o) equal = c.Real == o.Real && c.Imag == o.Imag;
        else if (other is PyFloat f) equal = c.Imag == 0 && c.Real == f.Value;
        else if (other is PyInt i) equal = c.Imag == 0 && !double.IsNaN(c.Real) && FloatMath.CompareIntDouble(i, c.Real) == 0;
        else return interp.NotImplemented;
        return interp.Bool(equal == (op == CompareOp.Eq));
    }
}
