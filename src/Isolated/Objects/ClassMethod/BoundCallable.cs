using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>Binds a callable that is not itself a descriptor to a first argument (what a bound
/// method does), as a builtin function whose self is the pair (callable, first).</summary>
public static class BoundCallable
{
    static readonly BuiltinMethod CallWithFirst = static (ts, self, args, kwnames) =>
    {
        var pair = (PyTuple)self;
        var all = new PyObject[args.Length + 1];
        all[0] = pair[1];
        args.CopyTo(all.AsSpan(1));
        return Ops.Call(ts, pair[0], all, kwnames);
    };

    public static PyObject Bind(ThreadState ts, PyObject callable, PyObject first)
    {
        string name = callable is PyBuiltinFunction f ? f.Name : callable.Type.Name;
        return ts.Interpreter.NewBuiltinFunction(name, ts.Interpreter.Tuple(callable, first), CallWithFirst);
    }
}
