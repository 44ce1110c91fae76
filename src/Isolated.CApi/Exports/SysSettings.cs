using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.Modules.Sys;
using Isolated.Objects;

namespace Isolated.CApi.Exports;

/// <summary>sysmodule.h: warning options, -X options and sys.path from C. Called before
/// Py_Initialize, the options are kept for the main interpreter (as CPython's pre-init lists);
/// afterwards they act on the current interpreter's sys.</summary>
internal static unsafe class SysSettings
{
    static PyModule Sys(ThreadState ts) => SysState.Of(ts.Interpreter).SysModuleFor(ts);

    /// <summary>sys.&lt;name&gt;, which must be a list (RuntimeError otherwise, as CPython).</summary>
    static PyList? SysList(ThreadState ts, string name)
    {
        if (Sys(ts).Dict.GetStr(name) is PyList list) return list;
        ts.Raise(ExceptionKind.RuntimeError, $"lost sys.{name}");
        return null;
    }

    [UnmanagedCallersOnly(EntryPoint = "PySys_AddWarnOption")]
    public static void PySys_AddWarnOption(int* s)
    {
        try
        {
            var option = Strings.FromWide(s);
            if (option is null) return;
            var ts = BoundaryThread.Current.State;
            if (ts is null)
            {
                lock (ProcessRuntime.PreInitWarnOptions) ProcessRuntime.PreInitWarnOptions.Add(option);
                return;
            }
            AddWarnOption(ts, ts.Interpreter.Str(option));
        }
        catch (Exception e) { Fatal.Bug("PySys_AddWarnOption", e); }
    }

    [UnmanagedCallersOnly(EntryPoint = "PySys_AddWarnOptionUnicode")]
    public static void PySys_AddWarnOptionUnicode(nint option)
    {
        var ts = Api.Ts("PySys_AddWarnOptionUnicode");
        if (ts is null) return;
        try
        {
            var o = Api.Arg(ts, option);
            if (o is not null) AddWarnOption(ts, o);
        }
        catch (Exception e) { Api.Fail(ts, e); }
    }

    static void AddWarnOption(ThreadState ts, PyObject option)
    {
        var list = SysList(ts, "warnoptions");
        list?.Insert(list.Count, option);
    }

    [UnmanagedCallersOnly(EntryPoint = "PySys_ResetWarnOptions")]
    public static void PySys_ResetWarnOptions()
    {
        var ts = BoundaryThread.Current.State;
        if (ts is null)
        {
            lock (ProcessRuntime.PreInitWarnOptions) ProcessRuntime.PreInitWarnOptions.Clear();
            return;
        }
        try
        {
            if (Sys(ts).Dict.GetStr("warnoptions") is PyList list)
            {
                Array.Clear(list.Items, 0, list.Count);
                list.Count = 0;
            }
        }
        catch (Exception e) { Api.Fail(ts, e); }
    }

    [UnmanagedCallersOnly(EntryPoint = "PySys_HasWarnOptions")]
    public static int PySys_HasWarnOptions()
    {
        var ts = BoundaryThread.Current.State;
        if (ts is null)
        {
            lock (ProcessRuntime.PreInitWarnOptions) return ProcessRuntime.PreInitWarnOptions.Count > 0 ? 1 : 0;
        }
        try { return Sys(ts).Dict.GetStr("warnoptions") is PyList { Count: > 0 } ? 1 : 0; }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PySys_AddXOption")]
    public static void PySys_AddXOption(int* s)
    {
        try
        {
            var option = Strings.FromWide(s);
            if (option is null) return;
            var ts = BoundaryThread.Current.State;
            if (ts is null)
            {
                lock (ProcessRuntime.PreInitXOptions) ProcessRuntime.PreInitXOptions.Add(option);
                return;
            }
            AddXOption(ts, option);
        }
        catch (Exception e) { Fatal.Bug("PySys_AddXOption", e); }
    }

    /// <summary>"name" is _xoptions[name] = True, "name=value" is _xoptions[name] = "value".</summary>
    internal static void AddXOption(ThreadState ts, string option)
    {
        var interp = ts.Interpreter;
        var options = XOptions(ts);
        int eq = option.IndexOf('=');
        if (eq < 0) options.SetStr(option, interp.True);
        else options.SetStr(option[..eq], interp.Str(option[(eq + 1)..]));
    }

    static PyDict XOptions(ThreadState ts)
    {
        var sys = Sys(ts);
        if (sys.Dict.GetStr("_xoptions") is PyDict d) return d;
        d = ts.Interpreter.NewDict();
        sys.Dict.SetStr("_xoptions", d);
        return d;
    }

    [UnmanagedCallersOnly(EntryPoint = "PySys_GetXOptions")]
    public static nint PySys_GetXOptions()
    {
        var ts = Api.Ts("PySys_GetXOptions");
        if (ts is null) return 0;
        try { return Api.Borrow(ts, XOptions(ts)); }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PySys_SetPath")]
    public static void PySys_SetPath(int* path)
    {
        var ts = Api.Ts("PySys_SetPath");
        if (ts is null) return;
        try
        {
            var text = Strings.FromWide(path);
            if (text is null) { ts.Raise(ExceptionKind.SystemError, "PySys_SetPath: NULL path"); return; }
            var parts = text.Split(':');
            var items = new PyObject[parts.Length];
            for (int i = 0; i < parts.Length; i++) items[i] = ts.Interpreter.Str(parts[i]);
            Sys(ts).Dict.SetStr(ts.Interpreter.Intern("path"), new PyList(ts.Interpreter.Types.List, items, items.Length));
        }
        catch (Exception e) { Api.Fail(ts, e); }
    }

    /// <summary>Gives the main interpreter the options set before Py_Initialize.</summary>
    internal static void ApplyPreInitOptions(ThreadState ts)
    {
        string[] warn, x;
        lock (ProcessRuntime.PreInitWarnOptions) { warn = ProcessRuntime.PreInitWarnOptions.ToArray(); ProcessRuntime.PreInitWarnOptions.Clear(); }
        lock (ProcessRuntime.PreInitXOptions) { x = ProcessRuntime.PreInitXOptions.ToArray(); ProcessRuntime.PreInitXOptions.Clear(); }
        if (warn.Length == 0 && x.Length == 0) return;   // sys stays unmade until used
        foreach (var w in warn) AddWarnOption(ts, ts.Interpreter.Str(w));
        foreach (var o in x) AddXOption(ts, o);
    }
}
