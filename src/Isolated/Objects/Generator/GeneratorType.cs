using Isolated.Execution;
using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>generator</c> and <c>coroutine</c> types, and the iterator protocol of the
/// awaitables built on them (shared code: they differ in name and in which methods they have).</summary>
public static class GeneratorType
{
    public static PyType CreateGenerator(BuiltinTypes types) =>
        types.NewBuiltin("generator", types.Object, TypeFlags.None, s =>
        {
            s.Iter = static (ts, self) => self;
            // A generator is always a PyGenerator (the type cannot be subclassed): resumed
            // directly, without the interface cast and dispatch.
            s.IterNext = static (ts, self) => NextOfGenerator(ts, (PyGenerator)self);
            s.Repr = Repr;
        }, static (ts, type) => FillCommon(type, "gi"));

    public static PyType CreateCoroutine(BuiltinTypes types) =>
        types.NewBuiltin("coroutine", types.Object, TypeFlags.None, s =>
        {
            s.Repr = Repr;
        }, static (ts, type) =>
        {
            FillCommon(type, "cr");
            type.AddMethod("__await__", static (ts, self, args, kw) =>
                new PyCoroutineWrapper(ts.Interpreter.Types.CoroutineWrapper, (PyGenerator)self));
            type.AddGetSet("cr_await", static (ts, self) => ((PyGenerator)self).Frame.YieldFrom ?? ts.Interpreter.None);
        });

    public static PyType CreateAsyncGenerator(BuiltinTypes types) =>
        types.NewBuiltin("async_generator", types.Object, TypeFlags.None, s =>
        {
            s.Repr = Repr;
        }, static (ts, type) =>
        {
            type.AddGetSet("__name__", static (ts, self) => ((PyGenerator)self).Name);
            type.AddGetSet("__qualname__", static (ts, self) => ((PyGenerator)self).QualName);
            type.AddGetSet("ag_code", static (ts, self) => ((PyGenerator)self).Code);
            type.AddGetSet("ag_running", static (ts, self) => ts.Interpreter.Bool(((PyGenerator)self).AsyncRunning));
            type.AddGetSet("ag_frame", static (ts, self) => FrameOf(ts, (PyGenerator)self));
            type.AddGetSet("ag_await", static (ts, self) => ((PyGenerator)self).Frame.YieldFrom ?? ts.Interpreter.None);
            type.AddMethod("__aiter__", static (ts, self, args, kw) => self);
            type.AddMethod("__anext__", static (ts, self, args, kw) =>
                !Generators.InitAsyncGenHooks(ts, (PyGenerator)self) ? null : new PyAsyncGenSend(ts.Interpreter.Types.AsyncGenSend, (PyGenerator)self, ts.Interpreter.None, null));
            type.AddMethod("asend", static (ts, self, args, kw) =>
            {
                if (!ArgBinder.CheckPositional(ts, "asend", args, kw, 1, 1) || !Generators.InitAsyncGenHooks(ts, (PyGenerator)self)) return null;
                return new PyAsyncGenSend(ts.Interpreter.Types.AsyncGenSend, (PyGenerator)self, args[0], null);
            });
            type.AddMethod("athrow", static (ts, self, args, kw) =>
            {
                var e = Generators.MakeThrown(ts, args);
                if (e is null || !Generators.InitAsyncGenHooks(ts, (PyGenerator)self)) return null;
                return new PyAsyncGenSend(ts.Interpreter.Types.AsyncGenSend, (PyGenerator)self, null, e);
            });
            type.AddMethod("aclose", static (ts, self, args, kw) =>
            {
                var interp = ts.Interpreter;
                var exit = new PyBaseException(interp.ExceptionType(ExceptionKind.GeneratorExit), interp.EmptyTuple);
                var g = (PyGenerator)self;
                if (!Generators.InitAsyncGenHooks(ts, g)) return null;
                return new PyAsyncGenSend(interp.Types.AsyncGenSend, g, null, g.Started && !g.Finished ? exit : null) { IsClose = true };
            });
        });

    /// <summary>coroutine_wrapper and async_generator_asend: iterators over an <see cref="IAwaitableIterator"/>.</summary>
    public static PyType CreateAwaitableIterator(BuiltinTypes types, string name) =>
        types.NewBuiltin(name, types.Object, TypeFlags.None, s =>
        {
            s.Iter = static (ts, self) => self;
            s.IterNext = static (ts, self) => Next(ts, (IAwaitableIterator)self);
        }, static (ts, type) =>
        {
            AddSendThrowClose(type);
            type.AddMethod("__await__", static (ts, self, args, kw) => self);
        });

    static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var g = (PyGenerator)self;
        return ts.Interpreter.Str($"<{g.Type.Name} object {(g.QualName as PyStr)?.Value} at 0x{Ops.Id(g):x}>");
    }

    static PyObject FrameOf(ThreadState ts, PyGenerator g) =>
        g.Finished ? ts.Interpreter.None : Eval.Materialize(ts, g.Frame);

    /// <summary>__next__: the next yielded value, or the end (a StopIteration carrying a non-None
    /// return value).</summary>
    static PyObject? Next(ThreadState ts, IAwaitableIterator it)
    {
        int st = it.Send(ts, ts.Interpreter.None, null, out var result);
        return st == 1 ? result : Ended(ts, st, result);
    }

    static PyObject? NextOfGenerator(ThreadState ts, PyGenerator g)
    {
        int st = Generators.Resume(ts, g, null, null, out var result);
        return st == 1 ? result : Ended(ts, st, result);
    }

    /// <summary>The end of __next__ (status 0: returned, -1: error): null, with a
    /// StopIteration carrying a non-None return value.</summary>
    static PyObject? Ended(ThreadState ts, int status, PyObject? result)
    {
        if (status == 0 && result is not null && !ReferenceEquals(result, ts.Interpreter.None))
            ts.CurrentException = Generators.NewStopIteration(ts, result);
        return null;
    }

    static PyObject? SendMethod(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "send", args, kw, 1, 1)) return null;
        int st = ((IAwaitableIterator)self).Send(ts, args[0], null, out var result);
        if (st == 1) return result;
        if (st == 0) return ts.Raise(Generators.NewStopIteration(ts, result ?? ts.Interpreter.None));
        return null;
    }

    static PyObject? ThrowMethod(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.NoKeywords(ts, "throw", kw)) return null;
        var e = Generators.MakeThrown(ts, args);
        if (e is null) return null;
        int st = ((IAwaitableIterator)self).Send(ts, null, e, out var result);
        if (st == 1) return result;
        if (st == 0) return ts.Raise(Generators.NewStopIteration(ts, result ?? ts.Interpreter.None));
        return null;
    }

    static void AddSendThrowClose(PyType type)
    {
        type.AddMethod("send", SendMethod);
        type.AddMethod("throw", ThrowMethod);
        type.AddMethod("close", static (ts, self, args, kw) =>
        {
            return self switch
            {
                PyGenerator g => Generators.CloseGenerator(ts, g),
                PyCoroutineWrapper w => Generators.CloseGenerator(ts, w.Coroutine),
                _ => Generators.Close(ts, self) ? ts.Interpreter.None : null,
            };
        });
    }

    static void FillCommon(PyType type, string prefix)
    {
        AddSendThrowClose(type);
        type.AddGetSet("__name__", static (ts, self) => ((PyGenerator)self).Name,
            static (ts, self, v) => { if (v is not PyStr) { ts.Raise(ExceptionKind.TypeError, "__name__ must be set to a string object"); return false; } ((PyGenerator)self).Name = v; return true; });
        type.AddGetSet("__qualname__", static (ts, self) => ((PyGenerator)self).QualName,
            static (ts, self, v) => { if (v is not PyStr) { ts.Raise(ExceptionKind.TypeError, "__qualname__ must be set to a string object"); return false; } ((PyGenerator)self).QualName = v; return true; });
        type.AddGetSet(prefix + "_code", static (ts, self) => ((PyGenerator)self).Code);
        type.AddGetSet(prefix + "_running", static (ts, self) => ts.Interpreter.Bool(((PyGenerator)self).Running));
        type.AddGetSet(prefix + "_frame", static (ts, self) => FrameOf(ts, (PyGenerator)self));
        type.AddGetSet(prefix + "_suspended", static (ts, self) =>
        {
            var g = (PyGenerator)self;
            return ts.Interpreter.Bool(g.Started && !g.Finished && !g.Running);
        });
        if (prefix == "gi")
            type.AddGetSet("gi_yieldfrom", static (ts, self) => ((PyGenerator)self).Frame.YieldFrom ?? ts.Interpreter.None);
    }
}
