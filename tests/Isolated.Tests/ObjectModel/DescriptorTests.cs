using Xunit;
using Isolated.Objects;

namespace Isolated.Tests.ObjectModel;

public class DescriptorTests
{
    readonly ObjectModelFixture f = new();

    [Fact]
    public void PropertyGetSetDeleteAndErrors()
    {
        var t = f.Interp.Types;
        var getter = f.Method("get", (ts, self, args, kw) => ts.Interpreter.Int(10));
        PyObject? stored = null;
        var setter = f.Method("set", (ts, self, args, kw) => { stored = args[0]; return ts.Interpreter.None; });
        var p = f.Call(t.Property, getter);
        var a = f.Class("A", [], f.Ns(("x", p), ("y", f.Call(t.Property))));
        var obj = f.Call(a);
        Assert.Same(f.Interp.Int(10), f.Get(obj, "x"));
        Assert.False(Ops.SetAttr(f.Ts, obj, f.S("x"), f.Interp.Int(1)));
        Assert.Equal("AttributeError: property 'x' of 'A' object has no setter", f.Error());
        Assert.Null(f.Get(obj, "y"));
        Assert.Equal("AttributeError: property 'y' of 'A' object has no getter", f.Error());
        var p2 = f.Call(f.Get(p, "setter")!, setter);
        Assert.True(Ops.SetAttr(f.Ts, a, f.S("x"), p2));
        Assert.True(Ops.SetAttr(f.Ts, obj, f.S("x"), f.Interp.Int(5)));
        Assert.Same(f.Interp.Int(5), stored);
        Assert.Same(getter, f.Get(p2, "fget"));
    }

    [Fact]
    public void ClassMethodAndStaticMethodBind()
    {
        var t = f.Interp.Types;
        var fn = f.Interp.NewBuiltinFunction("fn", f.Interp.None, (ts, self, args, kw) => ts.Interpreter.Tuple(args.ToArray()));
        var a = f.Class("A", [], f.Ns(("c", f.Call(t.ClassMethod, fn)), ("s", f.Call(t.StaticMethod, fn))));
        var b = f.Class("B", [a]);
        var r = (PyTuple)f.Call(f.Get(f.Call(b), "c")!, f.Interp.Int(1));
        Assert.Same(b, r[0]);
        Assert.Same(f.Interp.Int(1), r[1]);
        var s = (PyTuple)f.Call(f.Get(b, "s")!, f.Interp.Int(2));
        Assert.Single(s.Items);
        Assert.Same(fn, f.Get(a.Dict.GetStr("s")!, "__func__"));
        Assert.StartsWith("<staticmethod(<built-in ", f.Repr(a.Dict.GetStr("s")!));
    }

    [Fact]
    public void SuperSkipsToTheNextClassInTheMro()
    {
        var a = f.Class("A", [], f.Ns(("who", f.Method("who", (ts, self, args, kw) => ts.Interpreter.Str("A")))));
        var b = f.Class("B", [a], f.Ns(("who", f.Method("who", (ts, self, args, kw) => ts.Interpreter.Str("B")))));
        var obj = f.Call(b);
        var sup = f.Call(f.Interp.Types.Super, b, obj);
        Assert.Equal("A", ((PyStr)f.Call(f.Get(sup, "who")!)).Value);
        Assert.Equal("<super: <class 'B'>, <B object>>", f.Repr(sup));
        Assert.Null(Ops.Call(f.Ts, f.Interp.Types.Super, [b, f.Interp.Int(1)]));
        Assert.Equal("TypeError: super(type, obj): obj must be an instance or subtype of type", f.Error());
        Assert.Null(Ops.Call(f.Ts, f.Interp.Types.Super, []));
        Assert.Equal("RuntimeError: super(): no arguments", f.Error());
    }

    [Fact]
    public void TypeDictIsAMappingProxy()
    {
        var a = f.Class("A", [], f.Ns(("k", f.Interp.Int(1))));
        var proxy = f.Get(a, "__dict__")!;
        Assert.Equal("mappingproxy", proxy.Type.Name);
        Assert.Same(f.Interp.Int(1), proxy.Type.Slots.GetItem!(f.Ts, proxy, f.S("k")));
        Assert.Equal(1, proxy.Type.Slots.Contains!(f.Ts, proxy, f.S("k")));
        Assert.False(Ops.SetAttr(f.Ts, proxy, f.S("k"), f.Interp.Int(2)));
        f.Error();
    }

    [Fact]
    public void IsInstanceAndIsSubclass()
    {
        var t = f.Interp.Types;
        var a = f.Class("A", []);
        var b = f.Class("B", [a]);
        var obj = f.Call(b);
        Assert.Equal(1, Ops.IsInstance(f.Ts, obj, a));
        Assert.Equal(0, Ops.IsInstance(f.Ts, obj, t.Int));
        Assert.Equal(1, Ops.IsInstance(f.Ts, obj, f.Interp.Tuple(t.Int, f.Interp.Tuple(a))));
        Assert.Equal(1, Ops.IsSubclass(f.Ts, b, a));
        Assert.Equal(0, Ops.IsSubclass(f.Ts, a, b));
        Assert.Equal(-1, Ops.IsInstance(f.Ts, obj, f.Interp.Int(2)));
        Assert.Equal("TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union", f.Error());
        Assert.Equal(-1, Ops.IsSubclass(f.Ts, f.Interp.Int(1), a));
        Assert.Equal("TypeError: issubclass() arg 1 must be a class", f.Error());
        // A metaclass __instancecheck__ decides.
        var meta = f.Class("Meta", [t.Type], f.Ns(("__instancecheck__", f.Method("__instancecheck__", (ts, self, args, kw) => ts.Interpreter.True))));
        var any = f.Class("Any", [], null, meta);
        Assert.Equal(1, Ops.IsInstance(f.Ts, f.Interp.Int(3), any));
    }
}
