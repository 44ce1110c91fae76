namespace Isolated.Runtime;

/// <summary>
/// CPython 3.12's PyInterpreterConfig, as the runtime understands it. Every interpreter gets its
/// own GIL whatever <see cref="OwnGil"/> says (isolation is the point of this runtime); the other
/// restrictions are honoured by the modules they concern.
/// </summary>
public sealed record InterpreterConfig
{
    public bool UseMainObmalloc { get; init; }
    public bool AllowFork { get; init; }
    public bool AllowExec { get; init; }
    public bool AllowThreads { get; init; } = true;
    public bool AllowDaemonThreads { get; init; }
    public bool CheckMultiInterpExtensions { get; init; } = true;
    public bool OwnGil { get; init; } = true;

    /// <summary>The configuration of the main interpreter and of Py_NewInterpreter (legacy).</summary>
    public static readonly InterpreterConfig Legacy = new()
    {
        UseMainObmalloc = true,
        AllowFork = true,
        AllowExec = true,
        AllowThreads = true,
        AllowDaemonThreads = true,
        CheckMultiInterpExtensions = false,
        OwnGil = false,
    };

    /// <summary>_PyInterpreterConfig_INIT: the isolated configuration.</summary>
    public static readonly InterpreterConfig Isolated = new();

    public const string ErrorObmallocWithSinglePhase = "per-interpreter obmalloc does not support single-phase init extension modules";
    public const string ErrorOwnGilWithMainObmalloc = "per-interpreter GIL requires per-interpreter obmalloc";
    public const string ErrorDaemonWithoutThreads = "allow_daemon_threads requires allow_threads";

    /// <summary>Checks the combinations CPython rejects (and one it lets through that makes no
    /// sense: daemon threads without threads); returns one of the Error* messages or null.</summary>
    public string? Validate()
    {
        if (!UseMainObmalloc && !CheckMultiInterpExtensions)
            return ErrorObmallocWithSinglePhase;
        if (OwnGil && UseMainObmalloc)
            return ErrorOwnGilWithMainObmalloc;
        if (AllowDaemonThreads && !AllowThreads)
            return ErrorDaemonWithoutThreads;
        return null;
    }
}
