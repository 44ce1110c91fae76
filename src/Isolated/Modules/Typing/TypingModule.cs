using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Typing;

/// <summary><c>_typing</c>: the runtime objects of PEP 695 type parameters (TypeVar, ParamSpec,
/// TypeVarTuple, ParamSpecArgs/Kwargs, TypeAliasType), Generic and _idfunc, which typing.py
/// imports and re-exports.</summary>
public static class TypingModule
{
    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "_typing");
        m.Dict.SetStr("__doc__", interp.Str("Primitives and accelerators for the typing module.\n"));
        var types = interp.Types;
        m.Dict.SetStr("TypeVar", types.TypeVar);
        m.Dict.SetStr("ParamSpec", types.ParamSpec);
        m.Dict.SetStr("TypeVarTuple", types.TypeVarTuple);
        m.Dict.SetStr("ParamSpecArgs", types.ParamSpecArgs);
        m.Dict.SetStr("ParamSpecKwargs", types.ParamSpecKwargs);
        m.Dict.SetStr("TypeAliasType", types.TypeAliasType);
        m.Dict.SetStr("Generic", types.Generic);
        // One argument: NewType's __call__ is this builtin, which (not being a descriptor) is
        // called without the NewType instance.
        var idfunc = interp.NewBuiltinFunction("_idfunc", m, static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "_typing._idfunc", args, kw, 1, 1) ? args[0] : null);
        idfunc.Module = interp.Str("_typing");
        m.Dict.SetStr("_idfunc", idfunc);
        return m;
    }
}
