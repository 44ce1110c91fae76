using Isolated.Objects;
using Xunit;

namespace Isolated.Tests.Containers;

/// <summary>Deeply nested containers must fail with RecursionError (never overflow the C# stack),
/// even on a 256 KiB thread, for repr, comparison and hashing.</summary>
public class RecursionGuardTests : ContainerTestBase
{
    void OnSmallStack(Action action)
    {
        Exception? failure = null;
        var t = new Thread(() =>
        {
            try { action(); }
            catch (Exception e) { failure = e; }
        }, 256 * 1024);
        t.Start();
        t.Join();
        if (failure is not null) throw new Xunit.Sdk.XunitException(failure.ToString());
    }

    PyList NestedLists(int depth)
    {
        var root = L();
        var cur = root;
        for (int i = 0; i < depth; i++)
        {
            var next = L();
            cur.Append(next);
            cur = next;
        }
        return root;
    }

    [Fact]
    public void DeepListReprRaisesRecursionError()
    {
        Interp.RecursionLimit = 1_000_000;  // only the real stack limits the depth
        var deep = NestedLists(200_000);
        OnSmallStack(() => AssertError(ExceptionKind.RecursionError, null, Ops.Repr(Ts, deep)));
    }

    [Fact]
    public void DeepDictAndTupleReprRaiseRecursionError()
    {
        Interp.RecursionLimit = 1_000_000;
        PyObject cur = Interp.NewDict();
        for (int i = 0; i < 100_000; i++)
        {
            var d = Interp.NewDict();
            d.SetStr("k", cur);
            cur = Interp.Tuple(d);
        }
        var top = cur;
        OnSmallStack(() => AssertError(ExceptionKind.RecursionError, null, Ops.Repr(Ts, top)));
    }

    [Fact]
    public void DeepComparisonAndHashRaiseRecursionError()
    {
        Interp.RecursionLimit = 1_000_000;
        var a = NestedLists(200_000);
        var b = NestedLists(200_000);
        OnSmallStack(() => AssertError(ExceptionKind.RecursionError, null, Ops.RichCompare(Ts, a, b, CompareOp.Eq)));
        PyObject t = Interp.EmptyTuple;
        for (int i = 0; i < 200_000; i++) t = Interp.Tuple(t);
        var top = t;
        OnSmallStack(() => AssertError(ExceptionKind.RecursionError, null, Ops.Hash(Ts, top, out _)));
    }

    [Fact]
    public void SelfReferenceUsesEllipsis()
    {
        var l = L(1);
        l.Append(l);
        var d = Interp.NewDict();
        d.SetStr("self", d);
        d.SetStr("list", l);
        var s = SetType.NewSet(Interp);
        OnSmallStack(() =>
        {
            AssertRepr("[1, [...]]", l);
            AssertRepr("{'self': {...}, 'list': [1, [...]]}", d);
            AssertRepr("set()", s);
        });
        // The guard is released after an error inside an item's repr.
        Interp.RecursionLimit = 1_000_000;
        var deep = NestedLists(200_000);
        var holder = L(deep);
        OnSmallStack(() => AssertError(ExceptionKind.RecursionError, null, Ops.Repr(Ts, holder)));
        Assert.True(Ts.ReprInProgress is null || Ts.ReprInProgress.Count == 0);
    }
}
