using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.Modules.Sys;
using Isolated.Objects;

namespace Isolated.CApi.Exports;

/// <summary>The legacy configuration calls embedding hosts such as vim make (pylifecycle.h,
/// sysmodule.h): the Python home before initialisation, and sys.argv / sys.path[0] after.</summary>
internal static unsafe class HostConfiguration
{
    static string? Wide(int* s) => Strings.FromWide(s);

    /// <summary>Py_SetPythonHome: where the standard library is, as HOME/lib/python3.12 (used when
    /// that directory exists and $ISOLATED_STDLIB is not set). Call before Py_Initialize.</summary>
    [UnmanagedCallersOnly(EntryPoint = "Py_SetPythonHome")]
    public static void Py_SetPythonHome(int* home)
    {
        try
        {
            ProcessRuntime.PythonHome = Wide(home);
        }
        catch (Exception e) { Fatal.Bug("Py_SetPythonHome", e); }
    }

    [UnmanagedCallersOnly(EntryPoint = "PySys_SetArgv")]
    public static void PySys_SetArgv(int argc, int** argv) => SetArgv(argc, argv, updatePath: true, "PySys_SetArgv");

    [UnmanagedCallersOnly(EntryPoint = "PySys_SetArgvEx")]
    public static void PySys_SetArgvEx(int argc, int** argv, int updatePath) => SetArgv(argc, argv, updatePath != 0, "PySys_SetArgvEx");

    /// <summary>sys.argv = argv (or [''] when empty); with updatePath, sys.path[0] gets the
    /// script's directory as CPython computes it: '' for -c or a bare name, the current directory
    /// for -m, else the directory of the (symlink-resolved) path.</summary>
    static void SetArgv(int argc, int** argv, bool updatePath, string function)
    {
        var ts = Api.Ts(function);
        if (ts is null) return;
        try
        {
            var interp = ts.Interpreter;
            var args = new List<string>();
            for (int i = 0; i < argc && argv != null; i++) args.Add(Wide(argv[i]) ?? "");
            if (args.Count == 0) args.Add("");
            var items = new PyObject[args.Count];
            for (int i = 0; i < items.Length; i++) items[i] = interp.Str(args[i]);
            var sys = SysState.Of(interp).SysModuleFor(ts);
            sys.Dict.SetStr(interp.Intern("argv"), new PyList(interp.Types.List, items, items.Length));
            if (!updatePath) return;
            if (sys.Dict.GetStr("path") is not PyList path)
            {
                Fatal.Report(function, "sys.path is not a list");
                return;
            }
            path.Insert(0, interp.Str(ScriptDirectory(argc > 0 ? args[0] : "")));
        }
        catch (Exception e)
        {
            Fatal.Bug(function, e);
        }
    }

    static string ScriptDirectory(string argv0)
    {
        if (argv0 == "-c" || argv0.Length == 0) return "";
        if (argv0 == "-m") return Directory.GetCurrentDirectory();
        string p = argv0;
        try
        {
            if (File.Exists(p)) p = new FileInfo(p).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(p);
        }
        catch (IOException)
        {
            // Unreadable link: keep the path as given, as CPython does.
        }
        int sep = p.LastIndexOf('/');
        if (sep < 0) return "";
        return sep == 0 ? "/" : p[..sep];
    }
}
