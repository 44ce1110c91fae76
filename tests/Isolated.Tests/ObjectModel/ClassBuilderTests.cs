using Xunit;
using Isolated.Objects;

namespace Isolated.Tests.ObjectModel;

public class ClassBuilderTests
{
    readonly ObjectModelFixture f = new();

    [Fact]
    public void SimpleClassHasHeapTypeMroAndInstances()
    {
        var a = f.Class("A", [], f.Ns(("__module__", f.S("m"))));
        Assert.True(a.HasFlag(TypeFlags.HeapType));
        Assert.Equal([a, f.Interp.Types.Object], a.Mro);
        Assert.Equal("<class 'm.A'>", f.Repr(a));
        var obj = f.Call(a);
        Assert.IsType<PyInstance>(obj);
        Assert.True(Ops.SetAttr(f.Ts, obj, f.S("x"), f.Interp.Int(5)));
        Assert.Same(f.Interp.Int(5), f.Get(obj, "x"));
        Assert.StartsWith("<m.A object at 0x", f.Repr(obj));
        Assert.Null(f.Get(obj, "y"));
        Assert.Equal("AttributeError: 'A' object has no attribute 'y'", f.Error());
        Assert.Same(f.Interp.None, a.Dict.GetStr("__doc__"));
    }

    [Fact]
    public void DiamondUsesC3AndInconsistentOrderFails()
    {
        var a = f.Class("A", []);
        var b = f.Class("B", [a]);
        var c = f.Class("C", [a]);
        var d = f.Class("D", [b, c]);
        Assert.Equal([d, b, c, a, f.Interp.Types.Object], d.Mro);
        var r = ClassBuilder.New(f.Ts, f.Interp.Types.Type, [f.S("X"), f.Interp.Tuple(a, b), f.Interp.NewDict()], null);
        Assert.Null(r);
        Assert.Equal("TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B", f.Error());
    }

    [Fact]
    public void BaseChecks()
    {
        var t = f.Interp.Types;
        Assert.Null(ClassBuilder.New(f.Ts, t.Type, [f.S("X"), f.Interp.Tuple(t.Int, t.Str), f.Interp.NewDict()], null));
        Assert.Equal("TypeError: multiple bases have instance lay-out conflict", f.Error());
        Assert.Null(ClassBuilder.New(f.Ts, t.Type, [f.S("X"), f.Interp.Tuple(t.Bool), f.Interp.NewDict()], null));
        Assert.Equal("TypeError: type 'bool' is not an acceptable base type", f.Error());
        var a = f.Class("A", []);
        Assert.Null(ClassBuilder.New(f.Ts, t.Type, [f.S("X"), f.Interp.Tuple(a, a), f.Interp.NewDict()], null));
        Assert.Equal("TypeError: duplicate base class A", f.Error());
        Assert.Null(ClassBuilder.New(f.Ts, t.Type, [f.Interp.Int(1), f.Interp.EmptyTuple, f.Interp.NewDict()], null));
        Assert.Equal("TypeError: type.__new__() argument 1 must be str, not int", f.Error());
    }

    [Fact]
    public void MetaclassConflictIsReported()
    {
        var m1 = f.Class("M1", [f.Interp.Types.Type]);
        var m2 = f.Class("M2", [f.Interp.Types.Type]);
        var a = f.Class("A", [], null, m1);
        var b = f.Class("B", [], null, m2);
        Assert.Same(m1, a.Type);
        Assert.Null(ClassBuilder.New(f.Ts, f.Interp.Types.Type, [f.S("X"), f.Interp.Tuple(a, b), f.Interp.NewDict()], null));
        Assert.Equal("TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases", f.Error());
        // The derived metaclass wins when the requested one is less derived.
        var c = f.Class("C", [a]);
        Assert.Same(m1, c.Type);
    }

    [Fact]
    public void SlotsGiveMemberDescriptorsAndNoDict()
    {
        var s = f.Class("S", [], f.Ns(("__slots__", f.Interp.Tuple(f.S("b"), f.S("a")))));
        var obj = f.Call(s);
        Assert.IsType<PySlotsInstance>(obj);
        Assert.Equal("<member 'a' of 'S' objects>", f.Repr(s.Dict.GetStr("a")!));
        Assert.Null(f.Get(obj, "a"));
        Assert.Equal("AttributeError: 'S' object has no attribute 'a'", f.Error());
        Assert.True(Ops.SetAttr(f.Ts, obj, f.S("a"), f.Interp.Int(1)));
        Assert.True(Ops.SetAttr(f.Ts, obj, f.S("b"), f.Interp.Int(2)));
        Assert.Same(f.Interp.Int(1), f.Get(obj, "a"));
        Assert.Same(f.Interp.Int(2), f.Get(obj, "b"));
        Assert.False(Ops.SetAttr(f.Ts, obj, f.S("c"), f.Interp.Int(3)));
        Assert.Equal("AttributeError: 'S' object has no attribute 'c'", f.Error());
        // A subclass without __slots__ gets a __dict__ and keeps the slots.
        var sub = f.Class("T", [s]);
        var o2 = f.Call(sub);
        Assert.True(Ops.SetAttr(f.Ts, o2, f.S("c"), f.Interp.Int(3)));
        Assert.True(Ops.SetAttr(f.Ts, o2, f.S("a"), f.Interp.Int(4)));
        Assert.Same(f.Interp.Int(4), f.Get(o2, "a"));
    }

    [Fact]
    public void SlotErrors()
    {
        var t = f.Interp.Types.Type;
        Assert.Null(ClassBuilder.New(f.Ts, t, [f.S("X"), f.Interp.EmptyTuple, f.Ns(("__slots__", f.Interp.Tuple(f.S("a"))), ("a", f.Interp.Int(1)))], null));
        Assert.Equal("ValueError: 'a' in __slots__ conflicts with class variable", f.Error());
        Assert.Null(ClassBuilder.New(f.Ts, t, [f.S("X"), f.Interp.EmptyTuple, f.Ns(("__slots__", f.Interp.Tuple(f.S("1a"))))], null));
        Assert.Equal("TypeError: __slots__ must be identifiers", f.Error());
        Assert.Null(ClassBuilder.New(f.Ts, t, [f.S("X"), f.Interp.EmptyTuple, f.Ns(("__slots__", f.Interp.Tuple(f.S("__dict__"), f.S("__dict__"))))], null));
        Assert.Equal("TypeError: __dict__ slot disallowed: we already got one", f.Error());
        var p = f.Class("P", [], f.Ns(("__slots__", f.Interp.Tuple(f.S("__x")))));
        Assert.NotNull(p.Dict.GetStr("_P__x"));
    }

    [Fact]
    public void QualnameModuleAndClassCell()
    {
        var cell = new PyCell(f.Interp.Types.Cell, null);
        var a = f.Class("A", [], f.Ns(("__qualname__", f.S("Outer.A")), ("__classcell__", cell)));
        Assert.Equal("Outer.A", a.QualName);
        Assert.Null(a.Dict.GetStr("__qualname__"));
        Assert.Null(a.Dict.GetStr("__classcell__"));
        Assert.Same(a, cell.Contents);
    }

    [Fact]
    public void InitSubclassReceivesKeywordsAndSetNameIsCalled()
    {
        PyObject? seenCls = null, seenKw = null;
        var initSub = new PyClassMethod(f.Interp.Types.ClassMethod, f.Interp.NewBuiltinFunction("__init_subclass__", f.Interp.None,
            (ts, self, args, kw) => { seenCls = args[0]; seenKw = args.Length > 1 ? args[1] : null; return ts.Interpreter.None; }));
        var a = f.Class("A", [], f.Ns(("__init_subclass__", initSub)));
        var kwnames = f.Interp.Tuple(f.S("flag"));
        var r = ClassBuilder.New(f.Ts, f.Interp.Types.Type, [f.S("B"), f.Interp.Tuple(a), f.Interp.NewDict(), f.Interp.Int(7)], kwnames);
        Assert.True(r is not null, f.Error());
        Assert.Same(r, seenCls);
        Assert.Same(f.Interp.Int(7), seenKw);

        // object.__init_subclass__ rejects keywords.
        Assert.Null(ClassBuilder.New(f.Ts, f.Interp.Types.Type, [f.S("Q"), f.Interp.EmptyTuple, f.Interp.NewDict(), f.Interp.Int(1)], kwnames));
        Assert.Equal("TypeError: Q.__init_subclass__() takes no keyword arguments", f.Error());

        // __set_name__ on a descriptor type.
        PyObject? owner = null, name = null;
        var descType = f.Class("Desc", [], f.Ns(("__set_name__", f.Method("__set_name__", (ts, self, args, kw) =>
        {
            owner = args[0];
            name = args[1];
            return ts.Interpreter.None;
        }))));
        var desc = f.Call(descType);
        var c = f.Class("C", [], f.Ns(("attr", desc)));
        Assert.Same(c, owner);
        Assert.Equal("attr", ((PyStr)name!).Value);
    }

    [Fact]
    public void SubclassesAreTracked()
    {
        var a = f.Class("A", []);
        var b = f.Class("B", [a]);
        var subs = f.Call(f.Get(a, "__subclasses__")!);
        Assert.Equal("[<class 'B'>]", f.Repr(subs).Replace("__main__.", "").Replace("'builtins.", "'"));
        Assert.Contains(b, a.ClassData!.Subclasses());
    }
}
