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

    /// <summary>Checks the combinations CPython rejects; returns the error message or null.</summary>
    public string? Validate()
    {
        if (UseMainObmalloc is false && CheckMultiInterpExtensions is false)
            return "per-interpreter obmalloc does not support single-phase init extension modules";
        if (OwnGil && UseMainObmalloc)
            return "per-interpreter GIL requires per-interpreter obmalloc";
        if (AllowDaemonThreads && !AllowThreads)
            return "daemon threads require threads";
        return null;
    }
}
