namespace Isolated.Runtime;

/// <summary>Bits of <see cref="ThreadState.EvalBreaker"/>: why the eval loop must stop and look.</summary>
[Flags]
public enum EvalBreaker
{
    None = 0,
    GilDropRequest = 1 << 0,
    PendingCalls = 1 << 1,
    /// <summary>An interrupt requested from another thread (KeyboardInterrupt-like).</summary>
    Interrupt = 1 << 2,
    /// <summary>A termination request: only finally blocks run (host control).</summary>
    Terminate = 1 << 3,
    /// <summary>Set for the length of a call while the interpreter has an instruction budget or
    /// a hook: every check counts a tick (see <see cref="HostControls"/>).</summary>
    Tick = 1 << 4,
    /// <summary>A termination is unwinding: any check outside its cleanup raises it again, so
    /// code that swallows it (a builtin clearing errors) cannot keep running.</summary>
    Terminating = 1 << 5,
    /// <summary>An exception given by PyThreadState_SetAsyncExc waits in
    /// <see cref="ThreadState.AsyncException"/>.</summary>
    AsyncException = 1 << 6,
}
