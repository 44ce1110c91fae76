namespace Isolated.Runtime;

/// <summary>
/// The finalizable companion of one object that needs finalization (<see cref="FinalizerQueue"/>).
/// It holds its target strongly and is itself reachable only from the target (through the
/// queue's ConditionalWeakTable), so both become unreachable together; the .NET GC then keeps
/// the target alive for this finalizer, which hands it to the interpreter's queue (resurrecting
/// it) and runs no Python code: that happens later on the interpreter's own thread. .NET runs a
/// finalizer once, which gives PEP 442's "at most once" for free.
/// </summary>
public sealed class FinalizerSentinel
{
    internal readonly FinalizerQueue Queue;
    internal readonly Objects.PyObject Target;
    /// <summary>Creation order in the interpreter: objects found unreachable together are
    /// finalized in this order (CPython's collector finalizes a cycle in allocation order).</summary>
    internal readonly long Sequence;

    internal FinalizerSentinel(FinalizerQueue queue, Objects.PyObject target, long sequence)
    {
        Queue = queue;
        Target = target;
        Sequence = sequence;
    }

    ~FinalizerSentinel()
    {
        try
        {
            Queue.OnUnreachable(this);
        }
        catch (Exception)
        {
            // A finalizer must never throw.
        }
    }
}
