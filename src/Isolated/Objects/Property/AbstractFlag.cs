using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>Reads <c>__isabstractmethod__</c> of a wrapped callable (property, classmethod,
/// staticmethod report their functions' flag).</summary>
public static class AbstractFlag
{
    /// <summary>1 abstract, 0 not, -1 error.</summary>
    public static int IsAbstract(ThreadState ts, PyObject f)
    {
        int found = Ops.LookupAttr(ts, f, ts.Interpreter.Intern("__isabstractmethod__"), out var v);
        if (found <= 0) return found;
        return Ops.IsTrue(ts, v!);
    }
}
