using Isolated.Objects;
using Xunit;

namespace Isolated.Tests.Containers;

public class ListTests : ContainerTestBase
{
    [Fact]
    public void AppendExtendInsertRepr()
    {
        var l = L(1, 2);
        Call(l, "append", 3);
        Call(l, "extend", T(4, 5));
        Call(l, "insert", 0, "a");
        Call(l, "insert", -1, "b");
        Call(l, "insert", 100, "c");
        AssertRepr("['a', 1, 2, 3, 4, 'b', 5, 'c']", l);
    }

    [Fact]
    public void PopRemoveIndexCount()
    {
        var l = L(1, 2, 3, 2);
        AssertRepr("2", Call(l, "pop"));
        AssertRepr("1", Call(l, "pop", 0));
        AssertError(ExceptionKind.IndexError, "pop index out of range", Call(l, "pop", 5));
        AssertRepr("1", Call(l, "index", 3));
        AssertError(ExceptionKind.ValueError, "7 is not in list", Call(l, "index", 7));
        AssertError(ExceptionKind.ValueError, "2 is not in list", Call(L(1, 2), "index", 2, 0, 1));
        AssertRepr("1", Call(L(1, 2, 1), "count", 2));
        Call(l, "remove", 2);
        AssertRepr("[3]", l);
        AssertError(ExceptionKind.ValueError, "list.remove(x): x not in list", Call(l, "remove", 9));
        Call(l, "clear");
        AssertError(ExceptionKind.IndexError, "pop from empty list", Call(l, "pop"));
    }

    [Fact]
    public void Indexing()
    {
        var l = L(10, 20, 30);
        AssertRepr("30", Ops.GetItem(Ts, l, Py(-1)));
        AssertError(ExceptionKind.IndexError, "list index out of range", Ops.GetItem(Ts, l, Py(3)));
        AssertError(ExceptionKind.TypeError, "list indices must be integers or slices, not str", Ops.GetItem(Ts, l, Py("a")));
        Assert.True(Ops.SetItem(Ts, l, Py(1), Py("x")));
        AssertError(ExceptionKind.IndexError, "list assignment index out of range", Ops.SetItem(Ts, l, Py(5), Py(1)));
        Assert.True(Ops.DelItem(Ts, l, Py(0)));
        AssertRepr("['x', 30]", l);
        Assert.True(Ops.GetItem(Ts, l, Interp.True) is PyInt);
    }

    PySlice S(object? a, object? b, object? c = null) => Ops.NewSlice(Ts, Py(a), Py(b), Py(c));

    [Fact]
    public void Slicing()
    {
        var l = L(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        AssertRepr("[2, 3, 4]", Ops.GetItem(Ts, l, S(2, 5)));
        AssertRepr("[9, 7, 5, 3, 1]", Ops.GetItem(Ts, l, S(null, null, -2)));
        AssertRepr("[8, 5]", Ops.GetItem(Ts, l, S(-2, 3, -3)));
        AssertRepr("[]", Ops.GetItem(Ts, l, S(5, 2)));
        AssertError(ExceptionKind.ValueError, "slice step cannot be zero", Ops.GetItem(Ts, l, S(null, null, 0)));
        // assignment, growing and shrinking
        var m = L(0, 1, 2, 3, 4);
        Assert.True(Ops.SetItem(Ts, m, S(1, 3), L("a", "b", "c", "d")));
        AssertRepr("[0, 'a', 'b', 'c', 'd', 3, 4]", m);
        Assert.True(Ops.SetItem(Ts, m, S(1, 6), L()));
        AssertRepr("[0, 4]", m);
        Assert.True(Ops.SetItem(Ts, m, S(null, null), m));
        AssertRepr("[0, 4]", m);
        Assert.True(Ops.SetItem(Ts, m, S(1, 1), m));
        AssertRepr("[0, 0, 4, 4]", m);
        // extended slices
        var e = L(0, 1, 2, 3, 4, 5);
        Assert.True(Ops.SetItem(Ts, e, S(null, null, 2), T("a", "b", "c")));
        AssertRepr("['a', 1, 'b', 3, 'c', 5]", e);
        AssertError(ExceptionKind.ValueError, "attempt to assign sequence of size 2 to extended slice of size 3",
            Ops.SetItem(Ts, e, S(null, null, 2), T(1, 2)));
        AssertError(ExceptionKind.TypeError, "must assign iterable to extended slice", Ops.SetItem(Ts, e, S(null, null, 2), Py(1)));
        AssertError(ExceptionKind.TypeError, "can only assign an iterable", Ops.SetItem(Ts, e, S(null, null), Py(1)));
        Assert.True(Ops.DelItem(Ts, e, S(null, null, 2)));
        AssertRepr("[1, 3, 5]", e);
        var d = L(0, 1, 2, 3, 4, 5, 6);
        Assert.True(Ops.DelItem(Ts, d, S(null, null, -3)));
        AssertRepr("[1, 2, 4, 5]", d);
        Assert.True(Ops.DelItem(Ts, d, S(1, 3)));
        AssertRepr("[1, 5]", d);
    }

    [Fact]
    public void Operators()
    {
        var types = Interp.Types;
        var add = types.List.Slots.Add!;
        var mul = types.List.Slots.Multiply!;
        AssertRepr("[1, 2, 3]", add(Ts, L(1), L(2, 3)));
        AssertError(ExceptionKind.TypeError, "can only concatenate list (not \"tuple\") to list", add(Ts, L(1), T(1)));
        AssertRepr("[1, 2, 1, 2]", mul(Ts, L(1, 2), Py(2)));
        AssertRepr("[1, 2, 1, 2]", mul(Ts, Py(2), L(1, 2)));
        AssertRepr("[]", mul(Ts, L(1, 2), Py(-1)));
        AssertError(ExceptionKind.TypeError, "can't multiply sequence by non-int of type 'str'", mul(Ts, L(1), Py("a")));
        var l = L(1);
        Assert.Same(l, types.List.Slots.InplaceAdd!(Ts, l, T(2, 3)));
        Assert.Same(l, types.List.Slots.InplaceMultiply!(Ts, l, Py(2)));
        AssertRepr("[1, 2, 3, 1, 2, 3]", l);
        Assert.Equal(1, Ops.Contains(Ts, l, Py(3)));
        Assert.Equal(0, Ops.Contains(Ts, l, Py(4)));
    }

    [Fact]
    public void Comparisons()
    {
        Assert.True(Truth(Ops.RichCompare(Ts, L(1, 2), L(1, 3), CompareOp.Lt)));
        Assert.True(Truth(Ops.RichCompare(Ts, L(1, 2), L(1, 2, 0), CompareOp.Lt)));
        Assert.True(Truth(Ops.RichCompare(Ts, L(1, 2), L(1, 2), CompareOp.Eq)));
        Assert.False(Truth(Ops.RichCompare(Ts, L(1, 2), T(1, 2), CompareOp.Eq)));
        AssertError(ExceptionKind.TypeError, "'<' not supported between instances of 'int' and 'str'",
            Ops.RichCompare(Ts, L(1), L("a"), CompareOp.Lt));
    }

    [Fact]
    public void RecursiveRepr()
    {
        var l = L(1);
        l.Append(l);
        AssertRepr("[1, [...]]", l);
        var outer = L(l, T(l));
        AssertRepr("[[1, [...]], ([1, [...]],)]", outer);
    }

    [Fact]
    public void SortStableWithKeyAndReverse()
    {
        var l = L(T(1, "a"), T(0, "b"), T(1, "c"), T(0, "d"));
        CallKw(l, "sort", [], ("key", Interp.Types.List));
        NoError();
        AssertRepr("[(0, 'b'), (0, 'd'), (1, 'a'), (1, 'c')]", l);
        var l2 = L(3, 1, 2, -5, 10, 0);
        CallKw(l2, "sort", [], ("reverse", true));
        NoError();
        AssertRepr("[10, 3, 2, 1, 0, -5]", l2);
        var s = L("b", "a", "c", "ab");
        Call(s, "sort");
        AssertRepr("['a', 'ab', 'b', 'c']", s);
        AssertError(ExceptionKind.TypeError, "sort() takes no positional arguments", Call(s, "sort", 1));
        var mixed = L(1, "a");
        AssertError(ExceptionKind.TypeError, "'<' not supported between instances of 'str' and 'int'", Call(mixed, "sort"));
    }

    [Fact]
    public void SortLargeRandomMatchesOrder()
    {
        var rnd = new Random(42);
        var l = ListType.New(Interp);
        var expected = new List<long>();
        for (int i = 0; i < 5000; i++)
        {
            long v = rnd.Next(-1000, 1000);
            expected.Add(v);
            l.Append(Interp.Int(v));
        }
        expected.Sort();
        Call(l, "sort");
        NoError();
        for (int i = 0; i < expected.Count; i++) Assert.Equal(expected[i], ((PyInt)l.Items[i]).Small);
    }

    [Fact]
    public void SortIsStableForEqualKeys()
    {
        // Sort (key, index) tuples by key via tuple comparison would hide instability, so sort
        // distinct big-int objects that compare equal and check identities stay in order.
        var l = ListType.New(Interp);
        var objs = new List<PyObject>();
        var rnd = new Random(7);
        for (int i = 0; i < 300; i++)
        {
            var o = Interp.Int(new System.Numerics.BigInteger(rnd.Next(5)) + System.Numerics.BigInteger.Pow(10, 30));
            objs.Add(o);
            l.Append(o);
        }
        Call(l, "sort");
        NoError();
        var expected = objs.OrderBy(o => ((PyInt)o).ToBigInteger()).ToList(); // LINQ OrderBy is stable
        for (int i = 0; i < expected.Count; i++) Assert.Same(expected[i], l.Items[i]);
        CallKw(l, "sort", [], ("reverse", true));
        var expectedRev = objs.OrderByDescending(o => ((PyInt)o).ToBigInteger()).ToList();
        for (int i = 0; i < expectedRev.Count; i++) Assert.Same(expectedRev[i], l.Items[i]);
    }

    [Fact]
    public void ConstructorAndIteration()
    {
        var list = Ops.Call(Ts, Interp.Types.List, [T(1, 2, 3)]);
        AssertRepr("[1, 2, 3]", list);
        AssertError(ExceptionKind.TypeError, "'int' object is not iterable", Ops.Call(Ts, Interp.Types.List, [Py(1)]));
        AssertError(ExceptionKind.TypeError, "list expected at most 1 argument, got 2", Ops.Call(Ts, Interp.Types.List, [Py(1), Py(2)]));
        var it = Ops.GetIter(Ts, list!)!;
        AssertRepr("3", Call(it, "__length_hint__"));
        AssertRepr("1", Ops.Next(Ts, it));
        var rev = Call(list!, "__reversed__")!;
        AssertRepr("3", Ops.Next(Ts, rev));
        AssertRepr("[2, 1]", Ops.IterToList(Ts, rev));
        Assert.Null(Ops.Next(Ts, rev));
        NoError();
        Assert.IsType<PyNone>(Interp.Types.List.Dict.GetStr(Interp.Str("__hash__")) is { } h && ReferenceEquals(h, Interp.None) ? new PyNone() : null);
    }

    sealed class PyNone { }

    [Fact]
    public void ClassGetItem()
    {
        AssertRepr("list[int]", Ops.GetItem(Ts, Interp.Types.List, Interp.Types.Int));
        AssertRepr("dict[str, int]", Ops.GetItem(Ts, Interp.Types.Dict, T(Interp.Types.Str, Interp.Types.Int)));
    }
}
