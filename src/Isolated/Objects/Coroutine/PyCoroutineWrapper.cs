using Isolated.Execution;
using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>What <c>coroutine.__await__()</c> returns: an iterator that drives the coroutine.</summary>
public sealed class PyCoroutineWrapper : PyObject, IAwaitableIterator
{
    public readonly PyGenerator Coroutine;

    public PyCoroutineWrapper(PyType type, PyGenerator coroutine) : base(type) => Coroutine = coroutine;

    public int Send(ThreadState ts, PyObject? value, PyBaseException? exc, out PyObject? result) =>
        Generators.Resume(ts, Coroutine, value, exc, out result);
}
