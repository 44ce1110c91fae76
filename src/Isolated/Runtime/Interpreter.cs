using Isolated.Runtime;
using Isolated.Objects;

namespace Isolated.Runtime;

/// <summary>
/// One fully isolated Python interpreter (DESIGN §2 rule 4): its own GIL, builtin type objects,
/// singletons, small ints, interned strings, modules and thread states. Nothing reachable from
/// here belongs to another interpreter. Per-interpreter state is built lazily so that creating an
/// interpreter stays cheap.
/// </summary>
public sealed class Interpreter
{
    public readonly Runtime Runtime;
    public readonly long Id;
    public readonly InterpreterConfig Config;
    public readonly bool IsMain;

    /// <summary>Who created the interpreter, as PEP 734's Interpreter.whence reports it
    /// ("runtime init", "legacy C-API", "C-API", "_interpreters module").</summary>
    public string Whence = "unknown";

    /// <summary>Threads currently running code in this interpreter on behalf of another one
    /// (Interpreter.exec/call); an interpreter with any cannot be closed.</summary>
    public int CrossCalls;
    public readonly Gil Gil = new();

    /// <summary>The host's controls over this interpreter: interrupts, budgets, hook, memory cap.</summary>
    public HostControls Host => _host ?? CreateHost();
    HostControls? _host;

    /// <summary>The host controls when a host (or a test) has touched them; null otherwise, so
    /// allocation sites can skip memory accounting without creating them.</summary>
    public HostControls? HostIfCreated => Volatile.Read(ref _host);
    public readonly BuiltinTypes Types;

    /// <summary>Cached attribute lookups on this interpreter's types (and their version tags).</summary>
    public readonly TypeLookupCache TypeLookupCache = new();

    public readonly PySingleton None;
    public readonly PySingleton Ellipsis;
    public readonly PySingleton NotImplemented;
    public readonly PyBool True;
    public readonly PyBool False;
    public readonly PyStr EmptyStr;
    public readonly PyTuple EmptyTuple;

    const int SmallIntMin = -5, SmallIntMax = 256;
    readonly PyInt?[] _smallInts = new PyInt?[SmallIntMax - SmallIntMin + 1];
    readonly PyStr?[] _latin1 = new PyStr?[256];
    readonly PyType?[] _exceptionTypes = new PyType?[(int)ExceptionKind.Count];
    Dictionary<string, PyStr>? _interned;
    PyDict? _modules;
    ObjectIds? _objectIds;
    PyDict? _dict;
    readonly List<ThreadState> _threads = new();
    bool _ended;

    /// <summary>Module-level state owned by the VM and the builtin modules (builtins, sys, import
    /// machinery). Opaque here; set by those layers on first use.</summary>
    public object? ExecutionState;

    /// <summary>sys, import and standard-stream state (owned by Modules/Sys); created on first use.</summary>
    public Isolated.Modules.Sys.SysState? SysState;

    /// <summary>State of the C# standard-library modules (weakrefs, threads, atexit; owned by
    /// Modules/Weakref/ModuleStates); created on first use.</summary>
    public object? StdlibState;

    /// <summary>The codec and error-handler registries (owned by Modules/Codecs/CodecRegistry);
    /// created on first use.</summary>
    public object? CodecState;

    /// <summary>State owned by the C API bridge (its native arena). Disposed when the interpreter
    /// ends.</summary>
    public IDisposable? NativeState;

    /// <summary>__del__ and dropped-generator finalization (created when the first object that
    /// needs it is made).</summary>
    public FinalizerQueue? Finalizers;

    internal Interpreter(Runtime runtime, long id, InterpreterConfig config, bool isMain)
    {
        Runtime = runtime;
        Id = id;
        Config = config;
        IsMain = isMain;
        Types = new BuiltinTypes(this);
        None = new PySingleton(Types.NoneType, "None");
        Ellipsis = new PySingleton(Types.EllipsisType, "Ellipsis");
        NotImplemented = new PySingleton(Types.NotImplementedType, "NotImplemented");
        True = new PyBool(Types.Bool, true);
        False = new PyBool(Types.Bool, false);
        EmptyStr = new PyStr(Types.Str, "");
        EmptyTuple = new PyTuple(Types.Tuple, []);
    }

    public bool IsEnded => _ended;

    // ---- singletons and caches ----

    public PyBool Bool(bool value) => value ? True : False;

    public PyInt Int(long value)
    {
        if (value >= SmallIntMin && value <= SmallIntMax)
            return _smallInts[value - SmallIntMin] ??= new PyInt(Types.Int, value);
        return new PyInt(Types.Int, value);
    }

    public PyInt Int(System.Numerics.BigInteger value)
    {
        if (value >= SmallIntMin && value <= SmallIntMax) return Int((long)value);
        return new PyInt(Types.Int, value);
    }

    public PyStr Str(string value)
    {
        if (value.Length == 0) return EmptyStr;
        if (value.Length == 1 && value[0] < 256) return _latin1[value[0]] ??= new PyStr(Types.Str, value);
        return new PyStr(Types.Str, value);
    }

    /// <summary>sys.intern: one PyStr per distinct value in this interpreter.</summary>
    public PyStr Intern(string value)
    {
        _interned ??= new Dictionary<string, PyStr>();
        if (!_interned.TryGetValue(value, out var s))
        {
            s = Str(value);
            _interned.Add(value, s);
        }
        return s;
    }

    PyBytes? _emptyBytes;
    /// <summary>The empty bytes object (made on first use: bytes is not needed at birth).</summary>
    public PyBytes EmptyBytes => _emptyBytes ??= new PyBytes(Types.Bytes, []);

    public PyTuple Tuple(params PyObject[] items) => items.Length == 0 ? EmptyTuple : new PyTuple(Types.Tuple, items);

    public PyDict NewDict() => new PyDict(Types.Dict);

    /// <summary>id() numbering for this interpreter's objects.</summary>
    public ObjectIds ObjectIds => _objectIds ??= new ObjectIds();

    /// <summary>sys.getrecursionlimit().</summary>
    public int RecursionLimit = 1000;

    /// <summary>Tracing state every frame entry compares with its code's own (one int compare):
    /// an even number while no thread of this interpreter traces or profiles (bumped when that
    /// changes, so code objects drop their hooks lazily), <see cref="Execution.Tracing.Active"/>
    /// while one does (no code ever matches it, so each entry reports a 'call').</summary>
    public int TraceEpoch;

    /// <summary>sys.get_int_max_str_digits(): the longest decimal int that str()/int() convert
    /// (0 means no limit).</summary>
    public int IntMaxStrDigits = 4300;

    /// <summary>sys.modules.</summary>
    public PyDict Modules => _modules ??= NewDict();

    /// <summary>PyInterpreterState_GetDict: a dict for extensions to keep per-interpreter data.</summary>
    public PyDict Dict => _dict ??= NewDict();

    // ---- exceptions ----

    public PyType ExceptionType(ExceptionKind kind)
    {
        var t = _exceptionTypes[(int)kind];
        if (t is null)
        {
            t = Objects.ExceptionTypes.Create(this, kind);
            _exceptionTypes[(int)kind] = t;
        }
        return t;
    }

    public PyBaseException NewException(ExceptionKind kind, string message) =>
        NewException(ExceptionType(kind), message);

    public PyBaseException NewException(PyType type, string message) =>
        new PyBaseException(type, Tuple(Str(message)));

    /// <summary>MemoryError without arguments, as CPython's PyErr_NoMemory makes it (repr
    /// <c>MemoryError()</c>).</summary>
    public PyBaseException NewMemoryError() =>
        new PyBaseException(ExceptionType(ExceptionKind.MemoryError), EmptyTuple);

    // ---- threads ----

    /// <summary>Creates a thread state for the calling OS thread (PyThreadState_New).</summary>
    public ThreadState NewThreadState()
    {
        var ts = new ThreadState(this, Runtime.NextThreadId());
        lock (_threads) _threads.Add(ts);
        return ts;
    }

    /// <summary>PyThreadState_Delete: forgets a thread state.</summary>
    public void DeleteThreadState(ThreadState ts)
    {
        ts.DisposeHostResources();
        lock (_threads) _threads.Remove(ts);
    }

    public ThreadState[] Threads
    {
        get { lock (_threads) return _threads.ToArray(); }
    }

    /// <summary>Ends the interpreter: drops its modules and thread states, releases its native
    /// arena, and unregisters it. Afterwards nothing of it should be reachable (DESIGN §7).</summary>
    /// <param name="ts">A thread state of this interpreter that holds its GIL, to run the
    /// interpreter's finalization with (flushing sys.stdout and sys.stderr); when null or not
    /// holding the GIL, a temporary one is made for the purpose.</param>
    public void End(ThreadState? ts = null)
    {
        if (_ended) return;
        // Debug mode (ISOLATED_CHECK_ISOLATION=1): nothing reachable may belong to another interpreter.
        var violations = IsolationChecker.EnabledByEnvironment ? IsolationChecker.Check(this) : null;
        RunFinalization(ts);
        _ended = true;
        _modules?.Clear();
        _dict?.Clear();
        _interned = null;
        ExecutionState = null;
        SysState = null;
        lock (_threads)
        {
            foreach (var t in _threads) t.DisposeHostResources();
            _threads.Clear();
        }
        NativeState?.Dispose();
        NativeState = null;
        Runtime.Unregister(this);
        Runtime.OnInterpreterEnded(Id);
        if (violations is { Count: > 0 })
            IsolationChecker.Fail(Id, violations);
    }

    /// <summary>Asks every thread running code in this interpreter (its own threads and calls
    /// into it from other interpreters) to stop — the Terminate bit: only finally blocks run and
    /// blocking waits give up — and waits up to <paramref name="graceMs"/> for them to leave.
    /// True when no code is left running in it; false when some ignored the request.</summary>
    public bool StopThreads(ThreadState? except, int graceMs)
    {
        long deadline = Environment.TickCount64 + graceMs;
        while (true)
        {
            foreach (var t in Threads)
                if (!ReferenceEquals(t, except)) t.SetBreaker(Isolated.Runtime.EvalBreaker.Terminate);
            if (!HasRunningCode(except)) return true;
            if (Environment.TickCount64 >= deadline) return false;
            Thread.Sleep(1);
        }
    }

    bool HasRunningCode(ThreadState? except) =>
        (StdlibState is Isolated.Modules.Weakref.ModuleStates states && Volatile.Read(ref states.RunningThreads) > 0)
        || (Gil.Holder is { } holder && !ReferenceEquals(holder, except));

    /// <summary>Gives the interpreter up without finalizing it, because code that would not stop
    /// still runs in it: it leaves the registry (and its queued items are unbound) but keeps its
    /// objects, which that code may still use, until the process ends.</summary>
    public void Abandon()
    {
        if (_ended) return;
        _ended = true;
        Runtime.Unregister(this);
        Runtime.OnInterpreterEnded(Id);
    }

    /// <summary>What the interpreter does before it goes: flush its open files and standard
    /// streams and close the streams' descriptors. Never throws: a failing finalizer must not take the host down.</summary>
    void RunFinalization(ThreadState? ts)
    {
        if (SysState is null) return;   // it never ran code: nothing to flush
        bool temporary = ts is null || !Gil.IsHeldBy(ts);
        if (temporary)
        {
            if (Gil.Holder is not null) return;   // busy in another thread: nothing safe to do
            ts = NewThreadState();
            Gil.Acquire(ts);
        }
        try
        {
            Isolated.Modules.Atexit.AtexitModule.RunExitFuncs(ts!);
            FinalizerQueue.FinalizeAtEnd(ts!);
            ts!.CurrentException = null;
            SysState.Finalizing = true;
            Types.Io.FlushOpenFiles(ts!);
            ts!.CurrentException = null;
            SysState.FlushStandardStreams(ts!);
            ts!.CurrentException = null;
            SysState.ReleaseStandardStreams();
        }
        catch (Exception)
        {
            // Finalization is best effort.
        }
        finally
        {
            if (temporary) Gil.Release(ts!);
        }
    }

    HostControls CreateHost()
    {
        Interlocked.CompareExchange(ref _host, new HostControls(this), null);
        return _host!;
    }

    public override string ToString() => $"<interpreter {Id}>";
}
