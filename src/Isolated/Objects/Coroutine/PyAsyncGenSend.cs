using Isolated.Execution;
using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The awaitable that <c>__anext__</c>, <c>asend</c>, <c>athrow</c> and <c>aclose</c> of an
/// async generator return: driving it resumes the generator until its next own <c>yield</c>.</summary>
public sealed class PyAsyncGenSend : PyObject, IAwaitableIterator
{
    public readonly PyGenerator Generator;
    PyObject? _initial;
    PyBaseException? _throw;
    /// <summary>aclose(): the generator must not yield again.</summary>
    public bool IsClose;
    bool _done;

    public PyAsyncGenSend(PyType type, PyGenerator gen, PyObject? initial, PyBaseException? toThrow) : base(type)
    {
        Generator = gen;
        _initial = initial;
        _throw = toThrow;
    }

    public int Send(ThreadState ts, PyObject? value, PyBaseException? exc, out PyObject? result)
    {
        result = null;
        if (_done)
        {
            ts.Raise(ExceptionKind.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
            return -1;
        }
        if (_initial is not null || _throw is not null)
        {
            // First step: deliver the asend value or the athrow exception.
            if (exc is null) { exc = _throw; value = _throw is null ? _initial : null; }
            _initial = null;
            _throw = null;
            if (IsClose && Generator.Finished) { _done = true; result = ts.Interpreter.None; return 0; }
        }
        int st = Generators.AsyncGenStep(ts, Generator, value, exc, out result);
        if (IsClose)
        {
            if (st == 0)
            {
                _done = true;
                ts.Raise(ExceptionKind.RuntimeError, "async generator ignored GeneratorExit");
                return -1;
            }
            if (st < 0 && (Ops.IsError(ts, ExceptionKind.StopAsyncIteration) || Ops.IsError(ts, ExceptionKind.GeneratorExit)))
            {
                ts.CurrentException = null;
                _done = true;
                result = ts.Interpreter.None;
                return 0;
            }
        }
        if (st != 1) _done = true;
        return st;
    }
}
