using System.Runtime.InteropServices;

namespace Isolated.Objects;

/// <summary>
/// The C math library's functions that .NET lacks or computes differently, on Linux where
/// CPython uses them too (its math and cmath modules and complex abs() call libm), so results
/// agree to the last bit. Elsewhere the caller's managed fallback is used.
/// </summary>
public static partial class Libm
{
    public static bool Available => OperatingSystem.IsLinux();

    [LibraryImport("libm.so.6", EntryPoint = "hypot")]
    public static partial double Hypot(double x, double y);

    [LibraryImport("libm.so.6", EntryPoint = "log1p")]
    public static partial double Log1p(double x);

    [LibraryImport("libm.so.6", EntryPoint = "expm1")]
    public static partial double Expm1(double x);

    [LibraryImport("libm.so.6", EntryPoint = "exp2")]
    public static partial double Exp2(double x);

    [LibraryImport("libm.so.6", EntryPoint = "erf")]
    public static partial double Erf(double x);

    [LibraryImport("libm.so.6", EntryPoint = "erfc")]
    public static partial double Erfc(double x);

    [LibraryImport("libm.so.6", EntryPoint = "tgamma")]
    public static partial double Tgamma(double x);

    [LibraryImport("libm.so.6", EntryPoint = "lgamma")]
    public static partial double Lgamma(double x);
}
