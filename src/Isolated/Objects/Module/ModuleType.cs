using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>module</c> type: attribute access through the module dict, with PEP 562's
/// module-level <c>__getattr__</c> as the fallback.</summary>
public static class ModuleType
{
    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("module", types.Object, TypeFlags.BaseType | TypeFlags.HasInstanceDict, s =>
        {
            s.GetAttr = GetAttr;
            s.Repr = static (ts, self) =>
            {
                var m = (PyModule)self;
                var file = m.Dict.GetStr("__file__") as PyStr;
                return ts.Interpreter.Str(file is null
                    ? $"<module '{m.Name}' (built-in)>"
                    : $"<module '{m.Name}' from '{file.Value}'>");
            };
            s.New = static (ts, type, args, kw) =>
            {
                var m = new PyModule(type, ts.Interpreter.NewDict());
                return m;
            };
            s.Init = static (ts, self, args, kw) =>
            {
                var m = (PyModule)self;
                if (args.Length < 1 || args[0] is not PyStr name)
                {
                    ts.Raise(ExceptionKind.TypeError, "module() argument 'name' must be str");
                    return false;
                }
                var interp = ts.Interpreter;
                m.Dict.SetStr("__name__", name);
                m.Dict.SetStr("__doc__", args.Length > 1 ? args[1] : interp.None);
                m.Dict.SetStr("__package__", interp.None);
                m.Dict.SetStr("__loader__", interp.None);
                m.Dict.SetStr("__spec__", interp.None);
                return true;
            };
        }, static (_, t) =>
        {
            t.AddGetSet("__dict__", static (ts, self) => ((PyModule)self).Dict);
            t.AddMethod("__dir__", Dir, "__dir__() -> list\nspecialized dir() implementation");
        });

    /// <summary>module.__dir__(): the module's own names (not object's attributes), or what a
    /// module-level __dir__ function returns (PEP 562).</summary>
    static PyObject? Dir(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "__dir__", args, kw, 0, 0)) return null;
        var dict = ((PyModule)self).Dict;
        if (dict.GetStr("__dir__") is { } custom) return Ops.Call(ts, custom);
        return ListHelper.FromDictKeys(ts, dict);
    }

    /// <summary>Creates a module named <paramref name="name"/> with the standard attributes.</summary>
    public static PyModule New(Interpreter interp, string name)
    {
        var m = new PyModule(interp.Types.Module, interp.NewDict());
        m.Dict.SetStr("__name__", interp.Str(name));
        m.Dict.SetStr("__doc__", interp.None);
        m.Dict.SetStr("__package__", interp.None);
        m.Dict.SetStr("__loader__", interp.None);
        m.Dict.SetStr("__spec__", interp.None);
        return m;
    }

    static PyObject? GetAttr(ThreadState ts, PyObject self, PyStr name)
    {
        var m = (PyModule)self;
        var type = m.Type;
        var descr = type.LookupMro(name);
        if (descr is not null && descr.Type.Slots.DescrGet is { } get && descr.Type.Slots.DescrSet is not null)
            return get(ts, descr, m, type);
        if (m.Dict.GetStr(name) is { } v) return v;
        if (descr is not null)
            return descr.Type.Slots.DescrGet is { } g ? g(ts, descr, m, type) : descr;
        if (m.Dict.GetStr("__getattr__") is { } hook)
            return Ops.Call(ts, hook, name);
        ts.Raise(ExceptionKind.AttributeError, $"module '{m.Name}' has no attribute '{name.Value}'");
        // name and obj: what traceback's "Did you mean" searches.
        ts.CurrentException!.Fields = [name, m];
        return null;
    }
}
