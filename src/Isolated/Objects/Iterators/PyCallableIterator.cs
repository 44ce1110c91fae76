using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary><c>callable_iterator</c> (iter(callable, sentinel)): calls the callable until it
/// returns a value equal to the sentinel.</summary>
public sealed class PyCallableIterator : PyObject
{
    PyObject? _callable;
    readonly PyObject _sentinel;

    public PyCallableIterator(PyType type, PyObject callable, PyObject sentinel) : base(type)
    {
        _callable = callable;
        _sentinel = sentinel;
    }

    public static PyType CreateType(BuiltinTypes types) => IteratorTypes.New(types, "callable_iterator", Next, null, static (ts, self) =>
    {
        var it = (PyCallableIterator)self;
        if (it._callable is null) return IteratorTypes.ReduceExhausted(ts);
        var iter = Ops.VmBuiltin(ts, "iter");
        return iter is null ? null : ts.Interpreter.Tuple(iter, ts.Interpreter.Tuple(it._callable, it._sentinel));
    });

    static PyObject? Next(ThreadState ts, PyObject self)
    {
        var it = (PyCallableIterator)self;
        if (it._callable is null) return null;
        var r = Ops.Call(ts, it._callable);
        if (r is null)
        {
            if (Ops.IsError(ts, ExceptionKind.StopIteration))
            {
                ts.CurrentException = null;
                it._callable = null;
            }
            return null;
        }
        int eq = Ops.RichCompareBool(ts, r, it._sentinel, CompareOp.Eq);
        if (eq < 0) return null;
        if (eq > 0)
        {
            it._callable = null;
            return null;
        }
        return r;
    }
}
