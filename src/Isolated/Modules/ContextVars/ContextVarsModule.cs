using Isolated.Modules.Weakref;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.ContextVars;

/// <summary><c>_contextvars</c>: Context, ContextVar, Token, copy_context (PEP 567). The
/// current context lives in <see cref="ThreadState.Context"/>, one per thread.</summary>
public static class ContextVarsModule
{
    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "_contextvars");
        m.Dict.SetStr("__doc__", interp.Str("Context Variables"));
        var types = new ContextVarsTypes(interp.Types);
        m.Dict.SetStr("Context", types.Context);
        m.Dict.SetStr("ContextVar", types.ContextVar);
        m.Dict.SetStr("Token", types.Token);
        WeakrefModule.Add(m, "copy_context", (ts, s, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "copy_context", a, k, 0, 0)) return null;
            var current = ContextVarType.Current(ts, types);
            return new PyContext(current.Types, current.Vars);
        });
        return m;
    }
}
