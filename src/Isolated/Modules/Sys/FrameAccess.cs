using Isolated.Execution;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Sys;

/// <summary>
/// sys._getframe's access to the VM's frame stack. The VM owns frames; this is the one place sys
/// reaches into them, so wiring a new frame API touches only this file.
/// </summary>
public static class FrameAccess
{
    /// <summary>The frame <paramref name="depth"/> calls above the Python code that called
    /// sys._getframe (builtins push no frame, so depth 0 is that caller); negative depths count as 0.</summary>
    public static PyObject? GetFrame(ThreadState ts, long depth)
    {
        if (depth < 0) depth = 0;
        var frame = depth > int.MaxValue ? null : Eval.GetFrame(ts, (int)depth);
        return frame ?? ts.Raise(ExceptionKind.ValueError, "call stack is not deep enough");
    }
}
