using System.Numerics;
using Isolated.Modules.Interpreters;
using Isolated.Objects;
using Isolated.Runtime;
using Xunit;
using ThreadState = Isolated.Runtime.ThreadState;

namespace Isolated.Tests.Interpreters;

/// <summary>Interpreter-neutral values and cross-interpreter queues (PEP 734's data model),
/// exercised below the language: objects are captured in one interpreter and re-made in another.</summary>
public class SharingTests
{
    static (Isolated.Runtime.Runtime rt, Interpreter a, ThreadState ta, Interpreter b, ThreadState tb) TwoInterpreters()
    {
        var rt = new Isolated.Runtime.Runtime();
        var a = rt.Main;
        var b = rt.CreateInterpreter(InterpreterConfig.Isolated);
        return (rt, a, a.NewThreadState(), b, b.NewThreadState());
    }

    [Fact]
    public void ShareableValuesArriveAsTheReceiversOwnObjects()
    {
        var (_, a, _, b, _) = TwoInterpreters();
        var big = BigInteger.Pow(10, 40);
        var payload = new byte[] { 1, 2, 3 };
        PyObject[] values =
        [
            a.None, a.True, a.Int(42), a.Int(big), new PyFloat(a.Types.Float, 2.5), a.Str("héllo 😀"),
            new PyBytes(a.Types.Bytes, payload), a.Tuple(a.Int(1), a.Tuple(a.Str("x"), a.None)),
        ];
        foreach (var v in values)
        {
            var shared = SharedValue.TryCapture(a, v);
            Assert.NotNull(shared);
            var received = shared!.ToConstant(b);
            Assert.Same(b, received.Type.Owner);
            Assert.Equal(v.Type.Name, received.Type.Name);
        }
        Assert.Same(b.None, SharedValue.TryCapture(a, a.None)!.ToConstant(b));
        Assert.Equal(big, ((PyInt)SharedValue.TryCapture(a, a.Int(big))!.ToConstant(b)).ToBigInteger());
        var s = (PyStr)SharedValue.TryCapture(a, a.Str("héllo 😀"))!.ToConstant(b);
        Assert.Equal("héllo 😀", s.Value);
    }

    [Fact]
    public void StrAndBytesPayloadsCrossWithoutCopying()
    {
        var (_, a, _, b, _) = TwoInterpreters();
        var text = new string('x', 1_000_000);
        var received = (PyStr)SharedValue.TryCapture(a, a.Str(text))!.ToConstant(b);
        Assert.Same(text, received.Value);
        var data = new byte[1_000_000];
        var bytes = (PyBytes)SharedValue.TryCapture(a, new PyBytes(a.Types.Bytes, data))!.ToConstant(b);
        Assert.Same(data, bytes.Value);
    }

    [Fact]
    public void MutableAndSubclassObjectsAreNotShareable()
    {
        var (_, a, _, _, _) = TwoInterpreters();
        Assert.Null(SharedValue.TryCapture(a, new PyList(a.Types.List)));
        Assert.Null(SharedValue.TryCapture(a, a.NewDict()));
        Assert.Null(SharedValue.TryCapture(a, a.Tuple(a.Int(1), new PyList(a.Types.List))));
        Assert.Null(SharedValue.TryCapture(a, a.Types.Int));
    }

    [Fact]
    public void QueueCarriesItemsInOrderAndAppliesUnboundRules()
    {
        var (rt, a, _, b, _) = TwoInterpreters();
        var registry = QueueRegistry.Of(rt);
        var q = registry.Create(0, UnboundMode.Unbound);
        Assert.Same(q, registry.Find(q.Id));
        for (int i = 0; i < 100; i++)
            Assert.True(q.TryPut(new InterpreterQueue.Item(SharedValue.TryCapture(b, b.Int(i))!, b.Id, i % 2 == 0 ? UnboundMode.Remove : UnboundMode.Error)));
        Assert.True(q.TryGet(out var first));
        Assert.Equal(0L, ((PyInt)first.Value.ToConstant(a)).Small);
        b.End();   // the runtime tells the queue registry
        Assert.Equal(50, q.Count);   // the UNBOUND_REMOVE half is gone
        Assert.True(q.TryGet(out var orphan));
        Assert.Equal(-1, orphan.Owner);
        Assert.Equal(UnboundMode.Error, orphan.Unbound);
    }

    [Fact]
    public void BoundedQueueRefusesWhenFull()
    {
        var (rt, a, _, _, _) = TwoInterpreters();
        var q = QueueRegistry.Of(rt).Create(2, UnboundMode.Unbound);
        var item = new InterpreterQueue.Item(SharedValue.None(), a.Id, UnboundMode.Unbound);
        Assert.True(q.TryPut(item));
        Assert.True(q.TryPut(item));
        Assert.True(q.IsFull);
        Assert.False(q.TryPut(item));
    }

    [Fact]
    public void ItemsCrossBetweenThreadsWithoutLossOrDuplication()
    {
        var (rt, a, _, b, _) = TwoInterpreters();
        var q = QueueRegistry.Of(rt).Create(16, UnboundMode.Unbound);
        const int N = 20_000;
        var producer = new Thread(() =>
        {
            for (int i = 0; i < N; i++)
            {
                var item = new InterpreterQueue.Item(SharedValue.TryCapture(a, a.Int(i))!, a.Id, UnboundMode.Unbound);
                while (!q.TryPut(item)) q.WaitForChange(1);
            }
        });
        producer.Start();
        long sum = 0, count = 0, last = -1;
        bool ordered = true;
        while (count < N)
        {
            if (!q.TryGet(out var item)) { q.WaitForChange(1); continue; }
            long v = ((PyInt)item.Value.ToConstant(b)).Small;
            ordered &= v == last + 1;
            last = v;
            sum += v;
            count++;
        }
        producer.Join();
        Assert.True(ordered);
        Assert.Equal((long)N * (N - 1) / 2, sum);
    }
}
