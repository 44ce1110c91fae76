using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Execution;

/// <summary>
/// Resuming generators and coroutines (send, throw, close, yield-from delegation), the await
/// protocol and async iteration. Status results follow <see cref="IAwaitableIterator"/>:
/// 1 yielded, 0 returned, -1 error.
/// </summary>
public static class Generators
{
    static string Kind(ThreadState ts, PyGenerator g)
    {
        var types = ts.Interpreter.Types;
        return ReferenceEquals(g.Type, types.Coroutine) ? "coroutine" : ReferenceEquals(g.Type, types.AsyncGenerator) ? "async generator" : "generator";
    }

    /// <summary>The exception being handled as sys.exc_info() sees it (CPython's topmost
    /// exc_info): the running code's own; where that is none and a running generator frame is on
    /// the way up, what the code that resumed it was handling, and so on outwards. (A generator
    /// keeps its own handled exception across yields; its resumer's shows through it.)</summary>
    public static PyBaseException? TopmostHandledException(ThreadState ts)
    {
        var handled = ts.HandledException;
        if (handled is not null || ts.Execution is not ThreadExecution te) return handled;
        for (var f = te.Current; f is not null; f = f.Back)
            if (f.Generator is { Running: true, ResumerExcState: { } outer }) return outer;
        return null;
    }

    /// <summary>Resumes <paramref name="gen"/> with a value (send) or an exception (throw).</summary>
    public static int Resume(ThreadState ts, PyGenerator gen, PyObject? value, PyBaseException? exc, out PyObject? result)
    {
        result = null;
        var interp = ts.Interpreter;
        if (gen.Running)
        {
            ts.Raise(ExceptionKind.ValueError, $"{Kind(ts, gen)} already executing");
            return -1;
        }
        var f = gen.Frame;
        if (gen.Finished)
        {
            if (exc is not null) { ts.CurrentException = exc; return -1; }
            if (ReferenceEquals(gen.Type, interp.Types.Coroutine))
            {
                ts.Raise(ExceptionKind.RuntimeError, "cannot reuse already awaited coroutine");
                return -1;
            }
            result = interp.None;
            return 0;
        }
        // Delegation (yield from / await): pass the exception or value to the sub-iterator first.
        if (f.YieldFrom is { } yf && gen.Started)
        {
            if (exc is not null)
            {
                int st = ThrowIntoDelegate(ts, gen, yf, exc, out var r);
                if (st == 1) { result = r; return 1; }
                f.YieldFrom = null;
                if (st == 0)
                {
                    // The delegate finished: its value completes the suspended SEND.
                    int sendWord = f.Code.OriginalCode[f.Ip - 1];
                    f.Stack[f.Sp - 1] = Value.FromObject(r!);
                    f.Pc = Instr.Arg(sendWord);
                    return Run(ts, gen, null, null, out result);
                }
                exc = ts.FetchError();
                return Run(ts, gen, null, exc, out result);
            }
        }
        if (!gen.Started && value is not null && !ReferenceEquals(value, interp.None) && exc is null)
        {
            ts.Raise(ExceptionKind.TypeError, $"can't send non-None value to a just-started {Kind(ts, gen)}");
            return -1;
        }
        f.YieldFrom = null;
        return Run(ts, gen, gen.Started ? value ?? interp.None : null, exc, out result);
    }

    static int Run(ThreadState ts, PyGenerator gen, PyObject? push, PyBaseException? exc, out PyObject? result)
    {
        var interp = ts.Interpreter;
        var te = ThreadExecution.Of(ts);
        var f = gen.Frame;
        result = null;
        // Resuming nests a VM run on the native stack (yield from / await chains): the depth
        // limit alone does not keep a 256 KiB thread's stack from overflowing.
        if (te.Depth >= interp.RecursionLimit || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            ts.Raise(ExceptionKind.RecursionError, "maximum recursion depth exceeded");
            return -1;
        }
        if (push is not null)
        {
            f.Stack[f.Sp] = Value.FromObject(push);
            f.Sp++;
        }
        gen.Started = true;
        gen.Running = true;
        // Stores of references pay a GC write barrier: the ones that usually would not change
        // anything (same resumer frame, no exception being handled) are skipped. A generator
        // that is not running has no ResumerExcState.
        var back = te.Current;
        if (!ReferenceEquals(f.Back, back)) f.Back = back;
        f.IsEntry = true;
        f.Yielded = false;
        te.Current = f;
        te.Depth++;
        var savedHandled = ts.HandledException;
        if (savedHandled is not null) gen.ResumerExcState = savedHandled;
        var ownHandled = gen.ExcState;
        if (!ReferenceEquals(ownHandled, savedHandled)) ts.HandledException = ownHandled;
        if (exc is not null) ts.CurrentException = exc;
        var r = VirtualMachine.Run(ts, te, f, exc is not null);
        var handledNow = ts.HandledException;
        if (!ReferenceEquals(gen.ExcState, handledNow)) gen.ExcState = handledNow;
        if (!ReferenceEquals(handledNow, savedHandled)) ts.HandledException = savedHandled;
        if (gen.ResumerExcState is not null) gen.ResumerExcState = null;
        gen.Running = false;
        if (r is not null && f.Yielded)
        {
            result = r;
            return 1;
        }
        gen.Finished = true;
        f.YieldFrom = null;
        if (r is not null)
        {
            result = r;
            return 0;
        }
        ReplaceEscapingStopIteration(ts, gen);
        return -1;
    }

    /// <summary>PEP 479: a StopIteration (StopAsyncIteration for async generators) escaping a
    /// generator's frame becomes RuntimeError.</summary>
    internal static void ReplaceEscapingStopIteration(ThreadState ts, PyGenerator gen)
    {
        var interp = ts.Interpreter;
        var e = ts.CurrentException;
        if (e is not null)
        {
            bool isAsyncGen = ReferenceEquals(gen.Type, interp.Types.AsyncGenerator);
            if (e.Type.IsSubtypeOf(interp.ExceptionType(ExceptionKind.StopIteration))
                || isAsyncGen && e.Type.IsSubtypeOf(interp.ExceptionType(ExceptionKind.StopAsyncIteration)))
            {
                var name = e.Type.IsSubtypeOf(interp.ExceptionType(ExceptionKind.StopIteration)) ? "StopIteration" : "StopAsyncIteration";
                var re = interp.NewException(ExceptionKind.RuntimeError, $"{Kind(ts, gen)} raised {name}");
                re.Cause = e;
                re.Context = e;
                re.SuppressContext = true;
                ts.CurrentException = re;
            }
        }
    }

    static int ThrowIntoDelegate(ThreadState ts, PyGenerator gen, PyObject yf, PyBaseException exc, out PyObject? result)
    {
        var interp = ts.Interpreter;
        result = null;
        if (exc.Type.IsSubtypeOf(interp.ExceptionType(ExceptionKind.GeneratorExit)))
        {
            // Close the delegate, then raise GeneratorExit in this generator.
            if (!Close(ts, yf)) return -1;
            ts.CurrentException = exc;
            return -1;
        }
        if (yf is IAwaitableIterator ai)
            return ai.Send(ts, null, exc, out result);
        var throwMethod = Ops.GetAttr(ts, yf, interp.Str("throw"));
        if (throwMethod is null)
        {
            if (!Ops.IsError(ts, ExceptionKind.AttributeError)) return -1;
            ts.CurrentException = exc;
            return -1;
        }
        var r = Ops.Call(ts, throwMethod, [exc.Type, exc, exc.Traceback ?? interp.None]);
        if (r is not null) { result = r; return 1; }
        return StopIterationValue(ts, out result) ? 0 : -1;
    }

    /// <summary>If the pending error is StopIteration, takes its value (0 = finished).</summary>
    static bool StopIterationValue(ThreadState ts, out PyObject? value)
    {
        value = null;
        var e = ts.CurrentException;
        if (e is null || !e.Type.IsSubtypeOf(ts.Interpreter.ExceptionType(ExceptionKind.StopIteration))) return false;
        ts.CurrentException = null;
        value = StopIterationArg(ts, e);
        return true;
    }

    public static PyObject StopIterationArg(ThreadState ts, PyBaseException e)
    {
        if (e.Dict?.GetStr("value") is { } v) return v;
        return e.Args.Count > 0 ? e.Args[0] : ts.Interpreter.None;
    }

    /// <summary>A StopIteration carrying <paramref name="value"/> (its <c>value</c> attribute set).</summary>
    public static PyBaseException NewStopIteration(ThreadState ts, PyObject value)
    {
        var interp = ts.Interpreter;
        var e = new PyBaseException(interp.ExceptionType(ExceptionKind.StopIteration),
            ReferenceEquals(value, interp.None) ? interp.EmptyTuple : interp.Tuple(value));
        (e.Dict ??= interp.NewDict()).SetStr("value", value);
        return e;
    }

    /// <summary>SEND: one step of yield-from/await on <paramref name="receiver"/>.</summary>
    public static int Send(ThreadState ts, PyObject receiver, PyObject value, out PyObject? result)
    {
        var interp = ts.Interpreter;
        if (receiver is IAwaitableIterator ai)
            return ai.Send(ts, value, null, out result);
        PyObject? r;
        if (ReferenceEquals(value, interp.None) && receiver.Type.Slots.IterNext is { } next)
        {
            r = next(ts, receiver);
            if (r is null && ts.CurrentException is null) { result = interp.None; return 0; }
        }
        else r = Ops.VmCallMethod(ts, receiver, "send", [value]);
        if (r is not null) { result = r; return 1; }
        return StopIterationValue(ts, out result) ? 0 : -1;
    }

    /// <summary>generator.close(): true when the generator ended cleanly.</summary>
    public static bool Close(ThreadState ts, PyObject yf)
    {
        var interp = ts.Interpreter;
        if (yf is PyGenerator g) return CloseGenerator(ts, g) is not null;
        if (yf is IAwaitableIterator ai)
        {
            var exit = interp.NewException(ExceptionKind.GeneratorExit, "");
            exit.Args = interp.EmptyTuple;
            int st = ai.Send(ts, null, exit, out _);
            if (st == 1) { ts.Raise(ExceptionKind.RuntimeError, "generator ignored GeneratorExit"); return false; }
            if (st < 0 && Ops.IsError(ts, ExceptionKind.GeneratorExit)) { ts.CurrentException = null; return true; }
            return st >= 0;
        }
        var close = Ops.GetAttr(ts, yf, interp.Str("close"));
        if (close is null)
        {
            if (!Ops.IsError(ts, ExceptionKind.AttributeError)) return false;
            ts.CurrentException = null;
            return true;
        }
        return Ops.Call(ts, close) is not null;
    }

    public static PyObject? CloseGenerator(ThreadState ts, PyGenerator g)
    {
        var interp = ts.Interpreter;
        if (g.Finished || !g.Started)
        {
            g.Finished = true;
            return interp.None;
        }
        var exit = new PyBaseException(interp.ExceptionType(ExceptionKind.GeneratorExit), interp.EmptyTuple);
        int st = Resume(ts, g, null, exit, out var r);
        if (st == 1)
        {
            ts.Raise(ExceptionKind.RuntimeError, $"{Kind(ts, g)} ignored GeneratorExit");
            return null;
        }
        if (st == 0) return interp.None;
        if (Ops.IsError(ts, ExceptionKind.GeneratorExit) || Ops.IsError(ts, ExceptionKind.StopIteration))
        {
            ts.CurrentException = null;
            return interp.None;
        }
        return null;
    }

    /// <summary>generator.throw(type[, value[, traceback]]) / throw(instance): the exception to throw.</summary>
    public static PyBaseException? MakeThrown(ThreadState ts, ReadOnlySpan<PyObject> args)
    {
        var interp = ts.Interpreter;
        if (args.Length < 1 || args.Length > 3)
        {
            ts.Raise(ExceptionKind.TypeError, $"throw expected at least 1 argument, got {args.Length}");
            return null;
        }
        var typ = args[0];
        var val = args.Length > 1 ? args[1] : interp.None;
        var tb = args.Length > 2 ? args[2] : null;
        if (tb is not null && !ReferenceEquals(tb, interp.None) && tb is not PyTraceback)
        {
            ts.Raise(ExceptionKind.TypeError, "throw() third argument must be a traceback object");
            return null;
        }
        PyBaseException? e;
        if (typ is PyType t && t.IsSubtypeOf(interp.ExceptionType(ExceptionKind.BaseException)))
        {
            if (val is PyBaseException ve && ve.Type.IsSubtypeOf(t)) e = ve;
            else
            {
                var inst = ReferenceEquals(val, interp.None) ? Ops.Call(ts, t)
                    : val is PyTuple vt ? Ops.Call(ts, t, vt.Items) : Ops.Call(ts, t, val);
                if (inst is null) return null;
                e = inst as PyBaseException;
                if (e is null) { ts.Raise(ExceptionKind.TypeError, "exceptions must derive from BaseException"); return null; }
            }
        }
        else if (typ is PyBaseException inst)
        {
            if (!ReferenceEquals(val, interp.None))
            {
                ts.Raise(ExceptionKind.TypeError, "instance exception may not have a separate value");
                return null;
            }
            e = inst;
        }
        else
        {
            ts.Raise(ExceptionKind.TypeError, $"exceptions must be classes or instances deriving from BaseException, not {typ.Type.Name}");
            return null;
        }
        if (tb is PyTraceback ptb) e.Traceback = ptb;
        return e;
    }

    // ---------------------------------------------------------------- await

    /// <summary>The iterator an <c>await</c> drives: a coroutine itself, or what <c>__await__</c> returns.</summary>
    public static PyObject? GetAwaitable(ThreadState ts, PyObject o)
    {
        var interp = ts.Interpreter;
        if (o is PyGenerator g)
        {
            if (ReferenceEquals(g.Type, interp.Types.Coroutine))
            {
                if (g.Frame.YieldFrom is not null && g.Running)
                {
                    ts.Raise(ExceptionKind.RuntimeError, "coroutine is being awaited already");
                    return null;
                }
                return g;
            }
            if ((g.Code.Flags & PyCode.IterableCoroutine) != 0) return g;
        }
        if (o is PyAsyncGenSend or PyANextAwaitable) return o;
        var descr = o.Type.LookupMro(interp.Str("__await__"));
        if (descr is null)
            return ts.Raise(ExceptionKind.TypeError, $"object {o.Type.Name} can't be used in 'await' expression");
        var bound = descr.Type.Slots.DescrGet is { } get ? get(ts, descr, o, o.Type) : descr;
        if (bound is null) return null;
        var it = Ops.Call(ts, bound);
        if (it is null) return null;
        if (it is PyGenerator cg && ReferenceEquals(cg.Type, interp.Types.Coroutine))
            return ts.Raise(ExceptionKind.TypeError, "__await__() returned a coroutine");
        if (it.Type.Slots.IterNext is null)
            return ts.Raise(ExceptionKind.TypeError, $"__await__() returned non-iterator of type '{it.Type.Name}'");
        return it;
    }

    public static PyObject? GetAIter(ThreadState ts, PyObject o)
    {
        var interp = ts.Interpreter;
        var descr = o.Type.LookupMro(interp.Str("__aiter__"));
        if (descr is null)
            return ts.Raise(ExceptionKind.TypeError, $"'async for' requires an object with __aiter__ method, got {o.Type.Name}");
        var bound = descr.Type.Slots.DescrGet is { } get ? get(ts, descr, o, o.Type) : descr;
        if (bound is null) return null;
        var it = Ops.Call(ts, bound);
        if (it is null) return null;
        if (it.Type.LookupMro(interp.Str("__anext__")) is null)
            return ts.Raise(ExceptionKind.TypeError, $"'async for' received an object from __aiter__ that does not implement __anext__: {it.Type.Name}");
        return it;
    }

    /// <summary>The first use of an async generator applies the thread's sys.set_asyncgen_hooks:
    /// the finalizer is remembered, firstiter is called with the generator. False with the
    /// hook's exception set.</summary>
    public static bool InitAsyncGenHooks(ThreadState ts, PyGenerator g)
    {
        if (g.HooksInitialized) return true;
        g.HooksInitialized = true;
        g.Finalizer = ts.AsyncGenFinalizer;
        return ts.AsyncGenFirstIter is not { } firstiter || Ops.Call(ts, firstiter, g) is not null;
    }

    public static PyObject? GetANext(ThreadState ts, PyObject aiter)
    {
        var interp = ts.Interpreter;
        if (aiter is PyGenerator g && ReferenceEquals(g.Type, interp.Types.AsyncGenerator))
            return InitAsyncGenHooks(ts, g) ? new PyAsyncGenSend(interp.Types.AsyncGenSend, g, interp.None, null) : null;
        var descr = aiter.Type.LookupMro(interp.Str("__anext__"));
        if (descr is null)
            return ts.Raise(ExceptionKind.TypeError, $"'async for' requires an iterator with __anext__ method, got {aiter.Type.Name}");
        var bound = descr.Type.Slots.DescrGet is { } get ? get(ts, descr, aiter, aiter.Type) : descr;
        if (bound is null) return null;
        var awaitable = Ops.Call(ts, bound);
        if (awaitable is null) return null;
        var it = GetAwaitable(ts, awaitable);
        if (it is null)
        {
            ts.CurrentException = null;
            return ts.Raise(ExceptionKind.TypeError, $"'async for' received an invalid object from __anext__: {awaitable.Type.Name}");
        }
        return it;
    }

    /// <summary>One step of an async generator's asend/athrow awaitable: resume the generator; a
    /// wrapped yield finishes the awaitable with the value, a plain yield passes up to the
    /// event loop, a return ends the iteration with StopAsyncIteration.</summary>
    public static int AsyncGenStep(ThreadState ts, PyGenerator gen, PyObject? value, PyBaseException? exc, out PyObject? result)
    {
        int st = Resume(ts, gen, value, exc, out result);
        if (st == 1)
        {
            if (result is AsyncGenWrappedValue w)
            {
                result = w.Value;
                return 0;
            }
            return 1;
        }
        if (st == 0)
        {
            ts.Raise(ExceptionKind.StopAsyncIteration, "");
            ts.CurrentException!.Args = ts.Interpreter.EmptyTuple;
            result = null;
            return -1;
        }
        return -1;
    }
}
