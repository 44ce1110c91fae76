using System.Diagnostics;
using System.Security.Cryptography;
using Isolated.Fuzzing;

// The fuzzer program (issue 8). Run it through fuzz/run.sh, which builds it and finds the stdlib.
//   replay TARGET PATH...            run files (or folders of files) and print each verdict
//   mutate TARGET [SECONDS] [SEED]   built-in mutation fuzzing from fuzz/corpus/TARGET
//   afl TARGET                       the AFL++ entry point (SharpFuzz, instrumented Isolated.dll)
//   libfuzzer TARGET                 the libFuzzer entry point (SharpFuzz's libfuzzer-dotnet driver)
// Failing inputs are written to fuzz/findings/TARGET/ (kept out of git); once fixed, copy them
// into fuzz/corpus/TARGET/ as found-* so the test suite replays them for ever.

static int Usage()
{
    Console.Error.WriteLine("usage: Isolated.Fuzz (replay TARGET PATH... | mutate TARGET [SECONDS] [SEED] | afl TARGET | libfuzzer TARGET)");
    Console.Error.WriteLine("targets: " + string.Join(", ", FuzzTargets.All.Select(t => $"{t.Name} ({t.Description})")));
    return 2;
}

if (args.Length < 2) return Usage();
var target = FuzzTargets.Find(args[1]);
if (target is null) { Console.Error.WriteLine($"unknown target '{args[1]}'"); return Usage(); }
var fuzzDir = Environment.GetEnvironmentVariable("ISOLATED_FUZZ_DIR") ?? Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..");
var stdlib = Environment.GetEnvironmentVariable("ISOLATED_STDLIB");

switch (args[0])
{
    case "replay":
    {
        var session = new FuzzSession(target, stdlib);
        int failures = 0;
        foreach (var file in args.Skip(2).SelectMany(p => Directory.Exists(p) ? (IEnumerable<string>)Directory.GetFiles(p).Order() : [p]))
        {
            var outcome = session.Run(File.ReadAllBytes(file));
            Console.WriteLine($"{file}: {outcome}");
            if (outcome.IsFailure) failures++;
        }
        return failures == 0 ? 0 : 1;
    }
    case "mutate":
        return Mutate(target, args.Length > 2 ? double.Parse(args[2]) : 60, args.Length > 3 ? int.Parse(args[3]) : Environment.TickCount);
    case "afl":
    {
        // Instrumented code (all of Isolated.dll) may run only inside Run's action: before it, and
        // in the forking parent process always, SharpFuzz's coverage map is not mapped yet and the
        // first instrumented branch faults. So the session starts with the first input.
        FuzzSession? session = null;
        SharpFuzz.Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            session ??= new FuzzSession(target, stdlib);
            var outcome = session.Run(buffer.ToArray());
            if (outcome.IsFailure) throw new InvalidOperationException(outcome.ToString());
        });
        return 0;
    }
    case "libfuzzer":
    {
        FuzzSession? session = null;
        SharpFuzz.Fuzzer.LibFuzzer.Run(span =>
        {
            session ??= new FuzzSession(target, stdlib);
            var outcome = session.Run(span.ToArray());
            if (outcome.IsFailure) throw new InvalidOperationException(outcome.ToString());
        });
        return 0;
    }
    default:
        return Usage();
}

int Mutate(FuzzTarget t, double seconds, int seed)
{
    var corpusDir = Path.Combine(fuzzDir, "corpus", t.Name);
    var corpus = Directory.GetFiles(corpusDir).Order().Select(File.ReadAllBytes).ToList();
    if (corpus.Count == 0) { Console.Error.WriteLine($"no corpus in {corpusDir}"); return 2; }
    var findings = Path.Combine(fuzzDir, "findings", t.Name);
    var mutator = new Mutator(new Random(seed), corpus);
    Console.WriteLine($"mutate {t.Name}: {corpus.Count} corpus entries, {seconds} s, seed {seed}");

    // The session lives on a worker thread; this thread is the watchdog for hangs.
    byte[]? current = null;
    long runs = 0;
    var counts = new Dictionary<FuzzVerdict, long>();
    var found = new HashSet<string>();
    var clock = Stopwatch.StartNew();
    var done = new ManualResetEventSlim();
    var worker = new Thread(() =>
    {
        var session = new FuzzSession(t, stdlib);
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            var input = mutator.Next();
            Volatile.Write(ref current, input);
            var outcome = session.Run(input);
            Interlocked.Increment(ref runs);
            lock (counts) counts[outcome.Verdict] = counts.GetValueOrDefault(outcome.Verdict) + 1;
            if (outcome.IsFailure && found.Add(outcome.Detail)) Save(findings, "crash", input, outcome.ToString());
        }
        done.Set();
    }, 16 * 1024 * 1024) { IsBackground = true };
    worker.Start();
    long lastRuns = -1;
    var lastProgress = Stopwatch.StartNew();
    while (!done.Wait(TimeSpan.FromSeconds(10)))
    {
        long r = Interlocked.Read(ref runs);
        lock (counts) Console.WriteLine($"  {clock.Elapsed.TotalSeconds:F0} s: {r} runs; " + string.Join(", ", counts.Select(kv => $"{kv.Key} {kv.Value}")));
        if (r != lastRuns) { lastRuns = r; lastProgress.Restart(); continue; }
        if (lastProgress.Elapsed.TotalSeconds >= FuzzSession.TimeBudgetMs / 1000.0 * 5)
        {
            var input = Volatile.Read(ref current)!;
            Save(findings, "hang", input, $"Hang: no progress for {lastProgress.Elapsed.TotalSeconds:F0} s (budget {FuzzSession.TimeBudgetMs} ms)");
            return 1;
        }
    }
    Console.WriteLine($"mutate {t.Name}: {runs} runs in {clock.Elapsed.TotalSeconds:F0} s; " + string.Join(", ", counts.Select(kv => $"{kv.Key} {kv.Value}")) + $"; {found.Count} distinct failures");
    return found.Count == 0 ? 0 : 1;
}

static void Save(string dir, string kind, byte[] input, string why)
{
    Directory.CreateDirectory(dir);
    var name = $"{kind}-{Convert.ToHexString(SHA1.HashData(input))[..12].ToLowerInvariant()}";
    File.WriteAllBytes(Path.Combine(dir, name), input);
    File.WriteAllText(Path.Combine(dir, name + ".txt"), why + "\n");
    Console.WriteLine($"  FOUND {kind}: {Path.Combine(dir, name)}: {why}");
}
