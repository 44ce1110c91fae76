using Isolated.Objects;
using Xunit;

namespace Isolated.Tests.Containers;

public class DictSetTests : ContainerTestBase
{
    [Fact]
    public void InsertionOrderSurvivesDeletionReinsertionAndGrowth()
    {
        var d = Interp.NewDict();
        var expected = new List<long>();
        var rnd = new Random(3);
        for (int round = 0; round < 20_000; round++)
        {
            long k = rnd.Next(500);
            int present = expected.IndexOf(k);
            if (rnd.Next(3) == 0)
            {
                int r = d.TryDelItem(Ts, Interp.Int(k), out _);
                Assert.Equal(present >= 0 ? 1 : 0, r);
                if (present >= 0) expected.RemoveAt(present);
            }
            else
            {
                Assert.True(d.TrySetItem(Ts, Interp.Int(k), Interp.Int(round)));
                if (present < 0) expected.Add(k);
            }
        }
        Assert.Equal(expected.Count, d.Count);
        var keys = Ops.IterToList(Ts, d)!;
        Assert.Equal(expected, keys.AsSpan().ToArray().Select(o => ((PyInt)o).Small).ToList());
        // popitem is LIFO over the same order
        while (expected.Count > 0)
        {
            var item = (PyTuple)Call(d, "popitem")!;
            Assert.Equal(expected[^1], ((PyInt)item[0]).Small);
            expected.RemoveAt(expected.Count - 1);
        }
        AssertError(ExceptionKind.KeyError, "popitem(): dictionary is empty", Call(d, "popitem"));
    }

    [Fact]
    public void StrKeysKeepFastPathsAndMixWithOtherKeys()
    {
        var d = Interp.NewDict();
        for (int i = 0; i < 1000; i++) d.SetStr("k" + i, Interp.Int(i));
        Assert.True(d.TrySetItem(Ts, Interp.Int(7), Interp.Str("seven")));
        Assert.Same(Interp.Int(5), d.GetStr("k5"));
        Assert.True(d.TryGetItem(Ts, Interp.Str("k999"), out var v));
        Assert.Equal(999, ((PyInt)v!).Small);
        AssertRepr("'seven'", Ops.GetItem(Ts, d, Py(7)));
        AssertError(ExceptionKind.KeyError, "nope", Ops.GetItem(Ts, d, Py("nope")));
        AssertError(ExceptionKind.TypeError, "unhashable type: 'list'", Ops.GetItem(Ts, d, L()));
    }

    [Fact]
    public void DictIterationDetectsSizeChange()
    {
        var d = Interp.NewDict();
        d.SetStr("a", Interp.Int(1));
        var it = Ops.GetIter(Ts, d)!;
        AssertRepr("'a'", Ops.Next(Ts, it));
        d.SetStr("b", Interp.Int(2));
        AssertError(ExceptionKind.RuntimeError, "dictionary changed size during iteration", Ops.Next(Ts, it));
    }

    [Fact]
    public void BigSetsMatchHashSet()
    {
        var s = SetType.NewSet(Interp);
        var reference = new HashSet<long>();
        var rnd = new Random(11);
        for (int i = 0; i < 200_000; i++)
        {
            long k = rnd.Next(100_000) - 50_000;
            if (rnd.Next(4) == 0)
            {
                Assert.Equal(reference.Remove(k) ? 1 : 0, s.Discard(Ts, Interp.Int(k)));
            }
            else
            {
                Assert.Equal(reference.Add(k) ? 1 : 0, s.Add(Ts, Interp.Int(k)));
            }
        }
        Assert.Equal(reference.Count, s.Count);
        foreach (var k in reference) Assert.Equal(1, s.Contains(Ts, Interp.Int(k)));
        var strs = SetType.NewSet(Interp);
        for (int i = 0; i < 50_000; i++) strs.Add(Ts, Interp.Str("s" + (i % 30_000)));
        Assert.Equal(30_000, strs.Count);
        var copy = (PySet)Call(strs, "copy")!;
        AssertError(ExceptionKind.KeyError, "pop from an empty set", Call(SetType.NewSet(Interp), "pop"));
        int popped = 0;
        while (copy.Count > 0) { Assert.NotNull(Call(copy, "pop")); popped++; }
        Assert.Equal(30_000, popped);
    }

    [Fact]
    public void FrozenSetHashMatchesCPython()
    {
        // Values from CPython 3.12 (int hashes are deterministic).
        Assert.True(Ops.Hash(Ts, Ops.Call(Ts, Interp.Types.FrozenSet)!, out long h0));
        Assert.Equal(133146708735736L, h0);
        Assert.True(Ops.Hash(Ts, Ops.Call(Ts, Interp.Types.FrozenSet, [T(1, 2, 3)])!, out long h1));
        Assert.Equal(-272375401224217160L, h1);
    }

    [Fact]
    public void SmallIntSetsIterateInCPythonOrder()
    {
        AssertRepr("{0, -5, 5, -1}", Ops.Call(Ts, Interp.Types.Set, [L(-1, -5, 0, 5)]));
        AssertRepr("frozenset({1, 2, 3})", Ops.Call(Ts, Interp.Types.FrozenSet, [L(3, 2, 1)]));
    }
}
