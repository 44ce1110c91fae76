using Isolated.Objects;

namespace Isolated.Modules.Thread;

/// <summary>_thread.lock: a binary semaphore (any thread may release it, as CPython's).</summary>
public sealed class PyLock : PyObject
{
    public SemaphoreSlim Semaphore = new(1, 1);

    public PyLock(PyType type) : base(type) { }

    public bool IsLocked => Semaphore.CurrentCount == 0;
}
