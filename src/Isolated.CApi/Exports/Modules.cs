using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.Execution.Import;
using Isolated.Modules.Sys;
using Isolated.Objects;

namespace Isolated.CApi.Exports;

/// <summary>Modules, imports and sys (moduleobject.h, import.h, sysmodule.h). Every interpreter
/// has its own sys.modules: an import here affects the current interpreter only.</summary>
internal static unsafe class Modules
{
    [UnmanagedCallersOnly(EntryPoint = "PyImport_ImportModule")]
    public static nint PyImport_ImportModule(byte* name)
    {
        var ts = Api.Ts("PyImport_ImportModule");
        if (ts is null) return 0;
        try
        {
            var n = Api.Utf8(ts, name);
            return n is null ? 0 : Api.New(ts, ImportSystem.ImportModule(ts, n));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyImport_Import")]
    public static nint PyImport_Import(nint name) => Api.Unary(name, "PyImport_Import", static (ts, n) =>
        n is PyStr s ? ImportSystem.ImportModule(ts, s.Value) : ts.Raise(ExceptionKind.TypeError, $"module name must be str, not {n.Type.Name}"));

    [UnmanagedCallersOnly(EntryPoint = "PyImport_GetModuleDict")]
    public static nint PyImport_GetModuleDict()
    {
        var ts = Api.Ts("PyImport_GetModuleDict");
        return ts is null ? 0 : Api.Borrow(ts, ts.Interpreter.Modules);
    }

    /// <summary>PyImport_AddModule: sys.modules[name], created empty when absent (borrowed).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyImport_AddModule")]
    public static nint PyImport_AddModule(byte* name)
    {
        var ts = Api.Ts("PyImport_AddModule");
        if (ts is null) return 0;
        try
        {
            var n = Api.Utf8(ts, name);
            if (n is null) return 0;
            var modules = ts.Interpreter.Modules;
            if (modules.GetStr(n) is { } existing) return Api.Borrow(ts, existing);
            var m = ModuleType.New(ts.Interpreter, n);
            modules.SetStr(n, m);
            return Api.Borrow(ts, m);
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyModule_New")]
    public static nint PyModule_New(byte* name)
    {
        var ts = Api.Ts("PyModule_New");
        if (ts is null) return 0;
        var n = Api.Utf8(ts, name);
        return n is null ? 0 : Api.New(ts, ModuleType.New(ts.Interpreter, n));
    }

    [UnmanagedCallersOnly(EntryPoint = "PyModule_NewObject")]
    public static nint PyModule_NewObject(nint name) => Api.Unary(name, "PyModule_NewObject", static (ts, n) =>
        n is PyStr s ? ModuleType.New(ts.Interpreter, s.Value) : ts.Raise(ExceptionKind.TypeError, "module name must be str"));

    /// <summary>The module argument of a PyModule_* function, or null with CPython's error for
    /// anything else: TypeError <paramref name="notModule"/>, by default "bad argument type for
    /// built-in operation" (PyErr_BadArgument, as CPython's getters give).</summary>
    internal static PyModule? ModuleArg(ThreadState ts, nint m, string notModule = "bad argument type for built-in operation")
    {
        var o = Api.Arg(ts, m);
        if (o is null) return null;
        if (o is PyModule mod) return mod;
        ts.Raise(ExceptionKind.TypeError, notModule);
        return null;
    }

    /// <summary>CPython's message when a PyModule_Add* function gets something else than a module
    /// (they all go through PyModule_AddObjectRef).</summary>
    internal const string AddNeedsModule = "PyModule_AddObjectRef() first argument must be a module";

    [UnmanagedCallersOnly(EntryPoint = "PyModule_GetDict")]
    public static nint PyModule_GetDict(nint m)
    {
        var ts = Api.Ts("PyModule_GetDict");
        if (ts is null) return 0;
        var o = Api.Arg(ts, m);
        if (o is null) return 0;
        // CPython checks with PyErr_BadInternalCall here, unlike the other getters.
        if (o is PyModule mod) return Api.Borrow(ts, mod.Dict);
        ts.Raise(ExceptionKind.SystemError, "bad argument to internal function");
        return 0;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyModule_GetNameObject")]
    public static nint PyModule_GetNameObject(nint m)
    {
        var ts = Api.Ts("PyModule_GetNameObject");
        if (ts is null) return 0;
        var mod = ModuleArg(ts, m);
        if (mod is null) return 0;
        if (mod.Dict.GetStr("__name__") is PyStr name) return Api.New(ts, name);
        ts.Raise(ExceptionKind.SystemError, "nameless module");
        return 0;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyModule_GetName")]
    public static byte* PyModule_GetName(nint m)
    {
        var ts = Api.Ts("PyModule_GetName");
        if (ts is null) return null;
        var mod = ModuleArg(ts, m);
        if (mod is null) return null;
        if (mod.Dict.GetStr("__name__") is not PyStr name)
        {
            ts.Raise(ExceptionKind.SystemError, "nameless module");
            return null;
        }
        // The UTF-8 text lives with the name str's header, which the module keeps alive.
        nint h = Api.Borrow(ts, name);
        return (byte*)Bridge.NativeInterpreterState.Of(ts.Interpreter).Arena.Utf8Of(h, name.Value, out _);
    }

    static int AddObject(nint m, byte* name, PyObject? value, string function)
    {
        var ts = Api.Ts(function);
        if (ts is null) return -1;
        try
        {
            var mod = ModuleArg(ts, m, AddNeedsModule);
            var n = mod is null ? null : Api.Utf8(ts, name);
            if (n is null) return -1;
            if (value is null)
            {
                if (ts.CurrentException is null)
                    ts.Raise(ExceptionKind.SystemError, $"{function}() must be called with an exception raised if value is NULL");
                return -1;
            }
            mod!.Dict.SetStr(ts.Interpreter.Intern(n), value);
            return 0;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyModule_AddObjectRef")]
    public static int PyModule_AddObjectRef(nint m, byte* name, nint value) =>
        AddObject(m, name, value == 0 ? null : Bridge.ObjectBridge.FromNative(value), "PyModule_AddObjectRef");

    /// <summary>PyModule_AddObject steals the reference only on success (CPython's quirk).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyModule_AddObject")]
    public static int PyModule_AddObject(nint m, byte* name, nint value)
    {
        int r = AddObject(m, name, value == 0 ? null : Bridge.ObjectBridge.FromNative(value), "PyModule_AddObject");
        if (r == 0) Api.Steal(value);
        return r;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyModule_AddIntConstant")]
    public static int PyModule_AddIntConstant(nint m, byte* name, long value)
    {
        var ts = Api.Ts("PyModule_AddIntConstant");
        return ts is null ? -1 : AddObject(m, name, ts.Interpreter.Int(value), "PyModule_AddIntConstant");
    }

    [UnmanagedCallersOnly(EntryPoint = "PyModule_AddStringConstant")]
    public static int PyModule_AddStringConstant(nint m, byte* name, byte* value)
    {
        var ts = Api.Ts("PyModule_AddStringConstant");
        if (ts is null) return -1;
        var v = Api.Utf8(ts, value);
        return v is null ? -1 : AddObject(m, name, ts.Interpreter.Str(v), "PyModule_AddStringConstant");
    }

    /// <summary>PySys_GetObject: borrowed, NULL without an exception when absent.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PySys_GetObject")]
    public static nint PySys_GetObject(byte* name)
    {
        var ts = Api.Ts("PySys_GetObject");
        if (ts is null || name == null) return 0;
        try
        {
            var sys = SysState.Of(ts.Interpreter).SysModuleFor(ts);
            var v = sys.Dict.GetStr(Marshal.PtrToStringUTF8((nint)name)!);
            return v is null ? 0 : Api.Borrow(ts, v);
        }
        catch (Exception) { return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PySys_SetObject")]
    public static int PySys_SetObject(byte* name, nint value)
    {
        var ts = Api.Ts("PySys_SetObject");
        if (ts is null) return -1;
        try
        {
            var n = Api.Utf8(ts, name);
            if (n is null) return -1;
            var sys = SysState.Of(ts.Interpreter).SysModuleFor(ts);
            var key = ts.Interpreter.Intern(n);
            if (value == 0)
            {
                sys.Dict.TryDelItem(ts, key, key.Hash, out _);
                return 0;
            }
            var v = Api.Arg(ts, value);
            if (v is null) return -1;
            sys.Dict.SetStr(key, v);
            return 0;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyEval_GetBuiltins")]
    public static nint PyEval_GetBuiltins()
    {
        var ts = Api.Ts("PyEval_GetBuiltins");
        if (ts is null) return 0;
        var frameGlobals = Isolated.Execution.Eval.CurrentGlobals(ts);
        if (frameGlobals?.GetStr("__builtins__") is PyModule bm) return Api.Borrow(ts, bm.Dict);
        if (frameGlobals?.GetStr("__builtins__") is PyDict bd) return Api.Borrow(ts, bd);
        return Api.Borrow(ts, SysState.Of(ts.Interpreter).Builtins.Dict);
    }
}
