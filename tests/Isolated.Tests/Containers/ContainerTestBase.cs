using Isolated.Objects;
using Isolated.Runtime;
using Xunit;

namespace Isolated.Tests.Containers;

/// <summary>Helpers for container tests: a fresh interpreter per test class instance, C# values
/// to Python objects, method calls through the type dict, repr and error assertions.</summary>
public abstract class ContainerTestBase
{
    protected readonly Isolated.Runtime.Runtime Rt;
    protected readonly Interpreter Interp;
    protected readonly Isolated.Runtime.ThreadState Ts;

    protected ContainerTestBase()
    {
        Rt = new Isolated.Runtime.Runtime();
        Interp = Rt.Main;
        Ts = Interp.NewThreadState();
    }

    /// <summary>Converts C# values: int/long → int, string → str, bool, null → None,
    /// PyObject as is, object[] → tuple.</summary>
    protected PyObject Py(object? v) => v switch
    {
        null => Interp.None,
        PyObject o => o,
        bool b => Interp.Bool(b),
        int i => Interp.Int(i),
        long l => Interp.Int(l),
        System.Numerics.BigInteger bi => Interp.Int(bi),
        string s => Interp.Str(s),
        object[] a => Interp.Tuple(Array.ConvertAll(a, Py)),
        _ => throw new ArgumentException(v.GetType().Name),
    };

    protected PyList L(params object?[] items)
    {
        var l = ListType.New(Interp);
        foreach (var x in items) l.Append(Py(x));
        return l;
    }

    protected PyTuple T(params object?[] items) => Interp.Tuple(Array.ConvertAll(items, Py));

    /// <summary>Calls obj.name(*args) (through attribute lookup on the type's dict).</summary>
    protected PyObject? Call(PyObject obj, string name, params object?[] args)
    {
        var m = Ops.GetAttr(Ts, obj, name);
        if (m is null) return null;
        return Ops.Call(Ts, m, Array.ConvertAll(args, Py));
    }

    /// <summary>Calls obj.name(*args, **kwargs).</summary>
    protected PyObject? CallKw(PyObject obj, string name, object?[] args, params (string, object?)[] kwargs)
    {
        var m = Ops.GetAttr(Ts, obj, name);
        if (m is null) return null;
        return CallableKw(m, args, kwargs);
    }

    protected PyObject? CallableKw(PyObject callable, object?[] args, params (string, object?)[] kwargs)
    {
        var all = new PyObject[args.Length + kwargs.Length];
        for (int i = 0; i < args.Length; i++) all[i] = Py(args[i]);
        var names = new PyObject[kwargs.Length];
        for (int i = 0; i < kwargs.Length; i++)
        {
            all[args.Length + i] = Py(kwargs[i].Item2);
            names[i] = Interp.Str(kwargs[i].Item1);
        }
        return Ops.Call(Ts, callable, all, kwargs.Length == 0 ? null : Interp.Tuple(names));
    }

    /// <summary>A builtin from the builtins module.</summary>
    protected PyObject Builtin(string name)
    {
        var m = Isolated.Modules.BuiltinsModule.Create(Interp);
        var f = m.Dict.GetStr(name);
        Assert.NotNull(f);
        return f!;
    }

    protected PyObject? CallBuiltin(string name, params object?[] args) => Ops.Call(Ts, Builtin(name), Array.ConvertAll(args, Py));

    protected string Repr(PyObject? o)
    {
        Assert.True(o is not null, Ts.CurrentException?.ToString() ?? "null without error");
        var r = Ops.Repr(Ts, o!);
        Assert.True(r is not null, Ts.CurrentException?.ToString());
        return ((PyStr)r!).Value;
    }

    protected void AssertRepr(string expected, PyObject? o) => Assert.Equal(expected, Repr(o));

    /// <summary>Asserts that the operation failed with <paramref name="kind"/> and the message.</summary>
    protected void AssertError(ExceptionKind kind, string? message, object? result)
    {
        bool failed = result is null || result is false || result is -1 || result is -1L;
        Assert.True(failed, $"expected {kind} but got {result}");
        var e = Ts.FetchError();
        Assert.NotNull(e);
        Assert.Equal(Interp.ExceptionType(kind).Name, e!.Type.Name);
        if (message is not null)
        {
            var msg = e.Args.Count > 0 ? (Ops.Str(Ts, e.Args[0]) as PyStr)?.Value : "";
            Assert.Equal(message, msg);
        }
    }

    protected void NoError() => Assert.True(Ts.CurrentException is null, Ts.CurrentException?.ToString());

    protected bool Truth(PyObject? o)
    {
        Assert.NotNull(o);
        int t = Ops.IsTrue(Ts, o!);
        Assert.True(t >= 0);
        return t > 0;
    }

    protected PyObject Iterable(params object?[] items) => Ops.GetIter(Ts, L(items))!;
}
