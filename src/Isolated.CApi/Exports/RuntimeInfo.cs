using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.Modules.Sys;

namespace Isolated.CApi.Exports;

/// <summary>The process-level part of pylifecycle.h: version strings, program name and paths,
/// Py_Main, Py_AtExit/Py_Exit/Py_FatalError and the locale codec. Program name and paths are
/// process-wide (they describe the installation every interpreter starts from; see
/// include/pylifecycle.h).</summary>
internal static unsafe class RuntimeInfo
{
    /// <summary>Strings handed out once and kept for the life of the process, by key and value
    /// (a changed value gets a new buffer; the old one stays valid, as callers may hold it).</summary>
    static readonly Dictionary<(string Key, string Value), nint> Handed = new();

    static nint Keep(string key, string value, bool wide)
    {
        lock (Handed)
        {
            if (Handed.TryGetValue((key, value), out var p)) return p;
            p = wide ? (nint)Strings.Wide(value) : (nint)Strings.Permanent(value);
            Handed.Add((key, value), p);
            return p;
        }
    }

    static byte* Text(string key, string value) => (byte*)Keep(key, value, wide: false);

    static int* WideText(string key, string value) => (int*)Keep(key, value, wide: true);

    [UnmanagedCallersOnly(EntryPoint = "Py_GetVersion")]
    public static byte* Py_GetVersion() => Text("version", SysModule.VersionString);

    [UnmanagedCallersOnly(EntryPoint = "Py_GetPlatform")]
    public static byte* Py_GetPlatform() => Text("platform", SysModule.PlatformName);

    [UnmanagedCallersOnly(EntryPoint = "Py_GetCopyright")]
    public static byte* Py_GetCopyright() => Text("copyright", SysModule.Copyright);

    /// <summary>The bracketed part of sys.version ("[.NET 10.0.x]"), as CPython's "[GCC x]".</summary>
    [UnmanagedCallersOnly(EntryPoint = "Py_GetCompiler")]
    public static byte* Py_GetCompiler()
    {
        string v = SysModule.VersionString;
        int open = v.IndexOf('[');
        return Text("compiler", open >= 0 ? v[open..] : "");
    }

    /// <summary>The parenthesised part of sys.version ("main, isolated").</summary>
    [UnmanagedCallersOnly(EntryPoint = "Py_GetBuildInfo")]
    public static byte* Py_GetBuildInfo()
    {
        string v = SysModule.VersionString;
        int open = v.IndexOf('('), close = v.IndexOf(')');
        return Text("buildinfo", open >= 0 && close > open ? v[(open + 1)..close] : "");
    }

    [UnmanagedCallersOnly(EntryPoint = "Py_SetProgramName")]
    public static void Py_SetProgramName(int* name)
    {
        try { ProcessRuntime.ProgramName = Strings.FromWide(name); }
        catch (Exception e) { Fatal.Bug("Py_SetProgramName", e); }
    }

    /// <summary>CPython's default is "python3"; this runtime's command is `isolated`.</summary>
    [UnmanagedCallersOnly(EntryPoint = "Py_GetProgramName")]
    public static int* Py_GetProgramName() => WideText("program", ProcessRuntime.ProgramName ?? "isolated");

    [UnmanagedCallersOnly(EntryPoint = "Py_GetPythonHome")]
    public static int* Py_GetPythonHome() => ProcessRuntime.PythonHome is { } home ? WideText("home", home) : null;

    [UnmanagedCallersOnly(EntryPoint = "Py_GetProgramFullPath")]
    public static int* Py_GetProgramFullPath() => WideText("fullpath", Environment.ProcessPath ?? "");

    /// <summary>The installation prefix: the directory above lib/python3.12 (sys.prefix).</summary>
    static string Prefix()
    {
        var lib = ProcessRuntime.Instance?.StdlibPath ?? ProcessRuntime.StdlibDirectory();
        if (string.IsNullOrEmpty(lib)) return "";
        return Path.GetDirectoryName(Path.GetDirectoryName(lib) ?? "") ?? "";
    }

    [UnmanagedCallersOnly(EntryPoint = "Py_GetPrefix")]
    public static int* Py_GetPrefix() => WideText("prefix", Prefix());

    [UnmanagedCallersOnly(EntryPoint = "Py_GetExecPrefix")]
    public static int* Py_GetExecPrefix() => WideText("prefix", Prefix());

    /// <summary>The module search path interpreters start with (without the script directory).</summary>
    [UnmanagedCallersOnly(EntryPoint = "Py_GetPath")]
    public static int* Py_GetPath()
    {
        if (ProcessRuntime.ModuleSearchPath is { } configured) return WideText("path", configured);
        var lib = ProcessRuntime.Instance?.StdlibPath ?? ProcessRuntime.StdlibDirectory();
        string[] entries = ProcessRuntime.EnvironmentSearchPath(lib)
            ?? (string.IsNullOrEmpty(lib) ? [] : [lib, Path.Combine(lib, "lib-dynload")]);
        return WideText("path", string.Join(':', entries));
    }

    [UnmanagedCallersOnly(EntryPoint = "Py_SetPath")]
    public static void Py_SetPath(int* path)
    {
        try { ProcessRuntime.ModuleSearchPath = Strings.FromWide(path); }
        catch (Exception e) { Fatal.Bug("Py_SetPath", e); }
    }

    [UnmanagedCallersOnly(EntryPoint = "Py_Main")]
    public static int Py_Main(int argc, int** argv)
    {
        try
        {
            var args = new string[Math.Max(argc, 0)];
            for (int i = 0; i < args.Length; i++) args[i] = Strings.FromWide(argv[i]) ?? "";
            return CodeRunner.Main(args);
        }
        catch (Exception e)
        {
            Fatal.Bug("Py_Main", e);
            return 1;
        }
    }

    const int AtExitCapacity = 32;

    [UnmanagedCallersOnly(EntryPoint = "Py_AtExit")]
    public static int Py_AtExit(nint func)
    {
        lock (ProcessRuntime.AtExitFunctions)
        {
            if (func == 0 || ProcessRuntime.AtExitFunctions.Count >= AtExitCapacity) return -1;
            ProcessRuntime.AtExitFunctions.Add(func);
            return 0;
        }
    }

    /// <summary>Py_FinalizeEx's last step: the Py_AtExit functions, last registered first, once.</summary>
    internal static void RunAtExitFunctions()
    {
        nint[] functions;
        lock (ProcessRuntime.AtExitFunctions)
        {
            functions = ProcessRuntime.AtExitFunctions.ToArray();
            ProcessRuntime.AtExitFunctions.Clear();
        }
        for (int i = functions.Length - 1; i >= 0; i--) ((delegate* unmanaged<void>)functions[i])();
    }

    [DllImport("libc", EntryPoint = "exit")]
    static extern void Exit(int status);

    [DllImport("libc", EntryPoint = "abort")]
    static extern void Abort();

    [UnmanagedCallersOnly(EntryPoint = "Py_Exit")]
    public static void Py_Exit(int status)
    {
        int code = Lifecycle.FinalizeRuntime() < 0 ? 120 : status;
        Console.Out.Flush();
        Exit(code);
    }

    [UnmanagedCallersOnly(EntryPoint = "Py_FatalError")]
    public static void Py_FatalError(byte* message)
    {
        try
        {
            string text = message == null ? "" : Marshal.PtrToStringUTF8((nint)message) ?? "";
            var stderr = Console.OpenStandardError();
            stderr.Write(System.Text.Encoding.UTF8.GetBytes(
                $"Fatal Python error: {text}\nPython runtime state: {(ProcessRuntime.Instance is null ? "not initialized" : "initialized")}\n"));
            stderr.Flush();
        }
        finally
        {
            Abort();
        }
    }

    /// <summary>Py_DecodeLocale: UTF-8 with surrogateescape (undecodable bytes become U+DC80..
    /// U+DCFF) into a malloc'ed wchar_t string; *size gets its length.</summary>
    [UnmanagedCallersOnly(EntryPoint = "Py_DecodeLocale")]
    public static int* Py_DecodeLocale(byte* arg, nuint* size)
    {
        if (arg == null)
        {
            if (size != null) *size = unchecked((nuint)(-2));
            return null;
        }
        int n = 0;
        while (arg[n] != 0) n++;
        var text = LocaleCodec.Decode(new ReadOnlySpan<byte>(arg, n));
        var result = (int*)NativeMemory.Alloc((nuint)(text.Count + 1) * 4);
        for (int i = 0; i < text.Count; i++) result[i] = text[i];
        result[text.Count] = 0;
        if (size != null) *size = (nuint)text.Count;
        return result;
    }

    /// <summary>Py_EncodeLocale: the inverse (U+DC80..U+DCFF back to their bytes); other
    /// surrogates cannot be encoded: NULL with *error_pos at the first.</summary>
    [UnmanagedCallersOnly(EntryPoint = "Py_EncodeLocale")]
    public static byte* Py_EncodeLocale(int* text, nuint* errorPos)
    {
        if (errorPos != null) *errorPos = unchecked((nuint)(-1));
        if (text == null) return null;
        int n = 0;
        while (text[n] != 0) n++;
        var bytes = LocaleCodec.Encode(new ReadOnlySpan<int>(text, n), out int bad);
        if (bytes is null)
        {
            if (errorPos != null) *errorPos = (nuint)bad;
            return null;
        }
        var result = (byte*)NativeMemory.Alloc((nuint)bytes.Length + 1);
        bytes.CopyTo(new Span<byte>(result, bytes.Length));
        result[bytes.Length] = 0;
        return result;
    }
}
