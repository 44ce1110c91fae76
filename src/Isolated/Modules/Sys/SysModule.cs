using System.Runtime.InteropServices;
using Isolated.Modules.Io;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Sys;

/// <summary>
/// The <c>sys</c> module, one per interpreter, built from <see cref="SysState"/>: the command line,
/// the import path, the standard streams and the interpreter's version and limits. Functions are
/// in SysModule.Functions.cs.
/// </summary>
public static partial class SysModule
{
    public const string Version = "3.12.7";
    public const int HexVersion = 0x030C07F0;
    public const int ApiVersion = 1013;

    static readonly string[] VersionInfoFields = ["major", "minor", "micro", "releaselevel", "serial"];
    static readonly string[] FloatInfoFields =
        ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"];
    static readonly string[] IntInfoFields =
        ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"];
    static readonly string[] HashInfoFields =
        ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"];
    static readonly string[] ThreadInfoFields = ["name", "lock", "version"];

    public const string Copyright = "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n" +
        "Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n" +
        "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n" +
        "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.";

    /// <summary>sys.version: starts with the CPython version this runtime implements.</summary>
    public static string VersionString => $"{Version} (main, isolated) [.NET {Environment.Version}]";

    public static string PlatformName =>
        OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsFreeBSD() ? "freebsd" : "linux";

    /// <summary>The builtin modules' names, sorted (sys.builtin_module_names): the runtime's own and
    /// the C host's (PyImport_AppendInittab), as CPython lists both.</summary>
    public static string[] BuiltinModuleNames(Interpreter interp)
    {
        var names = new List<string>(ModuleRegistry.Names);
        if (interp.Runtime.NativeExtensions is { } native)
            foreach (var name in native.BuiltinNames())
                if (!names.Contains(name)) names.Add(name);
        names.Sort(string.CompareOrdinal);
        return names.ToArray();
    }

    /// <summary>The stdlib directory: ISOLATED_STDLIB, else the runtime's configured path.</summary>
    public static string? StdlibDirectory(Interpreter interp) =>
        interp.Runtime.StdlibPath is { Length: > 0 } p ? p : null;

    /// <summary>The initial sys.path: path[0] (script dir, '' or none), PYTHONPATH entries, then the stdlib.</summary>
    public static List<string> InitialPath(SysState state)
    {
        var path = new List<string>();
        if (state.PathZero is not null) path.Add(state.PathZero);
        if (state.Interpreter.Runtime.ModuleSearchPath is { } configured)
        {
            path.AddRange(configured);
            return path;
        }
        path.AddRange(state.ExtraPath);
        if (StdlibDirectory(state.Interpreter) is { } lib)
        {
            path.Add(lib);
            // The stdlib installer may place C#-free extension modules here later.
            path.Add(Path.Combine(lib, "lib-dynload"));
        }
        return path;
    }

    internal static PyModule Create(ThreadState ts, SysState state)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "sys");
        var d = m.Dict;
        d.SetStr("__doc__", interp.Str("This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter."));
        d.SetStr("modules", interp.Modules);
        d.SetStr("argv", Need(ts, LateBound.NewStrList(ts, state.Argv)));
        d.SetStr("orig_argv", Need(ts, LateBound.NewStrList(ts, state.OrigArgv)));
        d.SetStr("path", Need(ts, LateBound.NewStrList(ts, InitialPath(state))));
        d.SetStr("meta_path", Need(ts, LateBound.NewList(ts, Execution.Import.LoaderTypes.BuiltinImporter(interp), Execution.Import.LoaderTypes.PathFinder(interp))));
        d.SetStr("path_hooks", Need(ts, LateBound.NewList(ts, Execution.Import.LoaderTypes.FileFinderHook(interp))));
        d.SetStr("path_importer_cache", interp.NewDict());
        d.SetStr("warnoptions", Need(ts, LateBound.NewStrList(ts, state.WarnOptions)));
        var xoptions = interp.NewDict();
        foreach (var x in state.XOptions)
        {
            int eq = x.IndexOf('=');
            if (eq < 0) xoptions.SetStr(x, interp.True);
            else xoptions.SetStr(x[..eq], interp.Str(x[(eq + 1)..]));
        }
        d.SetStr("_xoptions", xoptions);

        d.SetStr("version", interp.Str(VersionString));
        var versionInfo = StructSeqType.New(interp, "sys.version_info", VersionInfoFields,
            [interp.Int(3), interp.Int(12), interp.Int(7), interp.Str("final"), interp.Int(0)]);
        d.SetStr("version_info", versionInfo);
        d.SetStr("hexversion", interp.Int(HexVersion));
        d.SetStr("api_version", interp.Int(ApiVersion));
        d.SetStr("copyright", interp.Str(Copyright));
        var impl = NamespaceType.New(interp);
        impl.InstanceDict!.SetStr("name", interp.Str("isolated"));
        impl.InstanceDict.SetStr("cache_tag", interp.None);
        impl.InstanceDict.SetStr("version", StructSeqType.New(interp, "sys.version_info", VersionInfoFields,
            [interp.Int(0), interp.Int(1), interp.Int(0), interp.Str("alpha"), interp.Int(0)]));
        impl.InstanceDict.SetStr("hexversion", interp.Int(0x000100A0));
        impl.InstanceDict.SetStr("_multiarch", interp.Str(RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? "aarch64-linux-gnu" : "x86_64-linux-gnu"));
        d.SetStr("implementation", impl);
        d.SetStr("platform", interp.Str(PlatformName));
        d.SetStr("byteorder", interp.Str(BitConverter.IsLittleEndian ? "little" : "big"));
        d.SetStr("maxsize", interp.Int(long.MaxValue));
        d.SetStr("maxunicode", interp.Int(0x10FFFF));
        d.SetStr("float_repr_style", interp.Str("short"));
        d.SetStr("abiflags", interp.EmptyStr);
        d.SetStr("_git", interp.Tuple(interp.Str("isolated"), interp.EmptyStr, interp.EmptyStr));
        d.SetStr("_framework", interp.EmptyStr);
        d.SetStr("int_info", StructSeqType.New(interp, "sys.int_info", IntInfoFields,
            [interp.Int(30), interp.Int(4), interp.Int(4300), interp.Int(640)]));
        d.SetStr("hash_info", StructSeqType.New(interp, "sys.hash_info", HashInfoFields,
            [interp.Int(64), interp.Int((1L << 61) - 1), interp.Int(314159), interp.Int(0), interp.Int(1000003),
             interp.Str("siphash13"), interp.Int(64), interp.Int(128), interp.Int(0)]));
        d.SetStr("thread_info", StructSeqType.New(interp, "sys.thread_info", ThreadInfoFields,
            [interp.Str("pthread"), interp.Str("mutex+cond"), interp.None]));
        if (FloatInfo(ts) is { } floatInfo) d.SetStr("float_info", floatInfo);
        else ts.CurrentException = null;   // no float type yet: float_info appears once it exists
        d.SetStr("flags", Flags(interp, state.Flags));

        string lib = StdlibDirectory(interp) ?? "";
        string prefix = lib.Length > 0 ? Path.GetDirectoryName(Path.GetDirectoryName(lib) ?? "") ?? "" : "";
        d.SetStr("executable", interp.Str(state.Executable));
        d.SetStr("_base_executable", interp.Str(state.Executable));
        foreach (var name in (ReadOnlySpan<string>)["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"])
            d.SetStr(name, interp.Str(prefix));
        d.SetStr("platlibdir", interp.Str("lib"));
        d.SetStr("_stdlib_dir", lib.Length > 0 ? interp.Str(lib) : interp.None);
        d.SetStr("pycache_prefix", interp.None);
        d.SetStr("dont_write_bytecode", interp.True);
        d.SetStr("builtin_module_names", Tuple(interp, BuiltinModuleNames(interp)));
        var stdlibNames = new PyObject[StdlibModuleNames.Names.Length];
        for (int i = 0; i < stdlibNames.Length; i++) stdlibNames[i] = interp.Str(StdlibModuleNames.Names[i]);
        d.SetStr("stdlib_module_names", Need(ts, LateBound.NewFrozenSet(ts, stdlibNames)));

        AddStandardStreams(ts, state, d);
        AddFunctions(interp, m);
        return m;
    }

    static PyObject Need(ThreadState ts, PyObject? value) => value ?? throw ts.ErrorAsException();

    static PyTuple Tuple(Interpreter interp, string[] items)
    {
        var objs = new PyObject[items.Length];
        for (int i = 0; i < items.Length; i++) objs[i] = interp.Str(items[i]);
        return interp.Tuple(objs);
    }

    static PyObject? FloatInfo(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var max = LateBound.NewFloat(ts, double.MaxValue);
        var min = LateBound.NewFloat(ts, 2.2250738585072014e-308);
        var eps = LateBound.NewFloat(ts, 2.220446049250313e-16);
        if (max is null || min is null || eps is null) return null;
        return StructSeqType.New(interp, "sys.float_info", FloatInfoFields,
            [max, interp.Int(1024), interp.Int(308), min, interp.Int(-1021), interp.Int(-307), interp.Int(15),
             interp.Int(53), eps, interp.Int(2), interp.Int(1)]);
    }

    static PyStructSeq Flags(Interpreter interp, SysFlags f) =>
        StructSeqType.New(interp, "sys.flags", SysFlags.FieldNames,
        [
            interp.Int(f.Debug), interp.Int(f.Inspect), interp.Int(f.Interactive), interp.Int(f.Optimize),
            interp.Int(f.DontWriteBytecode), interp.Int(f.NoUserSite), interp.Int(f.NoSite), interp.Int(f.IgnoreEnvironment),
            interp.Int(f.Verbose), interp.Int(f.BytesWarning), interp.Int(f.Quiet), interp.Int(f.HashRandomization),
            interp.Int(f.Isolated), interp.Bool(f.DevMode), interp.Int(f.Utf8Mode), interp.Int(f.WarnDefaultEncoding),
            interp.Bool(f.SafePath), interp.Int(f.IntMaxStrDigits),
        ]);

    static void AddStandardStreams(ThreadState ts, SysState state, PyDict d)
    {
        var interp = ts.Interpreter;
        var type = interp.Types.ConsoleStream;
        var stdin = state.StdinSource ?? new Io.InterruptibleInput(Console.OpenStandardInput(), 0);
        var stdout = state.StdoutSink ?? Console.OpenStandardOutput();
        var stderr = state.StderrSink ?? Console.OpenStandardError();
        state.Stdin = new PyConsoleStream(type, stdin, 0, "<stdin>", readable: true, "strict", state.StdinIsTty, false, state.StdinIsTty);
        state.Stdout = new PyConsoleStream(type, stdout, 1, "<stdout>", readable: false, "strict", state.StdoutIsTty, state.Unbuffered, state.StdoutIsTty);
        // stderr is always line-buffered, with backslashreplace, as CPython's.
        state.Stderr = new PyConsoleStream(type, stderr, 2, "<stderr>", readable: false, "backslashreplace", true, state.Unbuffered, false);
        d.SetStr("stdin", state.Stdin);
        d.SetStr("stdout", state.Stdout);
        d.SetStr("stderr", state.Stderr);
        d.SetStr("__stdin__", state.Stdin);
        d.SetStr("__stdout__", state.Stdout);
        d.SetStr("__stderr__", state.Stderr);
    }
}
