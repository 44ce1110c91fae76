using Isolated.Runtime;

namespace Isolated.CApi.Boundary;

/// <summary>
/// What the C API knows about the calling OS thread: its current thread state (PyThreadState_Get)
/// and the thread state PyGILState_Ensure made for it. This is the runtime's one thread-local
/// (DESIGN §2 rule 2): exports read it once and pass the ThreadState down explicitly.
/// </summary>
internal sealed class BoundaryThread
{
    [ThreadStatic] static BoundaryThread? t_current;

    public static BoundaryThread Current => t_current ??= new BoundaryThread();

    /// <summary>The current thread state of this thread, or null.</summary>
    public ThreadState? State;

    /// <summary>The main-interpreter thread state PyGILState_Ensure uses for this thread.</summary>
    public ThreadState? GilState;

    /// <summary>Nesting depth of PyGILState_Ensure calls that must be matched by Release.</summary>
    public int GilStateCounter;
}
