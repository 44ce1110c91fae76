namespace Isolated.Modules.Sys;

/// <summary>The values behind sys.flags (CPython 3.12's field names, in order).</summary>
public sealed class SysFlags
{
    public int Debug, Inspect, Interactive, Optimize, DontWriteBytecode = 1, NoUserSite, NoSite,
        IgnoreEnvironment, Verbose, BytesWarning, Quiet, HashRandomization = 1, Isolated;
    public bool DevMode;
    public int Utf8Mode = 1;
    public int WarnDefaultEncoding;
    public bool SafePath;
    public int IntMaxStrDigits = 4300;

    public static readonly string[] FieldNames =
    [
        "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
        "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
        "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits",
    ];
}
