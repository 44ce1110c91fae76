using Isolated.Execution;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Interpreters;

/// <summary>
/// <c>_interpreters</c>: the low-level module under <c>concurrent.interpreters</c> (PEP 734).
/// Interpreters are named by id; code and data cross only as source text and
/// <see cref="SharedValue"/>s, never as objects. Running code in another interpreter detaches the
/// caller from its own interpreter's GIL first, so that both GILs are never held together.
/// The exception classes live in Python (concurrent/interpreters) and are registered here with
/// <c>_register_exceptions</c>; until then the builtin RuntimeError family stands in.
/// </summary>
public static class InterpretersModule
{
    static readonly string[] ExceptionNames =
        ["InterpreterError", "InterpreterNotFoundError", "NotShareableError", "QueueEmpty", "QueueFull", "ItemInterpreterDestroyed",
         "QueueNotFoundError"];

    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "_interpreters");
        m.Dict.SetStr("__doc__", interp.Str("Low-level access to isolated interpreters (PEP 734)."));
        Add(m, "create", Create_);
        Add(m, "destroy", Destroy);
        Add(m, "list_all", ListAll);
        Add(m, "get_current", GetCurrent);
        Add(m, "get_main", GetMain);
        Add(m, "is_running", IsRunning);
        Add(m, "exec", Exec);
        Add(m, "call", Call);
        Add(m, "set___main___attrs", SetMainAttrs);
        Add(m, "is_shareable", IsShareable);
        Add(m, "create_queue", CreateQueue);
        Add(m, "list_queues", ListQueues);
        Add(m, "whence", WhenceOf);
        Add(m, "incref", Incref);
        Add(m, "decref", Decref);
        Add(m, "_register_exceptions", RegisterExceptions);
        HostControlFunctions.Register(m);
        m.Dict.SetStr("Queue", QueueType(interp));
        m.Dict.SetStr("CrossInterpreterBufferView", interp.Types.CrossInterpreterBufferView);
        m.Dict.SetStr("UNBOUND_MODE_UNBOUND", interp.Int((int)UnboundMode.Unbound));
        m.Dict.SetStr("UNBOUND_MODE_ERROR", interp.Int((int)UnboundMode.Error));
        m.Dict.SetStr("UNBOUND_MODE_REMOVE", interp.Int((int)UnboundMode.Remove));
        return m;
    }

    static void Add(PyModule m, string name, BuiltinMethod fn)
    {
        var interp = m.Type.Owner;
        var f = interp.NewBuiltinFunction(name, m, fn);
        f.Module = interp.Str("_interpreters");
        m.Dict.SetStr(interp.Intern(name), f);
    }

    // ---- exceptions ----

    static PyModule? ModuleOf(Interpreter interp) => interp.Modules.GetStr("_interpreters") as PyModule;

    static PyType ErrorType(ThreadState ts, string name, ExceptionKind fallback)
    {
        var interp = ts.Interpreter;
        if (ModuleOf(interp)?.Dict.GetStr("_exc_" + name) is PyType t) return t;
        return interp.ExceptionType(fallback);
    }

    public static PyType NotShareableErrorType(ThreadState ts) => ErrorType(ts, "NotShareableError", ExceptionKind.ValueError);

    static PyObject? RaiseInterpreterError(ThreadState ts, string message) =>
        ts.Raise(ErrorType(ts, "InterpreterError", ExceptionKind.RuntimeError), message);

    internal static PyObject? RaiseQueueNotFound(ThreadState ts, long id) =>
        ts.Raise(ErrorType(ts, "QueueNotFoundError", ExceptionKind.RuntimeError), $"queue {id} not found");

    static PyObject? RaiseNotFound(ThreadState ts, long id) =>
        ts.Raise(ErrorType(ts, "InterpreterNotFoundError", ExceptionKind.RuntimeError), $"unrecognized interpreter ID {id}");

    static PyObject? RegisterExceptions(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "_register_exceptions", args, kw, ExceptionNames.Length, ExceptionNames.Length)) return null;
        var m = (PyModule)self;
        for (int i = 0; i < ExceptionNames.Length; i++)
        {
            if (args[i] is not PyType t || !t.HasFlag(TypeFlags.BaseExceptionSubclass))
                return ts.Raise(ExceptionKind.TypeError, $"{ExceptionNames[i]} must be an exception class");
            m.Dict.SetStr("_exc_" + ExceptionNames[i], t);
        }
        return ts.Interpreter.None;
    }

    // ---- interpreters ----

    internal static bool IdArg(ThreadState ts, string function, ReadOnlySpan<PyObject> args, int index, out long id)
    {
        id = -1;
        if (args.Length <= index) { ts.Raise(ExceptionKind.TypeError, $"{function}() missing required argument 'id' (pos 1)"); return false; }
        if (args[index] is not PyInt i)
        {
            ts.Raise(ExceptionKind.TypeError, $"{function}(): interpreter ID must be an int, not '{args[index].Type.Name}'");
            return false;
        }
        if (!i.IsSmall)
        {
            ts.Raise(ExceptionKind.OverflowError, "int too big to convert");
            return false;
        }
        if (i.Small < 0)
        {
            ts.Raise(ExceptionKind.ValueError, $"interpreter ID must be a non-negative int, got {i.Small}");
            return false;
        }
        id = i.Small;
        return true;
    }

    internal static Interpreter? Find(ThreadState ts, long id)
    {
        var target = ts.Interpreter.Runtime.Find(id);
        if (target is null || target.IsEnded) RaiseNotFound(ts, id);
        return target is null || target.IsEnded ? null : target;
    }

    static PyObject Info(Interpreter of, Interpreter target) => of.Tuple(of.Int(target.Id), of.Str(target.Whence));

    /// <summary>create(*, reqrefs=False): a new interpreter's id. With reqrefs it ends when the
    /// last reference taken with incref() is dropped (concurrent.interpreters.create()).</summary>
    static PyObject? Create_(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[1];
        if (!ArgBinder.Bind(ts, "create", args, kw, ["reqrefs"], 0, a, keywordOnlyFrom: 0)) return null;
        int reqrefs = a[0] is { } r ? Ops.IsTrue(ts, r) : 0;
        if (reqrefs < 0) return null;
        var created = ts.Interpreter.Runtime.CreateInterpreter(InterpreterConfig.Isolated);
        created.Whence = "_interpreters module";
        if (reqrefs > 0) InterpreterRefs.Of(ts.Interpreter.Runtime).RequireRefs(created.Id);
        Sys.SysState.Of(created).InheritProcessSettings(Sys.SysState.Of(ts.Interpreter));
        return ts.Interpreter.Int(created.Id);
    }

    /// <summary>whence(id): where the interpreter came from, as Interpreter.whence says it.</summary>
    static PyObject? WhenceOf(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "whence", args, kw, 1, 1) || !IdArg(ts, "whence", args, 0, out long id)) return null;
        var target = Find(ts, id);
        return target is null ? null : ts.Interpreter.Str(target.Whence);
    }

    /// <summary>incref(id): this interpreter holds one more reference keeping the interpreter alive.</summary>
    static PyObject? Incref(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "incref", args, kw, 1, 1) || !IdArg(ts, "incref", args, 0, out long id)) return null;
        if (Find(ts, id) is null) return null;
        InterpreterRefs.Of(ts.Interpreter.Runtime).Incref(ts.Interpreter.Id, id);
        return ts.Interpreter.None;
    }

    /// <summary>decref(id): drops a reference incref() took; the last one ends an interpreter made
    /// with reqrefs (once the code running in it, if any, returns).</summary>
    static PyObject? Decref(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "decref", args, kw, 1, 1) || !IdArg(ts, "decref", args, 0, out long id)) return null;
        if (Find(ts, id) is null) return null;
        InterpreterRefs.Of(ts.Interpreter.Runtime).Decref(ts.Interpreter.Id, id);
        return ts.Interpreter.None;
    }

    static PyObject? Destroy(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!IdArg(ts, "destroy", args, 0, out long id)) return null;
        var target = Find(ts, id);
        if (target is null) return null;
        if (ReferenceEquals(target, ts.Interpreter)) return RaiseInterpreterError(ts, "cannot destroy the current interpreter");
        if (target.IsMain) return RaiseInterpreterError(ts, "cannot destroy the main interpreter");
        // Claimed for good: nothing can start running in it while it ends.
        if (Interlocked.CompareExchange(ref target.CrossCalls, 1, 0) != 0) return RaiseInterpreterError(ts, "interpreter running");
        if (target.Gil.Holder is not null)
        {
            Interlocked.Decrement(ref target.CrossCalls);
            return RaiseInterpreterError(ts, "interpreter running");
        }
        target.End();
        return ts.Interpreter.None;
    }

    static PyObject? ListAll(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "list_all", args, kw, 0, 0)) return null;
        var interp = ts.Interpreter;
        var list = new PyList(interp.Types.List);
        foreach (var i in interp.Runtime.All()) list.Append(Info(interp, i));
        return list;
    }

    static PyObject? GetCurrent(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw) =>
        ArgBinder.CheckPositional(ts, "get_current", args, kw, 0, 0) ? Info(ts.Interpreter, ts.Interpreter) : null;

    static PyObject? GetMain(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw) =>
        ArgBinder.CheckPositional(ts, "get_main", args, kw, 0, 0) ? Info(ts.Interpreter, ts.Interpreter.Runtime.Main) : null;

    static PyObject? IsRunning(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!IdArg(ts, "is_running", args, 0, out long id)) return null;
        var target = Find(ts, id);
        if (target is null) return null;
        // Running means running code in __main__: the main interpreter runs its script, a
        // subinterpreter an exec() or call(); threads it started on its own do not count (CPython).
        return ts.Interpreter.Bool(ReferenceEquals(target, ts.Interpreter) || target.IsMain || Volatile.Read(ref target.CrossCalls) > 0);
    }

    static PyObject? IsShareable(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw) =>
        ArgBinder.CheckPositional(ts, "is_shareable", args, kw, 1, 1)
            ? ts.Interpreter.Bool(SharedValue.TryCapture(ts.Interpreter, args[0]) is not null)
            : null;

    /// <summary>Runs <paramref name="body"/> on this OS thread inside <paramref name="target"/>
    /// (claimed with <see cref="Claim"/>, released here), with the caller detached from its own
    /// GIL meanwhile.</summary>
    static T RunIn<T>(ThreadState caller, Interpreter target, Func<ThreadState, T> body)
    {
        var home = caller.Interpreter;
        home.Gil.Release(caller);
        var ts = target.NewThreadState();
        ts.RunsMain = true;
        // An interrupt or termination of the caller's interpreter reaches the code run here
        // (Py_EndInterpreter of the caller must not wait for it forever); the caller sees the
        // request itself when the call returns (CheckCallerAfterNestedCall).
        caller.SetNestedCall(ts);
        try
        {
            target.Gil.Acquire(ts);
            try
            {
                PythonRun.Initialize(ts);
                return body(ts);
            }
            finally
            {
                target.Gil.Release(ts);
            }
        }
        finally
        {
            caller.SetNestedCall(null);
            target.DeleteThreadState(ts);
            Interlocked.Decrement(ref target.CrossCalls);
            home.Gil.Acquire(caller);
            InterpreterRefs.Of(home.Runtime).CallFinished(target.Id);
        }
    }

    /// <summary>After a nested call: an interrupt or termination of the caller's interpreter that
    /// came meanwhile (and stopped the nested call) is raised here, in the caller, rather than the
    /// nested call's failure; false with that exception set.</summary>
    static bool CallerGoesOn(ThreadState caller) => HostControls.Check(caller);

    /// <summary>Claims <paramref name="target"/> for running code in its __main__ from another
    /// interpreter: false with InterpreterError when it is this interpreter or already running.</summary>
    static bool Claim(ThreadState ts, Interpreter target, string what)
    {
        if (ReferenceEquals(target, ts.Interpreter))
        {
            RaiseInterpreterError(ts, $"cannot {what} in the current interpreter");
            return false;
        }
        if (target.IsMain || Interlocked.CompareExchange(ref target.CrossCalls, 1, 0) != 0)
        {
            RaiseInterpreterError(ts, "interpreter already running");
            return false;
        }
        if (target.IsEnded)
        {
            Interlocked.Decrement(ref target.CrossCalls);
            RaiseNotFound(ts, target.Id);
            return false;
        }
        return true;
    }

    /// <summary>exec(id, code): runs source text, or a function without arguments, in the
    /// interpreter's __main__. Returns None, or a description of the uncaught exception as
    /// shareable data: (type name, qualname, module, message, "Type: message", traceback).</summary>
    static PyObject? Exec(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "exec", args, kw, 2, 2)) return null;
        if (!IdArg(ts, "exec", args, 0, out long id)) return null;
        string? source = null;
        SharedFunction? function = null;
        if (args[1] is PyStr str) source = str.Value;
        else if (args[1] is PyFunction f)
        {
            function = SharedFunction.TryCapture(ts.Interpreter, f, stateless: false);
            if (function is null)
                return ts.Raise(ExceptionKind.ValueError, $"function {f.Code.QualName}() cannot run in another interpreter: it has a closure or a constant that cannot be shared");
            if (function.TakesArguments)
                return ts.Raise(ExceptionKind.ValueError, $"a function run by exec() must not take arguments");
        }
        else return ts.Raise(ExceptionKind.TypeError, $"exec(): code must be a str or a function, not '{args[1].Type.Name}'");
        var target = Find(ts, id);
        if (target is null || !Claim(ts, target, "exec()")) return null;
        var failure = RunIn(ts, target, tts =>
        {
            var main = PythonRun.MainModule(tts);
            bool ok = source is not null
                ? PythonRun.RunString(tts, source, Execution.Import.SourceMode.File, main.Dict, main.Dict) is not null
                : Ops.Call(tts, function!.ToFunction(tts)) is not null;
            return ok ? null : DescribeFailure(tts, tts.FetchError()!);
        });
        if (!CallerGoesOn(ts)) return null;
        return failure?.ToConstant(ts.Interpreter) ?? ts.Interpreter.None;
    }

    /// <summary>call(id, callable, args, kwargs) -> (result, excinfo): calls callable in the
    /// interpreter. The callable, the arguments and the result cross as shareable values, stateless
    /// functions or pickle data (PEP 734); excinfo is as for exec(), or None.</summary>
    static PyObject? Call(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "call", args, kw, 2, 4)) return null;
        if (!IdArg(ts, "call", args, 0, out long id)) return null;
        var callable = SharedValue.Capture(ts, args[1]);
        if (callable is null) return null;
        var positional = new List<SharedValue>();
        if (args.Length > 2 && !ReferenceEquals(args[2], ts.Interpreter.None))
        {
            if (args[2] is not PyTuple t) return ts.Raise(ExceptionKind.TypeError, "call(): args must be a tuple");
            foreach (var a in t.Items)
            {
                var sv = SharedValue.Capture(ts, a);
                if (sv is null) return null;
                positional.Add(sv);
            }
        }
        var keywords = new List<(string, SharedValue)>();
        if (args.Length > 3 && !ReferenceEquals(args[3], ts.Interpreter.None))
        {
            if (args[3] is not PyDict d) return ts.Raise(ExceptionKind.TypeError, "call(): kwargs must be a dict");
            int pos = 0;
            while (d.Next(ref pos, out var k, out var v))
            {
                if (k is not PyStr name) return ts.Raise(ExceptionKind.TypeError, "keywords must be strings");
                var sv = SharedValue.Capture(ts, v);
                if (sv is null) return null;
                keywords.Add((name.Value, sv));
            }
        }
        var target = Find(ts, id);
        if (target is null || !Claim(ts, target, "call()")) return null;
        var (result, failure, stage) = RunIn(ts, target, tts =>
        {
            if (!Materialize(tts, callable, positional, keywords, out var fn, out var argv, out var kwnames))
                return ((SharedValue?)null, DescribeFailure(tts, tts.FetchError()!), CallStage.Arguments);
            var value = Ops.Call(tts, fn, argv, kwnames);
            if (value is null) return (null, DescribeFailure(tts, tts.FetchError()!), CallStage.Call);
            var shared = SharedValue.Capture(tts, value);
            return shared is not null ? (shared, (SharedValue?)null, CallStage.Call) : ((SharedValue?)null, DescribeFailure(tts, tts.FetchError()!), CallStage.Result);
        });
        if (!CallerGoesOn(ts)) return null;
        var interp = ts.Interpreter;
        if (failure is not null)
        {
            var info = failure.ToConstant(interp);
            if (stage == CallStage.Call) return interp.Tuple(interp.None, info);
            // What could not cross is reported here as NotShareableError, as CPython 3.14 does,
            // with the other interpreter's exception (as text) for its cause.
            var excinfo = (PyTuple)info;
            string message = ((PyStr)excinfo.Items[3]).Value;
            var error = interp.NewException(NotShareableErrorType(ts), stage == CallStage.Arguments
                ? "args not shareable"
                : message.Length > 0 ? message : "the result is not shareable");
            var cause = interp.NewException(NotShareableErrorType(ts), stage == CallStage.Arguments
                ? $"the callable or an argument could not be unpickled in interpreter {id}:\n{((PyStr)excinfo.Items[5]).Value}"
                : ((PyStr)excinfo.Items[5]).Value);
            error.Cause = cause;
            error.SuppressContext = true;
            ts.Raise(error);
            return null;
        }
        var obj = result!.ToObject(ts);
        return obj is null ? null : interp.Tuple(obj, interp.None);
    }

    enum CallStage : byte { Arguments, Call, Result }

    /// <summary>The callable and arguments as objects of the target interpreter; false with the
    /// exception set when one could not be rebuilt there (unpickling failed).</summary>
    static bool Materialize(ThreadState ts, SharedValue callable, List<SharedValue> positional, List<(string, SharedValue)> keywords,
        out PyObject fn, out PyObject[] argv, out PyTuple? kwnames)
    {
        kwnames = null;
        argv = new PyObject[positional.Count + keywords.Count];
        fn = callable.ToObject(ts)!;
        if (fn is null) return false;
        for (int i = 0; i < positional.Count; i++)
            if ((argv[i] = positional[i].ToObject(ts)!) is null) return false;
        if (keywords.Count > 0)
        {
            var names = new PyObject[keywords.Count];
            for (int i = 0; i < keywords.Count; i++)
            {
                names[i] = ts.Interpreter.Str(keywords[i].Item1);
                if ((argv[positional.Count + i] = keywords[i].Item2.ToObject(ts)!) is null) return false;
            }
            kwnames = ts.Interpreter.Tuple(names);
        }
        return true;
    }

    static SharedValue DescribeFailure(ThreadState ts, PyBaseException exc)
    {
        var interp = ts.Interpreter;
        string message = Ops.Str(ts, exc) is PyStr s ? s.Value : "";
        ts.CurrentException = null;
        string display = TracebackPrinter.Format(ts, exc);
        ts.CurrentException = null;
        var type = exc.Type;
        string summary = message.Length > 0 ? $"{type.Name}: {message}" : type.Name;
        var info = interp.Tuple([interp.Str(type.Name), interp.Str(type.QualName), interp.Str(Ops.TypeModuleName(type)),
            interp.Str(message), interp.Str(summary), interp.Str(display.TrimEnd('\n'))]);
        return SharedValue.TryCapture(interp, info)!;
    }

    /// <summary>set___main___attrs(id, dict): binds values as globals of the interpreter's
    /// __main__ (Interpreter.prepare_main); non-shareable values cross as pickle data. Returns None,
    /// or an exec()-style failure description when a value could not be rebuilt there.</summary>
    static PyObject? SetMainAttrs(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "set___main___attrs", args, kw, 2, 2)) return null;
        if (!IdArg(ts, "set___main___attrs", args, 0, out long id)) return null;
        if (args[1] is not PyDict ns) return ts.Raise(ExceptionKind.TypeError, "expected a dict of names to values");
        if (ns.Count == 0) return ts.Raise(ExceptionKind.ValueError, "arg 2 must be a non-empty mapping");
        var target = Find(ts, id);
        if (target is null) return null;
        var captured = new List<(string, SharedValue)>();
        int pos = 0;
        while (ns.Next(ref pos, out var k, out var v))
        {
            if (k is not PyStr name) return ts.Raise(ExceptionKind.TypeError, "names must be strings");
            var sv = SharedValue.Capture(ts, v);
            if (sv is null) return null;
            captured.Add((name.Value, sv));
        }
        if (!Claim(ts, target, "prepare_main()")) return null;
        var failure = RunIn(ts, target, tts =>
        {
            var main = PythonRun.MainModule(tts);
            foreach (var (name, value) in captured)
            {
                var obj = value.ToObject(tts);
                if (obj is null) return DescribeFailure(tts, tts.FetchError()!);
                main.Dict.SetStr(name, obj);
            }
            return null;
        });
        if (!CallerGoesOn(ts)) return null;
        return failure?.ToConstant(ts.Interpreter) ?? ts.Interpreter.None;
    }

    // ---- queues ----

    public static PyType QueueType(Interpreter interp) => interp.Types.InterpreterQueue;

    /// <summary>The interpreter's one Queue object for <paramref name="q"/> (made on first use and
    /// kept while referenced), as CPython's Queue(id) returns the same object each time.</summary>
    public static PyQueueObject QueueHandle(Interpreter interp, InterpreterQueue q)
    {
        var states = Isolated.Modules.Weakref.ModuleStates.Of(interp);
        var handles = states.QueueHandles;
        lock (handles)
        {
            if (handles.TryGetValue(q.Id, out var weak) && weak.TryGetTarget(out var existing)) return existing;
            var handle = new PyQueueObject(QueueType(interp), q);
            if (handles.Count >= states.QueueHandlesPruneAt)   // forget queues whose objects died, now and then
            {
                foreach (var id in handles.Where(kv => !kv.Value.TryGetTarget(out _)).Select(kv => kv.Key).ToArray())
                    handles.Remove(id);
                states.QueueHandlesPruneAt = Math.Max(256, 2 * handles.Count);
            }
            handles[q.Id] = new WeakReference<PyQueueObject>(handle);
            return handle;
        }
    }

    /// <summary>list_queues(): a Queue object for every queue that exists.</summary>
    static PyObject? ListQueues(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "list_queues", args, kw, 0, 0)) return null;
        var list = new PyList(ts.Interpreter.Types.List);
        foreach (var q in QueueRegistry.Of(ts.Interpreter.Runtime).All()) list.Append(QueueHandle(ts.Interpreter, q));
        return list;
    }

    static PyObject? CreateQueue(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "create_queue", args, kw, ["maxsize", "unbounditems"], 0, a, keywordOnlyFrom: 1)) return null;
        long maxSize = 0;
        if (a[0] is { } ms && !Ops.AsLong(ts, ms, out maxSize)) return null;
        var mode = UnboundMode.Unbound;
        if (a[1] is { } ub && !UnboundArg(ts, ub, out mode)) return null;
        var q = QueueRegistry.Of(ts.Interpreter.Runtime).Create((int)Math.Clamp(maxSize, int.MinValue, int.MaxValue), mode);
        return QueueHandle(ts.Interpreter, q);
    }

    internal static bool UnboundArg(ThreadState ts, PyObject o, out UnboundMode mode)
    {
        mode = UnboundMode.Unbound;
        if (o is PyInt { IsSmall: true } i && i.Small is >= 1 and <= 3)
        {
            mode = (UnboundMode)i.Small;
            return true;
        }
        // The sentinels concurrent.interpreters registers (UNBOUND, UNBOUND_ERROR, UNBOUND_REMOVE).
        if (ModuleOf(ts.Interpreter) is { } m)
        {
            if (ReferenceEquals(o, m.Dict.GetStr("UNBOUND"))) { mode = UnboundMode.Unbound; return true; }
            if (ReferenceEquals(o, m.Dict.GetStr("UNBOUND_ERROR"))) { mode = UnboundMode.Error; return true; }
            if (ReferenceEquals(o, m.Dict.GetStr("UNBOUND_REMOVE"))) { mode = UnboundMode.Remove; return true; }
        }
        ts.Raise(ExceptionKind.ValueError, "unbounditems must be UNBOUND, UNBOUND_ERROR or UNBOUND_REMOVE");
        return false;
    }

    internal static PyObject? RaiseQueueEmpty(ThreadState ts) => ts.Raise(ErrorType(ts, "QueueEmpty", ExceptionKind.RuntimeError), "");
    internal static PyObject? RaiseQueueFull(ThreadState ts) => ts.Raise(ErrorType(ts, "QueueFull", ExceptionKind.RuntimeError), "");
    internal static PyObject? RaiseItemDestroyed(ThreadState ts) =>
        ts.Raise(ErrorType(ts, "ItemInterpreterDestroyed", ExceptionKind.RuntimeError), "item's original interpreter destroyed");

    /// <summary>The sentinel of concurrent.interpreters for an unbound mode (Queue.unbounditems).</summary>
    internal static PyObject UnboundConstant(ThreadState ts, UnboundMode mode)
    {
        string name = mode switch { UnboundMode.Error => "UNBOUND_ERROR", UnboundMode.Remove => "UNBOUND_REMOVE", _ => "UNBOUND" };
        return ModuleOf(ts.Interpreter)?.Dict.GetStr(name) ?? ts.Interpreter.Int((int)mode);
    }

    /// <summary>The object a queue hands out for an item whose interpreter ended with UNBOUND.</summary>
    internal static PyObject UnboundSentinel(ThreadState ts) =>
        ModuleOf(ts.Interpreter)?.Dict.GetStr("UNBOUND") ?? ts.Interpreter.None;
}
