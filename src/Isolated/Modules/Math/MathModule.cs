using System.Numerics;
using Isolated.Modules.Weakref;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Mathematics;

/// <summary>
/// <c>math</c>: the C library's functions through System.Math, with CPython's error rules
/// ("math domain error" as ValueError for invalid arguments, "math range error" as OverflowError
/// for overflowing results), exact integer functions over BigInteger, and an exact fsum.
/// </summary>
public static class MathModule
{
    delegate double Unary(double x);

    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "math");
        m.Dict.SetStr("__doc__", interp.Str("This module provides access to the mathematical functions\ndefined by the C standard."));
        void Add(string name, BuiltinMethod fn) => WeakrefModule.Add(m, name, fn);
        void AddUnary(string name, Unary f, Func<double, bool>? domain = null, bool overflowChecks = true) =>
            Add(name, (ts, s, a, k) => ApplyUnary(ts, name, a, k, f, domain, overflowChecks));
        m.Dict.SetStr("pi", F(interp, System.Math.PI));
        m.Dict.SetStr("e", F(interp, System.Math.E));
        m.Dict.SetStr("tau", F(interp, System.Math.Tau));
        m.Dict.SetStr("inf", F(interp, double.PositiveInfinity));
        m.Dict.SetStr("nan", F(interp, double.NaN));
        AddUnary("sqrt", System.Math.Sqrt, static x => x >= 0 || double.IsNaN(x));
        AddUnary("exp", System.Math.Exp);
        AddUnary("exp2", static x => Libm.Available ? Libm.Exp2(x) : System.Math.Pow(2, x));
        AddUnary("expm1", static x => Libm.Available ? Libm.Expm1(x) : System.Math.Abs(x) < 1e-5 ? x + x * x / 2 + x * x * x / 6 : System.Math.Exp(x) - 1);
        AddUnary("log2", System.Math.Log2, static x => x > 0 || double.IsNaN(x));
        AddUnary("log10", System.Math.Log10, static x => x > 0 || double.IsNaN(x));
        AddUnary("log1p", static x => Libm.Available ? Libm.Log1p(x) : System.Math.Abs(x) < 1e-4 ? x - x * x / 2 + x * x * x / 3 : System.Math.Log(1 + x), static x => x > -1 || double.IsNaN(x));
        AddUnary("sin", System.Math.Sin, static x => !double.IsInfinity(x));
        AddUnary("cos", System.Math.Cos, static x => !double.IsInfinity(x));
        AddUnary("tan", System.Math.Tan, static x => !double.IsInfinity(x));
        AddUnary("asin", System.Math.Asin, static x => x is >= -1 and <= 1 || double.IsNaN(x));
        AddUnary("acos", System.Math.Acos, static x => x is >= -1 and <= 1 || double.IsNaN(x));
        AddUnary("atan", System.Math.Atan);
        AddUnary("sinh", System.Math.Sinh);
        AddUnary("cosh", System.Math.Cosh);
        AddUnary("tanh", System.Math.Tanh);
        AddUnary("asinh", System.Math.Asinh);
        AddUnary("acosh", System.Math.Acosh, static x => x >= 1 || double.IsNaN(x));
        AddUnary("atanh", System.Math.Atanh, static x => x > -1 && x < 1 || double.IsNaN(x));
        AddUnary("fabs", System.Math.Abs);
        AddUnary("cbrt", System.Math.Cbrt);
        AddUnary("degrees", static x => x * (180.0 / System.Math.PI));
        AddUnary("radians", static x => x * (System.Math.PI / 180.0));
        AddUnary("erf", static x => Libm.Available ? Libm.Erf(x) : Erf(x));
        AddUnary("erfc", static x => Libm.Available ? Libm.Erfc(x) : 1 - Erf(x));
        AddUnary("gamma", Gamma, static x => !(x <= 0 && x == System.Math.Floor(x)) && !double.IsNegativeInfinity(x));
        AddUnary("lgamma", static x => LogGamma(x), static x => !(x <= 0 && x == System.Math.Floor(x)));
        AddUnary("ulp", static x =>
        {
            if (double.IsNaN(x) || double.IsInfinity(x)) return System.Math.Abs(x);
            x = System.Math.Abs(x);
            return x == double.MaxValue ? x - System.Math.BitDecrement(x) : System.Math.BitIncrement(x) - x;
        }, overflowChecks: false);
        Add("log", Log);
        Add("pow", static (ts, s, a, k) => Binary(ts, "pow", a, k, static (x, y) => System.Math.Pow(x, y), PowDomain));
        Add("atan2", static (ts, s, a, k) => Binary(ts, "atan2", a, k, System.Math.Atan2, null));
        Add("fmod", static (ts, s, a, k) => Binary(ts, "fmod", a, k, static (x, y) => System.Math.IEEERemainder(x, y) is var _ ? x % y : 0,
            static (x, y) => !(double.IsInfinity(x) && !double.IsNaN(y)) && !(y == 0 && !double.IsNaN(x))));
        Add("remainder", static (ts, s, a, k) => Binary(ts, "remainder", a, k, System.Math.IEEERemainder,
            static (x, y) => !(double.IsInfinity(x) && !double.IsNaN(y)) && !(y == 0 && !double.IsNaN(x))));
        Add("copysign", static (ts, s, a, k) => Binary(ts, "copysign", a, k, System.Math.CopySign, null));
        Add("nextafter", static (ts, s, a, k) => Binary(ts, "nextafter", a, k, static (x, y) =>
            double.IsNaN(x) || double.IsNaN(y) ? double.NaN : x == y ? y : y > x ? System.Math.BitIncrement(x) : System.Math.BitDecrement(x), null));
        Add("ldexp", static (ts, s, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "ldexp", a, k, 2, 2) || !Ops.AsDouble(ts, a[0], out double x)) return null;
            if (a[1] is not PyInt) return ts.Raise(ExceptionKind.TypeError, "Expected an int as second argument to ldexp.");
            if (!Ops.AsLong(ts, a[1], out long e)) { ts.CurrentException = null; e = ((PyInt)a[1]).ToBigInteger().Sign > 0 ? int.MaxValue : int.MinValue; }
            double r = System.Math.ScaleB(x, (int)System.Math.Clamp(e, int.MinValue, int.MaxValue));
            if (double.IsInfinity(r) && !double.IsInfinity(x)) return ts.Raise(ExceptionKind.OverflowError, "math range error");
            return F(ts.Interpreter, r);
        });
        Add("frexp", static (ts, s, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "frexp", a, k, 1, 1) || !Ops.AsDouble(ts, a[0], out double x)) return null;
            var interp = ts.Interpreter;
            if (x == 0 || double.IsNaN(x) || double.IsInfinity(x)) return interp.Tuple(F(interp, x), interp.Int(0));
            int exp = System.Math.ILogB(x) + 1;
            double mant = System.Math.ScaleB(x, -exp);
            if (System.Math.Abs(mant) >= 1) { mant /= 2; exp++; }
            return interp.Tuple(F(interp, mant), interp.Int(exp));
        });
        Add("modf", static (ts, s, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "modf", a, k, 1, 1) || !Ops.AsDouble(ts, a[0], out double x)) return null;
            var interp = ts.Interpreter;
            if (double.IsInfinity(x)) return interp.Tuple(F(interp, System.Math.CopySign(0, x)), F(interp, x));
            double ip = System.Math.Truncate(x);
            return interp.Tuple(F(interp, System.Math.CopySign(x - ip, x)), F(interp, ip));
        });
        Add("isnan", static (ts, s, a, k) => Predicate(ts, "isnan", a, k, double.IsNaN));
        Add("isinf", static (ts, s, a, k) => Predicate(ts, "isinf", a, k, double.IsInfinity));
        Add("isfinite", static (ts, s, a, k) => Predicate(ts, "isfinite", a, k, double.IsFinite));
        Add("isclose", IsClose);
        Add("floor", static (ts, s, a, k) => Rounding(ts, "floor", "__floor__", a, k, System.Math.Floor));
        Add("ceil", static (ts, s, a, k) => Rounding(ts, "ceil", "__ceil__", a, k, System.Math.Ceiling));
        Add("trunc", static (ts, s, a, k) => Rounding(ts, "trunc", "__trunc__", a, k, System.Math.Truncate));
        Add("factorial", Factorial);
        Add("gcd", static (ts, s, a, k) => GcdLcm(ts, a, k, lcm: false));
        Add("lcm", static (ts, s, a, k) => GcdLcm(ts, a, k, lcm: true));
        Add("isqrt", ISqrt);
        Add("comb", static (ts, s, a, k) => CombPerm(ts, a, k, "comb"));
        Add("perm", static (ts, s, a, k) => CombPerm(ts, a, k, "perm"));
        Add("prod", Prod);
        Add("fsum", FSum);
        Add("hypot", Hypot);
        Add("dist", Dist);
        Add("sumprod", SumProd);
        return m;
    }

    static PyObject F(Interpreter interp, double v) => new PyFloat(interp.Types.Float, v);

    static PyObject? ApplyUnary(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kw, Unary f, Func<double, bool>? domain, bool overflowChecks)
    {
        if (!ArgBinder.CheckPositional(ts, name, args, kw, 1, 1)) return null;
        if (!Ops.AsDouble(ts, args[0], out double x)) return null;
        if (domain is not null && !domain(x)) return ts.Raise(ExceptionKind.ValueError, "math domain error");
        double r = f(x);
        if (double.IsNaN(r) && !double.IsNaN(x)) return ts.Raise(ExceptionKind.ValueError, "math domain error");
        if (overflowChecks && double.IsInfinity(r) && double.IsFinite(x)) return ts.Raise(ExceptionKind.OverflowError, "math range error");
        return F(ts.Interpreter, r);
    }

    static bool PowDomain(double x, double y) => !(x == 0 && y < 0) && !(x < 0 && double.IsFinite(x) && double.IsFinite(y) && y != System.Math.Floor(y));

    static PyObject? Binary(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kw, Func<double, double, double> f, Func<double, double, bool>? domain)
    {
        if (!ArgBinder.CheckPositional(ts, name, args, kw, 2, 2)) return null;
        if (!Ops.AsDouble(ts, args[0], out double x) || !Ops.AsDouble(ts, args[1], out double y)) return null;
        if (domain is not null && !domain(x, y)) return ts.Raise(ExceptionKind.ValueError, "math domain error");
        double r = f(x, y);
        if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y)) return ts.Raise(ExceptionKind.ValueError, "math domain error");
        if (double.IsInfinity(r) && double.IsFinite(x) && double.IsFinite(y)) return ts.Raise(ExceptionKind.OverflowError, "math range error");
        return F(ts.Interpreter, r);
    }

    static PyObject? Predicate(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kw, Func<double, bool> p) =>
        ArgBinder.CheckPositional(ts, name, args, kw, 1, 1) && Ops.AsDouble(ts, args[0], out double x) ? ts.Interpreter.Bool(p(x)) : null;

    /// <summary>log(x[, base]); ints of any size by their bit length, as CPython.</summary>
    static PyObject? Log(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "log", args, kw, 1, 2)) return null;
        if (!LogOf(ts, args[0], out double num)) return null;
        if (args.Length == 2)
        {
            if (!LogOf(ts, args[1], out double den)) return null;
            if (den == 0) return ts.Raise(ExceptionKind.ZeroDivisionError, "float division by zero");
            num /= den;
        }
        return F(ts.Interpreter, num);
    }

    static bool LogOf(ThreadState ts, PyObject o, out double result)
    {
        result = 0;
        if (o is PyInt { IsSmall: false } big)
        {
            var v = big.ToBigInteger();
            if (v.Sign <= 0) { ts.Raise(ExceptionKind.ValueError, "math domain error"); return false; }
            // As CPython: n = x * 2**e with 0.5 <= x < 1, then log(x) + e * log(2).
            long bits = (long)v.GetBitLength();
            int shift = (int)System.Math.Max(0, bits - 63);
            double mantissa = (double)(long)(v >> shift) / System.Math.Pow(2, bits - shift);
            result = System.Math.Log(mantissa) + System.Math.Log(2.0) * bits;
            return true;
        }
        if (!Ops.AsDouble(ts, o, out double x)) return false;
        if (x <= 0 || double.IsNaN(x) && false) { ts.Raise(ExceptionKind.ValueError, "math domain error"); return false; }
        result = System.Math.Log(x);
        return true;
    }

    static PyObject? IsClose(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[4];
        if (!ArgBinder.Bind(ts, "isclose", args, kw, ["a", "b", "rel_tol", "abs_tol"], 2, a, positionalOnly: 2, keywordOnlyFrom: 2)) return null;
        if (!Ops.AsDouble(ts, a[0]!, out double x) || !Ops.AsDouble(ts, a[1]!, out double y)) return null;
        double rel = 1e-9, abs = 0;
        if (a[2] is { } r && !Ops.AsDouble(ts, r, out rel)) return null;
        if (a[3] is { } t && !Ops.AsDouble(ts, t, out abs)) return null;
        if (rel < 0 || abs < 0) return ts.Raise(ExceptionKind.ValueError, "tolerances must be non-negative");
        if (x == y) return ts.Interpreter.True;
        if (double.IsInfinity(x) || double.IsInfinity(y)) return ts.Interpreter.False;
        double diff = System.Math.Abs(y - x);
        return ts.Interpreter.Bool(diff <= System.Math.Abs(rel * y) || diff <= System.Math.Abs(rel * x) || diff <= abs);
    }

    static PyObject? Rounding(ThreadState ts, string name, string dunder, ReadOnlySpan<PyObject> args, PyTuple? kw, Func<double, double> f)
    {
        if (!ArgBinder.CheckPositional(ts, name, args, kw, 1, 1)) return null;
        var o = args[0];
        if (o is PyInt && o.GetType() == typeof(PyInt)) return o;
        if (o is not PyFloat)
        {
            int found = Ops.LookupAttr(ts, o.Type, ts.Interpreter.Str(dunder), out var method);
            if (found < 0) return null;
            if (found > 0 && method is not null) return Ops.Call(ts, method, o);
            if (name == "trunc") return ts.Raise(ExceptionKind.TypeError, $"type {o.Type.Name} doesn't define __trunc__ method");
        }
        if (!Ops.AsDouble(ts, o, out double x)) return null;
        if (double.IsNaN(x)) return ts.Raise(ExceptionKind.ValueError, "cannot convert float NaN to integer");
        if (double.IsInfinity(x)) return ts.Raise(ExceptionKind.OverflowError, "cannot convert float infinity to integer");
        double r = f(x);
        return r is >= long.MinValue and < long.MaxValue ? ts.Interpreter.Int((long)r) : ts.Interpreter.Int(new BigInteger(r));
    }

    static bool BigArg(ThreadState ts, PyObject o, string function, out BigInteger value)
    {
        value = default;
        if (o is PyInt i) { value = i.ToBigInteger(); return true; }
        if (o is PyFloat) { ts.Raise(ExceptionKind.TypeError, "'float' object cannot be interpreted as an integer"); return false; }
        var index = Ops.Index(ts, o);
        if (index is null) return false;
        value = index.ToBigInteger();
        return true;
    }

    static PyObject? Factorial(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "factorial", args, kw, 1, 1) || !BigArg(ts, args[0], "factorial", out var n)) return null;
        if (n.Sign < 0) return ts.Raise(ExceptionKind.ValueError, "factorial() not defined for negative values");
        if (n > 100_000_000) return ts.Raise(ExceptionKind.OverflowError, "factorial() argument should not exceed 9223372036854775807");
        return ts.Interpreter.Int(ProductRange(1, (long)n));
    }

    /// <summary>lo * (lo+1) * ... * hi by halving, so the multiplications stay balanced.</summary>
    static BigInteger ProductRange(long lo, long hi)
    {
        if (lo > hi) return BigInteger.One;
        if (hi - lo < 16)
        {
            BigInteger r = BigInteger.One;
            for (long i = lo; i <= hi; i++) r *= i;
            return r;
        }
        long mid = lo + (hi - lo) / 2;
        return ProductRange(lo, mid) * ProductRange(mid + 1, hi);
    }

    static PyObject? GcdLcm(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, bool lcm)
    {
        if (!ArgBinder.NoKeywords(ts, lcm ? "lcm" : "gcd", kw)) return null;
        BigInteger acc = lcm ? BigInteger.One : BigInteger.Zero;
        foreach (var o in args)
        {
            if (!BigArg(ts, o, "gcd", out var v)) return null;
            v = BigInteger.Abs(v);
            if (lcm) acc = acc.IsZero || v.IsZero ? BigInteger.Zero : acc / BigInteger.GreatestCommonDivisor(acc, v) * v;
            else acc = BigInteger.GreatestCommonDivisor(acc, v);
        }
        return ts.Interpreter.Int(acc);
    }

    static BigInteger ISqrtOf(BigInteger n)
    {
        if (n < 2) return n;
        if (n.GetBitLength() <= 52)
        {
            // Exact in a double: the estimate is off by at most one.
            var x = (BigInteger)System.Math.Sqrt((double)n);
            while (x * x > n) x--;
            while ((x + 1) * (x + 1) <= n) x++;
            return x;
        }
        // Newton from above: the double estimate is too coarse (or infinite) for large values.
        var r = BigInteger.One << (int)((n.GetBitLength() + 1) / 2);
        while (true)
        {
            var y = (r + n / r) >> 1;
            if (y >= r) return r;
            r = y;
        }
    }

    static PyObject? ISqrt(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "isqrt", args, kw, 1, 1) || !BigArg(ts, args[0], "isqrt", out var n)) return null;
        if (n.Sign < 0) return ts.Raise(ExceptionKind.ValueError, "isqrt() argument must be nonnegative");
        return ts.Interpreter.Int(ISqrtOf(n));
    }

    static PyObject? CombPerm(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, string name)
    {
        bool perm = name == "perm";
        if (!ArgBinder.CheckPositional(ts, name, args, kw, perm ? 1 : 2, 2) || !BigArg(ts, args[0], name, out var n)) return null;
        BigInteger k = n;
        if (args.Length == 2 && !(perm && ReferenceEquals(args[1], ts.Interpreter.None)) && !BigArg(ts, args[1], name, out k)) return null;
        if (n.Sign < 0) return ts.Raise(ExceptionKind.ValueError, "n must be a non-negative integer");
        if (k.Sign < 0) return ts.Raise(ExceptionKind.ValueError, "k must be a non-negative integer");
        if (k > n) return ts.Interpreter.Int(0);
        if (!perm && k > n - k) k = n - k;
        BigInteger r = BigInteger.One;
        for (BigInteger i = 0; i < k; i++)
        {
            r *= n - i;
            if (!perm) r /= i + 1;
        }
        return ts.Interpreter.Int(r);
    }

    static PyObject? Prod(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "prod", args, kw, ["iterable", "start"], 1, a, positionalOnly: 1, keywordOnlyFrom: 1)) return null;
        var acc = a[1] ?? ts.Interpreter.Int(1);
        var it = Ops.GetIter(ts, a[0]!);
        if (it is null) return null;
        while (true)
        {
            var v = Ops.Next(ts, it);
            if (v is null) return ts.HasError ? null : acc;
            acc = Ops.Multiply(ts, acc, v)!;
            if (acc is null) return null;
        }
    }

    /// <summary>fsum: Shewchuk's exact partial sums (the algorithm the math docs reference),
    /// rounded once at the end.</summary>
    static PyObject? FSum(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "fsum", args, kw, 1, 1)) return null;
        var it = Ops.GetIter(ts, args[0]);
        if (it is null) return null;
        var partials = new List<double>();
        double specialSum = 0, infSum = 0;
        while (true)
        {
            var o = Ops.Next(ts, it);
            if (o is null) { if (ts.HasError) return null; break; }
            if (!Ops.AsDouble(ts, o, out double x)) return null;
            if (!double.IsFinite(x))
            {
                if (double.IsInfinity(x)) infSum += x;
                specialSum += x;
                continue;
            }
            int i = 0;
            for (int j = 0; j < partials.Count; j++)
            {
                double y = partials[j];
                if (System.Math.Abs(x) < System.Math.Abs(y)) (x, y) = (y, x);
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0) partials[i++] = lo;
                x = hi;
            }
            if (double.IsInfinity(x)) return ts.Raise(ExceptionKind.OverflowError, "intermediate overflow in fsum");
            partials.RemoveRange(i, partials.Count - i);
            partials.Add(x);
        }
        if (specialSum != 0 || double.IsNaN(specialSum))
        {
            if (double.IsNaN(infSum)) return ts.Raise(ExceptionKind.ValueError, "-inf + inf in fsum");
            return F(ts.Interpreter, specialSum);
        }
        double sum = 0;
        int n = partials.Count;
        if (n > 0)
        {
            sum = partials[--n];
            double lo = 0;
            while (n > 0)
            {
                double x = sum;
                double y = partials[--n];
                sum = x + y;
                double yr = sum - x;
                lo = y - yr;
                if (lo != 0) break;
            }
            // Round half-even across the remaining partials, as the reference algorithm does.
            if (n > 0 && (lo < 0 && partials[n - 1] < 0 || lo > 0 && partials[n - 1] > 0))
            {
                double y = lo * 2;
                double x = sum + y;
                double yr = x - sum;
                if (y == yr) sum = x;
            }
        }
        return F(ts.Interpreter, sum);
    }

    static bool Coordinates(ThreadState ts, PyObject o, out double[] values)
    {
        values = [];
        var t = Ops.ToTuple(ts, o);
        if (t is null) return false;
        values = new double[t.Count];
        for (int i = 0; i < t.Count; i++)
            if (!Ops.AsDouble(ts, t.Items[i], out values[i])) return false;
        return true;
    }

    static PyObject? Hypot(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.NoKeywords(ts, "hypot", kw)) return null;
        var v = new double[args.Length];
        for (int i = 0; i < args.Length; i++)
            if (!Ops.AsDouble(ts, args[i], out v[i])) return null;
        return F(ts.Interpreter, FloatMath.Norm(v));
    }

    static PyObject? Dist(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "dist", args, kw, 2, 2)) return null;
        if (args[0] is not PyTuple && args[0] is not PyList || args[1] is not PyTuple && args[1] is not PyList)
        {
            if (args[0] is not PyTuple && args[0].Type.Slots.GetItem is null)
                return ts.Raise(ExceptionKind.TypeError, $"dist(): argument 1 must be tuple, not {args[0].Type.Name}");
        }
        if (!Coordinates(ts, args[0], out var p) || !Coordinates(ts, args[1], out var q)) return null;
        if (p.Length != q.Length) return ts.Raise(ExceptionKind.ValueError, "both points must have the same number of dimensions");
        var d = new double[p.Length];
        for (int i = 0; i < d.Length; i++) d[i] = p[i] - q[i];
        return F(ts.Interpreter, FloatMath.Norm(d));
    }

    static PyObject? SumProd(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "sumprod", args, kw, 2, 2)) return null;
        var p = Ops.GetIter(ts, args[0]);
        if (p is null) return null;
        var q = Ops.GetIter(ts, args[1]);
        if (q is null) return null;
        PyObject total = ts.Interpreter.Int(0);
        while (true)
        {
            var x = Ops.Next(ts, p);
            if (x is null && ts.HasError) return null;
            var y = Ops.Next(ts, q);
            if (y is null && ts.HasError) return null;
            if (x is null && y is null) return total;
            if (x is null || y is null) return ts.Raise(ExceptionKind.ValueError, "Inputs are not the same length");
            var m = Ops.Multiply(ts, x, y);
            if (m is null) return null;
            var t = Ops.Add(ts, total, m);
            if (t is null) return null;
            total = t;
        }
    }

    // ---- special functions (series/Lanczos approximations, double precision) ----

    static double Erf(double x)
    {
        if (double.IsNaN(x)) return x;
        if (double.IsInfinity(x)) return System.Math.Sign(x);
        double ax = System.Math.Abs(x);
        double r;
        if (ax < 2.5)
        {
            // Maclaurin series: converges well below 2.5.
            double term = ax, sum = ax, x2 = ax * ax;
            for (int n = 1; n < 200; n++)
            {
                term *= -x2 / n;
                double add = term / (2 * n + 1);
                sum += add;
                if (System.Math.Abs(add) < 1e-17 * System.Math.Abs(sum)) break;
            }
            r = 2 / System.Math.Sqrt(System.Math.PI) * sum;
        }
        else
        {
            // Continued fraction for erfc.
            double x2 = ax * ax, f = 0;
            for (int n = 60; n >= 1; n--) f = n / 2.0 / (ax + f);
            r = 1 - System.Math.Exp(-x2) / System.Math.Sqrt(System.Math.PI) / (ax + f);
        }
        return x < 0 ? -r : r;
    }

    static readonly double[] Lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];

    static double Gamma(double x)
    {
        if (x == System.Math.Floor(x) && x > 0 && x <= 21)
        {
            // (x-1)! is exact in a long up to 20!: one correctly rounded conversion.
            long f = 1;
            for (int i = 2; i < x; i++) f *= i;
            return f;
        }
        if (Libm.Available) return Libm.Tgamma(x);
        if (x == System.Math.Floor(x) && x > 0 && x < 171)
        {
            double f = 1;
            for (int i = 2; i < x; i++) f *= i;
            return f;
        }
        if (x < 0.5) return System.Math.PI / (System.Math.Sin(System.Math.PI * x) * Gamma(1 - x));
        x -= 1;
        double a = Lanczos[0];
        double t = x + 7.5;
        for (int i = 1; i < 9; i++) a += Lanczos[i] / (x + i);
        return System.Math.Sqrt(2 * System.Math.PI) * System.Math.Pow(t, x + 0.5) * System.Math.Exp(-t) * a;
    }

    static double LogGamma(double x)
    {
        if (double.IsInfinity(x)) return double.PositiveInfinity;
        if (x == 1 || x == 2) return 0;
        if (Libm.Available) return Libm.Lgamma(x);
        if (x < 0.5) return System.Math.Log(System.Math.PI / System.Math.Abs(System.Math.Sin(System.Math.PI * x))) - LogGamma(1 - x);
        x -= 1;
        double a = Lanczos[0];
        double t = x + 7.5;
        for (int i = 1; i < 9; i++) a += Lanczos[i] / (x + i);
        return 0.5 * System.Math.Log(2 * System.Math.PI) + (x + 0.5) * System.Math.Log(t) - t + System.Math.Log(a);
    }
}
