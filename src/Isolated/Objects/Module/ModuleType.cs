using Isolated.Modules;
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
            s.Repr = Repr;
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

    /// <summary>As importlib's module repr: from __spec__ when there is one (origin and
    /// has_location, else the loader), otherwise from __file__ or __loader__;
    /// <c>&lt;module 'name'&gt;</c> for a module made by types.ModuleType.</summary>
    static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var m = (PyModule)self;
        var interp = ts.Interpreter;
        string? QuotedRepr(PyObject o) => Ops.Repr(ts, o) is PyStr r ? r.Value : null;
        var name = m.Dict.GetStr("__name__") is PyStr n ? QuotedRepr(n) : "'?'";
        if (name is null) return null;
        if (m.Dict.GetStr("__spec__") is { } spec && !ReferenceEquals(spec, interp.None))
        {
            var specName = Ops.GetAttr(ts, spec, "name");
            if (specName is null) return null;
            if (!ReferenceEquals(specName, interp.None) && (name = QuotedRepr(specName)) is null) return null;
            var origin = Ops.GetAttr(ts, spec, "origin");
            if (origin is null) return null;
            if (ReferenceEquals(origin, interp.None))
            {
                var loader = Ops.GetAttr(ts, spec, "loader");
                if (loader is null) return null;
                if (ReferenceEquals(loader, interp.None)) return interp.Str($"<module {name}>");
                if (spec is not null && Ops.GetAttr(ts, spec, "submodule_search_locations") is { } locations &&
                    !ReferenceEquals(locations, interp.None) && loader.Type.Name == "NamespaceLoader")
                {
                    var list = Ops.Call(ts, interp.Types.List, locations);
                    return list is null || QuotedRepr(list) is not { } l ? null : interp.Str($"<module {name} (namespace) from {l}>");
                }
                return QuotedRepr(loader) is { } lr ? interp.Str($"<module {name} ({lr})>") : null;
            }
            var hasLocation = Ops.GetAttr(ts, spec, "has_location");
            if (hasLocation is null) return null;
            int located = Ops.IsTrue(ts, hasLocation);
            if (located < 0) return null;
            if (located > 0) return QuotedRepr(origin) is { } or ? interp.Str($"<module {name} from {or}>") : null;
            return Ops.Str(ts, origin) is PyStr os ? interp.Str($"<module {name} ({os.Value})>") : null;
        }
        if (m.Dict.GetStr("__file__") is { } file)
            return QuotedRepr(file) is { } fr ? interp.Str($"<module {name} from {fr}>") : null;
        var moduleLoader = m.Dict.GetStr("__loader__");
        if (moduleLoader is null || ReferenceEquals(moduleLoader, interp.None))
            return interp.Str(ModuleRegistry.IsBuiltin(m.Name) ? $"<module {name} (built-in)>" : $"<module {name}>");
        return QuotedRepr(moduleLoader) is { } mlr ? interp.Str($"<module {name} ({mlr})>") : null;
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
