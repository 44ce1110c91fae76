using System.Runtime.CompilerServices;
using Isolated.Fuzzing;
using Xunit;
using Xunit.Abstractions;

namespace Isolated.Tests.Reliability;

/// <summary>Replays the fuzz corpus (fuzz/corpus/&lt;target&gt;/, seeds plus every input a fuzzer
/// ever found failing, kept after the fix) through the same targets the fuzzer runs (issue 8):
/// no input may end in a runtime bug (a .NET exception) or run past its budget.</summary>
public class FuzzCorpusReplayTests(ITestOutputHelper output)
{
    static string CorpusDirectory([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", "..", "fuzz", "corpus"));

    public static TheoryData<string> Targets()
    {
        var data = new TheoryData<string>();
        foreach (var t in FuzzTargets.All) data.Add(t.Name);
        return data;
    }

    [Fact]
    public void EveryTargetHasSeeds()
    {
        foreach (var t in FuzzTargets.All)
        {
            var dir = Path.Combine(CorpusDirectory(), t.Name);
            Assert.True(Directory.Exists(dir) && Directory.EnumerateFiles(dir).Any(), $"no corpus for fuzz target '{t.Name}' in {dir}");
        }
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void CorpusReplaysWithoutFailures(string targetName)
    {
        var target = FuzzTargets.Find(targetName)!;
        var files = Directory.GetFiles(Path.Combine(CorpusDirectory(), targetName)).Order(StringComparer.Ordinal).ToArray();
        var failures = new List<string>();
        var counts = new Dictionary<FuzzVerdict, int>();
        string? current = null;
        // One thread runs the whole replay (a session belongs to one thread); this one watches
        // for a hang, which the budget should have made impossible.
        var worker = new Thread(() =>
        {
            var session = new FuzzSession(target, Isolated.Tests.Parsing.ParsingTestPaths.StdlibDirectory);
            foreach (var file in files)
            {
                Volatile.Write(ref current, file);
                var outcome = session.Run(File.ReadAllBytes(file));
                lock (counts) counts[outcome.Verdict] = counts.GetValueOrDefault(outcome.Verdict) + 1;
                if (outcome.IsFailure) lock (failures) failures.Add($"{Path.GetFileName(file)}: {outcome}");
            }
            Volatile.Write(ref current, null);
        }, 16 * 1024 * 1024);
        worker.Start();
        Assert.True(worker.Join(TimeSpan.FromSeconds(300)), $"hang: {Volatile.Read(ref current)} ran past its budget");
        output.WriteLine($"{targetName}: {files.Length} inputs: " + string.Join(", ", counts.Select(kv => $"{kv.Key} {kv.Value}")));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
