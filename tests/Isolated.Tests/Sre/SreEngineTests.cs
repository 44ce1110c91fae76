using System.Runtime.CompilerServices;
using Isolated.Runtime;
using Isolated.Tests.Execution;
using Xunit;

namespace Isolated.Tests.Sre;

/// <summary>Runs the programs in py/ (which drive _sre with opcode lists compiled by CPython's
/// re._compiler, so they need no `import re`) and compares with CPython 3.12's output
/// (py/*.expected, written by tools/gen_engine_cases.py).</summary>
public class SreEngineTests
{
    static string Folder([CallerFilePath] string path = "") => Path.Combine(Path.GetDirectoryName(path)!, "py");

    public static IEnumerable<object[]> Scripts() =>
        Directory.GetFiles(Folder(), "*.py").OrderBy(p => p, StringComparer.Ordinal).Select(p => new object[] { Path.GetFileName(p) });

    [Theory]
    [MemberData(nameof(Scripts))]
    public void MatchesCPython(string script)
    {
        string path = Path.Combine(Folder(), script);
        string expected = File.ReadAllText(Path.ChangeExtension(path, ".expected"));
        string actual = PyRunner.Exec(File.ReadAllText(path));
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var diffs = new List<string>();
        for (int i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            string e = i < expectedLines.Length ? expectedLines[i] : "<missing>";
            string a = i < actualLines.Length ? actualLines[i] : "<missing>";
            if (e != a) diffs.Add($"line {i + 1}:\n  expected: {e}\n  actual:   {a}");
        }
        Assert.True(diffs.Count == 0, $"{script}: {diffs.Count} lines differ\n" + string.Join("\n", diffs.Take(40)));
    }

    // (a|b)*c compiled by CPython 3.12's re._compiler.
    const string AlternationStar =
        "import _sre\n" +
        "p = _sre.compile('(a|b)*c', 32, [14, 4, 0, 1, 4294967295, 23, 13, 0, 4294967295, 17, 0, 13, 5, 22, 97, 98, 0, 17, 1, 18, 16, 99, 1], 1, {}, (None, None))\n";

    /// <summary>The matcher keeps its backtracking state on the heap: a long repetition neither
    /// overflows a 256 KiB thread stack nor recurses per character.</summary>
    [Fact]
    public void LongRepetitionOnSmallStack()
    {
        string? result = null;
        var thread = new Thread(() =>
        {
            result = PyRunner.Exec(AlternationStar +
                "print(p.match('ab' * 100000))\n" +
                "m = p.match('ab' * 100000 + 'c')\n" +
                "print(m.span(), m.group(1))\n");
        }, 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.Equal("None\n(0, 200001) b\n", result);
    }

    /// <summary>A runaway match stops with KeyboardInterrupt when the interrupt flag is raised.</summary>
    [Fact]
    public void CatastrophicBacktrackingIsInterruptible()
    {
        var runner = new PyRunner();
        var timer = new Timer(_ => runner.Ts.SetBreaker(EvalBreaker.Interrupt), null, 300, Timeout.Infinite);
        // (a+)+b on a long run of a's: exponential without the interrupt.
        string output = runner.Run(
            "import _sre\n" +
            "p = _sre.compile('(a+)+b', 32, [14, 4, 0, 2, 4294967295, 23, 14, 1, 4294967295, 17, 0, 24, 6, 1, 4294967295, 16, 97, 1, 17, 1, 18, 16, 98, 1], 1, {}, (None, None))\n" +
            "p.match('a' * 40)\n");
        timer.Dispose();
        Assert.Equal("KeyboardInterrupt: ", output);
    }
}
