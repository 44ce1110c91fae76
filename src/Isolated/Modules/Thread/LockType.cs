using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Thread;

/// <summary>_thread.lock (LockType): acquire/release/locked, context manager, _at_fork_reinit.</summary>
public static class LockType
{
    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("lock", types.Object, TypeFlags.None, s =>
        {
            s.New = null;
            s.Repr = static (ts, self) => ts.Interpreter.Str(
                $"<{(((PyLock)self).IsLocked ? "locked" : "unlocked")} _thread.lock object at 0x{Ops.Id(self):x}>");
        }, FillDict);

    static void FillDict(ThreadState? ts, PyType type)
    {
        type.AddValue("__module__", type.Owner.Str("_thread"));
        type.AddMethod("acquire", Acquire);
        type.AddMethod("acquire_lock", Acquire);
        type.AddMethod("__enter__", Acquire);
        type.AddMethod("release", Release);
        type.AddMethod("release_lock", Release);
        type.AddMethod("__exit__", static (ts, self, args, kw) => Release(ts, self, [], null));
        type.AddMethod("locked", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "locked", args, kw, 0, 0) ? ts.Interpreter.Bool(((PyLock)self).IsLocked) : null);
        type.AddMethod("locked_lock", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "locked_lock", args, kw, 0, 0) ? ts.Interpreter.Bool(((PyLock)self).IsLocked) : null);
        type.AddMethod("_at_fork_reinit", static (ts, self, args, kw) =>
        {
            ((PyLock)self).Semaphore = new SemaphoreSlim(1, 1);
            return ts.Interpreter.None;
        });
    }

    static PyObject? Acquire(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!LockWaiting.ParseAcquireArgs(ts, args, kw, out bool blocking, out long timeoutMs)) return null;
        int r = LockWaiting.Acquire(ts, ((PyLock)self).Semaphore, blocking, timeoutMs);
        return r < 0 ? null : ts.Interpreter.Bool(r == 1);
    }

    static PyObject? Release(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var sem = ((PyLock)self).Semaphore;
        lock (sem)
        {
            if (sem.CurrentCount != 0) return ts.Raise(ExceptionKind.RuntimeError, "release unlocked lock");
            sem.Release();
        }
        return ts.Interpreter.None;
    }
}
