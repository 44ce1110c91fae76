using Xunit;
using Isolated.Objects;
using Isolated.Runtime;
using ThreadState = Isolated.Runtime.ThreadState;

namespace Isolated.Tests.ObjectModel;

/// <summary>Helpers for building classes from C#: methods are C# functions wrapped as method
/// descriptors (they bind to the instance like Python functions do).</summary>
public sealed class ObjectModelFixture
{
    public readonly global::Isolated.Runtime.Runtime Runtime = new();
    public readonly Interpreter Interp;
    public readonly ThreadState Ts;

    public ObjectModelFixture()
    {
        Interp = Runtime.Main;
        Ts = Interp.NewThreadState();
    }

    public PyStr S(string s) => Interp.Str(s);

    public PyObject Method(string name, BuiltinMethod fn) =>
        new PyMethodDescriptor(Interp.Types.MethodDescriptor, Interp.Types.Object, name, fn);

    public PyDict Ns(params (string Name, PyObject Value)[] items)
    {
        var d = Interp.NewDict();
        foreach (var (n, v) in items) d.SetStr(Interp.Intern(n), v);
        return d;
    }

    /// <summary>type(name, bases, ns), asserting success.</summary>
    public PyType Class(string name, PyType[] bases, PyDict? ns = null, PyType? meta = null)
    {
        var r = ClassBuilder.New(Ts, meta ?? Interp.Types.Type, [S(name), Interp.Tuple(bases), ns ?? Interp.NewDict()], null);
        Assert.True(r is not null, Error());
        return Assert.IsType<PyType>(r);
    }

    /// <summary>The pending error as "Type: message", cleared.</summary>
    public string Error()
    {
        var e = Ts.FetchError();
        if (e is null) return "(no error)";
        var s = Ops.Str(Ts, e) as PyStr;
        Ts.CurrentException = null;
        return $"{e.Type.Name}: {s?.Value}";
    }

    public PyObject Call(PyObject callable, params PyObject[] args)
    {
        var r = Ops.Call(Ts, callable, args);
        Assert.True(r is not null, Error());
        return r!;
    }

    public string Repr(PyObject o) => ((PyStr)Ops.Repr(Ts, o)!).Value;
    public string Str(PyObject o) => ((PyStr)Ops.Str(Ts, o)!).Value;

    public PyObject? Get(PyObject o, string name) => Ops.GetAttr(Ts, o, Interp.Intern(name));
}
