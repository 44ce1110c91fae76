using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Execution;

/// <summary>The VM side of import statements: IMPORT_NAME calls <c>builtins.__import__</c> (the
/// import system is the modules area's), IMPORT_FROM and IMPORT_STAR read the module; plus the
/// interactive display hook.</summary>
public static class Imports
{
    public static PyObject? ImportName(ThreadState ts, FrameRecord f, PyStr name, PyObject fromlist, PyObject level)
    {
        var interp = ts.Interpreter;
        var es = ExecutionState.Of(interp);
        var import = f.Builtins.GetStr(es.ImportName);
        if (import is null) return ts.Raise(ExceptionKind.ImportError, "__import__ not found");
        PyObject locals = f.Locals ?? interp.None;
        return Ops.Call(ts, import, [name, f.Globals, locals, fromlist, level]);
    }

    public static PyObject? ImportFrom(ThreadState ts, PyObject module, PyStr name)
    {
        var interp = ts.Interpreter;
        int found = Ops.LookupAttr(ts, module, name, out var v);
        if (found < 0) return null;
        if (found > 0) return v;
        // A submodule imported as a side effect may be in sys.modules only.
        PyObject? pkgName = null;
        if (Ops.LookupAttr(ts, module, interp.Str("__name__"), out pkgName) < 0) return null;
        if (pkgName is PyStr pn)
        {
            var full = interp.Str(pn.Value + "." + name.Value);
            if (interp.Modules.GetStr(full) is { } sub) return sub;
        }
        string modName = (pkgName as PyStr)?.Value ?? "<unknown module name>";
        string? file = null;
        if (module is PyModule m && m.Dict.GetStr("__file__") is PyStr fs) file = fs.Value;
        ts.Raise(ExceptionKind.ImportError, file is null
            ? $"cannot import name '{name.Value}' from '{modName}' (unknown location)"
            : $"cannot import name '{name.Value}' from '{modName}' ({file})");
        if (ts.CurrentException is { } e)
        {
            var d = e.Dict ??= interp.NewDict();
            d.SetStr("name", (PyObject?)pkgName ?? interp.None);
            d.SetStr("name_from", name);
        }
        return null;
    }

    public static bool ImportStar(ThreadState ts, FrameRecord f, PyObject module)
    {
        var interp = ts.Interpreter;
        var locals = f.Locals;
        if (locals is null)
        {
            ts.Raise(ExceptionKind.SystemError, "no locals found during 'import *'");
            return false;
        }
        int hasAll = Ops.LookupAttr(ts, module, interp.Str("__all__"), out var all);
        if (hasAll < 0) return false;
        PyObject? names = all;
        bool skipPrivate = false;
        if (names is null)
        {
            int hasDict = Ops.LookupAttr(ts, module, interp.Str("__dict__"), out var dict);
            if (hasDict <= 0)
            {
                if (hasDict == 0) ts.Raise(ExceptionKind.ImportError, "from-import-* object has no __dict__ and no __all__");
                return false;
            }
            names = dict is PyDict d ? Ops.VmCallMethod(ts, d, "keys", []) : dict;
            if (names is null) return false;
            skipPrivate = true;
        }
        var it = Ops.GetIter(ts, names!);
        if (it is null) return false;
        while (true)
        {
            var n = Ops.Next(ts, it);
            if (n is null) return ts.CurrentException is null;
            if (n is not PyStr ns)
            {
                ts.Raise(ExceptionKind.TypeError, $"{(all is null ? "Key in " + ((module as PyModule)?.Name ?? "module") + ".__dict__" : "Item in " + ((module as PyModule)?.Name ?? "module") + ".__all__")} must be str, not {n.Type.Name}");
                return false;
            }
            if (skipPrivate && ns.Value.StartsWith('_')) continue;
            var v = Ops.GetAttr(ts, module, ns);
            if (v is null) return false;
            if (locals is PyDict ld) ld.SetStr(ns, v);
            else if (!Ops.SetItem(ts, locals, ns, v)) return false;
        }
    }

    /// <summary>Interactive mode: sys.displayhook(value), or print the repr when there is no sys.</summary>
    public static PyObject? DisplayHook(ThreadState ts, PyObject value)
    {
        var interp = ts.Interpreter;
        if (interp.Modules.GetStr("sys") is { } sys)
        {
            int found = Ops.LookupAttr(ts, sys, interp.Str("displayhook"), out var hook);
            if (found < 0) return null;
            if (found > 0) return Ops.Call(ts, hook!, value);
        }
        if (ReferenceEquals(value, interp.None)) return interp.None;
        var r = Ops.Repr(ts, value);
        if (r is null) return null;
        Console.Out.WriteLine(((PyStr)r).Value);
        return interp.None;
    }
}
