using System.Runtime.CompilerServices;
using Isolated.Tests.Conformance;
using Xunit;

namespace Isolated.Tests.Interpreters;

/// <summary>
/// Python programs in Scripts/ that check concurrent.interpreters, its queues,
/// InterpreterPoolExecutor and interpreter lifetime item by item, as a stranger would from CPython
/// 3.14's documentation and the behaviours its test_interpreters / test_interpreter_pool check.
/// Each prints "FAIL name what-it-saw" per failed check and ends with "N checks, 0 failed".
/// </summary>
[Collection(HeapMeasuringCollection.Name)]
public class DocumentedApiScriptTests
{
    static string ScriptsDirectory([CallerFilePath] string path = "") => Path.Combine(Path.GetDirectoryName(path)!, "Scripts");

    static bool Full => Environment.GetEnvironmentVariable("ISOLATED_STRESS") == "1";

    [Theory]
    [InlineData("pep734_api.py")]
    [InlineData("interpreter_pool.py")]
    public void ScriptPassesEveryCheck(string name)
    {
        if (ConformanceCorpus.StdlibDirectory is null) return;   // no stdlib: nothing to import from
        var source = File.ReadAllText(Path.Combine(ScriptsDirectory(), name));
        var (rc, stdout, stderr) = ConcurrentInterpretersTests.Run(source);
        AssertAllPassed(rc, stdout, stderr);
    }

    /// <summary>Interpreter lifetime depends on when objects become unreachable, which a Debug
    /// build (this test assembly's runtime) stretches to the end of each C# method; so this script
    /// runs in the Release launcher, build/bin/isolated, when ./build.sh has made it. It creates
    /// 10,000 never-closed interpreters under ISOLATED_STRESS=1, 3,000 otherwise.</summary>
    [Fact]
    public void InterpretersEndWithTheirLastReference()
    {
        var root = Path.GetFullPath(Path.Combine(ScriptsDirectory(), "..", "..", "..", ".."));
        var launcher = Path.Combine(root, "build", "bin", "isolated");
        if (!File.Exists(launcher)) return;
        var psi = new System.Diagnostics.ProcessStartInfo(launcher)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        psi.ArgumentList.Add(Path.Combine(ScriptsDirectory(), "interpreter_lifetime.py"));
        psi.ArgumentList.Add(Full ? "10000" : "3000");
        using var p = System.Diagnostics.Process.Start(psi)!;
        var stderrTask = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        Assert.True(p.WaitForExit(240_000), "the lifetime script did not finish in 240 s");
        AssertAllPassed(p.ExitCode, stdout, stderrTask.Result);
    }

    static void AssertAllPassed(int rc, string stdout, string stderr)
    {
        Assert.True(rc == 0, $"exit {rc}\nstdout:\n{stdout}\nstderr:\n{stderr}");
        var lines = stdout.TrimEnd('\n').Split('\n');
        Assert.DoesNotContain(lines, l => l.StartsWith("FAIL"));
        Assert.Matches(@"^\d+ checks, 0 failed$", lines[^1]);
    }
}
