using Isolated.Execution.Import;
using Isolated.Modules.Weakref;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Warnings;

/// <summary>
/// <c>_warnings</c>: the builtin importlib._bootstrap needs (its _setup insists on a builtin
/// _warnings). The filtering and formatting live in the pure-Python warnings module: this module
/// exports only warn and warn_explicit, which forward to it, so warnings.py keeps its own
/// implementation (its `from _warnings import filters, ...` fails and it uses the Python one).
/// </summary>
public static class WarningsModule
{
    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "_warnings");
        m.Dict.SetStr("__doc__", interp.Str("_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up."));
        WeakrefModule.Add(m, "warn", static (ts, s, a, k) => Forward(ts, "warn", a, k));
        WeakrefModule.Add(m, "warn_explicit", static (ts, s, a, k) => Forward(ts, "warn_explicit", a, k));
        return m;
    }

    static PyObject? Forward(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var warnings = ImportSystem.ImportModule(ts, "warnings");
        if (warnings is null) return null;
        var fn = Ops.GetAttr(ts, warnings, name);
        return fn is null ? null : Ops.Call(ts, fn, args, kw);
    }
}
