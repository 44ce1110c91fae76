namespace Isolated.Execution.Import;

/// <summary>
/// Standard modules this runtime does not provide, and why: their ModuleNotFoundError says so
/// instead of only "No module named 'x'", so a user can tell a deliberate absence from a typo or
/// a broken path. Each is a C extension over a native library in CPython (or a package that
/// needs one), which the pure-Python stdlib here cannot stand in for.
/// </summary>
public static class UnavailableModules
{
    /// <summary>Why <paramref name="name"/> (a top-level module name) is absent, or null.</summary>
    public static string? Why(string name) => name switch
    {
        "sqlite3" or "_sqlite3" => "it is CPython's binding of the SQLite C library (_sqlite3), which Isolated does not bundle",
        "ssl" or "_ssl" => "it needs CPython's OpenSSL binding (_ssl), which Isolated does not provide",
        "lzma" or "_lzma" => "it needs the liblzma binding (_lzma), which Isolated does not provide",
        "_bz2" => "it is the libbz2 binding, which Isolated does not provide",
        "_ctypes" => "calling arbitrary C functions (ctypes) is not supported by Isolated",
        "tkinter" or "_tkinter" or "turtle" => "Tk is not available in Isolated",
        "curses" or "_curses" or "readline" => "terminal libraries (curses, readline) are not available in Isolated",
        _ => null,
    };

    /// <summary>The ModuleNotFoundError message for a module that was not found.</summary>
    public static string NotFoundMessage(string name) =>
        Why(name) is { } why ? $"No module named '{name}' ({why})" : $"No module named '{name}'";
}
