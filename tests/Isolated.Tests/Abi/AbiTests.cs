using System.Runtime.CompilerServices;
using Xunit;
using Xunit.Abstractions;

namespace Isolated.Tests.Abi;

/// <summary>
/// Where the ABI check finds its inputs. ISOLATED_ROOT overrides the checkout (found from this
/// source file's compile-time path otherwise, which also works when ISOLATED_OBJ moves bin/ out
/// of the tree); ISOLATED_LIB overrides build/lib/libisolated.so.
/// </summary>
internal static class AbiPaths
{
    public static string Root { get; } = FindRoot();
    public static string IncludeDir => Path.Combine(Root, "include");
    public static string Library { get; } =
        Environment.GetEnvironmentVariable("ISOLATED_LIB") is { Length: > 0 } lib
            ? lib : Path.Combine(Root, "build", "lib", "libisolated.so");

    /// <summary>build.sh sets ISOLATED_ABI_REQUIRED=1: a missing library then fails the check.</summary>
    public static bool Required => Environment.GetEnvironmentVariable("ISOLATED_ABI_REQUIRED") == "1";

    private static string FindRoot([CallerFilePath] string thisFile = "")
    {
        if (Environment.GetEnvironmentVariable("ISOLATED_ROOT") is { Length: > 0 } root) return root;
        // tests/Isolated.Tests/Abi/AbiTests.cs -> the checkout
        return Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));
    }
}

/// <summary>
/// A fact that is skipped (with the reason) when there is nothing to check: no
/// build/lib/libisolated.so, or not on Linux. Under build.sh (ISOLATED_ABI_REQUIRED=1) it is
/// never skipped, so a missing library fails.
/// </summary>
public sealed class AbiFactAttribute : FactAttribute
{
    public AbiFactAttribute()
    {
        if (AbiPaths.Required) return;
        if (!OperatingSystem.IsLinux())
            Skip = "ABI check: Linux only (reads the ELF symbols of libisolated.so)";
        else if (!File.Exists(AbiPaths.Library))
            Skip = $"ABI check: {AbiPaths.Library} not built; run ./build.sh (which makes this test mandatory)";
    }
}

/// <summary>
/// DESIGN §6 / issue 3 item 7: the headers and the library agree. Every function the public
/// headers declare is exported by libisolated.so, and every symbol it exports is declared.
/// </summary>
public class AbiTests
{
    /// <summary>
    /// Exports that are not C API: the NativeAOT runtime's own debugger/diagnostics hook, which
    /// the ILCompiler always exports from a shared library.
    /// </summary>
    private static readonly HashSet<string> RuntimeExports = new(StringComparer.Ordinal)
    {
        "DotNetRuntimeDebugHeader",
    };

    private readonly ITestOutputHelper _out;
    public AbiTests(ITestOutputHelper output) => _out = output;

    private static string[] PublicHeaders()
    {
        var headers = new List<string>();
        foreach (string h in new[] { "Python.h", "isolated.h" })
        {
            string p = Path.Combine(AbiPaths.IncludeDir, h);
            if (File.Exists(p)) headers.Add(p);
        }
        return headers.ToArray();
    }

    private HeaderScanner.Result ScanHeaders()
    {
        string[] headers = PublicHeaders();
        Assert.True(headers.Length > 0 && headers[0].EndsWith("Python.h"),
            $"no {Path.Combine(AbiPaths.IncludeDir, "Python.h")}");
        var scan = HeaderScanner.Scan(AbiPaths.IncludeDir, headers);
        _out.WriteLine($"headers: {string.Join(", ", headers.Select(Path.GetFileName))}: " +
                       $"{scan.Functions.Count} functions, {scan.Variables.Count} variables declared");
        return scan;
    }

    [AbiFact]
    public void Headers_ParseWithoutErrors()
    {
        var scan = ScanHeaders();
        Assert.True(scan.Errors.Count == 0,
            "libclang reports errors in the public headers:\n" + string.Join("\n", scan.Errors));
        Assert.Contains("Py_Initialize", scan.Functions); // not a vacuous scan
    }

    [AbiFact]
    public void EveryDeclaredFunction_IsExported()
    {
        Assert.True(File.Exists(AbiPaths.Library), $"{AbiPaths.Library} is missing: run ./build.sh");
        var scan = ScanHeaders();
        var exported = ElfSymbols.ReadDefinedDynamic(AbiPaths.Library).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var missing = scan.Functions.Concat(scan.Variables).Where(n => !exported.Contains(n)).OrderBy(n => n, StringComparer.Ordinal).ToList();
        _out.WriteLine($"{exported.Count} symbols exported by {AbiPaths.Library}");
        Assert.True(missing.Count == 0,
            $"{missing.Count} function(s)/variable(s) declared in include/ but not exported by libisolated.so:\n  " +
            string.Join("\n  ", missing));
    }

    [AbiFact]
    public void EveryExport_IsDeclared()
    {
        Assert.True(File.Exists(AbiPaths.Library), $"{AbiPaths.Library} is missing: run ./build.sh");
        var scan = ScanHeaders();
        var declared = scan.Functions.Concat(scan.Variables).ToHashSet(StringComparer.Ordinal);
        var symbols = ElfSymbols.ReadDefinedDynamic(AbiPaths.Library);
        Assert.NotEmpty(symbols);
        var undeclared = symbols.Select(s => s.Name).Distinct()
            .Where(n => !declared.Contains(n) && !RuntimeExports.Contains(n))
            .OrderBy(n => n, StringComparer.Ordinal).ToList();
        Assert.True(undeclared.Count == 0,
            $"{undeclared.Count} symbol(s) exported by libisolated.so but declared in no public header:\n  " +
            string.Join("\n  ", undeclared));
    }
}
