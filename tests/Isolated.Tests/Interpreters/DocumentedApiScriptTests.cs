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
    [InlineData("interpreter_lifetime.py")]
    public void ScriptPassesEveryCheck(string name)
    {
        if (ConformanceCorpus.StdlibDirectory is null) return;   // no stdlib: nothing to import from
        var source = File.ReadAllText(Path.Combine(ScriptsDirectory(), name));
        // The lifetime script creates 10,000 interpreters under ISOLATED_STRESS=1, 3,000 otherwise.
        string[] args = name == "interpreter_lifetime.py" ? [Full ? "10000" : "3000"] : [];
        var (rc, stdout, stderr) = ConcurrentInterpretersTests.Run(source, args);
        Assert.True(rc == 0, $"exit {rc}\nstdout:\n{stdout}\nstderr:\n{stderr}");
        var lines = stdout.TrimEnd('\n').Split('\n');
        Assert.Empty(lines.Where(l => l.StartsWith("FAIL")));
        Assert.Matches(@"^\d+ checks, 0 failed$", lines[^1]);
    }
}
