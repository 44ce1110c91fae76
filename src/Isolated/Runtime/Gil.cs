namespace Isolated.Runtime;

/// <summary>
/// One interpreter's global lock (PEP 684 style: there is no process-wide lock). A thread waiting
/// longer than the switch interval asks the holder to drop it by setting the holder's eval-breaker
/// flag; the eval loop checks the flag on backward jumps and calls and then yields.
/// </summary>
public sealed class Gil
{
    readonly object _lock = new();
    ThreadState? _holder;
    int _waiters;
    /// <summary>Switches since creation; a forced switch waits for it to change so that the
    /// dropping thread cannot take the lock straight back.</summary>
    long _switchNumber;

    /// <summary>sys.setswitchinterval, in milliseconds (5 ms by default, as CPython).</summary>
    public double SwitchIntervalMs = 5.0;

    public ThreadState? Holder => Volatile.Read(ref _holder);

    public bool IsHeldBy(ThreadState ts) => ReferenceEquals(Volatile.Read(ref _holder), ts);

    public void Acquire(ThreadState ts)
    {
        lock (_lock)
        {
            if (ReferenceEquals(_holder, ts))
                throw new InvalidOperationException("this thread state already holds the GIL");
            WaitAndTake(ts);
        }
    }

    /// <summary>Waits (holding <c>_lock</c>) until the GIL is free and takes it. A waiter that sees
    /// no switch for a whole interval asks the holder to drop it: every waiter must, including a
    /// thread that has just yielded, or a busy-looping holder would starve it forever.</summary>
    void WaitAndTake(ThreadState ts)
    {
        _waiters++;
        try
        {
            while (_holder is not null)
            {
                int timeout = Math.Max(1, (int)SwitchIntervalMs);
                long seen = _switchNumber;
                if (!Monitor.Wait(_lock, timeout) && _holder is not null && seen == _switchNumber)
                    _holder.RequestGilDrop();
            }
        }
        finally
        {
            _waiters--;
        }
        _holder = ts;
        _switchNumber++;
    }

    public void Release(ThreadState ts)
    {
        lock (_lock)
        {
            if (!ReferenceEquals(_holder, ts))
                throw new InvalidOperationException("releasing a GIL this thread state does not hold");
            _holder = null;
            if (_waiters > 0) Monitor.Pulse(_lock);
        }
    }

    /// <summary>Answers a drop request: lets a waiting thread run, then takes the lock back.</summary>
    public void Yield(ThreadState ts)
    {
        lock (_lock)
        {
            if (_waiters == 0) return;
            long before = _switchNumber;
            _holder = null;
            Monitor.Pulse(_lock);
            // Wait until someone else has actually taken it (forced switch).
            while (_switchNumber == before && _waiters > 0) Monitor.Wait(_lock, 1);
            WaitAndTake(ts);
        }
    }
}
