using Isolated.Execution;
using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>What <c>anext(iterator, default)</c> returns: awaiting it awaits
/// <c>iterator.__anext__()</c>, and the end of the iteration (StopAsyncIteration) becomes the
/// default value instead.</summary>
public sealed class PyANextAwaitable : PyObject, IAwaitableIterator
{
    readonly PyObject _iterator;
    readonly PyObject _default;
    /// <summary>The iterator of the awaitable <c>__anext__()</c> returned, once started.</summary>
    PyObject? _inner;

    public PyANextAwaitable(PyType type, PyObject iterator, PyObject defaultValue) : base(type)
    {
        _iterator = iterator;
        _default = defaultValue;
    }

    public int Send(ThreadState ts, PyObject? value, PyBaseException? exc, out PyObject? result)
    {
        result = null;
        if (_inner is null)
        {
            var awaitable = Ops.VmCallMethod(ts, _iterator, "__anext__", []);
            if (awaitable is null) return -1;
            _inner = Generators.GetAwaitable(ts, awaitable);
            if (_inner is null) return -1;
        }
        int st;
        if (exc is null) st = Generators.Send(ts, _inner, value ?? ts.Interpreter.None, out result);
        else if (_inner is IAwaitableIterator ai) st = ai.Send(ts, null, exc, out result);
        else
        {
            result = Ops.VmCallMethod(ts, _inner, "throw", [exc]);
            st = result is not null ? 1 : -1;
            if (st < 0 && Ops.IsError(ts, ExceptionKind.StopIteration))
            {
                result = Generators.StopIterationArg(ts, ts.CurrentException!);
                ts.CurrentException = null;
                st = 0;
            }
        }
        if (st < 0 && Ops.IsError(ts, ExceptionKind.StopAsyncIteration))
        {
            ts.CurrentException = null;
            result = _default;
            return 0;
        }
        return st;
    }
}
