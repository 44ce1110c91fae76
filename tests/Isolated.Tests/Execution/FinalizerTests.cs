using System.Runtime.CompilerServices;
using Isolated.Tests.Conformance;
using Xunit;

namespace Isolated.Tests.Execution;

/// <summary>
/// __del__ and the closing of dropped generators (Runtime/FinalizerQueue). When a finalizer runs
/// depends on when objects become unreachable, which this test assembly's Debug JIT stretches to
/// the end of C# methods; so these run the Release launcher, build/bin/isolated, when ./build.sh
/// has made it (the conformance corpus also runs the same cases in-process).
/// </summary>
public class FinalizerTests
{
    static string ThisDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    static string? Launcher => ConformanceCorpus.LauncherPath;

    static (int rc, string stdout, string stderr) RunLauncher(string workingDirectory, params string[] args)
    {
        var psi = new System.Diagnostics.ProcessStartInfo(Launcher!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment.Clear();
        psi.Environment["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin";
        psi.Environment["PYTHONPATH"] = Path.Combine(ConformanceCorpus.CasesDirectory, "_fixtures");
        using var p = System.Diagnostics.Process.Start(psi)!;
        var stderrTask = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        Assert.True(p.WaitForExit(300_000), "the program did not finish in 300 s");
        return (p.ExitCode, stdout, stderrTask.Result);
    }

    /// <summary>The conformance cases whose output depends on finalizer timing, under the
    /// optimized launcher: output identical to CPython 3.12's. Also the object-graph walk
    /// (gc.get_objects/get_referents/get_referrers, the isolation checker), which reads fields by
    /// reflection and saw none in the NativeAOT build until the csproj kept their metadata.</summary>
    [Theory]
    [InlineData("heldout/finalizers_del")]
    [InlineData("lang/del_resurrection")]
    [InlineData("lang/del_exceptions")]
    [InlineData("lang/del_builtin_subclass")]
    [InlineData("lang/generator_close_on_drop_async")]
    [InlineData("stdlib2/gc_object_graph")]
    public void CaseMatchesCPythonUnderTheLauncher(string name)
    {
        if (Launcher is null || ConformanceCorpus.StdlibDirectory is null) return;
        var (rc, stdout, stderr) = RunLauncher(ConformanceCorpus.CasesDirectory, name + ".py");
        var expected = File.ReadAllText(Path.Combine(ConformanceCorpus.CasesDirectory, name + ".out"));
        Assert.True(rc == 0, $"exit {rc}\nstderr:\n{stderr}");
        Assert.Equal(expected, stdout);
    }

    /// <summary>A subinterpreter's objects with __del__ still alive in its __main__ are finalized
    /// when it is closed, in its own thread state, before close() returns; a generator it left
    /// suspended in try/finally is closed too.</summary>
    [Fact]
    public void SubinterpreterEndRunsItsFinalizers()
    {
        if (Launcher is null || ConformanceCorpus.StdlibDirectory is null) return;
        const string inner = """
            class Last:
                def __del__(self):
                    print("del in subinterpreter", flush=True)
            def gen():
                try:
                    yield 1
                finally:
                    print("generator closed in subinterpreter", flush=True)
            kept = Last()
            g = gen()
            next(g)
            print("sub body done", flush=True)
            """;
        var driver = "import concurrent.interpreters as ci\nsub = ci.create()\nsub.exec('''" + inner
            + "''')\nsub.close()\nprint('closed', flush=True)\n";
        var (rc, stdout, stderr) = RunLauncher(ConformanceCorpus.CasesDirectory, "-c", driver);
        Assert.True(rc == 0, $"exit {rc}\nstderr:\n{stderr}");
        Assert.Equal("sub body done\ndel in subinterpreter\ngenerator closed in subinterpreter\nclosed\n", stdout);
    }

    /// <summary>1,000,000 instances of a class with __del__ made and dropped in a loop are all
    /// finalized, and the number made but not yet finalized stays bounded.</summary>
    [Fact]
    public void AMillionDroppedInstancesAreAllFinalized()
    {
        if (Launcher is null || ConformanceCorpus.StdlibDirectory is null) return;
        var (rc, stdout, stderr) = RunLauncher(ThisDirectory(), Path.Combine(ThisDirectory(), "Scripts", "finalize_many.py"), "1000000");
        Assert.True(rc == 0, $"exit {rc}\nstdout:\n{stdout}\nstderr:\n{stderr}");
        var lines = stdout.TrimEnd('\n').Split('\n');
        Assert.DoesNotContain(lines, l => l.StartsWith("FAIL"));
        Assert.Equal("4 checks, 0 failed", lines[^1]);
    }
}
