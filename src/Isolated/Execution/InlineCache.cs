namespace Isolated.Execution;

/// <summary>An inline cache entry for one instruction (quickening, DESIGN §5): for LOAD_GLOBAL the
/// versions of globals and builtins and the value found; for LOAD_ATTR/LOAD_METHOD the type and
/// its version tag and the attribute found on the type.</summary>
internal struct InlineCache
{
    public object? Key;      // the type (attribute loads) or the globals dict (global loads)
    public object? Key2;     // the builtins dict (global loads)
    public uint Version;     // type version tag, or globals dict version
    public uint Version2;    // builtins dict version
    public object? Value;    // the cached object
    public int Kind;         // cache-specific flavour (e.g. attribute found as method / plain class attr)
    public int Index;        // attribute sites: the instance dict entry position last found (a hint)
}
