using Isolated.Objects;

namespace Isolated.Execution;

/// <summary>
/// The VM's bookkeeping for one running Python frame. Its locals and evaluation stack live in
/// <see cref="Stack"/> from <see cref="Base"/> on: the thread's shared value stack for ordinary
/// calls (records are pooled per thread, so a call allocates nothing), or a generator's own array.
/// A Python-visible frame object (<see cref="PyFrame"/>) is created only when asked for.
/// </summary>
public sealed class FrameRecord
{
    public PyCode Code = null!;
    public PyFunction? Function;
    public PyDict Globals = null!;
    public PyDict Builtins = null!;
    /// <summary>The locals mapping of module-level, class-body and exec code; null for functions.</summary>
    public PyObject? Locals;
    public Value[] Stack = null!;
    public int Base;
    /// <summary>Saved stack pointer (absolute index) while the frame is suspended or calling.</summary>
    public int Sp;
    /// <summary>Saved next instruction while suspended or calling.</summary>
    public int Pc;
    /// <summary>The instruction that is executing (for line numbers of calls in progress).</summary>
    public int Ip;
    public FrameRecord? Back;
    /// <summary>Entered from C#: returning from it leaves the dispatch loop.</summary>
    public bool IsEntry;
    public PyFrame? FrameObject;
    public PyGenerator? Generator;
    /// <summary>Set when the frame left the loop by yielding rather than returning.</summary>
    public bool Yielded;
    /// <summary>The thread stack's segment and top when this frame was pushed (restored on pop).</summary>
    public Value[]? SavedSegment;
    public int SavedTop;
    /// <summary>The sub-iterator a suspended generator is delegating to (yield from / await).</summary>
    public PyObject? YieldFrom;

    public int LocalsEnd => Base + Code.LocalsPlus;
    public int Line => Code.LineAt(Ip);
}
