using Xunit;
using Isolated.Objects;

namespace Isolated.Tests.ObjectModel;

public class SlotTests
{
    readonly ObjectModelFixture f = new();

    [Fact]
    public void BuiltinSlotsAppearAsSlotWrappers()
    {
        var obj = f.Interp.Types.Object;
        var repr = obj.Dict.GetStr("__repr__");
        Assert.IsType<PyWrapperDescriptor>(repr);
        Assert.Equal("<slot wrapper '__repr__' of 'object' objects>", f.Repr(repr!));
        Assert.Equal("<slot wrapper '__init__' of 'object' objects>", f.Repr(obj.Dict.GetStr("__init__")!));
        Assert.IsType<PyBuiltinFunction>(obj.Dict.GetStr("__new__"));
        // Calling a wrapper calls the slot.
        var h = f.Call(f.Interp.Types.Int.LookupMro(f.S("__hash__"))!, f.Interp.Int(42));
        Assert.Same(f.Interp.Int(42), h);
        var bound = f.Get(f.Interp.Int(3), "__repr__")!;
        Assert.StartsWith("<method-wrapper '__repr__' of int object at 0x", f.Repr(bound));
        Assert.Equal("3", ((PyStr)f.Call(bound)).Value);
        // The dict type is unhashable: its __hash__ is None.
        Assert.Same(f.Interp.None, f.Interp.Types.Dict.Dict.GetStr("__hash__"));
        // Argument checking.
        Assert.Null(Ops.Call(f.Ts, bound, [f.Interp.Int(1)]));
        Assert.Equal("TypeError: expected 0 arguments, got 1", f.Error());
        Assert.Null(Ops.Call(f.Ts, repr!, [f.Interp.Types.Object, f.Interp.Int(1)]));
        Assert.Equal("TypeError: expected 0 arguments, got 1", f.Error());
    }

    [Fact]
    public void NewWrapperChecksSubtypes()
    {
        var newFn = f.Interp.Types.Object.Dict.GetStr("__new__")!;
        Assert.Null(Ops.Call(f.Ts, newFn, [f.Interp.Types.Bool]));
        Assert.Equal("TypeError: object.__new__(bool) is not safe, use bool.__new__()", f.Error());
        Assert.Null(Ops.Call(f.Ts, newFn, [f.Interp.Int(5)]));
        Assert.Equal("TypeError: object.__new__(X): X is not a type object (int)", f.Error());
        var a = f.Class("A", []);
        Assert.IsType<PyInstance>(f.Call(newFn, a));
    }

    [Fact]
    public void PythonDunderOverridesWin()
    {
        var a = f.Class("A", [], f.Ns(
            ("__repr__", f.Method("__repr__", (ts, self, args, kw) => ts.Interpreter.Str("A!"))),
            ("__len__", f.Method("__len__", (ts, self, args, kw) => ts.Interpreter.Int(3))),
            ("__eq__", f.Method("__eq__", (ts, self, args, kw) => ts.Interpreter.True))));
        Assert.Same(SlotDispatch.Repr, a.Slots.Repr);
        var obj = f.Call(a);
        Assert.Equal("A!", f.Repr(obj));
        Assert.Equal("A!", f.Str(obj));  // object.__str__ calls repr
        Assert.Equal(3, a.Slots.Length!(f.Ts, obj));
        Assert.Equal(1, Ops.IsTrue(f.Ts, obj));
        // __eq__ without __hash__ makes the class unhashable.
        Assert.Same(f.Interp.None, a.Dict.GetStr("__hash__"));
        Assert.False(Ops.Hash(f.Ts, obj, out _));
        Assert.Equal("TypeError: unhashable type: 'A'", f.Error());
        Assert.Equal(1, Ops.RichCompareBool(f.Ts, obj, f.Interp.Int(1), CompareOp.Eq));
        // A plain class keeps object's C# slots (no dispatch cost).
        var b = f.Class("B", []);
        Assert.Same(f.Interp.Types.Object.Slots.Repr, b.Slots.Repr);
        Assert.Same(Ops.GenericGetAttrSlot, b.Slots.GetAttr);
    }

    [Fact]
    public void ChangingAClassAttributeUpdatesSlotsOfSubclasses()
    {
        var a = f.Class("A", []);
        var b = f.Class("B", [a]);
        var obj = f.Call(b);
        Assert.True(Ops.SetAttr(f.Ts, a, f.S("__repr__"), f.Method("__repr__", (ts, self, args, kw) => ts.Interpreter.Str("patched"))));
        Assert.Equal("patched", f.Repr(obj));
        Assert.True(Ops.SetAttr(f.Ts, a, f.S("__repr__"), null));
        Assert.StartsWith("<B object at", f.Repr(obj));
    }

    [Fact]
    public void BinaryOperatorsFollowReflectedRules()
    {
        var a = f.Class("A", [], f.Ns(
            ("__add__", f.Method("__add__", (ts, self, args, kw) => ts.Interpreter.Str("add"))),
            ("__radd__", f.Method("__radd__", (ts, self, args, kw) => ts.Interpreter.Str("radd")))));
        var b = f.Class("B", [a], f.Ns(
            ("__radd__", f.Method("__radd__", (ts, self, args, kw) => ts.Interpreter.Str("B.radd")))));
        var x = f.Call(a);
        var y = f.Call(b);
        Assert.Equal("add", ((PyStr)a.Slots.Add!(f.Ts, x, f.Interp.Int(1))!).Value);
        Assert.Equal("radd", ((PyStr)a.Slots.Add!(f.Ts, f.Interp.Int(1), x)!).Value);
        // The subclass's reflected method runs first.
        Assert.Equal("B.radd", ((PyStr)a.Slots.Add!(f.Ts, x, y)!).Value);
        // No __sub__: NotImplemented.
        var c = f.Class("C", [], f.Ns(("__rsub__", f.Method("__rsub__", (ts, self, args, kw) => ts.Interpreter.Str("rsub")))));
        Assert.Same(f.Interp.NotImplemented, c.Slots.Subtract!(f.Ts, f.Call(c), f.Interp.Int(1)));
    }

    [Fact]
    public void GetAttrFallbackAndInitResultCheck()
    {
        var a = f.Class("A", [], f.Ns(
            ("__getattr__", f.Method("__getattr__", (ts, self, args, kw) => ts.Interpreter.Str("fallback:" + ((PyStr)args[0]).Value))),
            ("__init__", f.Method("__init__", (ts, self, args, kw) => args.Length > 0 ? ts.Interpreter.Int(1) : ts.Interpreter.None))));
        var obj = f.Call(a);
        Assert.Equal("fallback:zz", ((PyStr)f.Get(obj, "zz")!).Value);
        Assert.Null(Ops.Call(f.Ts, a, [f.Interp.Int(1)]));
        Assert.Equal("TypeError: __init__() should return None, not 'int'", f.Error());
    }

    [Fact]
    public void ObjectArgumentChecks()
    {
        var a = f.Class("A", []);
        Assert.Null(Ops.Call(f.Ts, a, [f.Interp.Int(1)]));
        Assert.Equal("TypeError: A() takes no arguments", f.Error());
        Assert.Null(Ops.Call(f.Ts, f.Interp.Types.Object, [f.Interp.Int(1)]));
        Assert.Equal("TypeError: object() takes no arguments", f.Error());
        var o = f.Call(f.Interp.Types.Object);
        Assert.False(Ops.SetAttr(f.Ts, o, f.S("x"), f.Interp.Int(1)));
        Assert.Equal("AttributeError: 'object' object has no attribute 'x'", f.Error());
    }

    [Fact]
    public void EveryTypeSlotsFieldHasASlotId()
    {
        // TypeSlots.SameAs compares by SlotId: a field without one would let a builtin type share
        // a base's table that differs from its own.
        Assert.Equal((int)SlotId.Count, typeof(TypeSlots).GetFields().Length);
    }

    [Fact]
    public void BuiltinTypesThatOverrideNoSlotShareTheirBasesTable()
    {
        var interp = f.Interp;
        var valueError = interp.ExceptionType(ExceptionKind.ValueError);
        var exception = interp.ExceptionType(ExceptionKind.Exception);
        Assert.Same(exception.Slots, valueError.Slots);
        // Those that override one have their own.
        var keyError = interp.ExceptionType(ExceptionKind.KeyError);
        Assert.NotSame(interp.ExceptionType(ExceptionKind.LookupError).Slots, keyError.Slots);
        Assert.NotSame(exception.Slots, interp.ExceptionType(ExceptionKind.OSError).Slots);
    }
}
