using Isolated.Modules.Sys;

namespace Isolated.Execution;

/// <summary>
/// The `isolated` command line, parsed the way CPython 3.12's `python3` parses its own. Accepted
/// and honoured: -c, -m, -, script, -V/--version (-VV), -h/-?/--help, -i, -u, -q, -I, -E, -s, -S,
/// -P, -B, -X opt, -W arg, -O/-OO (sys.flags only). Accepted and ignored (recorded in sys.flags):
/// -b, -d, -v, -R, -x, --check-hash-based-pycs.
/// </summary>
public sealed class ProgramMainOptions
{
    public string? Command;          // -c
    public string? Module;           // -m
    public string? Script;           // file, or "-" for stdin
    public List<string> Arguments = new();   // after the command/module/script
    public bool ShowVersion, ShowHelp;
    public int VersionLevel;
    public bool Inspect, Unbuffered, Quiet, SkipFirstLine;
    public List<string> WarnOptions = new();
    public List<string> XOptions = new();
    public SysFlags Flags = new();
    /// <summary>A usage error: printed with the usage line, exit status 2.</summary>
    public string? Error;

    static readonly string[] LongOptionsWithArgument = ["--check-hash-based-pycs"];

    public static ProgramMainOptions Parse(IReadOnlyList<string> args)
    {
        var o = new ProgramMainOptions();
        int i = 0;
        while (i < args.Count)
        {
            string a = args[i];
            if (a == "-" ) { o.Script = "-"; i++; break; }
            if (a == "--") { i++; if (i < args.Count) { o.Script = args[i]; i++; } break; }
            if (!a.StartsWith('-') || a.Length == 1) { o.Script = a; i++; break; }
            if (a.StartsWith("--"))
            {
                switch (a)
                {
                    case "--version": o.ShowVersion = true; o.VersionLevel++; break;
                    case "--help" or "--help-env" or "--help-xoptions" or "--help-all": o.ShowHelp = true; break;
                    default:
                        if (Array.IndexOf(LongOptionsWithArgument, a) >= 0)
                        {
                            if (++i >= args.Count) { o.Error = $"Argument expected for the {a} option"; return o; }
                            break;
                        }
                        o.Error = $"unknown option {a}";
                        return o;
                }
                i++;
                continue;
            }
            // A cluster of one-letter options; -c, -m, -W, -X take the rest or the next argument.
            for (int j = 1; j < a.Length; j++)
            {
                char c = a[j];
                if (c is 'c' or 'm' or 'W' or 'X')
                {
                    string? value = j + 1 < a.Length ? a[(j + 1)..] : (i + 1 < args.Count ? args[++i] : null);
                    if (value is null) { o.Error = $"Argument expected for the -{c} option"; return o; }
                    switch (c)
                    {
                        case 'c': o.Command = value; o.Arguments.AddRange(Rest(args, i + 1)); return o;
                        case 'm': o.Module = value; o.Arguments.AddRange(Rest(args, i + 1)); return o;
                        case 'W': o.WarnOptions.Add(value); break;
                        case 'X': o.XOptions.Add(value); if (value == "dev") o.Flags.DevMode = true; break;
                    }
                    break;
                }
                switch (c)
                {
                    case 'b': o.Flags.BytesWarning++; break;
                    case 'B': o.Flags.DontWriteBytecode = 1; break;
                    case 'd': o.Flags.Debug++; break;
                    case 'E': o.Flags.IgnoreEnvironment = 1; break;
                    case 'h' or '?': o.ShowHelp = true; break;
                    case 'i': o.Inspect = true; o.Flags.Inspect = 1; o.Flags.Interactive = 1; break;
                    case 'I': o.Flags.Isolated = 1; o.Flags.NoUserSite = 1; o.Flags.IgnoreEnvironment = 1; o.Flags.SafePath = true; break;
                    case 'O': o.Flags.Optimize++; break;
                    case 'P': o.Flags.SafePath = true; break;
                    case 'q': o.Quiet = true; o.Flags.Quiet = 1; break;
                    case 'R': break;
                    case 's': o.Flags.NoUserSite = 1; break;
                    case 'S': o.Flags.NoSite = 1; break;
                    case 'u': o.Unbuffered = true; break;
                    case 'v': o.Flags.Verbose++; break;
                    case 'V': o.ShowVersion = true; o.VersionLevel++; break;
                    case 'x': o.SkipFirstLine = true; break;
                    default: o.Error = $"Unknown option: -{c}"; return o;
                }
            }
            i++;
        }
        o.Arguments.AddRange(Rest(args, i));
        return o;
    }

    static IEnumerable<string> Rest(IReadOnlyList<string> args, int from)
    {
        for (int k = from; k < args.Count; k++) yield return args[k];
    }
}
