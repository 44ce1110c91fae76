using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Thread;

/// <summary>_thread.RLock: the C reentrant lock threading.RLock() uses, with the
/// _release_save/_acquire_restore protocol of threading.Condition.</summary>
public static class RLockType
{
    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("RLock", types.Object, TypeFlags.BaseType, s =>
        {
            s.New = static (ts, type, args, kw) =>
                ReferenceEquals(type, ts.Interpreter.Types.ThreadRLock) ? new PyRLock(type) : new PyRLockSubclass(type);
            s.Init = static (ts, self, args, kw) => true;
            s.Repr = static (ts, self) =>
            {
                var r = (PyRLock)self;
                string state = r.Count > 0 ? "locked" : "unlocked";
                string name = Ops.TypeModuleName(self.Type) + "." + self.Type.QualName;
                return ts.Interpreter.Str($"<{state} {name} object owner={r.Owner} count={r.Count} at 0x{Ops.Id(self):x}>");
            };
        }, FillDict);

    static void FillDict(ThreadState? ts, PyType type)
    {
        type.AddValue("__module__", type.Owner.Str("_thread"));
        type.AddMethod("acquire", Acquire);
        type.AddMethod("__enter__", Acquire);
        type.AddMethod("release", Release);
        type.AddMethod("__exit__", static (ts, self, args, kw) => Release(ts, self, [], null));
        type.AddMethod("_is_owned", static (ts, self, args, kw) =>
        {
            var r = (PyRLock)self;
            return ts.Interpreter.Bool(r.Count > 0 && r.Owner == ThreadModule.CurrentIdent());
        });
        type.AddMethod("_recursion_count", static (ts, self, args, kw) =>
        {
            var r = (PyRLock)self;
            return ts.Interpreter.Int(r.Owner == ThreadModule.CurrentIdent() ? r.Count : 0);
        });
        type.AddMethod("_release_save", static (ts, self, args, kw) =>
        {
            var r = (PyRLock)self;
            if (r.Count == 0) return ts.Raise(ExceptionKind.RuntimeError, "cannot release un-acquired lock");
            var state = ts.Interpreter.Tuple(ts.Interpreter.Int(r.Count), ts.Interpreter.Int(r.Owner));
            r.Count = 0;
            r.Owner = 0;
            r.Semaphore.Release();
            return state;
        });
        type.AddMethod("_acquire_restore", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "_acquire_restore", args, kw, 1, 1)) return null;
            if (args[0] is not PyTuple { Count: 2 } t || !Ops.AsLong(ts, t.Items[0], out long count) || !Ops.AsLong(ts, t.Items[1], out long owner))
                return ts.HasError ? null : ts.Raise(ExceptionKind.TypeError, "_acquire_restore() argument 1 must be tuple");
            var r = (PyRLock)self;
            if (LockWaiting.Acquire(ts, r.Semaphore, true, -1) < 0) return null;
            r.Owner = owner;
            r.Count = count;
            return ts.Interpreter.None;
        });
        type.AddMethod("_at_fork_reinit", static (ts, self, args, kw) =>
        {
            var r = (PyRLock)self;
            r.Semaphore = new SemaphoreSlim(1, 1);
            r.Owner = 0;
            r.Count = 0;
            return ts.Interpreter.None;
        });
    }

    static PyObject? Acquire(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!LockWaiting.ParseAcquireArgs(ts, args, kw, out bool blocking, out long timeoutMs)) return null;
        var r = (PyRLock)self;
        long me = ThreadModule.CurrentIdent();
        if (r.Count > 0 && r.Owner == me)
        {
            r.Count++;
            return ts.Interpreter.True;
        }
        int got = LockWaiting.Acquire(ts, r.Semaphore, blocking, timeoutMs);
        if (got < 0) return null;
        if (got == 0) return ts.Interpreter.False;
        r.Owner = me;
        r.Count = 1;
        return ts.Interpreter.True;
    }

    static PyObject? Release(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var r = (PyRLock)self;
        if (r.Count == 0 || r.Owner != ThreadModule.CurrentIdent())
            return ts.Raise(ExceptionKind.RuntimeError, "cannot release un-acquired lock");
        if (--r.Count == 0)
        {
            r.Owner = 0;
            r.Semaphore.Release();
        }
        return ts.Interpreter.None;
    }
}
