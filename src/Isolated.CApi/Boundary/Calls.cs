using Isolated.Execution.Import;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.CApi.Boundary;

/// <summary>
/// Calls into what the runtime already implements in Python-visible form, so that a C API
/// function is that operation (same results, same error messages) and never a second copy:
/// a builtin type's own method (unbound, so a subclass's override does not apply, as in CPython's
/// C implementations), or a function of a builtin module such as <c>_codecs</c>.
/// </summary>
internal static class Calls
{
    /// <summary><c>type.name(args...)</c>, where args[0] is self.</summary>
    public static PyObject? TypeMethod(ThreadState ts, PyType type, string name, ReadOnlySpan<PyObject> args)
    {
        var method = Ops.GetAttr(ts, type, ts.Interpreter.Intern(name));
        return method is null ? null : Ops.Call(ts, method, args);
    }

    /// <summary><c>module.name(args...)</c>, importing the module if needed.</summary>
    public static PyObject? ModuleFunction(ThreadState ts, string module, string name, ReadOnlySpan<PyObject> args)
    {
        var m = ImportSystem.ImportModule(ts, module);
        if (m is null) return null;
        var function = Ops.GetAttr(ts, m, ts.Interpreter.Intern(name));
        return function is null ? null : Ops.Call(ts, function, args);
    }

    /// <summary>A NUL-terminated C string as str, or <paramref name="fallback"/> when NULL.</summary>
    public static unsafe string CString(byte* s, string fallback) =>
        s == null ? fallback : System.Runtime.InteropServices.Marshal.PtrToStringUTF8((nint)s) ?? fallback;

    /// <summary>CPython's PyErr_BadArgument: TypeError "bad argument type for built-in operation".</summary>
    public static void BadArgument(ThreadState ts) =>
        ts.Raise(ExceptionKind.TypeError, "bad argument type for built-in operation");

    /// <summary>CPython's PyErr_BadInternalCall.</summary>
    public static void BadInternalCall(ThreadState ts) =>
        ts.Raise(ExceptionKind.SystemError, "bad argument to internal function");
}
