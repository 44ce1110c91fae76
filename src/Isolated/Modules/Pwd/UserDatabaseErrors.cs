using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Pwd;

/// <summary>The argument checks and KeyErrors that pwd's and grp's name lookups share, with
/// CPython's messages.</summary>
static class UserDatabaseErrors
{
    /// <summary>The name to look up, or null with TypeError/ValueError set.</summary>
    public static PyStr? Name(ThreadState ts, string function, PyObject arg)
    {
        if (arg is not PyStr name) return (PyStr?)ts.Raise(ExceptionKind.TypeError, $"{function}() argument must be str, not {arg.Type.Name}");
        return name.Value.Contains('\0') ? (PyStr?)ts.Raise(ExceptionKind.ValueError, "embedded null character") : name;
    }

    /// <summary>KeyError "<function>(): name not found: 'name'"; always null.</summary>
    public static PyObject? NameNotFound(ThreadState ts, string function, PyStr name)
    {
        var repr = Ops.Repr(ts, name) as PyStr;
        return repr is null ? null : ts.Raise(ts.Interpreter.ExceptionType(ExceptionKind.KeyError), $"{function}(): name not found: {repr.Value}");
    }
}
