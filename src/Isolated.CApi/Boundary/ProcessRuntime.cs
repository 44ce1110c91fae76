using System.Runtime.InteropServices;
using Isolated.Runtime;

namespace Isolated.CApi.Boundary;

/// <summary>
/// The runtime instance between Py_Initialize and Py_Finalize. The C API library is the process
/// boundary, so this is where the process-wide instance lives; src/Isolated has none.
/// </summary>
internal static class ProcessRuntime
{
    static readonly object Lock = new();
    static Isolated.Runtime.Runtime? s_runtime;

    public static Isolated.Runtime.Runtime? Instance => Volatile.Read(ref s_runtime);

    static string? s_pythonHome;

    /// <summary>Py_SetPythonHome's value (process-wide, set before Py_Initialize as in CPython).</summary>
    public static string? PythonHome
    {
        get { lock (Lock) return s_pythonHome; }
        set { lock (Lock) s_pythonHome = value; }
    }

    /// <summary>PySys_AddWarnOption / PySys_AddXOption calls made before Py_Initialize: they
    /// become the main interpreter's sys.warnoptions / sys._xoptions (CPython's pre-init lists).</summary>
    public static readonly List<string> PreInitWarnOptions = new(), PreInitXOptions = new();

    /// <summary>Py_SetProgramName's value and Py_SetPath's (null: computed).</summary>
    public static string? ProgramName, ModuleSearchPath;

    /// <summary>Py_AtExit's functions, run by Py_FinalizeEx (last registered first).</summary>
    public static readonly List<nint> AtExitFunctions = new();

    public static Isolated.Runtime.Runtime Start()
    {
        lock (Lock)
        {
            if (s_runtime is not null) return s_runtime;
            var stdlib = FindStdlib();
            return s_runtime = new Isolated.Runtime.Runtime(stdlib)
            {
                NativeExtensions = new Extensions.ExtensionLoader(),
                ModuleSearchPath = ModuleSearchPath?.Split(':') ?? EnvironmentSearchPath(stdlib),
            };
        }
    }

    /// <summary>The module search path with PYTHONPATH's directories first (CPython's
    /// Py_Initialize reads it too), then the stdlib; null when PYTHONPATH is unset or empty.</summary>
    internal static string[]? EnvironmentSearchPath(string? stdlib)
    {
        var extra = Environment.GetEnvironmentVariable("PYTHONPATH");
        if (string.IsNullOrEmpty(extra)) return null;
        var entries = new List<string>(extra.Split(':', StringSplitOptions.RemoveEmptyEntries));
        if (!string.IsNullOrEmpty(stdlib))
        {
            entries.Add(stdlib);
            entries.Add(Path.Combine(stdlib, "lib-dynload"));
        }
        return entries.ToArray();
    }

    public static void Stop()
    {
        lock (Lock) s_runtime = null;
    }

    /// <summary>The standard library: $ISOLATED_STDLIB, else python3.12/ beside the library
    /// (build/lib/python3.12 next to build/lib/libisolated.so), as CPython finds lib/python3.12.</summary>
    internal static string? StdlibDirectory() => FindStdlib();

    static string? FindStdlib()
    {
        var env = Environment.GetEnvironmentVariable("ISOLATED_STDLIB");
        if (!string.IsNullOrEmpty(env)) return env;
        if (s_pythonHome is { Length: > 0 } home && Directory.Exists(Path.Combine(home, "lib", "python3.12")))
            return Path.Combine(home, "lib", "python3.12");
        var lib = LibraryPath();
        if (lib is null) return null;
        var dir = Path.Combine(Path.GetDirectoryName(lib)!, "python3.12");
        return Directory.Exists(dir) ? dir : null;
    }

    [StructLayout(LayoutKind.Sequential)]
    struct DlInfo
    {
        public nint FileName;
        public nint BaseAddress;
        public nint SymbolName;
        public nint SymbolAddress;
    }

    [DllImport("libc", EntryPoint = "dladdr")]
    static extern int DlAddr(nint address, out DlInfo info);

    /// <summary>The path of libisolated.so, found from the address of one of its functions.</summary>
    static unsafe string? LibraryPath()
    {
        try
        {
            delegate* unmanaged<int> probe = &Exports.Lifecycle.Py_IsInitialized;
            if (DlAddr((nint)probe, out var info) == 0 || info.FileName == 0) return null;
            return Marshal.PtrToStringUTF8(info.FileName);
        }
        catch (Exception)
        {
            return null;
        }
    }
}
