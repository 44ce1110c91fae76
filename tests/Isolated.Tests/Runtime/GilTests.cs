using Isolated.Runtime;
using Xunit;

namespace Isolated.Tests.Runtime;

/// <summary>The per-interpreter GIL: mutual exclusion within an interpreter, none across.</summary>
public class GilTests
{
    [Fact]
    public void TwoThreadsOfOneInterpreterTakeTurns()
    {
        var interp = new Isolated.Runtime.Runtime().Main;
        int inside = 0, maxInside = 0, total = 0;
        var threads = Enumerable.Range(0, 4).Select(_ => new Thread(() =>
        {
            var ts = interp.NewThreadState();
            for (int i = 0; i < 200; i++)
            {
                interp.Gil.Acquire(ts);
                int now = Interlocked.Increment(ref inside);
                maxInside = Math.Max(maxInside, now);
                total++;
                Interlocked.Decrement(ref inside);
                interp.Gil.Release(ts);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Equal(1, maxInside);
        Assert.Equal(800, total);
    }

    [Fact]
    public void WaiterAsksTheHolderToDrop()
    {
        var interp = new Isolated.Runtime.Runtime().Main;
        var holder = interp.NewThreadState();
        interp.Gil.Acquire(holder);
        var waiter = new Thread(() =>
        {
            var ts = interp.NewThreadState();
            interp.Gil.Acquire(ts);
            interp.Gil.Release(ts);
        });
        waiter.Start();
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while ((holder.EvalBreaker & (int)EvalBreaker.GilDropRequest) == 0 && DateTime.UtcNow < deadline)
            Thread.Sleep(1);
        Assert.NotEqual(0, holder.EvalBreaker & (int)EvalBreaker.GilDropRequest);
        holder.ClearBreaker(EvalBreaker.GilDropRequest);
        interp.Gil.Yield(holder);   // lets the waiter run, then takes the lock back
        waiter.Join();
        Assert.True(interp.Gil.IsHeldBy(holder));
        interp.Gil.Release(holder);
    }

    [Fact]
    public void AThreadThatYieldedGetsTheGilBackFromABusyLoop()
    {
        // The spinner yields to the main thread; the main thread then busy-loops too. The spinner
        // must ask for the GIL back like any waiter (it once waited for a release forever).
        Isolated.Tests.Interpreters.ConcurrentInterpretersTests.Expect("""
            import threading, time
            n = 0
            stop = False
            def spin():
                global n
                while not stop:
                    n += 1
            t = threading.Thread(target=spin)
            t.start()
            while n == 0:
                pass
            start = n
            deadline = time.monotonic() + 1.0
            while time.monotonic() < deadline:
                pass
            progressed = n > start
            stop = True
            t.join()
            print(progressed)
            """, "True\n");
    }

    [Fact]
    public void DifferentInterpretersDoNotExcludeEachOther()
    {
        var rt = new Isolated.Runtime.Runtime();
        var a = rt.Main;
        var b = rt.CreateInterpreter(InterpreterConfig.Isolated);
        var ta = a.NewThreadState();
        a.Gil.Acquire(ta);
        bool acquired = false;
        var t = new Thread(() =>
        {
            var tb = b.NewThreadState();
            b.Gil.Acquire(tb);
            acquired = true;
            b.Gil.Release(tb);
        });
        t.Start();
        Assert.True(t.Join(5000));
        Assert.True(acquired);
        a.Gil.Release(ta);
    }
}
