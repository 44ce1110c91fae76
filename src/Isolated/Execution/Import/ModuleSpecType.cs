using System.Text;
using Isolated.Modules.Sys;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Execution.Import;

/// <summary>
/// <c>ModuleSpec</c> (importlib.machinery.ModuleSpec's shape): an attribute bag with name, loader,
/// origin, loader_state, submodule_search_locations, cached, plus the computed <c>parent</c> and
/// <c>has_location</c>. Python finders may return their own spec objects; the import system reads
/// specs only through attributes.
/// </summary>
public static class ModuleSpecType
{
    public static PyType Get(Interpreter interp)
    {
        var state = SysState.Of(interp).Import;
        return state.SpecType ??= interp.Types.NewBuiltin("ModuleSpec", interp.Types.Object, TypeFlags.HasInstanceDict | TypeFlags.BaseType, static s =>
        {
            s.New = static (ts, type, args, kw) => New(ts, type, args, kw);
            s.Init = static (ts, self, args, kw) => true;
            s.Repr = Repr;
        }, static (_, t) =>
        {
            t.AddValue("__module__", t.Owner.Str("importlib._bootstrap"));
            t.AddGetSet("parent", static (ts, self) => Parent(ts, self));
            t.AddGetSet("has_location", static (ts, self) =>
                ts.Interpreter.Bool(Dict(self).GetStr("_set_fileattr") is { } v && ReferenceEquals(v, ts.Interpreter.True)),
                static (ts, self, value) =>
                {
                    Dict(self).SetStr("_set_fileattr", ts.Interpreter.Bool(value is not null && Ops.IsTrue(ts, value) == 1));
                    return true;
                });
        });
    }

    static PyDict Dict(PyObject self) => ((PyInstance)self).InstanceDict!;

    /// <summary>ModuleSpec(name, loader, *, origin=None, loader_state=None, is_package=None).</summary>
    static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[5];
        if (!ArgBinder.Bind(ts, "ModuleSpec", args, kw, ["name", "loader", "origin", "loader_state", "is_package"], 2, a, keywordOnlyFrom: 2))
            return null;
        var interp = ts.Interpreter;
        var spec = new PyInstance(type) { InstanceDict = interp.NewDict() };
        var d = spec.InstanceDict;
        d.SetStr("name", a[0]!);
        d.SetStr("loader", a[1]!);
        d.SetStr("origin", a[2] ?? interp.None);
        d.SetStr("loader_state", a[3] ?? interp.None);
        bool isPackage = a[4] is { } p && Ops.IsTrue(ts, p) == 1;
        d.SetStr("submodule_search_locations", isPackage ? LateBound.NewList(ts) ?? interp.None : interp.None);
        d.SetStr("_uninitialized_submodules", LateBound.NewList(ts) ?? interp.None);
        d.SetStr("_set_fileattr", interp.False);
        d.SetStr("_cached", interp.None);
        d.SetStr("cached", interp.None);
        return spec;
    }

    /// <summary>Creates a spec from C#.</summary>
    public static PyInstance Create(ThreadState ts, string name, PyObject loader, string? origin,
                                    IReadOnlyList<string>? searchLocations, bool hasLocation)
    {
        var interp = ts.Interpreter;
        var spec = new PyInstance(Get(interp)) { InstanceDict = interp.NewDict() };
        var d = spec.InstanceDict;
        d.SetStr("name", interp.Str(name));
        d.SetStr("loader", loader);
        d.SetStr("origin", origin is null ? interp.None : interp.Str(origin));
        d.SetStr("loader_state", interp.None);
        d.SetStr("submodule_search_locations",
            searchLocations is null ? interp.None : LateBound.NewStrList(ts, searchLocations) ?? interp.None);
        d.SetStr("_uninitialized_submodules", LateBound.NewList(ts) ?? interp.None);
        d.SetStr("_set_fileattr", interp.Bool(hasLocation));
        d.SetStr("cached", interp.None);
        return spec;
    }

    static PyObject? Parent(ThreadState ts, PyObject spec)
    {
        var d = Dict(spec);
        if (d.GetStr("name") is not PyStr name) return ts.Interpreter.None;
        if (d.GetStr("submodule_search_locations") is { } locations && !ReferenceEquals(locations, ts.Interpreter.None))
            return name;
        int dot = name.Value.LastIndexOf('.');
        return ts.Interpreter.Str(dot < 0 ? "" : name.Value[..dot]);
    }

    static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var d = Dict(self);
        var interp = ts.Interpreter;
        var sb = new StringBuilder("ModuleSpec(");
        foreach (var (key, label) in (ReadOnlySpan<(string, string)>)[("name", "name"), ("loader", "loader"), ("origin", "origin")])
        {
            var v = d.GetStr(key) ?? interp.None;
            if (key == "origin" && ReferenceEquals(v, interp.None)) continue;
            if (Ops.Repr(ts, v) is not PyStr r) return null;
            if (key != "name") sb.Append(", ");
            sb.Append(label).Append('=').Append(r.Value);
        }
        if (d.GetStr("submodule_search_locations") is { } locs && !ReferenceEquals(locs, interp.None))
        {
            if (Ops.Repr(ts, locs) is not PyStr r) return null;
            sb.Append(", submodule_search_locations=").Append(r.Value);
        }
        sb.Append(')');
        return interp.Str(sb.ToString());
    }
}
