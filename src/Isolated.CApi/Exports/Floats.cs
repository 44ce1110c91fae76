using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.Objects;

namespace Isolated.CApi.Exports;

/// <summary>float and complex objects (floatobject.h, complexobject.h).</summary>
internal static class Floats
{
    [UnmanagedCallersOnly(EntryPoint = "PyFloat_FromDouble")]
    public static nint PyFloat_FromDouble(double v)
    {
        var ts = Api.Ts("PyFloat_FromDouble");
        return ts is null ? 0 : Api.New(ts, new PyFloat(ts.Interpreter.Types.Float, v));
    }

    /// <summary>PyFloat_AsDouble: a float, or anything with __float__ or __index__; -1.0 with
    /// an exception on failure.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyFloat_AsDouble")]
    public static double PyFloat_AsDouble(nint o)
    {
        var ts = Api.Ts("PyFloat_AsDouble");
        if (ts is null) return -1.0;
        try
        {
            var x = Api.Arg(ts, o);
            if (x is null) return -1.0;
            if (x is PyFloat f) return f.Value;
            return Ops.AsDouble(ts, x, out double d) ? d : -1.0;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1.0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyComplex_FromDoubles")]
    public static nint PyComplex_FromDoubles(double real, double imag)
    {
        var ts = Api.Ts("PyComplex_FromDoubles");
        return ts is null ? 0 : Api.New(ts, new PyComplex(ts.Interpreter.Types.Complex, real, imag));
    }

    [UnmanagedCallersOnly(EntryPoint = "PyComplex_RealAsDouble")]
    public static double PyComplex_RealAsDouble(nint o) => Part(o, "PyComplex_RealAsDouble", real: true);

    [UnmanagedCallersOnly(EntryPoint = "PyComplex_ImagAsDouble")]
    public static double PyComplex_ImagAsDouble(nint o) => Part(o, "PyComplex_ImagAsDouble", real: false);

    static double Part(nint o, string function, bool real)
    {
        var ts = Api.Ts(function);
        if (ts is null) return -1.0;
        try
        {
            var x = Api.Arg(ts, o);
            if (x is null) return -1.0;
            if (x is PyComplex c) return real ? c.Real : c.Imag;
            // Not a complex: its real part is its float value, its imaginary part 0.
            if (!real) return 0.0;
            return Ops.AsDouble(ts, x, out double d) ? d : -1.0;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1.0; }
    }

    /// <summary>PyFloat_FromString: float(str) for a str, bytes or bytearray argument.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyFloat_FromString")]
    public static nint PyFloat_FromString(nint str) => Api.Unary(str, "PyFloat_FromString", static (ts, x) =>
        x is PyStr or PyBytes or PyByteArray
            ? Ops.Call(ts, ts.Interpreter.Types.Float, x)
            : ts.Raise(ExceptionKind.TypeError, $"float() argument must be a string or a real number, not '{x.Type.Name}'"));

    [UnmanagedCallersOnly(EntryPoint = "PyFloat_GetInfo")]
    public static nint PyFloat_GetInfo()
    {
        var ts = Api.Ts("PyFloat_GetInfo");
        if (ts is null) return 0;
        try { return Api.New(ts, Longs.SysAttribute(ts, "float_info")); }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyFloat_GetMax")]
    public static double PyFloat_GetMax() => double.MaxValue;

    /// <summary>The smallest positive normalised double (DBL_MIN), as CPython.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyFloat_GetMin")]
    public static double PyFloat_GetMin() => 2.2250738585072014e-308;
}
