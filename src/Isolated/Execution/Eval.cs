using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Execution;

/// <summary>
/// The VM's entry points for the rest of the runtime.
/// <list type="bullet">
/// <item><see cref="ExecCode"/>: runs module/exec/eval code with a globals dict and an optional
/// locals mapping (<c>exec</c>, <c>eval</c>, <c>PyRun_*</c>, imports).</item>
/// <item><see cref="Builtins(Interpreter)"/>: the interpreter's <c>builtins</c> module.</item>
/// <item><see cref="CallFunction"/>: the call slot of Python functions (what <c>Ops.Call</c> reaches).</item>
/// <item><see cref="CurrentFrame"/>, <see cref="GetFrame"/>: the running frame (sys._getframe,
/// globals(), locals(), zero-argument super()).</item>
/// </list>
/// All follow the failure protocol: null with the exception set on <c>ts</c>.
/// </summary>
public static class Eval
{
    /// <summary>The interpreter's <c>builtins</c> module, created on first use.</summary>
    public static PyModule Builtins(Interpreter interp) => ExecutionState.Of(interp).Builtins;

    /// <summary>Runs <paramref name="code"/> (module, exec or eval code) in <paramref name="globals"/>;
    /// <paramref name="locals"/> defaults to the globals. Sets <c>__builtins__</c> in the globals
    /// when absent.</summary>
    public static PyObject? ExecCode(ThreadState ts, PyCode code, PyDict globals, PyObject? locals)
    {
        var es = ExecutionState.Of(ts.Interpreter);
        var builtins = BuiltinsOf(ts, globals, es);
        if ((code.Flags & PyCode.Optimized) != 0 && code.FreeVars.Length > 0)
            return ts.Raise(ExceptionKind.TypeError, "code object passed to exec() may not contain free variables");
        var te = ThreadExecution.Of(ts);
        var f = PushFrame(ts, te, code, null, globals, builtins, locals ?? globals, code.FrameSize);
        if (f is null) return null;
        InitLocals(f);
        return VirtualMachine.Run(ts, te, f);
    }

    /// <summary>Finds (or installs) the builtins namespace for code running in <paramref name="globals"/>.</summary>
    internal static PyDict BuiltinsOf(ThreadState ts, PyDict globals, ExecutionState es)
    {
        var b = globals.GetStr(es.BuiltinsName);
        if (b is null)
        {
            globals.SetStr(es.BuiltinsName, es.Builtins);
            return es.BuiltinsDict;
        }
        if (b is PyModule m) return m.Dict;
        if (b is PyDict d) return d;
        return es.BuiltinsDict;
    }

    /// <summary>Creates a function object (MAKE_FUNCTION and <c>types.FunctionType(...)</c>).</summary>
    public static PyFunction NewFunction(ThreadState ts, PyCode code, PyDict globals, string qualname, PyCell[]? closure)
    {
        var interp = ts.Interpreter;
        var es = ExecutionState.Of(interp);
        var module = globals.GetStr(es.NameName) ?? interp.None;
        var doc = code.Consts.Length > 0 && code.Consts[0] is PyStr && (code.Flags & PyCode.Optimized) != 0 ? code.Consts[0] : interp.None;
        return new PyFunction(interp.Types.Function, code, globals, BuiltinsOf(ts, globals, es), interp.Str(code.Name),
            interp.Str(qualname), module, doc, closure);
    }

    /// <summary>The running frame's record, or null at the outermost level.</summary>
    public static FrameRecord? CurrentFrame(ThreadState ts) => (ts.Execution as ThreadExecution)?.Current;

    /// <summary>sys._getframe(depth): the frame object <paramref name="depth"/> calls up, or null
    /// (no exception set) when the stack is not that deep.</summary>
    public static PyFrame? GetFrame(ThreadState ts, int depth)
    {
        var f = CurrentFrame(ts);
        while (f is not null && depth > 0)
        {
            f = CallerOf(f);
            depth--;
        }
        return f is null ? null : Materialize(ts, f);
    }

    /// <summary>The frame that called <paramref name="f"/> as Python code sees it: an inlined
    /// comprehension's frame stands for its enclosing frame (PEP 709), so its caller is the
    /// enclosing frame's caller.</summary>
    public static FrameRecord? CallerOf(FrameRecord f) =>
        f.Code.IsInlinedComprehension ? f.Back?.Back : f.Back;

    /// <summary>The frame object of a running frame record (created on first request).</summary>
    public static PyFrame Materialize(ThreadState ts, FrameRecord f) =>
        f.FrameObject ??= new PyFrame(ts.Interpreter.Types.Frame, f);

    /// <summary>globals() of the running code, or null when no Python code runs.</summary>
    public static PyDict? CurrentGlobals(ThreadState ts) => CurrentFrame(ts)?.Globals ?? RunningMainNamespace(ts);

    /// <summary>__main__'s namespace when no frame runs but the thread runs __main__ for another
    /// interpreter (<see cref="ThreadState.RunsMain"/>); null otherwise.</summary>
    static PyDict? RunningMainNamespace(ThreadState ts) =>
        ts.RunsMain && ts.Interpreter.Modules.GetStr("__main__") is PyModule main ? main.Dict : null;

    /// <summary>locals() of the running code: the locals mapping, or a snapshot dict of a
    /// function's variables.</summary>
    public static PyObject? CurrentLocals(ThreadState ts)
    {
        var f = CurrentFrame(ts);
        if (f is null) return (PyObject?)RunningMainNamespace(ts) ?? ts.Raise(ExceptionKind.SystemError, "frame does not exist");
        return f.Locals ?? (f.Code.IsInlinedComprehension ? ComprehensionLocals(ts, f) : LocalsSnapshot(ts, f));
    }

    /// <summary>locals() inside an inlined comprehension (PEP 709): CPython 3.12 runs it in the
    /// enclosing frame, so it shows the enclosing code's names with the comprehension's own
    /// iteration variables over them (its hidden ones, such as the iterator '.0', left out).</summary>
    public static PyObject? ComprehensionLocals(ThreadState ts, FrameRecord f)
    {
        var interp = ts.Interpreter;
        var d = interp.NewDict();
        if (f.Back is { } enclosing)
        {
            var outer = enclosing.Locals
                ?? (enclosing.Code.IsInlinedComprehension ? ComprehensionLocals(ts, enclosing) : LocalsSnapshot(ts, enclosing));
            if (outer is null) return null;
            if (outer is PyDict od ? !d.Merge(ts, od) : !DictType.UpdateFrom(ts, d, outer)) return null;
        }
        var own = LocalsSnapshot(ts, f);
        int position = 0;
        while (own.Next(ref position, out var key, out var value))
        {
            if (key is PyStr name && name.Value.StartsWith('.')) continue;
            if (!d.TrySetItem(ts, key, value)) return null;
        }
        return d;
    }

    /// <summary>A dict of a function frame's bound variables (cells read through).</summary>
    public static PyDict LocalsSnapshot(ThreadState ts, FrameRecord f)
    {
        var interp = ts.Interpreter;
        var d = interp.NewDict();
        var code = f.Code;
        var names = code.VarNames;
        for (int i = 0; i < code.LocalsPlus; i++)
        {
            ref var v = ref f.Stack[f.Base + i];
            PyObject? value;
            string name;
            if (i < names.Length) name = names[i];
            else if (i < names.Length + code.CellVars.Length) name = code.CellVars[i - names.Length];
            else name = code.FreeVars[i - names.Length - code.CellVars.Length];
            if (v.IsUnbound || v.IsNull) continue;
            if (i >= names.Length) value = (v.Obj as PyCell)?.Contents;
            else value = v.Obj is PyCell c && IsCellSlot(code, i) ? c.Contents : v.Box(interp);
            if (value is null) continue;
            d.SetStr(interp.Intern(name), value);
        }
        return d;
    }

    static bool IsCellSlot(PyCode code, int index) => false;

    /// <summary>The class and first argument of the running method, for zero-argument super():
    /// false with RuntimeError set when there are none.</summary>
    public static bool ZeroArgSuper(ThreadState ts, out PyType? cls, out PyObject? self)
    {
        cls = null;
        self = null;
        var f = CurrentFrame(ts);
        if (f is null) { ts.Raise(ExceptionKind.RuntimeError, "super(): no current frame"); return false; }
        var code = f.Code;
        if (code.ArgCount == 0 && (code.Flags & PyCode.VarArgs) == 0)
        {
            ts.Raise(ExceptionKind.RuntimeError, "super(): no arguments");
            return false;
        }
        ref var first = ref f.Stack[f.Base];
        PyObject? firstValue = first.IsUnbound ? null : first.Box(ts.Interpreter);
        // The first argument may have been moved into a cell.
        for (int i = 0; i < code.CellVars.Length; i++)
        {
            if (code.CellArgs[i] == 0 && f.Stack[f.Base + code.NLocals + i].Obj is PyCell c) firstValue = c.Contents;
        }
        if (firstValue is null) { ts.Raise(ExceptionKind.RuntimeError, "super(): arg[0] deleted"); return false; }
        int idx = Array.IndexOf(code.FreeVars, "__class__");
        if (idx < 0) { ts.Raise(ExceptionKind.RuntimeError, "super(): __class__ cell not found"); return false; }
        var cell = f.Stack[f.Base + code.NLocals + code.CellVars.Length + idx].Obj as PyCell;
        if (cell?.Contents is null) { ts.Raise(ExceptionKind.RuntimeError, "super(): empty __class__ cell"); return false; }
        if (cell.Contents is not PyType t) { ts.Raise(ExceptionKind.RuntimeError, "super(): __class__ is not a type (" + cell.Contents.Type.Name + ")"); return false; }
        cls = t;
        self = firstValue;
        return true;
    }

    // ---------------------------------------------------------------- calls

    /// <summary>Calls a Python function from C# (the function type's call slot).</summary>
    public static PyObject? CallFunction(ThreadState ts, PyFunction func, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var code = func.Code;
        var te = ThreadExecution.Of(ts);
        if (code.IsGeneratorLike)
            return MakeGenerator(ts, func, args, kwnames);
        var f = PushFrame(ts, te, code, func, func.Globals, func.Builtins, null, code.FrameSize);
        if (f is null) return null;
        if (!CallBinder.Bind(ts, func, f.Stack, f.Base, args, kwnames))
        {
            PopFrame(te, f);
            return null;
        }
        InitCells(ts, f, func);
        return VirtualMachine.Run(ts, te, f);
    }

    /// <summary>Runs a class body with <paramref name="ns"/> as its namespace; returns the
    /// __class__ cell (or None).</summary>
    public static PyObject? RunClassBody(ThreadState ts, PyFunction body, PyObject ns)
    {
        var code = body.Code;
        var te = ThreadExecution.Of(ts);
        var f = PushFrame(ts, te, code, body, body.Globals, body.Builtins, ns, code.FrameSize);
        if (f is null) return null;
        InitLocals(f);
        InitCells(ts, f, body);
        return VirtualMachine.Run(ts, te, f);
    }

    static PyObject? MakeGenerator(ThreadState ts, PyFunction func, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var code = func.Code;
        var stack = new Value[code.FrameSize];
        if (!CallBinder.Bind(ts, func, stack, 0, args, kwnames)) return null;
        return NewGenerator(ts, func, stack);
    }

    /// <summary>Wraps a bound frame into a generator, coroutine or async generator.</summary>
    internal static PyGenerator NewGenerator(ThreadState ts, PyFunction func, Value[] stack)
    {
        var code = func.Code;
        var f = new FrameRecord
        {
            Code = code,
            Function = func,
            Globals = func.Globals,
            Builtins = func.Builtins,
            Stack = stack,
            Base = 0,
            Sp = code.LocalsPlus,
            Pc = 0,
        };
        InitCells(ts, f, func);
        var types = ts.Interpreter.Types;
        var type = (code.Flags & PyCode.Coroutine) != 0 ? types.Coroutine
            : (code.Flags & PyCode.AsyncGenerator) != 0 ? types.AsyncGenerator : types.Generator;
        var gen = new PyGenerator(type, f, func.Name, func.QualName);
        f.Generator = gen;
        return gen;
    }

    /// <summary>Pushes a frame for a call from C#: reserves its stack space, links it as the current frame.</summary>
    internal static FrameRecord? PushFrame(ThreadState ts, ThreadExecution te, PyCode code, PyFunction? func,
                                          PyDict globals, PyDict builtins, PyObject? locals, int size)
    {
        if (te.Depth >= ts.Interpreter.RecursionLimit)
        {
            ts.Raise(ExceptionKind.RecursionError, "maximum recursion depth exceeded");
            return null;
        }
        var f = te.Rent();
        VirtualMachine.SetIfChanged(ref f.SavedSegment, te.Segment);
        f.SavedTop = te.Top;
        var (stack, b) = te.Reserve(size);
        VirtualMachine.SetIfChanged(ref f.Code, code);
        VirtualMachine.SetIfChanged(ref f.Function, func);
        VirtualMachine.SetIfChanged(ref f.Globals, globals);
        VirtualMachine.SetIfChanged(ref f.Builtins, builtins);
        VirtualMachine.SetIfChanged(ref f.Locals, locals);
        VirtualMachine.SetIfChanged(ref f.Stack, stack);
        f.Base = b;
        f.Sp = b + code.LocalsPlus;
        f.Pc = 0;
        f.Ip = 0;
        f.IsEntry = true;
        f.Yielded = false;
        f.Generator = null;
        VirtualMachine.SetIfChanged(ref f.Back, te.Current);
        te.Current = f;
        te.Depth++;
        return f;
    }

    /// <summary>Undoes <see cref="PushFrame"/> (and the in-loop pushes): unlinks the frame,
    /// detaches its frame object and gives back its stack space.</summary>
    internal static void PopFrame(ThreadExecution te, FrameRecord f)
    {
        te.Current = f.Back;
        te.Depth--;
        if (f.FrameObject is { } fo) fo.Detach();
        // The frame's locals and temporaries must not keep objects reachable once it has ended
        // (weakref callbacks after del, memory caps): its slots are only overwritten when a
        // later frame happens to reach that deep. A generator's frame pops here only when it ends.
        if (f.Generator is null) f.Stack.AsSpan(f.Base, f.Code.FrameSize).Clear();
        else Array.Clear(f.Stack);
        if (f.Generator is null)
        {
            VirtualMachine.SetIfChanged(ref te.Segment, f.SavedSegment!);
            te.Top = f.SavedTop;
            te.Return(f);
        }
    }

    /// <summary>Marks every local of a freshly pushed frame unbound.</summary>
    internal static void InitLocals(FrameRecord f)
    {
        var s = f.Stack;
        int end = f.Base + f.Code.LocalsPlus;
        for (int i = f.Base; i < end; i++) s[i] = Value.Unbound;
    }

    /// <summary>Creates the frame's cells (moving arguments that are cells into them) and copies
    /// the closure's cells into the free-variable slots.</summary>
    internal static void InitCells(ThreadState ts, FrameRecord f, PyFunction? func)
    {
        var code = f.Code;
        int ncells = code.CellVars.Length;
        int nfree = code.FreeVars.Length;
        if (ncells == 0 && nfree == 0) return;
        var s = f.Stack;
        int cellBase = f.Base + code.NLocals;
        var cellType = ts.Interpreter.Types.Cell;
        for (int i = 0; i < ncells; i++)
        {
            int arg = code.CellArgs[i];
            PyObject? initial = null;
            if (arg >= 0)
            {
                ref var a = ref s[f.Base + arg];
                if (!a.IsUnbound) initial = a.Box(ts.Interpreter);
            }
            s[cellBase + i] = Value.FromObject(new PyCell(cellType, initial));
        }
        var closure = func?.Closure;
        for (int i = 0; i < nfree; i++)
            s[cellBase + ncells + i] = closure is not null && i < closure.Length ? Value.FromObject(closure[i]) : Value.Unbound;
    }
}
