using System.Text;
using Isolated.Execution.Import;
using Isolated.Modules.Sys;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Execution;

/// <summary>
/// The `isolated` command (CPython's Py_BytesMain / Py_RunMain): parses a python3-style command
/// line, runs a script, -c code, -m module, stdin or the interactive REPL in the main interpreter,
/// prints an uncaught exception as CPython does and returns the process exit status (1 after an
/// uncaught exception, 130 after KeyboardInterrupt, SystemExit's code, 2 for usage errors). It
/// never exits the process itself, so a host (or a test) can call it many times in one process.
/// </summary>
public static class ProgramMain
{
    public const string UsageLine = "[option] ... [-c cmd | -m mod | file | -] [arg] ...";

    /// <summary>Runs the command line <paramref name="argv"/> (argv[0] is the program name).
    /// <paramref name="createRuntime"/> supplies the runtime (default: a new one with the stdlib
    /// found from the host); a runtime created here is torn down before returning.</summary>
    public static int Run(string[] argv, Func<Runtime.Runtime>? createRuntime = null, ProgramMainHost? host = null)
    {
        host ??= new ProgramMainHost();
        string prog = argv.Length > 0 ? argv[0] : "isolated";
        var options = ProgramMainOptions.Parse(argv.Length > 0 ? argv[1..] : []);
        var stdout = host.Stdout ?? Console.OpenStandardOutput();
        var stderr = host.Stderr ?? Console.OpenStandardError();
        if (options.Error is not null)
        {
            Write(stderr, $"{options.Error}\nusage: {prog} {UsageLine}\nTry `python -h' for more information.\n");
            return 2;
        }
        if (options.ShowHelp)
        {
            Write(stdout, HelpText(prog));
            return 0;
        }
        if (options.ShowVersion)
        {
            Write(stdout, options.VersionLevel >= 2 ? $"Python {SysModule.VersionString}\n" : $"Python {SysModule.Version}\n");
            return 0;
        }

        bool ownRuntime = createRuntime is null;
        var runtime = createRuntime?.Invoke() ?? new Runtime.Runtime(FindStdlib(host, options));
        var interp = runtime.Main;
        var ts = interp.NewThreadState();
        interp.Gil.Acquire(ts);
        if (host.InstallSignalHandlers) runtime.InstallDefaultSignalHandlers(ts);
        try
        {
            var state = SysState.Of(interp);
            Configure(state, host, options, prog, argv);
            int? exitCode = null;
            state.SystemExitHandler = code => exitCode = code;
            PythonRun.Initialize(ts);
            if (options.Flags.NoSite == 0) SiteBuiltins.Install(ts);
            int rc = RunSelected(ts, state, host, options, prog);
            bool replDone = options.Command is null && options.Module is null && options.Script is null;
            if (options.Inspect && !replDone && rc != ExitedBySystemExit)
                rc = Repl(ts, state, options, showBanner: false);
            if (rc == ExitedBySystemExit) rc = state.LastExitCode;
            state.Finalizing = true;
            state.FlushStandardStreams(ts);
            return rc & 0xFF;
        }
        finally
        {
            interp.Gil.Release(ts);
            if (ownRuntime)
            {
                // Main's threads were joined by its finalization (threading._shutdown); whatever
                // still runs in subinterpreters is stopped before they end, and main ends last.
                interp.End();
                runtime.EndSubinterpreters();
            }
        }
    }

    /// <summary>Returned internally when SystemExit ended the program (its code is in
    /// SysState.LastExitCode).</summary>
    const int ExitedBySystemExit = int.MinValue;

    static void Write(Stream s, string text)
    {
        s.Write(Encoding.UTF8.GetBytes(text));
        s.Flush();
    }

    static string? FindStdlib(ProgramMainHost host, ProgramMainOptions options)
    {
        if (host.StdlibPath is not null) return host.StdlibPath;
        if (options.Flags.IgnoreEnvironment == 0 && host.Env("ISOLATED_STDLIB") is { Length: > 0 } env) return env;
        return DefaultStdlibPath();
    }

    /// <summary>build/lib/python3.12 relative to the library, the way CPython finds lib/python3.12
    /// from libpython.</summary>
    public static string? DefaultStdlibPath()
    {
        string baseDir = AppContext.BaseDirectory;
        foreach (var candidate in (ReadOnlySpan<string>)["python3.12", "lib/python3.12", "../lib/python3.12", "build/lib/python3.12"])
        {
            var p = Path.GetFullPath(Path.Combine(baseDir, candidate));
            if (Directory.Exists(p)) return p;
        }
        return null;
    }

    static void Configure(SysState state, ProgramMainHost host, ProgramMainOptions o, string prog, string[] argv)
    {
        state.StdinSource = host.Stdin;
        state.StdoutSink = host.Stdout;
        state.StderrSink = host.Stderr;
        state.StdinIsTty = host.StdinIsTty ?? (host.Stdin is null && !Console.IsInputRedirected);
        state.StdoutIsTty = host.StdoutIsTty ?? (host.Stdout is null && !Console.IsOutputRedirected);
        bool useEnv = o.Flags.IgnoreEnvironment == 0;
        state.Unbuffered = o.Unbuffered || useEnv && !string.IsNullOrEmpty(host.Env("PYTHONUNBUFFERED"));
        state.Flags = o.Flags;
        state.WarnOptions.AddRange(o.WarnOptions);
        state.XOptions.AddRange(o.XOptions);
        state.OrigArgv = argv;
        state.Executable = host.Executable ?? ResolveExecutable(prog);
        if (useEnv && host.Env("PYTHONPATH") is { Length: > 0 } pythonPath)
            state.ExtraPath = pythonPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        string cwd = host.WorkingDirectory ?? Directory.GetCurrentDirectory();
        bool safePath = o.Flags.SafePath || useEnv && !string.IsNullOrEmpty(host.Env("PYTHONSAFEPATH"));
        var args = new List<string>();
        if (o.Command is not null)
        {
            args.Add("-c");
            state.PathZero = safePath ? null : "";
        }
        else if (o.Module is not null)
        {
            args.Add("-m");
            state.PathZero = safePath ? null : cwd;
        }
        else if (o.Script is null or "-")
        {
            args.Add(o.Script ?? "");
            state.PathZero = safePath ? null : "";
        }
        else
        {
            args.Add(o.Script);
            var full = Path.GetFullPath(o.Script, cwd);
            state.PathZero = safePath ? null : Directory.Exists(full) ? full : Path.GetDirectoryName(full);
        }
        args.AddRange(o.Arguments);
        state.Argv = args.ToArray();
        if (o.Inspect || o.Command is null && o.Module is null && o.Script is null && state.StdinIsTty)
            state.Flags.Interactive = 1;
    }

    static string ResolveExecutable(string prog)
    {
        if (prog.Contains('/')) return Path.GetFullPath(prog);
        return Environment.ProcessPath ?? prog;
    }

    static int RunSelected(ThreadState ts, SysState state, ProgramMainHost host, ProgramMainOptions o, string prog)
    {
        var interp = ts.Interpreter;
        var main = PythonRun.MainModule(ts);
        if (o.Command is not null)
        {
            var ok = PythonRun.RunString(ts, o.Command + "\n", SourceMode.File, main.Dict, main.Dict);
            return ok is not null ? 0 : Uncaught(ts, state);
        }
        if (o.Module is not null)
            return RunModule(ts, state, o.Module, prog);
        if (o.Script is null && (state.StdinIsTty || o.Inspect))
            return Repl(ts, state, o, showBanner: !o.Quiet);
        if (o.Script is null or "-")
        {
            if (o.Script is null && state.StdinIsTty) return 0;
            string source = PythonRun.ReadAllText(state.StdinSource ?? Console.OpenStandardInput());
            state.Import.StringSources["<stdin>"] = source;
            var ok = PythonRun.RunString(ts, source, SourceMode.File, main.Dict, main.Dict, "<stdin>");
            return ok is not null ? 0 : Uncaught(ts, state);
        }
        string cwd = host.WorkingDirectory ?? Directory.GetCurrentDirectory();
        string path = Path.GetFullPath(o.Script, cwd);
        if (Directory.Exists(path))
        {
            string mainPy = Path.Combine(path, "__main__.py");
            if (!File.Exists(mainPy))
            {
                Stderr(ts, $"{prog}: can't find '__main__' module in '{o.Script}'\n");
                return 1;
            }
            return RunScriptFile(ts, state, main, mainPy, mainPy);
        }
        if (!File.Exists(path))
        {
            Stderr(ts, $"{prog}: can't open file '{path}': [Errno 2] No such file or directory\n");
            return 2;
        }
        return RunScriptFile(ts, state, main, path, o.Script);
    }

    static int RunScriptFile(ThreadState ts, SysState state, PyModule main, string path, string displayName)
    {
        var interp = ts.Interpreter;
        // CPython compiles a script under its absolute path (tracebacks show it).
        main.Dict.SetStr("__file__", interp.Str(path));
        main.Dict.SetStr("__cached__", interp.None);
        var ok = PythonRun.RunFileIn(ts, path, main.Dict, main.Dict);
        return ok is not null ? 0 : Uncaught(ts, state);
    }

    /// <summary>-m: runpy._run_module_as_main — finds the module (a package runs its __main__),
    /// then runs its source as __main__ with sys.argv[0] set to the file.</summary>
    static int RunModule(ThreadState ts, SysState state, string name, string prog)
    {
        var interp = ts.Interpreter;
        if (name.StartsWith('.'))
        {
            Stderr(ts, $"{prog}: Relative module names not supported\n");
            return 1;
        }
        var details = ModuleDetails(ts, name, out string? error);
        if (details is null)
        {
            if (error is null) return Uncaught(ts, state);
            Stderr(ts, $"{prog}: {error}\n");
            return 1;
        }
        var (modName, spec, origin) = details.Value;
        var main = PythonRun.MainModule(ts);
        var d = main.Dict;
        var loader = Ops.GetAttr(ts, spec, "loader") ?? interp.None;
        ts.CurrentException = null;
        var parent = Ops.GetAttr(ts, spec, "parent") ?? interp.None;
        ts.CurrentException = null;
        d.SetStr("__name__", interp.Str("__main__"));
        d.SetStr("__file__", interp.Str(origin));
        d.SetStr("__cached__", interp.None);
        d.SetStr("__loader__", loader);
        d.SetStr("__package__", parent);
        d.SetStr("__spec__", spec);
        if (state.Sys!.Dict.GetStr("argv") is { } argv && argv.Type.Slots.SetItem is { } set)
        {
            if (!set(ts, argv, interp.Int(0), interp.Str(origin))) ts.CurrentException = null;
        }
        var ok = PythonRun.RunFileIn(ts, origin, d, d);
        return ok is not null ? 0 : Uncaught(ts, state);
    }

    /// <summary>runpy._get_module_details: (name, spec, source path), or null with either a
    /// message for "{prog}: message" (error) or a pending exception.</summary>
    static (string, PyObject, string)? ModuleDetails(ThreadState ts, string name, out string? error)
    {
        var interp = ts.Interpreter;
        error = null;
        int dot = name.LastIndexOf('.');
        if (dot > 0)
        {
            if (ImportSystem.ImportModule(ts, name[..dot]) is null)
            {
                var e = ts.CurrentException!;
                if (e.Type.IsSubtypeOf(interp.ExceptionType(ExceptionKind.ImportError)) &&
                    !(ImportSystem.ExceptionName(ts, e) is { } n && n != name[..dot] && !name[..dot].StartsWith(n + ".")))
                {
                    ts.CurrentException = null;
                    error = $"Error while finding module specification for '{name}' ({TracebackPrinter.TypeDisplayName(e.Type)}: {e.Args.Items.FirstOrDefault() as PyStr})";
                }
                return null;
            }
        }
        PyObject? parentPath = null;
        if (dot > 0 && interp.Modules.GetStr(name[..dot]) is PyModule pm) parentPath = pm.Dict.GetStr("__path__");
        if (interp.Modules.GetStr(name) is PyModule existing && existing.Dict.GetStr("__spec__") is { } existingSpec &&
            !ReferenceEquals(existingSpec, interp.None))
            return FromSpec(ts, name, existingSpec, out error);
        var spec = ImportSystem.FindSpec(ts, name, parentPath);
        if (spec is null)
        {
            if (ts.HasError) return null;
            error = $"No module named {name}";
            return null;
        }
        return FromSpec(ts, name, spec, out error);
    }

    static (string, PyObject, string)? FromSpec(ThreadState ts, string name, PyObject spec, out string? error)
    {
        var interp = ts.Interpreter;
        error = null;
        var locations = Ops.GetAttr(ts, spec, "submodule_search_locations");
        if (locations is null) return null;
        if (!ReferenceEquals(locations, interp.None))
        {
            if (name == "__main__" || name.EndsWith(".__main__"))
            {
                error = "Cannot use package as __main__ module";
                return null;
            }
            if (ImportSystem.ImportModule(ts, name) is null) return null;
            var inner = ModuleDetails(ts, name + ".__main__", out var innerError);
            if (inner is null && innerError is not null)
                error = $"{innerError}; '{name}' is a package and cannot be directly executed";
            return inner;
        }
        var loader = Ops.GetAttr(ts, spec, "loader");
        if (loader is null) return null;
        if (ReferenceEquals(loader, interp.None))
        {
            error = $"'{name}' is a namespace package and cannot be executed";
            return null;
        }
        if (Ops.GetAttr(ts, spec, "origin") is not PyStr origin || !File.Exists(origin.Value))
        {
            ts.CurrentException = null;
            error = $"No code object available for {name}";
            return null;
        }
        return (name, spec, origin.Value);
    }

    static void Stderr(ThreadState ts, string text)
    {
        if (!TracebackPrinter.WriteToSysStderr(ts, text)) ts.CurrentException = null;
    }

    /// <summary>Prints the pending exception (or takes SystemExit's code) and returns the exit status.</summary>
    static int Uncaught(ThreadState ts, SysState state)
    {
        var exc = ts.FetchError();
        if (exc is null) return 0;
        if (PythonRun.IsSystemExit(ts, exc))
        {
            state.LastExitCode = PythonRun.SystemExitCode(ts, exc);
            return ExitedBySystemExit;
        }
        PythonRun.PrintException(ts, exc, setLast: true);
        if (state.SystemExitRequested(out int code))
        {
            state.LastExitCode = code;
            return ExitedBySystemExit;
        }
        return exc.Type.IsSubtypeOf(ts.Interpreter.ExceptionType(ExceptionKind.KeyboardInterrupt)) ? 130 : 1;
    }

    // ---- the interactive loop ----

    static int Repl(ThreadState ts, SysState state, ProgramMainOptions o, bool showBanner)
    {
        var interp = ts.Interpreter;
        var sys = state.SysModuleFor(ts);
        if (sys.Dict.GetStr("ps1") is null) sys.Dict.SetStr("ps1", interp.Str(">>> "));
        if (sys.Dict.GetStr("ps2") is null) sys.Dict.SetStr("ps2", interp.Str("... "));
        if (showBanner)
            Stderr(ts, $"Python {SysModule.VersionString} on {SysModule.PlatformName}\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
        int counter = 0;
        while (true)
        {
            var source = new StringBuilder();
            bool continuation = false;
            while (true)
            {
                var prompt = sys.Dict.GetStr(continuation ? "ps2" : "ps1");
                string promptText = prompt is null ? "" : (Ops.Str(ts, prompt) as PyStr)?.Value ?? "";
                ts.CurrentException = null;
                Stderr(ts, promptText);
                var stdin = sys.Dict.GetStr("stdin");
                var lineObj = stdin is null ? null : LateBound.CallMethod(ts, stdin, "readline");
                if (lineObj is not PyStr line)
                {
                    if (ts.HasError)
                    {
                        var e = ts.FetchError()!;
                        if (PythonRun.IsSystemExit(ts, e)) { state.LastExitCode = PythonRun.SystemExitCode(ts, e); return ExitedBySystemExit; }
                        PythonRun.PrintException(ts, e);
                    }
                    return 0;
                }
                if (line.Value.Length == 0)
                {
                    Stderr(ts, "\n");
                    return 0;
                }
                source.Append(line.Value.EndsWith('\n') ? line.Value : line.Value + "\n");
                var status = InputStatus(source.ToString(), line.Value);
                if (status == ReplInput.Complete) break;
                continuation = true;
            }
            string text = source.ToString();
            if (text.Trim().Length == 0) continue;
            string filename = "<stdin>";
            counter++;
            var result = PythonRun.RunInteractive(ts, text, filename);
            if (result is null)
            {
                int rc = Uncaught(ts, state);
                if (rc == ExitedBySystemExit) return rc;
            }
            // Echoed values and prints appear before the next prompt.
            var stdout = sys.Dict.GetStr("stdout");
            if (stdout is not null && Ops.GetAttr(ts, stdout, "flush") is { } flush) Ops.Call(ts, flush);
            ts.CurrentException = null;
        }
    }

    enum ReplInput { Complete, NeedMore }

    /// <summary>Decides whether the lines typed so far form a complete statement (CPython's
    /// codeop rules, simplified): compound statements continue until a blank line; a syntax error
    /// at the end of the input means "keep reading".</summary>
    static ReplInput InputStatus(string source, string lastLine)
    {
        bool blank = lastLine.Trim().Length == 0;
        var lines = source.Split('\n');
        string first = lines[0].TrimEnd();
        bool opensBlock = first.EndsWith(':') || first.StartsWith('@');
        try
        {
            Isolated.Parsing.Parser.ParseInteractive(source, "<stdin>");
            if (opensBlock && !blank) return ReplInput.NeedMore;
            return ReplInput.Complete;
        }
        catch (Isolated.Parsing.PythonSyntaxError e)
        {
            if (blank) return ReplInput.Complete;
            int lineCount = source.TrimEnd('\n').Split('\n').Length;
            bool atEnd = e.Lineno >= lineCount || e.Msg.Contains("unexpected EOF") || e.Msg.Contains("incomplete input")
                         || e.Msg.Contains("was never closed") || e.Msg.StartsWith("expected an indented block");
            return atEnd && (opensBlock || e.Msg.Contains("was never closed") || e.Msg.Contains("EOF") || e.Msg.Contains("incomplete"))
                ? ReplInput.NeedMore
                : ReplInput.Complete;
        }
        catch (Exception)
        {
            return ReplInput.Complete;
        }
    }

    static string HelpText(string prog) =>
        $"usage: {prog} {UsageLine}\n" +
        "Options (and corresponding environment variables):\n" +
        "-B     : don't write .pyc files on import (always the case here)\n" +
        "-c cmd : program passed in as string (terminates option list)\n" +
        "-E     : ignore PYTHON* and ISOLATED_STDLIB environment variables\n" +
        "-h     : print this help message and exit (also -? or --help)\n" +
        "-i     : inspect interactively after running script\n" +
        "-I     : isolate Python from the user's environment (implies -E, -P and -s)\n" +
        "-m mod : run library module as a script (terminates option list)\n" +
        "-O     : recorded in sys.flags.optimize; -OO likewise\n" +
        "-P     : don't prepend a potentially unsafe path to sys.path\n" +
        "-q     : don't print version and copyright messages on interactive startup\n" +
        "-s     : don't add user site directory to sys.path\n" +
        "-S     : don't imply 'import site' on initialization\n" +
        "-u     : force the stdout and stderr streams to be unbuffered\n" +
        "-V     : print the Python version number and exit (also --version)\n" +
        "         when given twice, print more information about the build\n" +
        "-W arg : warning control (sys.warnoptions)\n" +
        "-X opt : set implementation-specific option (sys._xoptions)\n" +
        "-b, -d, -R, -v, -x, --check-hash-based-pycs: accepted and ignored\n" +
        "file   : program read from script file\n" +
        "-      : program read from stdin (default; interactive mode if a tty)\n" +
        "arg ...: arguments passed to program in sys.argv[1:]\n\n" +
        "Environment variables:\n" +
        "PYTHONPATH      : ':'-separated list of directories prefixed to the default module search path.\n" +
        "PYTHONSAFEPATH  : don't prepend a potentially unsafe path to sys.path.\n" +
        "PYTHONUNBUFFERED: same as -u.\n" +
        "ISOLATED_STDLIB : the standard library directory (default: lib/python3.12 next to the library).\n";
}
