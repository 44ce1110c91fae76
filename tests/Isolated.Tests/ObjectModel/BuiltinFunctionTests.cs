using Xunit;
using Isolated.Modules;
using Isolated.Objects;

namespace Isolated.Tests.ObjectModel;

public class BuiltinFunctionTests
{
    readonly ObjectModelFixture f = new();

    PyObject Builtin(string name)
    {
        var m = BuiltinsModule.Create(f.Interp);
        return m.Dict.GetStr(name)!;
    }

    [Fact]
    public void GetAttrHasAttrSetAttrDelAttr()
    {
        var a = f.Class("A", []);
        var obj = f.Call(a);
        f.Call(Builtin("setattr"), obj, f.S("x"), f.Interp.Int(1));
        Assert.Same(f.Interp.True, f.Call(Builtin("hasattr"), obj, f.S("x")));
        Assert.Same(f.Interp.Int(1), f.Call(Builtin("getattr"), obj, f.S("x")));
        Assert.Same(f.Interp.None, f.Call(Builtin("getattr"), obj, f.S("nope"), f.Interp.None));
        f.Call(Builtin("delattr"), obj, f.S("x"));
        Assert.Same(f.Interp.False, f.Call(Builtin("hasattr"), obj, f.S("x")));
        Assert.Null(Ops.Call(f.Ts, Builtin("getattr"), [obj, f.Interp.Int(2)]));
        Assert.Equal("TypeError: attribute name must be string, not 'int'", f.Error());
        Assert.Null(Ops.Call(f.Ts, Builtin("getattr"), [obj]));
        Assert.Equal("TypeError: getattr expected at least 2 arguments, got 1", f.Error());
    }

    [Fact]
    public void DirVarsCallableIdHash()
    {
        var a = f.Class("A", [], f.Ns(("zeta", f.Interp.Int(1)), ("alpha", f.Interp.Int(2))));
        var obj = f.Call(a);
        Assert.True(Ops.SetAttr(f.Ts, obj, f.S("mine"), f.Interp.Int(3)));
        var names = f.Repr(f.Call(Builtin("dir"), obj));
        Assert.Contains("'alpha', ", names);
        Assert.True(names.IndexOf("'alpha'") < names.IndexOf("'mine'") && names.IndexOf("'mine'") < names.IndexOf("'zeta'"));
        Assert.Contains("'__repr__'", names);
        Assert.Equal("{'mine': 3}", f.Repr(f.Call(Builtin("vars"), obj)));
        Assert.Null(Ops.Call(f.Ts, Builtin("vars"), [f.Interp.Int(1)]));
        Assert.Equal("TypeError: vars() argument must have __dict__ attribute", f.Error());
        Assert.Same(f.Interp.True, f.Call(Builtin("callable"), a));
        Assert.Same(f.Interp.False, f.Call(Builtin("callable"), obj));
        Assert.Equal(f.Call(Builtin("id"), obj).ToString(), f.Call(Builtin("id"), obj).ToString());
        Assert.Same(f.Interp.Int(5), f.Call(Builtin("hash"), f.Interp.Int(5)));
        Assert.Same(f.Interp.True, f.Call(Builtin("isinstance"), obj, a));
        Assert.Same(f.Interp.True, f.Call(Builtin("issubclass"), a, f.Interp.Types.Object));
    }
}
