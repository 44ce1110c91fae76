using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Execution;

/// <summary>
/// sys.settrace / sys.setprofile with CPython 3.12's events, at no cost to the dispatch loop
/// while nobody traces.
///
/// How: each code object is instrumented on demand, in place — every instruction's opcode byte
/// becomes <see cref="OpCode.Traced"/> (the original words are kept in
/// <see cref="CodeInstrumentation"/>), whose handler reports 'line'/'opcode'/'return'/'c_call'
/// events and then runs the original instruction. In place, because frames already running see
/// the hooks at their next instruction (a tracer set by pdb's set_trace() takes effect in its
/// caller at once). Which code gets hooked is decided at frame entry by comparing the code's
/// <see cref="PyCode.TraceEpoch"/> with the interpreter's <see cref="Interpreter.TraceEpoch"/> —
/// one int compare per call while tracing is off. While some thread of the interpreter traces, the
/// interpreter's epoch is <see cref="Active"/>, which no code ever stores, so every frame entry
/// comes here and reports 'call'. When the last tracer goes, the epoch moves on to a new even
/// number and code objects drop their hooks the next time they are entered (and at once for the
/// frames on the thread's stack). Hooks run for every thread; a thread without a tracer just runs
/// the original instruction (as in CPython 3.12, where sys.settrace instruments all code).
/// </summary>
public static class Tracing
{
    /// <summary><see cref="Interpreter.TraceEpoch"/> while some thread traces or profiles.</summary>
    public const int Active = -1;

    /// <summary>What <see cref="Report"/> decided: run the original instruction, go on at f.Pc
    /// (handled here, or the tracer moved the frame), or fail.</summary>
    const int RunInstruction = 0, Resume = 1, Failed = -1;

    enum TraceEvent { Call, Exception, Line, Return, CCall, CException, CReturn, Opcode }

    static readonly string[] EventNames = ["call", "exception", "line", "return", "c_call", "c_exception", "c_return", "opcode"];

    // ---------------------------------------------------------------- setting

    public static void SetTrace(ThreadState ts, PyObject? func) => Set(ts, ThreadExecution.Of(ts), func, profile: false);

    public static void SetProfile(ThreadState ts, PyObject? func) => Set(ts, ThreadExecution.Of(ts), func, profile: true);

    public static PyObject? GetTrace(ThreadState ts) => (ts.Execution as ThreadExecution)?.TraceFunction;

    public static PyObject? GetProfile(ThreadState ts) => (ts.Execution as ThreadExecution)?.ProfileFunction;

    static void Set(ThreadState ts, ThreadExecution te, PyObject? func, bool profile)
    {
        var interp = ts.Interpreter;
        if (func is not null && ReferenceEquals(func, interp.None)) func = null;
        if (profile) te.ProfileFunction = func; else te.TraceFunction = func;
        // Whether any thread still traces is counted afresh (setting is rare; threads that ended
        // while tracing then stop counting).
        bool anyOn = false;
        foreach (var t in interp.Threads)
            if (t.Execution is ThreadExecution other && (other.TraceFunction is not null || other.ProfileFunction is not null)) { anyOn = true; break; }
        if (anyOn)
        {
            interp.TraceEpoch = Active;
            if (te.TraceFunction is not null || te.ProfileFunction is not null) HookRunningFrames(te);
        }
        else if (interp.TraceEpoch == Active)
        {
            var es = ExecutionState.Of(interp);
            es.TraceEpochCounter += 2;
            interp.TraceEpoch = es.TraceEpochCounter;
            for (var f = te.Current; f is not null; f = f.Back)
                if (f.Code.Instrumentation is { } ci) ci.Unhook(f.Code);
        }
    }

    /// <summary>sys._settraceallthreads / sys._setprofileallthreads: every thread of the interpreter.</summary>
    public static void SetAllThreads(ThreadState ts, PyObject? func, bool profile)
    {
        foreach (var t in ts.Interpreter.Threads)
            if (!ReferenceEquals(t, ts)) Set(t, ThreadExecution.Of(t), func, profile);
        Set(ts, ThreadExecution.Of(ts), func, profile);
    }

    /// <summary>Frames already running on this thread get their hooks now (their tracer may be
    /// set through f_trace, and the profiler sees them return).</summary>
    static void HookRunningFrames(ThreadExecution te)
    {
        for (var f = te.Current; f is not null; f = f.Back) Hook(f.Code);
    }

    static void Hook(PyCode co) => (co.Instrumentation ??= new CodeInstrumentation(co)).Hook(co);

    // ---------------------------------------------------------------- frame entry

    /// <summary>A frame of <paramref name="f"/>'s code is entered (called, or a generator resumed)
    /// and its code's epoch differs from the interpreter's: brings the code in line and reports
    /// 'call'. False with the exception set when a tracer failed.</summary>
    public static bool OnEnter(ThreadState ts, ThreadExecution te, FrameRecord f)
    {
        var interp = ts.Interpreter;
        var co = f.Code;
        if (interp.TraceEpoch != Active)
        {
            co.Instrumentation?.Unhook(co);
            co.TraceEpoch = interp.TraceEpoch;
            return true;
        }
        Hook(co);
        if (te.InTracer || (te.TraceFunction is null && te.ProfileFunction is null)) return true;
        var fo = Eval.Materialize(ts, f);
        if (co.Instrumentation!.Inlined)
        {
            // No 'call' (nor a 'line' for its first instruction: the enclosing frame reported it).
            fo.TracePrevIp = 0;
            return true;
        }
        fo.TracePrevIp = -1;
        // A frame that has not run yet is at its 'def' line while 'call' is reported.
        fo.AtEntry = f.Pc == 0;
        try
        {
            if (te.ProfileFunction is not null && !CallProfiler(ts, te, fo, TraceEvent.Call, interp.None)) return false;
            if (te.TraceFunction is { } global)
            {
                var local = CallTracer(ts, te, fo, global, TraceEvent.Call, interp.None);
                if (local is null) return false;
                if (!ReferenceEquals(local, interp.None)) fo.TraceFunction = local;
            }
        }
        finally { fo.AtEntry = false; }
        return true;
    }

    // ---------------------------------------------------------------- instructions

    /// <summary>The hook of an instrumented instruction (at f.Ip, stack pointer in f.Sp):
    /// reports what the instruction means to the tracer and the profiler, then sets f.Pc/f.Sp to
    /// where the frame goes on. To run the original instruction, its word is put back for one run
    /// (f.Pc = f.Ip) and hooked again at the next hook of this code — so the VM's loop needs no
    /// second dispatch path (which made its code slower even with tracing off). False with the
    /// exception set.</summary>
    public static bool OnInstruction(ThreadState ts, ThreadExecution te, FrameRecord f)
    {
        var ci = f.Code.Instrumentation!;
        ci.Rehook(f.Code);
        int r = Report(ts, te, f, ci);
        if (r == Failed) return false;
        if (r == RunInstruction)
        {
            ci.RunOnce(f.Code, f.Ip);
            f.Pc = f.Ip;
        }
        return true;
    }

    static int Report(ThreadState ts, ThreadExecution te, FrameRecord f, CodeInstrumentation ci)
    {
        if (te.InTracer || (te.TraceFunction is null && te.ProfileFunction is null)) return RunInstruction;
        var interp = ts.Interpreter;
        var co = f.Code;
        int ip = f.Ip;
        int word = ci.Original[ip];
        var op = Instr.Op(word);
        var fo = f.FrameObject;
        if (ci.Inlined)
        {
            // An inlined comprehension: its loop's line events belong to the enclosing frame.
            if (te.TraceFunction is not null && fo is not null && f.Back?.FrameObject is { TraceFunction: { } outer, TraceLines: true } enclosing)
            {
                int prev = fo.TracePrevIp;
                fo.TracePrevIp = ip;
                if (IsLineEvent(co, ci, prev, ip))
                {
                    var r = CallTracer(ts, te, enclosing, outer, TraceEvent.Line, interp.None);
                    if (r is null) return Failed;
                    if (!ReferenceEquals(r, interp.None)) enclosing.TraceFunction = r;
                }
            }
            return op is OpCode.Call or OpCode.CallKw && te.ProfileFunction is not null ? ProfiledCall(ts, te, f, op, Instr.Arg(word)) : RunInstruction;
        }
        if (te.TraceFunction is not null && fo?.TraceFunction is not null)
        {
            int prev = fo.TracePrevIp;
            fo.TracePrevIp = ip;
            if (fo.TraceLines && IsLineEvent(co, ci, prev, ip))
            {
                int r = LineOrOpcodeEvent(ts, te, f, fo, TraceEvent.Line);
                if (r != RunInstruction) return r;
            }
            if (fo.TraceOpcodes && fo.TraceFunction is not null)
            {
                int r = LineOrOpcodeEvent(ts, te, f, fo, TraceEvent.Opcode);
                if (r != RunInstruction) return r;
            }
        }
        switch (op)
        {
            case OpCode.ReturnValue:
            case OpCode.ReturnConst:
            case OpCode.YieldValue:
            {
                var value = op == OpCode.ReturnConst ? co.Consts[Instr.Arg(word)] : f.Stack[f.Sp - 1].Box(interp);
                fo ??= Eval.Materialize(ts, f);
                return OnReturn(ts, te, fo, value) ? RunInstruction : Failed;
            }
            case OpCode.Call:
            case OpCode.CallKw:
                return te.ProfileFunction is not null ? ProfiledCall(ts, te, f, op, Instr.Arg(word)) : RunInstruction;
            default:
                return RunInstruction;
        }
    }

    /// <summary>Whether reaching <paramref name="ip"/> after <paramref name="prev"/> is a 'line'
    /// event, as CPython 3.12 decides: a marked line start reached from another line (or first in
    /// a frame just entered), or a jump backwards within one line (each turn of a one-line loop).</summary>
    static bool IsLineEvent(PyCode co, CodeInstrumentation ci, int prev, int ip)
    {
        if (co.Lines[ip] <= 0) return false;
        if (prev < 0) return ci.LineStart[ip];
        int line = co.Lines[ip];
        int prevLine = co.LineAt(prev);
        if (ip <= prev && Instr.Op(ci.Original[prev]) == OpCode.JumpBackward && prevLine == line) return true;
        return ci.LineStart[ip] && prevLine != line;
    }

    static int LineOrOpcodeEvent(ThreadState ts, ThreadExecution te, FrameRecord f, PyFrame fo, TraceEvent ev)
    {
        fo.InLineEvent = true;
        fo.JumpTo = -1;
        var r = CallTracer(ts, te, fo, fo.TraceFunction!, ev, ts.Interpreter.None);
        fo.InLineEvent = false;
        if (r is null) return Failed;
        if (!ReferenceEquals(r, ts.Interpreter.None)) fo.TraceFunction = r;
        if (fo.JumpTo >= 0)
        {
            // f_lineno was set: the frame goes on at the target's first instruction (the stack
            // was already trimmed to the target's depth by the setter).
            f.Pc = fo.JumpTo;
            fo.TracePrevIp = fo.JumpTo;
            fo.JumpTo = -1;
            return Resume;
        }
        return RunInstruction;
    }

    /// <summary>'return' to the profiler and the frame's tracer.</summary>
    static bool OnReturn(ThreadState ts, ThreadExecution te, PyFrame fo, PyObject value)
    {
        if (te.ProfileFunction is not null && !CallProfiler(ts, te, fo, TraceEvent.Return, value)) return false;
        if (te.TraceFunction is not null && fo.TraceFunction is { } local)
        {
            var r = CallTracer(ts, te, fo, local, TraceEvent.Return, value);
            if (r is null) return false;
        }
        return true;
    }

    /// <summary>A CALL whose callable is a builtin function or method, with a profiler on: the
    /// call is made here between 'c_call' and 'c_return'/'c_exception' (CPython reports those for
    /// builtin functions and method descriptors only; a method descriptor is reported bound).</summary>
    static int ProfiledCall(ThreadState ts, ThreadExecution te, FrameRecord f, OpCode op, int argc)
    {
        var interp = ts.Interpreter;
        var s = f.Stack;
        int sp = f.Sp;
        PyTuple? kwnames = null;
        if (op == OpCode.CallKw) kwnames = (PyTuple)s[--sp].Obj!;
        int fnIdx = sp - argc - 2;
        PyObject callable;
        int argStart, nargs;
        if (ReferenceEquals(s[fnIdx].Obj, Value.NullMarker))
        {
            callable = s[fnIdx + 1].Box(interp);
            argStart = fnIdx + 2;
            nargs = argc;
        }
        else
        {
            callable = (PyObject)s[fnIdx].Obj!;
            argStart = fnIdx + 1;
            nargs = argc + 1;
        }
        PyObject reported;
        if (callable is PyBuiltinFunction) reported = callable;
        else if (callable is PyMethodDescriptor md && nargs >= 1)
        {
            var self = s[argStart].Box(interp);
            if (!self.Type.IsSubtypeOf(md.ObjectType) || md.Type.Slots.DescrGet is not { } get) return RunInstruction;
            var bound = get(ts, md, self, self.Type);
            if (bound is null) return Failed;
            reported = bound;
        }
        else return RunInstruction;

        var fo = Eval.Materialize(ts, f);
        if (!CallProfiler(ts, te, fo, TraceEvent.CCall, reported)) return Failed;
        var args = new PyObject[nargs];
        for (int i = 0; i < nargs; i++) args[i] = s[argStart + i].Box(interp);
        var result = Ops.Call(ts, callable, args, kwnames);
        if (result is null)
        {
            if (te.ProfileFunction is not null)
            {
                var exc = ts.FetchError();
                if (!CallProfiler(ts, te, fo, TraceEvent.CException, reported)) return Failed;
                ts.CurrentException = exc;
            }
            return Failed;
        }
        if (te.ProfileFunction is not null && !CallProfiler(ts, te, fo, TraceEvent.CReturn, reported)) return Failed;
        s.AsSpan(fnIdx, f.Sp - fnIdx).Clear();
        s[fnIdx] = Value.FromObject(result);
        f.Sp = fnIdx + 1;
        f.Pc = f.Ip + 1;
        return Resume;
    }

    // ---------------------------------------------------------------- exceptions

    /// <summary>An exception was raised in (or propagated into) <paramref name="f"/>: 'exception'
    /// to its tracer. Returns the exception to go on with (a failing tracer's own replaces it).</summary>
    public static PyBaseException OnRaise(ThreadState ts, ThreadExecution te, FrameRecord f, PyBaseException e)
    {
        if (te.InTracer || te.TraceFunction is null || f.FrameObject is not { TraceFunction: { } local } fo) return e;
        fo.TracePrevIp = f.Ip;
        var interp = ts.Interpreter;
        ts.CurrentException = null;
        var info = interp.Tuple(e.Type, e, e.Traceback ?? interp.None);
        var r = CallTracer(ts, te, fo, local, TraceEvent.Exception, info);
        if (r is null) return ts.CurrentException!;
        if (!ReferenceEquals(r, interp.None)) fo.TraceFunction = r;
        ts.CurrentException = e;
        return e;
    }

    /// <summary>A generator ended in a for loop of <paramref name="f"/>: CPython reports the
    /// StopIteration that ends the loop as an 'exception' there. False when the tracer failed.</summary>
    public static bool OnGeneratorStop(ThreadState ts, ThreadExecution te, FrameRecord f, PyObject value)
    {
        if (te.InTracer || te.TraceFunction is null || f.FrameObject is not { TraceFunction: not null }) return true;
        var interp = ts.Interpreter;
        var stop = interp.NewException(ExceptionKind.StopIteration, "");
        stop.Args = ReferenceEquals(value, interp.None) ? interp.EmptyTuple : interp.Tuple(value);
        var e = OnRaise(ts, te, f, stop);
        if (ReferenceEquals(e, stop)) { ts.CurrentException = null; return true; }
        return false;
    }

    /// <summary>An exception leaves <paramref name="f"/>: 'return' with None to the profiler and
    /// the frame's tracer. Returns the exception to go on with.</summary>
    public static PyBaseException OnUnwind(ThreadState ts, ThreadExecution te, FrameRecord f, PyBaseException e)
    {
        if (te.InTracer || (te.TraceFunction is null && te.ProfileFunction is null) || f.FrameObject is not { } fo
            || f.Code.Instrumentation is not { Inlined: false }) return e;
        ts.CurrentException = null;
        if (!OnReturn(ts, te, fo, ts.Interpreter.None)) return ts.CurrentException!;
        ts.CurrentException = e;
        return e;
    }

    // ---------------------------------------------------------------- calling the hooks

    static PyObject EventName(ThreadState ts, TraceEvent ev) => ts.Interpreter.Intern(EventNames[(int)ev]);

    /// <summary>Calls a trace function (untraced). A failing one is unset, with the frame's, and
    /// its exception propagates (CPython's rule).</summary>
    static PyObject? CallTracer(ThreadState ts, ThreadExecution te, PyFrame fo, PyObject func, TraceEvent ev, PyObject arg)
    {
        bool saved = te.InTracer;
        te.InTracer = true;
        PyObject? r;
        try { r = Ops.Call(ts, func, [fo, EventName(ts, ev), arg]); }
        finally { te.InTracer = saved; }
        if (r is null)
        {
            Set(ts, te, null, profile: false);
            fo.TraceFunction = null;
        }
        return r;
    }

    static bool CallProfiler(ThreadState ts, ThreadExecution te, PyFrame fo, TraceEvent ev, PyObject arg)
    {
        var func = te.ProfileFunction!;
        bool saved = te.InTracer;
        te.InTracer = true;
        PyObject? r;
        try { r = Ops.Call(ts, func, [fo, EventName(ts, ev), arg]); }
        finally { te.InTracer = saved; }
        if (r is null)
        {
            Set(ts, te, null, profile: true);
            return false;
        }
        return true;
    }
}
