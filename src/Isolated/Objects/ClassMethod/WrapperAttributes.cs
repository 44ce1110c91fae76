using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>classmethod and staticmethod copy the wrapped function's __module__, __name__,
/// __qualname__ and __doc__ into their own __dict__ (as functools.update_wrapper does).</summary>
public static class WrapperAttributes
{
    static readonly string[] Names = ["__module__", "__name__", "__qualname__", "__doc__"];

    public static bool Copy(ThreadState ts, IInstanceDict wrapper, PyObject wrapped)
    {
        var interp = ts.Interpreter;
        foreach (var n in Names)
        {
            var key = interp.Intern(n);
            int found = Ops.LookupAttr(ts, wrapped, key, out var v);
            if (found < 0) return false;
            if (found > 0) (wrapper.InstanceDict ??= interp.NewDict()).SetStr(key, v!);
        }
        return true;
    }
}
