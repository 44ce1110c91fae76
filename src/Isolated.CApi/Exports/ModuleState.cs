using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.CApi.Bridge;
using Isolated.CApi.Extensions;
using Isolated.Objects;

namespace Isolated.CApi.Exports;

/// <summary>PyState_* (PEP 3121's per-interpreter table of single-phase modules, by their
/// PyModuleDef), PyModule_GetFilename and PyArg_ValidateKeywordArguments.</summary>
internal static unsafe class ModuleState
{
    [UnmanagedCallersOnly(EntryPoint = "PyState_AddModule")]
    public static int PyState_AddModule(nint module, NativeModuleDef* def)
    {
        var ts = Api.Ts("PyState_AddModule");
        if (ts is null) return -1;
        try
        {
            if (def == null)
            {
                ts.Raise(ExceptionKind.SystemError, "PyState_AddModule: Module Definition is NULL");
                return -1;
            }
            if (Api.Arg(ts, module) is not { } m) return -1;
            if (m is not PyModule pm)
            {
                ts.Raise(ExceptionKind.SystemError, $"PyState_AddModule: expected a module, got '{m.Type.Name}'");
                return -1;
            }
            if (def->Slots != null)
            {
                ts.Raise(ExceptionKind.SystemError, "PyState_AddModule called on module with slots");
                return -1;
            }
            NativeInterpreterState.Of(ts.Interpreter).ModulesByDef[(nint)def] = pm;
            return 0;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    /// <summary>Borrowed; NULL without an exception when the interpreter has none for def.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyState_FindModule")]
    public static nint PyState_FindModule(NativeModuleDef* def)
    {
        var ts = Api.Ts("PyState_FindModule");
        if (ts is null || def == null || def->Slots != null) return 0;
        return NativeInterpreterState.Of(ts.Interpreter).ModulesByDef.TryGetValue((nint)def, out var m) ? Api.Borrow(ts, m) : 0;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyState_RemoveModule")]
    public static int PyState_RemoveModule(NativeModuleDef* def)
    {
        var ts = Api.Ts("PyState_RemoveModule");
        if (ts is null) return -1;
        if (def == null)
        {
            ts.Raise(ExceptionKind.SystemError, "PyState_RemoveModule: Module Definition is NULL");
            return -1;
        }
        if (def->Slots != null)
        {
            ts.Raise(ExceptionKind.SystemError, "PyState_RemoveModule called on module with slots");
            return -1;
        }
        if (NativeInterpreterState.Of(ts.Interpreter).ModulesByDef.Remove((nint)def)) return 0;
        ts.Raise(ExceptionKind.SystemError, "PyState_RemoveModule: Module index out of bounds.");
        return -1;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyModule_GetFilename")]
    public static byte* PyModule_GetFilename(nint module)
    {
        var ts = Api.Ts("PyModule_GetFilename");
        if (ts is null) return null;
        try
        {
            if (Exports.Modules.ModuleArg(ts, module) is not { } pm) return null;
            if (pm.Dict.GetStr("__file__") is not PyStr file)
            {
                ts.Raise(ExceptionKind.SystemError, "module filename missing");
                return null;
            }
            return Strings.Utf8(ts, file, file.Value);
        }
        catch (Exception e) { Api.Fail(ts, e); return null; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyArg_ValidateKeywordArguments")]
    public static int PyArg_ValidateKeywordArguments(nint kwargs)
    {
        var ts = Api.Ts("PyArg_ValidateKeywordArguments");
        if (ts is null) return 0;
        var o = Api.Arg(ts, kwargs);
        if (o is null) return 0;
        if (o is not PyDict d)
        {
            ts.Raise(ExceptionKind.SystemError, "bad argument to internal function");
            return 0;
        }
        int pos = 0;
        while (d.Next(ref pos, out var k, out _))
        {
            if (k is not PyStr)
            {
                ts.Raise(ExceptionKind.TypeError, "keywords must be strings");
                return 0;
            }
        }
        return 1;
    }
}
