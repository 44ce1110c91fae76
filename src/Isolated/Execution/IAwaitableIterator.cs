using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Execution;

/// <summary>An iterator the VM can drive without going through Python-level calls (generators,
/// coroutines and the awaitables of async generators): resume it with a value or an exception.
/// Returns 1 when it yielded <paramref name="result"/>, 0 when it finished with
/// <paramref name="result"/> as its return value, -1 on error.</summary>
public interface IAwaitableIterator
{
    int Send(ThreadState ts, PyObject? value, PyBaseException? exc, out PyObject? result);
}
