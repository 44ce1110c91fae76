using Isolated.Modules.Weakref;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Cmath;

/// <summary>
/// <c>cmath</c>: the complex functions of <see cref="ComplexMath"/> with CPython's argument rules
/// (a complex, or an object with <c>__complex__</c>, <c>__float__</c> or <c>__index__</c>) and its
/// errors ("math domain error" as ValueError, "math range error" as OverflowError).
/// </summary>
public static class CmathModule
{
    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "cmath");
        m.Dict.SetStr("__doc__", interp.Str("This module provides access to mathematical functions for complex\nnumbers."));
        void Add(string name, BuiltinMethod fn) => WeakrefModule.Add(m, name, fn);
        m.Dict.SetStr("pi", F(interp, Math.PI));
        m.Dict.SetStr("e", F(interp, Math.E));
        m.Dict.SetStr("tau", F(interp, Math.Tau));
        m.Dict.SetStr("inf", F(interp, double.PositiveInfinity));
        m.Dict.SetStr("nan", F(interp, double.NaN));
        m.Dict.SetStr("infj", ComplexType.New(interp, 0.0, double.PositiveInfinity));
        m.Dict.SetStr("nanj", ComplexType.New(interp, 0.0, double.NaN));
        Add("sqrt", static (ts, s, a, k) => Unary(ts, "cmath.sqrt", a, k, ComplexMath.Sqrt));
        Add("exp", static (ts, s, a, k) => Unary(ts, "cmath.exp", a, k, ComplexMath.Exp));
        Add("log10", static (ts, s, a, k) => Unary(ts, "cmath.log10", a, k, ComplexMath.Log10));
        Add("cos", static (ts, s, a, k) => Unary(ts, "cmath.cos", a, k, ComplexMath.Cos));
        Add("sin", static (ts, s, a, k) => Unary(ts, "cmath.sin", a, k, ComplexMath.Sin));
        Add("tan", static (ts, s, a, k) => Unary(ts, "cmath.tan", a, k, ComplexMath.Tan));
        Add("cosh", static (ts, s, a, k) => Unary(ts, "cmath.cosh", a, k, ComplexMath.Cosh));
        Add("sinh", static (ts, s, a, k) => Unary(ts, "cmath.sinh", a, k, ComplexMath.Sinh));
        Add("tanh", static (ts, s, a, k) => Unary(ts, "cmath.tanh", a, k, ComplexMath.Tanh));
        Add("acos", static (ts, s, a, k) => Unary(ts, "cmath.acos", a, k, ComplexMath.Acos));
        Add("asin", static (ts, s, a, k) => Unary(ts, "cmath.asin", a, k, ComplexMath.Asin));
        Add("atan", static (ts, s, a, k) => Unary(ts, "cmath.atan", a, k, ComplexMath.Atan));
        Add("acosh", static (ts, s, a, k) => Unary(ts, "cmath.acosh", a, k, ComplexMath.Acosh));
        Add("asinh", static (ts, s, a, k) => Unary(ts, "cmath.asinh", a, k, ComplexMath.Asinh));
        Add("atanh", static (ts, s, a, k) => Unary(ts, "cmath.atanh", a, k, ComplexMath.Atanh));
        Add("log", Log);
        Add("phase", Phase);
        Add("polar", Polar);
        Add("rect", Rect);
        Add("isfinite", static (ts, s, a, k) => Predicate(ts, "cmath.isfinite", a, k, static (x, y) => double.IsFinite(x) && double.IsFinite(y)));
        Add("isinf", static (ts, s, a, k) => Predicate(ts, "cmath.isinf", a, k, static (x, y) => double.IsInfinity(x) || double.IsInfinity(y)));
        Add("isnan", static (ts, s, a, k) => Predicate(ts, "cmath.isnan", a, k, static (x, y) => double.IsNaN(x) || double.IsNaN(y)));
        Add("isclose", IsClose);
        return m;
    }

    static PyObject F(Interpreter interp, double v) => new PyFloat(interp.Types.Float, v);

    /// <summary>CPython's complex argument conversion: a complex (subclasses by value), else
    /// <c>__complex__</c> (which must return a complex), else a real number through
    /// <c>__float__</c> or <c>__index__</c>.</summary>
    static bool ToComplex(ThreadState ts, PyObject o, out double x, out double y)
    {
        if (o is PyComplex c)
        {
            x = c.Real;
            y = c.Imag;
            return true;
        }
        x = y = 0;
        var special = ComplexType.ComplexOf(ts, o, out bool found);
        if (found)
        {
            if (special is not { } v) return false;
            x = v.Re;
            y = v.Im;
            return true;
        }
        return Ops.AsDouble(ts, o, out x);
    }

    static PyObject? Result(ThreadState ts, ComplexType.Value r, ComplexMathError error) => error switch
    {
        ComplexMathError.Domain => ts.Raise(ExceptionKind.ValueError, "math domain error"),
        ComplexMathError.Range => ts.Raise(ExceptionKind.OverflowError, "math range error"),
        _ => ComplexType.New(ts.Interpreter, r.Re, r.Im),
    };

    static PyObject? Unary(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kw, ComplexMath.Function f)
    {
        if (!ArgBinder.CheckPositional(ts, name, args, kw, 1, 1) || !ToComplex(ts, args[0], out double x, out double y)) return null;
        var error = ComplexMathError.None;
        var r = f(x, y, ref error);
        if (error == ComplexMathError.None) error = ComplexMath.Classify(x, y, r);
        return Result(ts, r, error);
    }

    /// <summary>log(z[, base]): as CPython, with a base the error is the base's logarithm's or
    /// the division's (log(0, 2) is (-inf+nanj), not an error).</summary>
    static PyObject? Log(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.NoKeywords(ts, "cmath.log", kw) || !ArgBinder.CheckPositional(ts, "log", args, null, 1, 2)) return null;
        if (!ToComplex(ts, args[0], out double x, out double y)) return null;
        var error = ComplexMathError.None;
        var r = ComplexMath.Log(x, y, ref error);
        if (args.Length == 2)
        {
            if (!ToComplex(ts, args[1], out double bx, out double by)) return null;
            error = ComplexMathError.None;
            var b = ComplexMath.Log(bx, by, ref error);
            if (error != ComplexMathError.None) return Result(ts, b, error);
            if (!ComplexType.Divide(r, b, out r)) return Result(ts, r, ComplexMathError.Domain);
            return Result(ts, r, ComplexMathError.None);
        }
        return Result(ts, r, error);
    }

    static PyObject? Phase(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "cmath.phase", args, kw, 1, 1) || !ToComplex(ts, args[0], out double x, out double y)) return null;
        double phi = Math.Atan2(y, x);
        // CPython reports the C library's range error here: an angle that underflows to zero.
        if (phi == 0.0 && y != 0.0 && double.IsFinite(x) && double.IsFinite(y)) return ts.Raise(ExceptionKind.OverflowError, "math range error");
        return F(ts.Interpreter, phi);
    }

    static PyObject? Polar(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "cmath.polar", args, kw, 1, 1) || !ToComplex(ts, args[0], out double x, out double y)) return null;
        double r = FloatMath.Hypot(x, y);
        if (double.IsInfinity(r) && double.IsFinite(x) && double.IsFinite(y)) return ts.Raise(ExceptionKind.OverflowError, "math range error");
        var interp = ts.Interpreter;
        return interp.Tuple(F(interp, r), F(interp, Math.Atan2(y, x)));
    }

    static PyObject? Rect(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.NoKeywords(ts, "cmath.rect", kw) || !ArgBinder.CheckPositional(ts, "rect", args, null, 2, 2)) return null;
        if (!Ops.AsDouble(ts, args[0], out double r) || !Ops.AsDouble(ts, args[1], out double phi)) return null;
        var error = ComplexMathError.None;
        var v = ComplexMath.Rect(r, phi, ref error);
        return Result(ts, v, ComplexMath.Classify(r, phi, v));
    }

    static PyObject? Predicate(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kw, Func<double, double, bool> test) =>
        ArgBinder.CheckPositional(ts, name, args, kw, 1, 1) && ToComplex(ts, args[0], out double x, out double y)
            ? ts.Interpreter.Bool(test(x, y)) : null;

    static PyObject? IsClose(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[4];
        if (!ArgBinder.Bind(ts, "isclose", args, kw, ["a", "b", "rel_tol", "abs_tol"], 2, a, keywordOnlyFrom: 2)) return null;
        if (!ToComplex(ts, a[0]!, out double ax, out double ay) || !ToComplex(ts, a[1]!, out double bx, out double by)) return null;
        double rel = 1e-9, abs = 0;
        if (a[2] is { } r && !Ops.AsDouble(ts, r, out rel)) return null;
        if (a[3] is { } t && !Ops.AsDouble(ts, t, out abs)) return null;
        if (rel < 0 || abs < 0) return ts.Raise(ExceptionKind.ValueError, "tolerances must be non-negative");
        var interp = ts.Interpreter;
        if (ax == bx && ay == by) return interp.True;
        if (double.IsInfinity(ax) || double.IsInfinity(ay) || double.IsInfinity(bx) || double.IsInfinity(by)) return interp.False;
        double diff = FloatMath.Hypot(ax - bx, ay - by);
        return interp.Bool(diff <= rel * FloatMath.Hypot(bx, by) || diff <= rel * FloatMath.Hypot(ax, ay) || diff <= abs);
    }
}
