using System.Runtime.CompilerServices;
using Xunit;

namespace Isolated.Tests.Execution;

/// <summary>Runs each Cases/*.py program and compares what it prints with the checked-in output
/// CPython 3.12 gives for it (Cases/regen.sh regenerates the .expected files).</summary>
public class CaseTests
{
    static string CasesDir([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "Cases");

    public static IEnumerable<object[]> Cases() =>
        Directory.GetFiles(CasesDir(), "*.py").OrderBy(p => p).Select(p => new object[] { Path.GetFileNameWithoutExtension(p) });

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesCPython(string name)
    {
        var dir = CasesDir();
        var source = File.ReadAllText(Path.Combine(dir, name + ".py"));
        var expected = File.ReadAllText(Path.Combine(dir, name + ".expected"));
        var actual = PyRunner.Exec(source);
        Assert.Equal(expected, actual);
    }
}
