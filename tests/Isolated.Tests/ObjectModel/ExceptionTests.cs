using Xunit;
using Isolated.Objects;

namespace Isolated.Tests.ObjectModel;

public class ExceptionTests
{
    readonly ObjectModelFixture f = new();

    PyObject Exc(ExceptionKind kind, params PyObject[] args) => f.Call(f.Interp.ExceptionType(kind), args);

    [Fact]
    public void OSErrorMapsErrnoAndFormats()
    {
        var e = Exc(ExceptionKind.OSError, f.Interp.Int(2), f.S("No such file"), f.S("f"));
        Assert.Equal("FileNotFoundError", e.Type.Name);
        Assert.Equal("[Errno 2] No such file: 'f'", f.Str(e));
        Assert.Equal("(2, 'No such file')", f.Repr(((PyBaseException)e).Args));
        Assert.Same(f.Interp.Int(2), f.Get(e, "errno"));
        var e2 = Exc(ExceptionKind.OSError, f.Interp.Int(2), f.S("x"), f.S("a"), f.Interp.None, f.S("b"));
        Assert.Equal("[Errno 2] x: 'a' -> 'b'", f.Str(e2));
        Assert.Equal("1", f.Str(Exc(ExceptionKind.OSError, f.Interp.Int(1))));
    }

    [Fact]
    public void FamilyAttributesAndStrings()
    {
        Assert.Equal("'a'", f.Str(Exc(ExceptionKind.KeyError, f.S("a"))));
        Assert.Same(f.Interp.Int(1), f.Get(Exc(ExceptionKind.StopIteration, f.Interp.Int(1), f.Interp.Int(2)), "value"));
        Assert.Equal("(1, 2)", f.Repr(f.Get(Exc(ExceptionKind.SystemExit, f.Interp.Int(1), f.Interp.Int(2)), "code")!));
        var se = Exc(ExceptionKind.SyntaxError, f.S("bad"), f.Interp.Tuple(f.S("dir/f.py"), f.Interp.Int(3), f.Interp.Int(4), f.S("txt")));
        Assert.Equal("bad (f.py, line 3)", f.Str(se));
        Assert.Same(f.Interp.Int(4), f.Get(se, "offset"));
        Assert.Null(Ops.Call(f.Ts, f.Interp.ExceptionType(ExceptionKind.SyntaxError), [f.S("bad"), f.Interp.Tuple(f.Interp.Int(1), f.Interp.Int(2))]));
        Assert.Equal("TypeError: function takes at least 4 arguments (2 given)", f.Error());
        var ue = Exc(ExceptionKind.UnicodeEncodeError, f.S("ascii"), f.S("\u00e9x"), f.Interp.Int(0), f.Interp.Int(1), f.S("ordinal not in range(128)"));
        Assert.Equal("'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)", f.Str(ue));
        Assert.Equal("ValueError()", f.Repr(Exc(ExceptionKind.ValueError)));
        // An exception created from C# with args only still answers its attributes.
        var raw = new PyBaseException(f.Interp.ExceptionType(ExceptionKind.StopIteration), f.Interp.Tuple(f.Interp.Int(9)));
        Assert.Same(f.Interp.Int(9), f.Get(raw, "value"));
    }

    [Fact]
    public void KeywordAttributes()
    {
        var ie = Ops.Call(f.Ts, f.Interp.ExceptionType(ExceptionKind.ImportError), [f.S("m"), f.S("n")], f.Interp.Tuple(f.S("name")));
        Assert.True(ie is not null, f.Error());
        Assert.Equal("n", ((PyStr)f.Get(ie!, "name")!).Value);
        Assert.Equal("m", f.Str(ie!));
        Assert.Null(Ops.Call(f.Ts, f.Interp.ExceptionType(ExceptionKind.NameError), [f.S("x"), f.Interp.Int(1)], f.Interp.Tuple(f.S("obj"))));
        Assert.Equal("TypeError: 'obj' is an invalid keyword argument for NameError()", f.Error());
        Assert.Null(Ops.Call(f.Ts, f.Interp.ExceptionType(ExceptionKind.ValueError), [f.Interp.Int(1)], f.Interp.Tuple(f.S("x"))));
        Assert.Equal("TypeError: ValueError() takes no keyword arguments", f.Error());
    }

    [Fact]
    public void ChainingNotesAndTraceback()
    {
        var e = Exc(ExceptionKind.ValueError, f.Interp.Int(1));
        Assert.False(Ops.SetAttr(f.Ts, e, f.S("__cause__"), f.Interp.Int(3)));
        Assert.Equal("TypeError: exception cause must be None or derive from BaseException", f.Error());
        var cause = Exc(ExceptionKind.KeyError);
        Assert.True(Ops.SetAttr(f.Ts, e, f.S("__cause__"), cause));
        Assert.Same(f.Interp.True, f.Get(e, "__suppress_context__"));
        f.Call(f.Get(e, "add_note")!, f.S("hello"));
        Assert.Equal("['hello']", f.Repr(f.Get(e, "__notes__")!));
        Assert.Null(Ops.Call(f.Ts, f.Get(e, "add_note")!, [f.Interp.Int(2)]));
        Assert.Equal("TypeError: note must be a str, not 'int'", f.Error());
        Assert.Null(Ops.Call(f.Ts, f.Get(e, "with_traceback")!, [f.Interp.Int(3)]));
        Assert.Equal("TypeError: __traceback__ must be a traceback or None", f.Error());
        Assert.Equal("(<class 'ValueError'>, (1,), {'__notes__': ['hello']})", f.Repr(f.Call(f.Get(e, "__reduce__")!)));
        Assert.Equal("(<class 'KeyError'>, ())", f.Repr(f.Call(f.Get(cause, "__reduce__")!)));
    }

    [Fact]
    public void ExceptionGroups()
    {
        var eg = f.Interp.ExceptionType(ExceptionKind.ExceptionGroup);
        var beg = f.Interp.ExceptionType(ExceptionKind.BaseExceptionGroup);
        Assert.Equal("(<class 'ExceptionGroup'>, <class 'BaseExceptionGroup'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)",
            f.Repr(f.Get(eg, "__mro__")!));
        var v1 = Exc(ExceptionKind.ValueError, f.Interp.Int(1));
        var t2 = Exc(ExceptionKind.TypeError, f.Interp.Int(2));
        var g = f.Call(beg, f.S("m"), f.Interp.Tuple(v1, t2));
        Assert.Same(eg, g.Type);
        Assert.Equal("m (2 sub-exceptions)", f.Str(g));
        var split = (PyTuple)f.Call(f.Get(g, "split")!, f.Interp.ExceptionType(ExceptionKind.ValueError));
        Assert.Equal("ExceptionGroup('m', [ValueError(1)])", f.Repr(split[0]));
        Assert.Equal("ExceptionGroup('m', [TypeError(2)])", f.Repr(split[1]));
        Assert.Null(Ops.Call(f.Ts, eg, [f.S("m"), f.Interp.Tuple(Exc(ExceptionKind.KeyboardInterrupt))]));
        Assert.Equal("TypeError: Cannot nest BaseExceptions in an ExceptionGroup", f.Error());
        Assert.Null(Ops.Call(f.Ts, eg, [f.S("m"), f.Interp.EmptyTuple]));
        Assert.Equal("ValueError: second argument (exceptions) must be a non-empty sequence", f.Error());
    }

    [Fact]
    public void ExceptionSubclassesCombineUnlessLayoutsDiffer()
    {
        var t = f.Interp.Types.Type;
        var ok = ClassBuilder.New(f.Ts, t, [f.S("X"), f.Interp.Tuple(f.Interp.ExceptionType(ExceptionKind.ValueError), f.Interp.ExceptionType(ExceptionKind.KeyError)), f.Interp.NewDict()], null);
        Assert.True(ok is not null, f.Error());
        Assert.Null(ClassBuilder.New(f.Ts, t, [f.S("Y"), f.Interp.Tuple(f.Interp.ExceptionType(ExceptionKind.OSError), f.Interp.ExceptionType(ExceptionKind.SyntaxError)), f.Interp.NewDict()], null));
        Assert.Equal("TypeError: multiple bases have instance lay-out conflict", f.Error());
        var inst = f.Call((PyType)ok!, f.S("msg"));
        Assert.Equal("'msg'", f.Str(inst));  // KeyError's __str__ is the first in the MRO
    }
}

public class OSErrorHelperTests
{
    readonly ObjectModelFixture f = new();

    [Fact]
    public void FromErrnoPicksTheSubclass()
    {
        var e = OSErrors.FromErrno(f.Ts, 13, "Permission denied", f.S("/x"));
        Assert.Equal("PermissionError", e.Type.Name);
        Assert.Equal("[Errno 13] Permission denied: '/x'", f.Str(e));
        Assert.Equal("OSError", OSErrors.FromErrno(f.Ts, 9999, "odd").Type.Name);
    }
}
