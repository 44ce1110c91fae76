using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.CApi.Extensions;
using Isolated.Objects;

namespace Isolated.CApi.Exports;

/// <summary>Extension modules (moduleobject.h, import.h's inittab): module definitions,
/// single- and multi-phase initialisation, module state, and adding things to modules.</summary>
internal static unsafe class ExtensionModules
{
    [UnmanagedCallersOnly(EntryPoint = "PyModule_Create2")]
    public static nint PyModule_Create2(NativeModuleDef* def, int apiVersion)
    {
        var ts = Api.Ts("PyModule_Create2");
        if (ts is null) return 0;
        try
        {
            return Api.New(ts, ModuleFactory.Create(ts, def));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>PyModuleDef_Init: marks the definition (its ob_type points at itself, which no
    /// object header can) so that the loader recognises a multi-phase PyInit_* result.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyModuleDef_Init")]
    public static nint PyModuleDef_Init(NativeModuleDef* def)
    {
        if (def == null) return 0;
        def->ObType = (nint)def;
        if (def->RefCount == 0) def->RefCount = 1;
        return (nint)def;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyModule_FromDefAndSpec2")]
    public static nint PyModule_FromDefAndSpec2(NativeModuleDef* def, nint spec, int apiVersion)
    {
        var ts = Api.Ts("PyModule_FromDefAndSpec2");
        if (ts is null) return 0;
        try
        {
            var s = Api.Arg(ts, spec);
            return s is null ? 0 : Api.New(ts, ModuleFactory.FromDefAndSpec(ts, def, s));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyModule_ExecDef")]
    public static int PyModule_ExecDef(nint module, NativeModuleDef* def)
    {
        var ts = Api.Ts("PyModule_ExecDef");
        if (ts is null) return -1;
        try
        {
            var m = Api.Arg(ts, module);
            if (m is null) return -1;
            if (m is PyModule { NativeState: ExtensionModuleState st } && st.Def == def) st.Executed = true;
            return ModuleFactory.ExecDef(ts, m, def) ? 0 : -1;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyModule_GetState")]
    public static nint PyModule_GetState(nint module)
    {
        var ts = Api.Ts("PyModule_GetState");
        if (ts is null) return 0;
        var m = Modules.ModuleArg(ts, module);
        return m?.NativeState is ExtensionModuleState st ? st.State : 0;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyModule_GetDef")]
    public static nint PyModule_GetDef(nint module)
    {
        var ts = Api.Ts("PyModule_GetDef");
        if (ts is null) return 0;
        var m = Modules.ModuleArg(ts, module);
        return m?.NativeState is ExtensionModuleState st ? (nint)st.Def : 0;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyModule_AddFunctions")]
    public static int PyModule_AddFunctions(nint module, NativeMethodDef* functions)
    {
        var ts = Api.Ts("PyModule_AddFunctions");
        if (ts is null) return -1;
        try
        {
            var m = Modules.ModuleArg(ts, module);
            if (m is null) return -1;
            if (functions == null) { ts.Raise(ExceptionKind.SystemError, "PyModule_AddFunctions: NULL method table"); return -1; }
            return ModuleFactory.AddFunctions(ts, m, functions) ? 0 : -1;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyModule_SetDocString")]
    public static int PyModule_SetDocString(nint module, byte* doc)
    {
        var ts = Api.Ts("PyModule_SetDocString");
        if (ts is null) return -1;
        try
        {
            var m = Api.Arg(ts, module);
            var d = m is null ? null : Api.Utf8(ts, doc);
            if (d is null) return -1;
            return Ops.SetAttr(ts, m!, ts.Interpreter.Intern("__doc__"), ts.Interpreter.Str(d)) ? 0 : -1;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    /// <summary>PyModule_AddType: adds the type under the part of its name after the last dot
    /// (a heap type's __name__ already is that part).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyModule_AddType")]
    public static int PyModule_AddType(nint module, nint type)
    {
        var ts = Api.Ts("PyModule_AddType");
        if (ts is null) return -1;
        try
        {
            var m = Modules.ModuleArg(ts, module, Modules.AddNeedsModule);
            if (m is null) return -1;
            var t = Api.Arg<PyType>(ts, type, "PyModule_AddType");
            if (t is null) return -1;
            string name = t.Name[(t.Name.LastIndexOf('.') + 1)..];
            m.Dict.SetStr(ts.Interpreter.Intern(name), t);
            return 0;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyModule_GetFilenameObject")]
    public static nint PyModule_GetFilenameObject(nint module)
    {
        var ts = Api.Ts("PyModule_GetFilenameObject");
        if (ts is null) return 0;
        var m = Modules.ModuleArg(ts, module);
        if (m is null) return 0;
        if (m.Dict.GetStr("__file__") is PyStr f) return Api.New(ts, f);
        ts.Raise(ExceptionKind.SystemError, "module filename missing");
        return 0;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyImport_AppendInittab")]
    public static int PyImport_AppendInittab(byte* name, nint initFunction)
    {
        if (ProcessRuntime.Instance is not null)
        {
            Fatal.Report("PyImport_AppendInittab", "PyImport_AppendInittab() may not be called after Py_Initialize()");
            return -1;
        }
        if (name == null || initFunction == 0) return -1;
        Inittab.Add(Marshal.PtrToStringUTF8((nint)name)!, initFunction);
        return 0;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct InittabEntry
    {
        public byte* Name;
        public nint InitFunction;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyImport_ExtendInittab")]
    public static int PyImport_ExtendInittab(InittabEntry* entries)
    {
        if (ProcessRuntime.Instance is not null)
        {
            Fatal.Report("PyImport_ExtendInittab", "PyImport_ExtendInittab() may not be called after Py_Initialize()");
            return -1;
        }
        if (entries == null) return -1;
        for (var e = entries; e->Name != null; e++)
            Inittab.Add(Marshal.PtrToStringUTF8((nint)e->Name)!, e->InitFunction);
        return 0;
    }
}
