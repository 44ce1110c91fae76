using Isolated.Objects;
using M = System.Math;

namespace Isolated.Modules.Cmath;

/// <summary>What a cmath function reports besides its value: nothing, a domain error
/// (ValueError "math domain error") or a range error (OverflowError "math range error").</summary>
public enum ComplexMathError { None, Domain, Range }

/// <summary>
/// The complex functions of <c>cmath</c> on (real, imaginary) pairs. Finite arguments use
/// numerically careful formulas (square roots and logarithms scaled away from overflow and
/// underflow, inverse functions through square roots of 1 ± z); arguments with an infinite or NaN
/// part follow C99 Annex G's special values, with the signs CPython picks where Annex G leaves
/// them open. System.Numerics.Complex is not used: its edge cases differ from C's.
/// </summary>
public static class ComplexMath
{
    const double Large = double.MaxValue / 4.0;
    static readonly double SqrtLarge = M.Sqrt(Large);
    static readonly double LogLarge = M.Log(Large);
    static readonly double SqrtDblMin = M.Sqrt(DblMin);
    const double DblMin = 2.2250738585072014e-308;
    const int MantDig = 53;
    const int ScaleUp = 2 * (MantDig / 2) + 1;
    const int ScaleDown = -(ScaleUp + 1) / 2;
    const double Ln2 = 0.6931471805599453;
    public const double Ln10 = 2.302585092994046;
    const double Inf = double.PositiveInfinity;
    const double NaN = double.NaN;
    const double HalfPi = M.PI / 2;
    const double QuarterPi = M.PI / 4;
    const double ThreeQuarterPi = 3 * M.PI / 4;

    public delegate ComplexType.Value Function(double x, double y, ref ComplexMathError error);

    static ComplexType.Value V(double re, double im) => new(re, im);
    static bool Finite(double v) => double.IsFinite(v);
    static double Hypot(double x, double y) => FloatMath.Hypot(x, y);
    static double Log1p(double x) => Libm.Available ? Libm.Log1p(x) : M.Abs(x) < 1e-4 ? x - x * x / 2 + x * x * x / 3 : M.Log(1 + x);
    /// <summary>+1 or -1 by the sign bit, so that -0.0 counts as negative.</summary>
    static double SignOf(double v) => double.IsNegative(v) ? -1.0 : 1.0;

    /// <summary>The error CPython reports for a result computed without an explicit one: an
    /// infinity made from finite arguments is a range error, a NaN made from arguments without NaN
    /// a domain error.</summary>
    public static ComplexMathError Classify(double x, double y, ComplexType.Value r)
    {
        // Overflow first: exp(1000) computes inf * sin(0), a NaN beside the infinity.
        if (Finite(x) && Finite(y) && (double.IsInfinity(r.Re) || double.IsInfinity(r.Im))) return ComplexMathError.Range;
        bool argNaN = double.IsNaN(x) || double.IsNaN(y);
        if (!argNaN && (double.IsNaN(r.Re) || double.IsNaN(r.Im))) return ComplexMathError.Domain;
        return ComplexMathError.None;
    }

    public static ComplexType.Value Sqrt(double x, double y, ref ComplexMathError error)
    {
        if (double.IsInfinity(y)) return V(Inf, y);
        if (double.IsNaN(x)) return V(NaN, NaN);
        if (double.IsNaN(y))
            return x == Inf ? V(Inf, NaN) : x == -Inf ? V(NaN, Inf) : V(NaN, NaN);
        if (x == -Inf) return V(0.0, M.CopySign(Inf, y));
        if (x == Inf) return V(Inf, M.CopySign(0.0, y));
        if (x == 0.0 && y == 0.0) return V(0.0, y);
        double ax = M.Abs(x), ay = M.Abs(y), s;
        if (ax < DblMin && ay < DblMin)
        {
            // Subnormal parts: scaled up first so that the hypotenuse keeps its precision.
            ax = M.ScaleB(ax, ScaleUp);
            s = M.ScaleB(M.Sqrt(ax + Hypot(ax, M.ScaleB(ay, ScaleUp))), ScaleDown);
        }
        else
        {
            ax /= 8.0;
            s = 2.0 * M.Sqrt(ax + Hypot(ax, ay / 8.0));
        }
        double d = ay / (2.0 * s);
        return x >= 0.0 ? V(s, M.CopySign(d, y)) : V(d, M.CopySign(s, y));
    }

    public static ComplexType.Value Exp(double x, double y, ref ComplexMathError error)
    {
        if (!Finite(x) || !Finite(y))
        {
            if (double.IsNaN(x)) return y == 0.0 ? V(NaN, y) : V(NaN, NaN);
            if (x == -Inf)
                return Finite(y) ? V(M.CopySign(0.0, M.Cos(y)), M.CopySign(0.0, M.Sin(y))) : V(0.0, 0.0);
            if (x == Inf)
            {
                if (!Finite(y)) return V(Inf, NaN);
                return y == 0.0 ? V(Inf, y) : V(M.CopySign(Inf, M.Cos(y)), M.CopySign(Inf, M.Sin(y)));
            }
            return V(NaN, NaN); // finite x, infinite or NaN y
        }
        if (x > LogLarge)
        {
            // exp(x) alone would overflow where the product with cos/sin need not.
            double scale = M.Exp(x - 1.0);
            return V(M.Cos(y) * scale * M.E, M.Sin(y) * scale * M.E);
        }
        double ex = M.Exp(x);
        return V(ex * M.Cos(y), ex * M.Sin(y));
    }

    public static ComplexType.Value Cosh(double x, double y, ref ComplexMathError error)
    {
        if (!Finite(x) || !Finite(y))
        {
            if (double.IsInfinity(x) && Finite(y))
                return y == 0.0
                    ? V(Inf, SignOf(x) * y)
                    : V(M.CopySign(Inf, M.Cos(y)), M.CopySign(Inf, M.Sin(y)) * SignOf(x));
            if (double.IsInfinity(x)) return V(Inf, NaN);     // y infinite or NaN
            if (x == 0.0 && !Finite(y)) return V(NaN, 0.0);   // ±0 with y infinite or NaN
            if (double.IsNaN(x) && y == 0.0) return V(NaN, 0.0);
            return V(NaN, NaN);
        }
        if (M.Abs(x) > LogLarge)
        {
            double x1 = x - M.CopySign(1.0, x);
            return V(M.Cos(y) * M.Cosh(x1) * M.E, M.Sin(y) * M.Sinh(x1) * M.E);
        }
        return V(M.Cos(y) * M.Cosh(x), M.Sin(y) * M.Sinh(x));
    }

    public static ComplexType.Value Sinh(double x, double y, ref ComplexMathError error)
    {
        if (!Finite(x) || !Finite(y))
        {
            if (double.IsInfinity(x) && Finite(y))
                return y == 0.0
                    ? V(x, y)
                    : V(M.CopySign(Inf, M.Cos(y)) * SignOf(x), M.CopySign(Inf, M.Sin(y)));
            // y infinite or NaN: Annex G leaves the real part's sign open; CPython's is +.
            if (double.IsInfinity(x)) return V(Inf, NaN);
            if (x == 0.0 && !Finite(y)) return V(0.0, NaN);
            if (double.IsNaN(x) && y == 0.0) return V(NaN, y);
            return V(NaN, NaN);
        }
        if (M.Abs(x) > LogLarge)
        {
            double x1 = x - M.CopySign(1.0, x);
            return V(M.Cos(y) * M.Sinh(x1) * M.E, M.Sin(y) * M.Cosh(x1) * M.E);
        }
        return V(M.Cos(y) * M.Sinh(x), M.Sin(y) * M.Cosh(x));
    }

    public static ComplexType.Value Tanh(double x, double y, ref ComplexMathError error)
    {
        if (!Finite(x) || !Finite(y))
        {
            if (double.IsInfinity(x))
                return Finite(y) ? V(M.CopySign(1.0, x), M.CopySign(0.0, 2.0 * M.Sin(y) * M.Cos(y))) : V(M.CopySign(1.0, x), 0.0);
            if (double.IsNaN(x) && y == 0.0) return V(NaN, y);
            return V(NaN, NaN);
        }
        if (M.Abs(x) > LogLarge)
            return V(M.CopySign(1.0, x), 4.0 * M.Sin(y) * M.Cos(y) * M.Exp(-2.0 * M.Abs(x)));
        double tx = M.Tanh(x), ty = M.Tan(y), cx = 1.0 / M.Cosh(x);
        double txty = tx * ty, denom = 1.0 + txty * txty;
        return V(tx * (1.0 + ty * ty) / denom, ty / denom * cx * cx);
    }

    // The circular functions from the hyperbolic ones: cos z = cosh iz, sin z = -i sinh iz,
    // tan z = -i tanh iz (and likewise for the inverses).
    public static ComplexType.Value Cos(double x, double y, ref ComplexMathError error) => Cosh(-y, x, ref error);

    public static ComplexType.Value Sin(double x, double y, ref ComplexMathError error)
    {
        var r = Sinh(-y, x, ref error);
        return V(r.Im, -r.Re);
    }

    public static ComplexType.Value Tan(double x, double y, ref ComplexMathError error)
    {
        var r = Tanh(-y, x, ref error);
        return V(r.Im, -r.Re);
    }

    public static ComplexType.Value Log(double x, double y, ref ComplexMathError error)
    {
        if (!Finite(x) || !Finite(y))
        {
            if (double.IsNaN(x) || double.IsNaN(y))
                return double.IsInfinity(x) || double.IsInfinity(y) ? V(Inf, NaN) : V(NaN, NaN);
            if (double.IsInfinity(y))
                return V(Inf, M.CopySign(x == Inf ? QuarterPi : x == -Inf ? ThreeQuarterPi : HalfPi, y));
            return V(Inf, M.CopySign(x == Inf ? 0.0 : M.PI, y));
        }
        double ax = M.Abs(x), ay = M.Abs(y), real;
        if (ax > Large || ay > Large)
            real = M.Log(Hypot(ax / 2.0, ay / 2.0)) + Ln2;
        else if (ax < DblMin && ay < DblMin)
        {
            if (ax == 0.0 && ay == 0.0)
            {
                error = ComplexMathError.Domain;   // divide-by-zero
                return V(-Inf, M.Atan2(y, x));
            }
            real = M.Log(Hypot(M.ScaleB(ax, MantDig), M.ScaleB(ay, MantDig))) - MantDig * Ln2;
        }
        else
        {
            double h = Hypot(ax, ay);
            if (h >= 0.71 && h <= 1.73)
            {
                // Near the unit circle log(h) loses digits; log1p of h*h - 1 computed exactly keeps them.
                double am = M.Max(ax, ay), an = M.Min(ax, ay);
                real = Log1p((am - 1) * (am + 1) + an * an) / 2;
            }
            else
                real = M.Log(h);
        }
        return V(real, M.Atan2(y, x));
    }

    public static ComplexType.Value Log10(double x, double y, ref ComplexMathError error)
    {
        var r = Log(x, y, ref error);
        return V(r.Re / Ln10, r.Im / Ln10);
    }

    public static ComplexType.Value Acos(double x, double y, ref ComplexMathError error)
    {
        if (!Finite(x) || !Finite(y))
        {
            if (double.IsNaN(x)) return double.IsInfinity(y) ? V(NaN, -y) : V(NaN, NaN);
            if (double.IsNaN(y))
                return double.IsInfinity(x) ? V(NaN, Inf) : x == 0.0 ? V(HalfPi, NaN) : V(NaN, NaN);
            if (double.IsInfinity(y))
                return V(x == Inf ? QuarterPi : x == -Inf ? ThreeQuarterPi : HalfPi, -y);
            return V(x == Inf ? 0.0 : M.PI, -M.CopySign(Inf, y));
        }
        if (M.Abs(x) > Large || M.Abs(y) > Large)
        {
            double real = M.Atan2(M.Abs(y), x);
            double big = M.Log(Hypot(x / 2.0, y / 2.0)) + Ln2 * 2.0;
            return V(real, x < 0 ? -M.CopySign(big, y) : M.CopySign(big, -y));
        }
        var s1 = Sqrt(1.0 - x, -y, ref error);
        var s2 = Sqrt(1.0 + x, y, ref error);
        return V(2.0 * M.Atan2(s1.Re, s2.Re), M.Asinh(s2.Re * s1.Im - s2.Im * s1.Re));
    }

    public static ComplexType.Value Acosh(double x, double y, ref ComplexMathError error)
    {
        if (!Finite(x) || !Finite(y))
        {
            if (double.IsNaN(x)) return double.IsInfinity(y) ? V(Inf, NaN) : V(NaN, NaN);
            if (double.IsNaN(y)) return double.IsInfinity(x) ? V(Inf, NaN) : V(NaN, NaN);
            if (double.IsInfinity(y))
                return V(Inf, M.CopySign(x == Inf ? QuarterPi : x == -Inf ? ThreeQuarterPi : HalfPi, y));
            return V(Inf, M.CopySign(x == Inf ? 0.0 : M.PI, y));
        }
        if (M.Abs(x) > Large || M.Abs(y) > Large)
            return V(M.Log(Hypot(x / 2.0, y / 2.0)) + Ln2 * 2.0, M.Atan2(y, x));
        var s1 = Sqrt(x - 1.0, y, ref error);
        var s2 = Sqrt(x + 1.0, y, ref error);
        return V(M.Asinh(s1.Re * s2.Re + s1.Im * s2.Im), 2.0 * M.Atan2(s1.Im, s2.Re));
    }

    public static ComplexType.Value Asinh(double x, double y, ref ComplexMathError error)
    {
        if (!Finite(x) || !Finite(y))
        {
            if (double.IsNaN(x))
                return y == 0.0 ? V(NaN, y) : double.IsInfinity(y) ? V(Inf, NaN) : V(NaN, NaN);
            if (double.IsNaN(y)) return double.IsInfinity(x) ? V(x, NaN) : V(NaN, NaN);
            if (double.IsInfinity(y))
                return V(M.CopySign(Inf, x), M.CopySign(double.IsInfinity(x) ? QuarterPi : HalfPi, y));
            return V(x, M.CopySign(0.0, y));
        }
        if (M.Abs(x) > Large || M.Abs(y) > Large)
        {
            double big = M.Log(Hypot(x / 2.0, y / 2.0)) + Ln2 * 2.0;
            double real = y >= 0 ? M.CopySign(big, x) : -M.CopySign(big, -x);
            return V(real, M.Atan2(y, M.Abs(x)));
        }
        var s1 = Sqrt(1.0 + y, -x, ref error);
        var s2 = Sqrt(1.0 - y, x, ref error);
        return V(M.Asinh(s1.Re * s2.Im - s2.Re * s1.Im), M.Atan2(y, s1.Re * s2.Re - s1.Im * s2.Im));
    }

    public static ComplexType.Value Asin(double x, double y, ref ComplexMathError error)
    {
        var r = Asinh(-y, x, ref error);
        return V(r.Im, -r.Re);
    }

    public static ComplexType.Value Atanh(double x, double y, ref ComplexMathError error)
    {
        if (!Finite(x) || !Finite(y))
        {
            if (double.IsNaN(x)) return double.IsInfinity(y) ? V(0.0, M.CopySign(HalfPi, y)) : V(NaN, NaN);
            if (double.IsNaN(y)) return double.IsInfinity(x) || x == 0.0 ? V(M.CopySign(0.0, x), NaN) : V(NaN, NaN);
            return V(M.CopySign(0.0, x), M.CopySign(HalfPi, y));
        }
        if (double.IsNegative(x))
        {
            // atanh is odd: computing on the right half-plane keeps one set of formulas.
            var r = Atanh(-x, -y, ref error);
            return V(-r.Re, -r.Im);
        }
        double ay = M.Abs(y);
        if (x > SqrtLarge || ay > SqrtLarge)
        {
            double h = Hypot(x / 2.0, y / 2.0);
            return V(x / 4.0 / h / h, -M.CopySign(HalfPi, -y));
        }
        if (x == 1.0 && ay < SqrtDblMin)
        {
            if (ay == 0.0)
            {
                error = ComplexMathError.Domain;   // divide-by-zero
                return V(Inf, y);
            }
            return V(-M.Log(M.Sqrt(ay) / M.Sqrt(Hypot(ay, 2.0))),
                     M.CopySign(M.Atan2(2.0, -ay) / 2.0, y));
        }
        return V(Log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
                 -M.Atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0);
    }

    public static ComplexType.Value Atan(double x, double y, ref ComplexMathError error)
    {
        var r = Atanh(-y, x, ref error);
        return V(r.Im, -r.Re);
    }

    /// <summary>r·(cos φ + i sin φ), with the special values of r·exp(iφ).</summary>
    public static ComplexType.Value Rect(double r, double phi, ref ComplexMathError error)
    {
        if (!Finite(r) || !Finite(phi))
        {
            if (double.IsNaN(r)) return phi == 0.0 ? V(NaN, 0.0) : V(NaN, NaN);
            if (double.IsInfinity(r))
            {
                if (!Finite(phi)) return V(double.IsNaN(phi) ? Inf : r, NaN);
                return phi == 0.0 ? V(r, phi * SignOf(r)) : V(r * M.Cos(phi), r * M.Sin(phi));
            }
            return r == 0.0 ? V(0.0, 0.0) : V(NaN, NaN);   // finite r, infinite or NaN phi
        }
        return V(r * M.Cos(phi), r * M.Sin(phi));
    }
}
