using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Execution;

/// <summary>
/// The VM's per-thread state (hung on <see cref="ThreadState.Execution"/>): the contiguous value
/// stack (in segments, so it can grow without moving live frames), the pool of frame records,
/// the current frame and the Python call depth.
/// </summary>
public sealed class ThreadExecution
{
    // A thread's first segment stays under the large-object threshold (85,000 bytes): every
    // exec()/call() into another interpreter makes a thread state, and a large segment each time
    // meant a gen2 collection every few calls. Deeper code gets the big ones.
    const int FirstSegmentSize = 2 * 1024;
    const int SegmentSize = 16 * 1024;

    public Value[] Segment = new Value[FirstSegmentSize];
    /// <summary>The segment last added: reused by the next overflow unless it is the current one
    /// (segments are used as a stack, so the one added last is either current or free).</summary>
    Value[]? _spare;
    public int Top;
    public FrameRecord? Current;
    public int Depth;
    /// <summary>The frame that last created an object with __del__: its return asks for a
    /// collection (<see cref="Runtime.FinalizerQueue"/>). Frames are reused, so a stale match
    /// costs one needless request at most.</summary>
    public FrameRecord? FinalizerFrame;
    /// <summary>sys.settrace / sys.setprofile of this thread (<see cref="Tracing"/>).</summary>
    public PyObject? TraceFunction, ProfileFunction;
    /// <summary>A trace or profile function is running: it runs untraced.</summary>
    public bool InTracer;
    readonly List<FrameRecord> _pool = new();
    int _poolUsed;

    public static ThreadExecution Of(ThreadState ts) => (ThreadExecution)(ts.Execution ??= new ThreadExecution());

    /// <summary>Reserves <paramref name="size"/> contiguous values for a new frame on the shared stack.</summary>
    public (Value[] stack, int @base) Reserve(int size)
    {
        if (Top + size > Segment.Length)
        {
            var next = _spare;
            if (next is null || ReferenceEquals(next, Segment) || next.Length < size)
                _spare = next = new Value[Math.Max(SegmentSize, size)];
            Segment = next;
            Top = 0;
        }
        int b = Top;
        Top += size;
        return (Segment, b);
    }

    /// <summary>A frame record from the pool (no allocation once the pool is warm).</summary>
    public FrameRecord Rent()
    {
        if (_poolUsed < _pool.Count) return _pool[_poolUsed++];
        var f = new FrameRecord();
        _pool.Add(f);
        _poolUsed++;
        return f;
    }

    /// <summary>Returns the most recently rented record to the pool.</summary>
    public void Return(FrameRecord f)
    {
        // Function, Code and the other references stay: the next call at this depth usually
        // stores the same ones, and comparing is cheaper than a write barrier.
        f.FrameObject = null;
        f.Locals = null;
        f.YieldFrom = null;
        _poolUsed--;
    }

    public bool IsPooled(FrameRecord f) => f.Generator is null;
}
