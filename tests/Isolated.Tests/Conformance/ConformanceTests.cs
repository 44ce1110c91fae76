using System.Text;
using Xunit;
using Xunit.Abstractions;

namespace Isolated.Tests.Conformance;

/// <summary>Runs each corpus program in-process and compares with CPython 3.12's recorded
/// behaviour: stdout always, the exit status always, stderr when the case records it.</summary>
public class ConformanceTests(ITestOutputHelper output)
{
    [ConformanceTheory]
    public Task Run(string name) => Check(name, ConformanceCorpus.ResultOf(name));

    /// <summary>The same program as its own __main__ in a subinterpreter
    /// (concurrent.interpreters), compared with the same expected output.</summary>
    [ConformanceTheory(InSubinterpreter = true)]
    public Task RunInSubinterpreter(string name) => Check(name, ConformanceCorpus.SubinterpreterResultOf(name));

    static async Task Check(string name, Task<ConformanceResult> result)
    {
        var c = ConformanceCorpus.Find(name);
        var r = await result;
        if (r.Crash is not null)
            Assert.Fail($"{name}: the runtime crashed or hung: {r.Crash}\n--- stderr ---\n{r.Stderr}");
        var problems = new StringBuilder();
        if (r.Stdout != c.ExpectedStdout)
            problems.Append(Diff("stdout", c.ExpectedStdout, r.Stdout));
        if (r.ExitCode != c.ExpectedExitCode)
            problems.Append($"exit status: expected {c.ExpectedExitCode}, got {r.ExitCode}\n");
        if (c.ExpectedStderr is not null && r.Stderr != c.ExpectedStderr)
            problems.Append(Diff("stderr", c.ExpectedStderr, r.Stderr));
        if (problems.Length > 0)
        {
            if (c.ExpectedStderr is null && r.Stderr.Length > 0)
                problems.Append("--- stderr ---\n").Append(Tail(r.Stderr, 3000));
            Assert.Fail($"{name}:\n{problems}");
        }
    }

    /// <summary>The real number: runs every case (known failures too) and prints pass/total.
    /// Never fails; the per-case tests do that.</summary>
    [Fact]
    public async Task Summary()
    {
        int pass = 0;
        var failing = new List<string>();
        foreach (var c in ConformanceCorpus.Cases)
        {
            var r = await ConformanceCorpus.ResultOf(c.Name);
            bool ok = r.Crash is null && r.Stdout == c.ExpectedStdout && r.ExitCode == c.ExpectedExitCode &&
                      (c.ExpectedStderr is null || r.Stderr == c.ExpectedStderr);
            if (ok) pass++;
            else failing.Add(c.Name);
        }
        int subPass = 0, subTotal = 0;
        foreach (var c in ConformanceCorpus.SubinterpreterCases)
        {
            var r = await ConformanceCorpus.SubinterpreterResultOf(c.Name);
            subTotal++;
            if (r.Crash is null && r.Stdout == c.ExpectedStdout && r.ExitCode == c.ExpectedExitCode) subPass++;
            else failing.Add(c.Name + ConformanceCorpus.SubinterpreterSuffix);
        }
        output.WriteLine($"conformance: {pass}/{ConformanceCorpus.Cases.Count} cases pass; in a subinterpreter {subPass}/{subTotal}");
        foreach (var f in failing)
            output.WriteLine($"  failing: {f}{(ConformanceCorpus.KnownFailures.TryGetValue(f, out var why) ? " (known: " + why + ")" : "")}");
        var passingKnown = ConformanceCorpus.KnownFailures.Keys.Where(k => !failing.Contains(k)).ToList();
        foreach (var k in passingKnown)
            output.WriteLine($"  now passing, remove from known-failures.txt: {k}");
    }

    static string Diff(string what, string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        int i = 0;
        while (i < e.Length && i < a.Length && e[i] == a[i]) i++;
        var sb = new StringBuilder();
        sb.Append($"{what} differs at line {i + 1}:\n");
        sb.Append($"  expected: {(i < e.Length ? Show(e[i]) : "<end>")}\n");
        sb.Append($"  actual:   {(i < a.Length ? Show(a[i]) : "<end>")}\n");
        sb.Append($"--- expected {what} ---\n{Tail(expected, 2000)}\n--- actual {what} ---\n{Tail(actual, 2000)}\n");
        return sb.ToString();
    }

    static string Show(string line) => line.Length > 200 ? line[..200] + "…" : line;

    static string Tail(string s, int max) => s.Length <= max ? s : "…" + s[^max..];
}
