using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Interpreters;

/// <summary>The host controls (<see cref="HostControls"/>, isolated.h's PyIsolated_*) as
/// <c>_interpreters</c> functions, behind concurrent.interpreters' Interpreter.interrupt(),
/// terminate(), set_budget(), set_memory_limit() and memory_usage().</summary>
static class HostControlFunctions
{
    public static void Register(PyModule m)
    {
        Add(m, "interrupt", Interrupt);
        Add(m, "set_budget", SetBudget);
        Add(m, "set_memory_limit", SetMemoryLimit);
        Add(m, "memory_usage", MemoryUsage);
    }

    static void Add(PyModule m, string name, BuiltinMethod fn)
    {
        var interp = m.Type.Owner;
        var f = interp.NewBuiltinFunction(name, m, fn);
        f.Module = interp.Str("_interpreters");
        m.Dict.SetStr(interp.Intern(name), f);
    }

    static Interpreter? Target(ThreadState ts, string function, ReadOnlySpan<PyObject> args, PyTuple? kw, int count)
    {
        if (!ArgBinder.CheckPositional(ts, function, args, kw, count, count)) return null;
        return InterpretersModule.IdArg(ts, function, args, 0, out long id) ? InterpretersModule.Find(ts, id) : null;
    }

    static bool NonNegative(ThreadState ts, PyObject o, string what, out long value)
    {
        if (!Ops.AsLong(ts, o, out value)) return false;
        if (value >= 0) return true;
        ts.Raise(ExceptionKind.ValueError, $"{what} must be >= 0");
        return false;
    }

    /// <summary>interrupt(id, terminate): KeyboardInterrupt (or termination) in the code the
    /// interpreter is running; the number of threads signalled.</summary>
    static PyObject? Interrupt(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var target = Target(ts, "interrupt", args, kw, 2);
        if (target is null) return null;
        int terminate = Ops.IsTrue(ts, args[1]);
        if (terminate < 0) return null;
        return ts.Interpreter.Int(target.Host.Request(terminate != 0 ? StopKind.Terminate : StopKind.Interrupt));
    }

    /// <summary>set_budget(id, ticks, ms): the per-call budget (0 = unlimited).</summary>
    static PyObject? SetBudget(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var target = Target(ts, "set_budget", args, kw, 3);
        if (target is null) return null;
        if (!NonNegative(ts, args[1], "ticks", out long ticks) || !NonNegative(ts, args[2], "ms", out long ms)) return null;
        target.Host.SetBudget(ticks, ms);
        return ts.Interpreter.None;
    }

    /// <summary>set_memory_limit(id, nbytes): the memory cap (0 = none).</summary>
    static PyObject? SetMemoryLimit(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var target = Target(ts, "set_memory_limit", args, kw, 2);
        if (target is null) return null;
        if (!NonNegative(ts, args[1], "nbytes", out long bytes)) return null;
        target.Host.Memory.SetLimit(bytes);
        return ts.Interpreter.None;
    }

    /// <summary>memory_usage(id): the bytes counted against the cap.</summary>
    static PyObject? MemoryUsage(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var target = Target(ts, "memory_usage", args, kw, 1);
        return target is null ? null : ts.Interpreter.Int(target.Host.Memory.Used);
    }
}
