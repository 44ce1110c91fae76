using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Posix;

/// <summary>Exception classes that C# modules define (socket.gaierror, signal.ItimerError...):
/// made as a Python class statement would, so they subclass and pickle like CPython's.</summary>
public static class ExceptionClass
{
    public static PyType? Create(ThreadState ts, string module, string name, PyType @base)
    {
        var interp = ts.Interpreter;
        var ns = interp.NewDict();
        ns.SetStr("__module__", interp.Str(module));
        return Ops.Call(ts, interp.Types.Type, new PyObject[] { interp.Str(name), interp.Tuple(@base), ns }) as PyType;
    }
}
