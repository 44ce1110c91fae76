using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules;

public static partial class BuiltinsModule
{
    /// <summary>builtins.open is _io.open (the same function, as in CPython).</summary>
    static partial void AddOpenFunction(Interpreter interp, PyModule m) =>
        AddFunction(m, "open", Io.IoModule.Open);
}
