using Isolated.Execution.Import;
using Isolated.Modules.Io;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Sys;

/// <summary>
/// One interpreter's sys-level state: the standard streams the host gave it, the command line,
/// the sys and builtins modules, audit hooks and the import machinery's state.
/// Created on first use (<see cref="Of"/>) so that an interpreter that never runs code pays nothing.
/// </summary>
public sealed class SysState
{
    public readonly Interpreter Interpreter;

    /// <summary>The byte streams behind sys.stdin/stdout/stderr. The process's fds 0/1/2 unless
    /// the host (or a test) supplies its own before the sys module is created.</summary>
    public Stream? StdinSource, StdoutSink, StderrSink;

    /// <summary>Whether stdin/stdout are terminals (line buffering, REPL prompts).</summary>
    public bool StdinIsTty, StdoutIsTty;

    /// <summary>-u: unbuffered standard streams.</summary>
    public bool Unbuffered;

    /// <summary>sys.argv and sys.orig_argv.</summary>
    public string[] Argv = [""];
    public string[] OrigArgv = [];

    /// <summary>sys.path[0] when a script, -m or -c sets it (null: no entry is prepended).</summary>
    public string? PathZero;

    /// <summary>Extra entries (PYTHONPATH) placed after sys.path[0] and before the stdlib.</summary>
    public string[] ExtraPath = [];

    /// <summary>sys.flags, as the command line set them.</summary>
    public SysFlags Flags = new();

    /// <summary>sys.warnoptions and sys._xoptions sources.</summary>
    public List<string> WarnOptions = new();
    public List<string> XOptions = new();

    /// <summary>sys.executable (the launcher's path when known).</summary>
    public string Executable = "";

    public PyModule? Sys;
    PyModule? _builtins;

    public readonly List<PyObject> AuditHooks = new();

    /// <summary>The streams created for this interpreter, flushed when it finishes.</summary>
    internal PyConsoleStream? Stdin, Stdout, Stderr;

    /// <summary>Struct-sequence types (sys.version_info, sys.flags, ...), created on first use.</summary>
    internal readonly Dictionary<string, PyType> StructSeqTypes = new();

    /// <summary>The import machinery's per-interpreter state.</summary>
    public readonly ImportState Import;

    /// <summary>What an uncaught SystemExit does when it reaches PythonRun outside the launcher
    /// (null: flush and exit the process, as CPython's Py_Exit). Receives the exit status.</summary>
    public Action<int>? SystemExitHandler;

    /// <summary>The exit status of the SystemExit that ended the program (ProgramMain).</summary>
    public int LastExitCode;

    /// <summary>True (with the status) when a SystemExit reached the handler since the last call.</summary>
    public bool SystemExitRequested(out int code)
    {
        code = _requestedExit ?? 0;
        bool requested = _requestedExit is not null;
        _requestedExit = null;
        return requested;
    }

    int? _requestedExit;

    /// <summary>Records a SystemExit raised where it cannot propagate (e.g. from sys.excepthook).</summary>
    public void RequestExit(int code) => _requestedExit = code;

    /// <summary>Set when the interpreter starts finalising (sys.is_finalizing()).</summary>
    public bool Finalizing;

    SysState(Interpreter interp)
    {
        Interpreter = interp;
        Import = new ImportState(interp);
    }

    public static SysState Of(Interpreter interp) => interp.SysState ??= new SysState(interp);

    /// <summary>Gives an interpreter created from Python (concurrent.interpreters) what CPython
    /// copies into a subinterpreter's config: the same fds 0/1/2 (here: the host's streams, so
    /// an in-process host captures a subinterpreter's output too), PYTHONPATH and sys.executable.
    /// Called before the new interpreter runs any code.</summary>
    public void InheritProcessSettings(SysState creator)
    {
        StdinSource = creator.StdinSource;
        StdoutSink = creator.StdoutSink;
        StderrSink = creator.StderrSink;
        StdinIsTty = creator.StdinIsTty;
        StdoutIsTty = creator.StdoutIsTty;
        Unbuffered = creator.Unbuffered;
        ExtraPath = creator.ExtraPath;
        Executable = creator.Executable;
    }

    /// <summary>The interpreter's builtins module (one per interpreter), registered in sys.modules.</summary>
    public PyModule Builtins
    {
        get
        {
            if (_builtins is null)
            {
                _builtins = Execution.Eval.Builtins(Interpreter);
                Interpreter.Modules.SetStr("builtins", _builtins);
            }
            return _builtins;
        }
    }

    /// <summary>The sys module, created and registered in sys.modules on first use.</summary>
    public PyModule SysModuleFor(ThreadState ts)
    {
        if (Sys is null)
        {
            Sys = SysModule.Create(ts, this);
            Interpreter.Modules.SetStr("sys", Sys);
        }
        return Sys;
    }

    /// <summary>Flushes sys.stdout and sys.stderr (whatever objects they are now), swallowing
    /// errors as CPython does at exit, then the underlying streams.</summary>
    public void FlushStandardStreams(ThreadState ts)
    {
        if (Sys is not null)
        {
            foreach (var name in (ReadOnlySpan<string>)["stdout", "stderr"])
            {
                if (Sys.Dict.GetStr(name) is { } stream && !ReferenceEquals(stream, Interpreter.None))
                {
                    // Our own console stream, not a subclass: its flush() is FlushBuffer (and
                    // looking "flush" up would fill its type's dict for nothing at every end).
                    if (stream is Io.PyConsoleStream console && ReferenceEquals(stream.Type, Interpreter.Types.ConsoleStream))
                    {
                        console.FlushBuffer();
                        continue;
                    }
                    var saved = ts.FetchError();
                    if (Ops.GetAttr(ts, stream, "flush") is { } flush) Ops.Call(ts, flush);
                    ts.CurrentException = saved;
                }
            }
        }
        Stdout?.FlushBuffer();
        Stderr?.FlushBuffer();
    }

    /// <summary>Closes the descriptors this interpreter opened for its standard streams (the
    /// process's fds 0/1/2 are duplicated per stream); host-supplied streams are left open.
    /// Called when the interpreter ends.</summary>
    public void ReleaseStandardStreams()
    {
        if (StdinSource is null) Stdin?.Stream.Dispose();
        if (StdoutSink is null) Stdout?.Stream.Dispose();
        if (StderrSink is null) Stderr?.Stream.Dispose();
    }
}
