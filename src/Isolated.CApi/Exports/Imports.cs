using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.Execution.Import;
using Isolated.Modules.Sys;
using Isolated.Objects;

namespace Isolated.CApi.Exports;

/// <summary>More of import.h: sys.modules lookups, __import__ with a level, reload, running
/// code objects as modules, path hooks and the bytecode magic. All act on the current
/// interpreter's import state.</summary>
internal static unsafe class Imports
{
    static PyStr? Name(ThreadState ts, nint name)
    {
        var n = Api.Arg(ts, name);
        if (n is null) return null;
        if (n is PyStr s) return s;
        ts.Raise(ExceptionKind.TypeError, $"module name must be str, not {n.Type.Name}");
        return null;
    }

    /// <summary>sys.modules[name], created empty (and added) when absent.</summary>
    static PyObject? AddModule(ThreadState ts, PyStr name)
    {
        var modules = ts.Interpreter.Modules;
        if (modules.GetStr(name.Value) is { } existing) return existing;
        var m = ModuleType.New(ts.Interpreter, name.Value);
        modules.SetStr(name.Value, m);
        return m;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyImport_AddModuleObject")]
    public static nint PyImport_AddModuleObject(nint name)
    {
        var ts = Api.Ts("PyImport_AddModuleObject");
        if (ts is null) return 0;
        try
        {
            var n = Name(ts, name);
            return n is null ? 0 : Api.Borrow(ts, AddModule(ts, n));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyImport_GetModule")]
    public static nint PyImport_GetModule(nint name)
    {
        var ts = Api.Ts("PyImport_GetModule");
        if (ts is null) return 0;
        try
        {
            var n = Name(ts, name);
            return n is null ? 0 : Api.New(ts, ts.Interpreter.Modules.GetStr(n.Value));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyImport_ImportModuleNoBlock")]
    public static nint PyImport_ImportModuleNoBlock(byte* name)
    {
        var ts = Api.Ts("PyImport_ImportModuleNoBlock");
        if (ts is null) return 0;
        try
        {
            var n = Api.Utf8(ts, name);
            return n is null ? 0 : Api.New(ts, ImportSystem.ImportModule(ts, n));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyImport_ImportModuleLevel")]
    public static nint PyImport_ImportModuleLevel(byte* name, nint globals, nint locals, nint fromlist, int level)
    {
        var ts = Api.Ts("PyImport_ImportModuleLevel");
        if (ts is null) return 0;
        var n = Api.Utf8(ts, name);
        return n is null ? 0 : ImportLevel(ts, n, globals, fromlist, level);
    }

    [UnmanagedCallersOnly(EntryPoint = "PyImport_ImportModuleLevelObject")]
    public static nint PyImport_ImportModuleLevelObject(nint name, nint globals, nint locals, nint fromlist, int level)
    {
        var ts = Api.Ts("PyImport_ImportModuleLevelObject");
        if (ts is null) return 0;
        var n = Name(ts, name);
        return n is null ? 0 : ImportLevel(ts, n.Value, globals, fromlist, level);
    }

    /// <summary>__import__(name, globals, locals, fromlist, level); locals is unused, as in CPython.</summary>
    static nint ImportLevel(ThreadState ts, string name, nint globals, nint fromlist, int level)
    {
        try
        {
            PyObject? g = globals == 0 ? null : Api.Arg(ts, globals);
            PyObject? f = fromlist == 0 ? ts.Interpreter.None : Api.Arg(ts, fromlist);
            if ((globals != 0 && g is null) || f is null) return 0;
            if (g is not null && g is not PyDict)
            {
                ts.Raise(ExceptionKind.TypeError, "globals must be a dict");
                return 0;
            }
            return Api.New(ts, ImportSystem.ImportModuleLevel(ts, name, g as PyDict, f, level));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyImport_ReloadModule")]
    public static nint PyImport_ReloadModule(nint m) => Api.Unary(m, "PyImport_ReloadModule", static (ts, module) =>
    {
        var importlib = ImportSystem.ImportModule(ts, "importlib");
        var reload = importlib is null ? null : Ops.GetAttr(ts, importlib, "reload");
        return reload is null ? null : Ops.Call(ts, reload, module);
    });

    [UnmanagedCallersOnly(EntryPoint = "PyImport_ExecCodeModule")]
    public static nint PyImport_ExecCodeModule(byte* name, nint co) => ExecCodeModule(name, co, null, "PyImport_ExecCodeModule");

    [UnmanagedCallersOnly(EntryPoint = "PyImport_ExecCodeModuleEx")]
    public static nint PyImport_ExecCodeModuleEx(byte* name, nint co, byte* pathname) =>
        ExecCodeModule(name, co, pathname, "PyImport_ExecCodeModuleEx");

    [UnmanagedCallersOnly(EntryPoint = "PyImport_ExecCodeModuleWithPathnames")]
    public static nint PyImport_ExecCodeModuleWithPathnames(byte* name, nint co, byte* pathname, byte* cpathname) =>
        ExecCodeModule(name, co, pathname, "PyImport_ExecCodeModuleWithPathnames");

    static nint ExecCodeModule(byte* name, nint co, byte* pathname, string function)
    {
        var ts = Api.Ts(function);
        if (ts is null) return 0;
        try
        {
            var n = Api.Utf8(ts, name);
            if (n is null) return 0;
            var path = pathname == null ? null : ts.Interpreter.Str(Marshal.PtrToStringUTF8((nint)pathname)!);
            return ExecCode(ts, ts.Interpreter.Str(n), co, path);
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyImport_ExecCodeModuleObject")]
    public static nint PyImport_ExecCodeModuleObject(nint name, nint co, nint pathname, nint cpathname)
    {
        var ts = Api.Ts("PyImport_ExecCodeModuleObject");
        if (ts is null) return 0;
        try
        {
            var n = Name(ts, name);
            PyObject? path = pathname == 0 ? null : Api.Arg(ts, pathname);
            if (n is null || (pathname != 0 && path is null)) return 0;
            return ExecCode(ts, n, co, path);
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>Runs the code in sys.modules[name] (made when absent) with __builtins__ and
    /// __file__ set (the path, else the code's filename); the module leaves sys.modules again
    /// when the code fails. Returns sys.modules[name] (the code may have replaced it).</summary>
    static nint ExecCode(ThreadState ts, PyStr name, nint co, PyObject? path)
    {
        var c = Api.Arg(ts, co);
        if (c is null) return 0;
        if (c is not PyCode code)
        {
            ts.Raise(ExceptionKind.TypeError, $"expected a code object, got '{c.Type.Name}'");
            return 0;
        }
        var interp = ts.Interpreter;
        bool existed = interp.Modules.GetStr(name.Value) is not null;
        if (AddModule(ts, name) is not PyModule module)
        {
            ts.Raise(ExceptionKind.TypeError, $"sys.modules['{name.Value}'] is not a module");
            return 0;
        }
        var d = module.Dict;
        d.SetStr("__file__", path ?? interp.Str(code.Filename));
        if (Execution.Eval.ExecCode(ts, code, d, d) is null)
        {
            if (!existed)
            {
                var saved = ts.FetchError();
                interp.Modules.TryDelItem(ts, name, name.Hash, out _);
                ts.CurrentException = saved;
            }
            return 0;
        }
        var result = interp.Modules.GetStr(name.Value);
        if (result is null)
        {
            ts.Raise(ExceptionKind.ImportError, $"Loaded module {name.Value} not found in sys.modules");
            return 0;
        }
        return Api.New(ts, result);
    }

    /// <summary>sys.path_importer_cache[path], else the first sys.path_hooks entry that accepts
    /// path (ImportError means "not mine"), cached; None when none does.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyImport_GetImporter")]
    public static nint PyImport_GetImporter(nint path) => Api.Unary(path, "PyImport_GetImporter", static (ts, p) =>
    {
        var interp = ts.Interpreter;
        var sys = SysState.Of(interp).SysModuleFor(ts);
        if (sys.Dict.GetStr("path_importer_cache") is not PyDict cache)
            return ts.Raise(ExceptionKind.RuntimeError, "lost sys.path_importer_cache");
        if (sys.Dict.GetStr("path_hooks") is not PyList hooks)
            return ts.Raise(ExceptionKind.RuntimeError, "lost sys.path_hooks");
        if (!cache.TryGetItem(ts, p, out var cached)) return null;
        if (cached is not null) return cached;
        var importError = interp.ExceptionType(ExceptionKind.ImportError);
        for (int i = 0; i < hooks.Count; i++)
        {
            var finder = Ops.Call(ts, hooks.Items[i], p);
            if (finder is not null) return cache.TrySetItem(ts, p, finder) ? finder : null;
            if (ts.CurrentException is { } e && e.Type.IsSubtypeOf(importError))
            {
                ts.CurrentException = null;
                continue;
            }
            return null;
        }
        return interp.None;
    });

    [UnmanagedCallersOnly(EntryPoint = "PyImport_GetMagicNumber")]
    public static nint PyImport_GetMagicNumber()
    {
        var ts = Api.Ts("PyImport_GetMagicNumber");
        if (ts is null) return -1;
        try
        {
            var external = ImportSystem.ImportModule(ts, "importlib._bootstrap_external");
            var raw = external is null ? null : Ops.GetAttr(ts, external, "_RAW_MAGIC_NUMBER");
            if (raw is null) return -1;
            return Ops.AsLong(ts, raw, out long value) ? (nint)value : -1;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyImport_GetMagicTag")]
    public static byte* PyImport_GetMagicTag() => null;

    [UnmanagedCallersOnly(EntryPoint = "PyImport_ImportFrozenModule")]
    public static int PyImport_ImportFrozenModule(byte* name)
    {
        var ts = Api.Ts("PyImport_ImportFrozenModule");
        if (ts is null) return -1;
        return Api.Utf8(ts, name) is null ? -1 : 0;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyImport_ImportFrozenModuleObject")]
    public static int PyImport_ImportFrozenModuleObject(nint name)
    {
        var ts = Api.Ts("PyImport_ImportFrozenModuleObject");
        if (ts is null) return -1;
        return Name(ts, name) is null ? -1 : 0;
    }
}
