using Isolated.Execution;
using Isolated.Tests.Conformance;
using Isolated.Tests.Modules;
using Xunit;

namespace Isolated.Tests.Interpreters;

/// <summary>
/// Stress for concurrent.interpreters (issue 7). CI-sized by default; ISOLATED_STRESS=1 runs the
/// full sizes: 8 interpreters × 10,000 exec and call each from 8 threads, 100,000 queue items
/// through a chain of 4 interpreters, 10,000 interpreters created and closed.
/// </summary>
[Collection(HeapMeasuringCollection.Name)]
public class InterpreterStressTests
{
    static bool Full => Environment.GetEnvironmentVariable("ISOLATED_STRESS") == "1";

    [Fact]
    public void EightThreadsExecAndCallInTheirOwnInterpreters()
    {
        int n = Full ? 10_000 : 300;
        ConcurrentInterpretersTests.Expect($$"""
            from concurrent import interpreters as I
            import threading
            N = {{n}}

            def work(x, *, step=1):
                return x + step

            totals = [None] * 8
            def run(k):
                interp = I.create()
                interp.prepare_main(k=k)
                total = 0
                for i in range(N):
                    interp.exec('k += 0')
                    total += interp.call(work, i, step=k)
                interp.exec('assert k == K'.replace('K', str(k)))
                totals[k] = total
                interp.close()

            threads = [threading.Thread(target=run, args=(k,)) for k in range(8)]
            for t in threads: t.start()
            for t in threads: t.join()
            print([t == N * (N - 1) // 2 + N * k for k, t in enumerate(totals)] == [True] * 8)
            print(len(I.list_all()))
            """, "True\n1\n");
    }

    [Fact]
    public void QueueItemsThroughAChainOfFourInterpreters()
    {
        int n = Full ? 100_000 : 5_000;
        ConcurrentInterpretersTests.Expect($$"""
            from concurrent import interpreters as I
            import threading
            N = {{n}}
            queues = [I.create_queue(maxsize=1000) for _ in range(5)]
            stage = '''
            while True:
                item = src.get()
                dst.put(item)
                if item is None:
                    break
            '''.strip()
            workers = []
            for k in range(4):
                interp = I.create()
                interp.prepare_main(src=queues[k], dst=queues[k + 1])
                t = threading.Thread(target=interp.exec, args=(stage,))
                t.start()
                workers.append((interp, t))

            def feed():
                for i in range(N):
                    queues[0].put(i if i % 2 else f's{i}')
                queues[0].put(None)
            feeder = threading.Thread(target=feed)
            feeder.start()
            received = []
            while (item := queues[4].get()) is not None:
                received.append(item)
            feeder.join()
            for interp, t in workers:
                t.join()
                interp.close()
            print(len(received) == N, received == [i if i % 2 else f's{i}' for i in range(N)])
            print([q.qsize() for q in queues])
            """, "True True\n[0, 0, 0, 0, 0]\n");
    }

    [Fact]
    public void CreatingAndClosingInterpretersReturnsMemory()
    {
        if (ConformanceCorpus.StdlibDirectory is null) return;
        int n = Full ? 10_000 : 1_000;
        var h = new ModuleTestHost(ConformanceCorpus.StdlibDirectory);
        h.Interp.Gil.Acquire(h.Ts);
        try
        {
            const string cycle = """
                from concurrent import interpreters as I
                def cycle(n):
                    for _ in range(n):
                        interp = I.create()
                        interp.exec('x = [1, 2, 3]')
                        interp.close()
                """;
            Assert.Equal(0, PythonRun.RunSimpleString(h.Ts, cycle + "\ncycle(200)\n"));
            long baseline = SettledHeapBytes();
            Assert.Equal(0, PythonRun.RunSimpleString(h.Ts, $"cycle({n})\nassert len(I.list_all()) == 1\n"));
            long after = SettledHeapBytes();
            Assert.True(after - baseline < 2 * 1024 * 1024, $"heap grew by {after - baseline} bytes over {n} interpreters");
            Assert.Equal("", h.Err);
        }
        finally
        {
            h.Interp.Gil.Release(h.Ts);
        }
    }

    static long SettledHeapBytes()
    {
        for (int i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
