using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using Isolated.Execution;

namespace Isolated.Tests.Conformance;

/// <summary>One corpus program and what CPython 3.12 did with it.</summary>
public sealed record ConformanceCase(string Name, string ScriptPath, string ExpectedStdout, string? ExpectedStderr,
                                     int ExpectedExitCode, string Stdin);

/// <summary>What this runtime did with a case.</summary>
public sealed record ConformanceResult(string Stdout, string Stderr, int ExitCode, string? Crash, TimeSpan Elapsed);

/// <summary>
/// The conformance corpus: <c>cases/&lt;area&gt;/&lt;name&gt;.py</c> with CPython's output next to it
/// (<c>.out</c> stdout, <c>.rc</c> exit status when not 0, <c>.err</c> stderr when the program
/// asks for it to be compared, <c>.in</c> stdin). Cases run in-process through
/// <see cref="ProgramMain"/>, each with its own runtime, all at once on a bounded number of
/// threads; each test then just waits for its own result.
/// </summary>
public static class ConformanceCorpus
{
    public const string CasesPlaceholder = "$CASES";
    const int CaseStackSize = 16 * 1024 * 1024;
    static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(60);

    public static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    public static string CasesDirectory => Path.Combine(SourceDirectory(), "cases");
    public static string FixturesDirectory => Path.Combine(CasesDirectory, "_fixtures");

    /// <summary>build/lib/python3.12 of this checkout, when it has been built.</summary>
    public static string? StdlibDirectory
    {
        get
        {
            var repo = Path.GetFullPath(Path.Combine(SourceDirectory(), "..", "..", ".."));
            var lib = Path.Combine(repo, "build", "lib", "python3.12");
            return Directory.Exists(lib) ? lib : null;
        }
    }

    /// <summary>build/bin/isolated of this checkout, when it has been built: sys.executable, so
    /// that programs can start Python child processes.</summary>
    public static string? LauncherPath
    {
        get
        {
            var repo = Path.GetFullPath(Path.Combine(SourceDirectory(), "..", "..", ".."));
            var launcher = Path.Combine(repo, "build", "bin", "isolated");
            return File.Exists(launcher) ? launcher : null;
        }
    }

    static readonly Lazy<IReadOnlyList<ConformanceCase>> s_cases = new(LoadCases);
    static readonly Lazy<IReadOnlyDictionary<string, string>> s_knownFailures = new(LoadKnownFailures);
    static readonly ConcurrentDictionary<string, Lazy<Task<ConformanceResult>>> s_results = new();
    static readonly SemaphoreSlim s_slots = new(Math.Max(2, Environment.ProcessorCount));

    public static IReadOnlyList<ConformanceCase> Cases => s_cases.Value;

    /// <summary>Case name → reason, from known-failures.txt (ignored when
    /// CONFORMANCE_IGNORE_KNOWN_FAILURES=1, to see every failure).</summary>
    public static IReadOnlyDictionary<string, string> KnownFailures =>
        Environment.GetEnvironmentVariable("CONFORMANCE_IGNORE_KNOWN_FAILURES") == "1"
            ? new Dictionary<string, string>()
            : s_knownFailures.Value;

    static IReadOnlyList<ConformanceCase> LoadCases()
    {
        var root = CasesDirectory;
        var list = new List<ConformanceCase>();
        if (!Directory.Exists(root)) return list;
        foreach (var py in Directory.EnumerateFiles(root, "*.py", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(root, py).Replace('\\', '/');
            if (rel.StartsWith("_") || rel.Contains("/_")) continue;   // fixtures and helpers
            var stem = py[..^3];
            if (!File.Exists(stem + ".out")) continue;
            list.Add(new ConformanceCase(
                rel[..^3], py,
                File.ReadAllText(stem + ".out"),
                File.Exists(stem + ".err") ? File.ReadAllText(stem + ".err") : null,
                File.Exists(stem + ".rc") ? int.Parse(File.ReadAllText(stem + ".rc").Trim()) : 0,
                File.Exists(stem + ".in") ? File.ReadAllText(stem + ".in") : ""));
        }
        list.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return list;
    }

    static IReadOnlyDictionary<string, string> LoadKnownFailures()
    {
        var result = new Dictionary<string, string>();
        var file = Path.Combine(SourceDirectory(), "known-failures.txt");
        if (!File.Exists(file)) return result;
        foreach (var raw in File.ReadAllLines(file))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            int colon = line.IndexOf(':');
            string name = (colon < 0 ? line : line[..colon]).Trim();
            string reason = colon < 0 ? "known failure" : line[(colon + 1)..].Trim();
            result[name] = reason;
        }
        return result;
    }

    /// <summary>Areas whose programs also run inside a subinterpreter (issue 5: the standard
    /// library works in subinterpreters as in the main one).</summary>
    static readonly string[] SubinterpreterAreas = ["stdlib2/", "heldout2/"];

    /// <summary>Suffix of a known-failures.txt entry that concerns only the subinterpreter run.</summary>
    public const string SubinterpreterSuffix = "@subinterpreter";

    /// <summary>The cases run a second time inside a subinterpreter: those of
    /// <see cref="SubinterpreterAreas"/> that exit normally and do not compare stderr (an
    /// uncaught exception or exit status crosses the interpreter boundary differently).</summary>
    public static IEnumerable<ConformanceCase> SubinterpreterCases =>
        Cases.Where(c => c.ExpectedExitCode == 0 && c.ExpectedStderr is null &&
                         SubinterpreterAreas.Any(a => c.Name.StartsWith(a, StringComparison.Ordinal)));

    public static ConformanceCase Find(string name)
    {
        foreach (var c in Cases) if (c.Name == name) return c;
        throw new KeyNotFoundException($"no conformance case named {name}");
    }

    /// <summary>The result of running <paramref name="name"/> (started once, shared).</summary>
    public static Task<ConformanceResult> ResultOf(string name)
    {
        // The first request starts every case so they run side by side.
        if (s_results.IsEmpty)
            foreach (var c in Cases)
                Schedule(c);
        return Schedule(Find(name));
    }

    static Task<ConformanceResult> Schedule(ConformanceCase c) =>
        s_results.GetOrAdd(c.Name, _ => new Lazy<Task<ConformanceResult>>(() => RunAsync(c, RunInProcess))).Value;

    /// <summary>The result of running <paramref name="name"/> inside a subinterpreter.</summary>
    public static Task<ConformanceResult> SubinterpreterResultOf(string name)
    {
        // The first request starts every such case so they run side by side.
        if (!s_results.ContainsKey(name + SubinterpreterSuffix))
            foreach (var c in SubinterpreterCases)
                ScheduleInSubinterpreter(c);
        return ScheduleInSubinterpreter(Find(name));
    }

    static Task<ConformanceResult> ScheduleInSubinterpreter(ConformanceCase c) =>
        s_results.GetOrAdd(c.Name + SubinterpreterSuffix,
            _ => new Lazy<Task<ConformanceResult>>(() => RunAsync(c, RunInSubinterpreter))).Value;

    static async Task<ConformanceResult> RunAsync(ConformanceCase c, Func<ConformanceCase, ConformanceResult> run)
    {
        await s_slots.WaitAsync().ConfigureAwait(false);
        try
        {
            var done = new TaskCompletionSource<ConformanceResult>(TaskCreationOptions.RunContinuationsAsynchronously);
            var thread = new Thread(() => done.TrySetResult(run(c)), CaseStackSize)
            {
                IsBackground = true,
                Name = "conformance " + c.Name,
            };
            thread.Start();
            var finished = await Task.WhenAny(done.Task, Task.Delay(CaseTimeout)).ConfigureAwait(false);
            if (finished != done.Task)
                return new ConformanceResult("", "", -1, $"timed out after {CaseTimeout.TotalSeconds:0} s", CaseTimeout);
            return await done.Task.ConfigureAwait(false);
        }
        finally
        {
            s_slots.Release();
        }
    }

    /// <summary>Runs one case exactly as `isolated area/name.py` from the cases directory would.</summary>
    public static ConformanceResult RunInProcess(ConformanceCase c) => RunCommandLine(["isolated", c.Name + ".py"], c);

    /// <summary>Runs one case as its own program inside a subinterpreter that the main
    /// interpreter creates with concurrent.interpreters: the script becomes that interpreter's
    /// __main__ with the argv, sys.path[0] and __file__ the command line would give it.</summary>
    public static ConformanceResult RunInSubinterpreter(ConformanceCase c)
    {
        var script = Path.Combine(CasesDirectory, c.Name + ".py");
        var inner = $$"""
            def _run_case():
                import sys
                path = {{PyStr(script)}}
                sys.argv = [{{PyStr(c.Name + ".py")}}]
                sys.path.insert(0, {{PyStr(Path.GetDirectoryName(script)!)}})
                main = sys.modules['__main__'].__dict__
                del main['_run_case']
                main['__file__'] = path
                main['__cached__'] = None
                with open(path, encoding='utf-8') as f:
                    code = compile(f.read(), path, 'exec')
                try:
                    exec(code, main)
                except SystemExit as e:
                    if e.code not in (None, 0):
                        raise
                finally:
                    sys.stdout.flush()
                    sys.stderr.flush()
            _run_case()
            """;
        var driver = $"import concurrent.interpreters as ci\nsub = ci.create()\nsub.exec({PyStr(inner)})\nsub.close()\n";
        return RunCommandLine(["isolated", "-c", driver], c);
    }

    static string PyStr(string s) => "'" + s.Replace("\\", "\\\\").Replace("'", "\\'").Replace("\n", "\\n") + "'";

    static ConformanceResult RunCommandLine(string[] argv, ConformanceCase c)
    {
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        var started = DateTime.UtcNow;
        var host = new ProgramMainHost
        {
            Stdin = new MemoryStream(Encoding.UTF8.GetBytes(c.Stdin)),
            Stdout = stdout,
            Stderr = stderr,
            StdinIsTty = false,
            StdoutIsTty = false,
            GetEnvironmentVariable = n => n == "PYTHONPATH" ? FixturesDirectory : null,
            StdlibPath = StdlibDirectory,
            Executable = LauncherPath ?? "isolated",
            WorkingDirectory = CasesDirectory,
        };
        int rc;
        string? crash = null;
        try
        {
            rc = ProgramMain.Run(argv, null, host);
        }
        catch (Exception e)
        {
            rc = -1;
            crash = e.ToString();
        }
        return new ConformanceResult(Normalize(stdout), Normalize(stderr), rc, crash, DateTime.UtcNow - started);
    }

    static string Normalize(MemoryStream s) =>
        Encoding.UTF8.GetString(s.ToArray()).Replace(CasesDirectory, CasesPlaceholder);
}
