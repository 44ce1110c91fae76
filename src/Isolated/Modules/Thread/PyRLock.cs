using Isolated.Objects;

namespace Isolated.Modules.Thread;

/// <summary>_thread.RLock: a reentrant lock owned by one thread (by get_ident()).</summary>
public class PyRLock : PyObject
{
    public SemaphoreSlim Semaphore = new(1, 1);
    public long Owner;
    public long Count;

    public PyRLock(PyType type) : base(type) { }
}
