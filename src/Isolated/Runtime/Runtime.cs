namespace Isolated.Runtime;

/// <summary>
/// The process-wide registry of interpreters (DESIGN §3). It is an ordinary object: the C API
/// boundary holds the one instance between Py_Initialize and Py_Finalize, and a new instance after
/// re-initialisation starts from nothing. Its state is guarded by a lock because interpreters are
/// created and ended from any thread.
/// </summary>
public sealed class Runtime
{
    readonly object _lock = new();
    readonly Dictionary<long, Interpreter> _interpreters = new();
    long _nextInterpreterId;
    long _nextThreadId;

    public Interpreter Main { get; }

    /// <summary>State shared by all interpreters of this runtime for cross-interpreter
    /// communication (the queue registry of Modules/Interpreters); set on first use.</summary>
    public object? InterpretersState;

    /// <summary>Which interpreters keep which alive (Modules/Interpreters' InterpreterRefs); set on first use.</summary>
    public object? InterpreterRefsState;

    /// <summary>C extension modules (the C API library sets this when it starts the runtime);
    /// null when the runtime is used without the C API, and then no extension is found.</summary>
    public Execution.Import.INativeExtensions? NativeExtensions { get; set; }

    /// <summary>Signal handling (Modules/Signal's SignalState); set on first use.</summary>
    public object? SignalState;

    /// <summary>Py_SetPath's module search path: replaces the computed one (the stdlib
    /// directories, PYTHONPATH) in the initial sys.path of every interpreter; null when unset.</summary>
    public string[]? ModuleSearchPath;

    /// <summary>Py_AddPendingCall's work for the main interpreter.</summary>
    public readonly PendingCallQueue PendingCalls = new();

    /// <summary>Whether the runtime catches SIGINT (KeyboardInterrupt) and ignores SIGPIPE/SIGXFSZ
    /// as CPython's Py_Initialize does: true for the `isolated` command and Py_Initialize(),
    /// false for an embedding host that called Py_InitializeEx(0) or made the runtime itself.</summary>
    public bool InstallSignalHandlers { get; private set; }

    /// <summary>Installs the default signal handlers (see <see cref="InstallSignalHandlers"/>),
    /// run by the main interpreter's thread <paramref name="mainThread"/>.</summary>
    public void InstallDefaultSignalHandlers(ThreadState mainThread)
    {
        InstallSignalHandlers = true;
        Isolated.Modules.Signal.SignalState.InstallDefaultHandlers(this, mainThread);
    }

    /// <summary>Called after an interpreter ended (its id), e.g. to unbind its queued items.</summary>
    public event Action<long>? InterpreterEnded;

    internal void OnInterpreterEnded(long id) => InterpreterEnded?.Invoke(id);

    /// <summary>Where the pure-Python standard library lives (build/lib/python3.12).</summary>
    public string? StdlibPath { get; init; }

    public Runtime(string? stdlibPath = null)
    {
        StdlibPath = stdlibPath;
        Main = CreateInterpreter(InterpreterConfig.Legacy, isMain: true);
        Main.Whence = "runtime init";
    }

    public Interpreter CreateInterpreter(InterpreterConfig config) => CreateInterpreter(config, isMain: false);

    Interpreter CreateInterpreter(InterpreterConfig config, bool isMain)
    {
        long id;
        lock (_lock) id = _nextInterpreterId++;
        var interp = new Interpreter(this, id, config, isMain);
        lock (_lock) _interpreters.Add(id, interp);
        return interp;
    }

    internal long NextThreadId() => Interlocked.Increment(ref _nextThreadId);

    internal void Unregister(Interpreter interp)
    {
        lock (_lock) _interpreters.Remove(interp.Id);
    }

    /// <summary>How long finalization waits for code still running in a subinterpreter to stop
    /// after asking it to terminate, before abandoning it.</summary>
    public const int SubinterpreterStopGraceMs = 2000;

    /// <summary>Ends every interpreter but the main one (the main interpreter's finalization, as
    /// CPython does — but without hanging or crashing on code still running in them): each is
    /// asked to stop, then finalized; one whose code does not stop in time is abandoned.</summary>
    public void EndSubinterpreters(ThreadState? caller = null)
    {
        foreach (var interp in All())
        {
            if (interp.IsMain) continue;
            var own = caller is not null && ReferenceEquals(caller.Interpreter, interp) ? caller : null;
            if (interp.StopThreads(own, SubinterpreterStopGraceMs)) interp.End(own);
            else interp.Abandon();
        }
    }

    public Interpreter? Find(long id)
    {
        lock (_lock) return _interpreters.GetValueOrDefault(id);
    }

    /// <summary>A snapshot of the live interpreters, ordered by id.</summary>
    public Interpreter[] All()
    {
        lock (_lock) return _interpreters.Values.OrderBy(i => i.Id).ToArray();
    }
}
