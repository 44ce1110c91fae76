using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Sys;

/// <summary>
/// sys._getframe's access to the VM's frame stack. The VM owns frames; this is the one place sys
/// reaches into them, so wiring a new frame API touches only this file.
/// </summary>
public static class FrameAccess
{
    public static PyObject? GetFrame(ThreadState ts, long depth)
    {
        return ts.Raise(ExceptionKind.ValueError, "call stack is not deep enough");
    }
}
