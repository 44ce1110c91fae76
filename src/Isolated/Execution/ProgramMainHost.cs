namespace Isolated.Execution;

/// <summary>
/// What the `isolated` command runs against: the standard streams, the environment and the
/// paths. The launcher uses the process's own (the defaults); tests and embedders substitute
/// theirs, so that many programs can run in one process at once.
/// </summary>
public sealed class ProgramMainHost
{
    /// <summary>Byte streams for fd 0/1/2 (null: the process's).</summary>
    public Stream? Stdin, Stdout, Stderr;

    /// <summary>Whether stdin/stdout are terminals (null: ask the console).</summary>
    public bool? StdinIsTty, StdoutIsTty;

    /// <summary>Environment lookup (null: the process environment).</summary>
    public Func<string, string?>? GetEnvironmentVariable;

    /// <summary>The stdlib directory when the runtime is created here (null: ISOLATED_STDLIB or
    /// build/lib/python3.12 next to the library).</summary>
    public string? StdlibPath;

    /// <summary>sys.executable.</summary>
    public string? Executable;

    /// <summary>The directory relative paths are resolved against (null: the process's).</summary>
    public string? WorkingDirectory;

    /// <summary>Whether to install CPython's default signal handlers (SIGINT raises
    /// KeyboardInterrupt): true for the `isolated` command, false for in-process callers.</summary>
    public bool InstallSignalHandlers;

    internal string? Env(string name) =>
        GetEnvironmentVariable is { } f ? f(name) : Environment.GetEnvironmentVariable(name);
}
