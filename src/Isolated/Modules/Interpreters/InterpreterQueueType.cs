using System.Diagnostics;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Interpreters;

/// <summary>The Queue type of <c>_interpreters</c> (PEP 734's Queue): put/get with timeouts that
/// wait without holding the GIL, the *_nowait forms, and size queries.</summary>
public static class InterpreterQueueType
{
    /// <summary>How long one wait lasts before the waiter looks at its interrupt flags again.</summary>
    const int WaitSliceMs = 5;

    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("Queue", types.Object, TypeFlags.None, s =>
        {
            s.Repr = static (ts, self) => ts.Interpreter.Str($"Queue({((PyQueueObject)self).Queue.Id})");
            s.Hash = static (ThreadState ts, PyObject self, out long h) => { h = ((PyQueueObject)self).Queue.Id; return true; };
            s.RichCompare = static (ts, self, other, op) =>
            {
                if (other is not PyQueueObject o || op is not (CompareOp.Eq or CompareOp.Ne)) return ts.Interpreter.NotImplemented;
                bool same = ReferenceEquals(((PyQueueObject)self).Queue, o.Queue);
                return ts.Interpreter.Bool(op == CompareOp.Eq ? same : !same);
            };
            s.New = static (ts, type, args, kw) =>
            {
                // Queue(id): another handle on an existing queue (create_queue() makes new ones).
                if (!ArgBinder.CheckPositional(ts, "Queue", args, kw, 1, 1)) return null;
                if (args[0] is not PyInt { IsSmall: true } id)
                    return ts.Raise(ExceptionKind.TypeError, $"id must be an int, got {(Ops.Repr(ts, args[0]) is PyStr r ? r.Value : "?")}");
                var q = QueueRegistry.Of(ts.Interpreter.Runtime).Find(id.Small);
                // The interpreter's one object per queue (the type cannot be subclassed).
                return q is null ? InterpretersModule.RaiseQueueNotFound(ts, id.Small) : InterpretersModule.QueueHandle(ts.Interpreter, q);
            };
        }, FillDict);

    static void FillDict(ThreadState? ts, PyType type)
    {
        // Where pickle finds it again (CPython 3.14 defines it in concurrent.interpreters).
        type.AddValue("__module__", type.Owner.Str("concurrent.interpreters"));
        type.AddGetSet("id", static (ts, self) => ts.Interpreter.Int(((PyQueueObject)self).Queue.Id));
        type.AddGetSet("maxsize", static (ts, self) => ts.Interpreter.Int(((PyQueueObject)self).Queue.MaxSize));
        type.AddGetSet("unbounditems", static (ts, self) => InterpretersModule.UnboundConstant(ts, Q(self).DefaultUnbound));
        type.AddMethod("__reduce__", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "__reduce__", args, kw, 0, 0)
                ? ts.Interpreter.Tuple(self.Type, ts.Interpreter.Tuple(ts.Interpreter.Int(Q(self).Id)))
                : null);
        type.AddMethod("empty", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "empty", args, kw, 0, 0) ? ts.Interpreter.Bool(Q(self).Count == 0) : null);
        type.AddMethod("full", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "full", args, kw, 0, 0) ? ts.Interpreter.Bool(Q(self).IsFull) : null);
        type.AddMethod("qsize", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "qsize", args, kw, 0, 0) ? ts.Interpreter.Int(Q(self).Count) : null);
        type.AddMethod("put", static (ts, self, args, kw) => Put(ts, self, args, kw, "put", blocking: true));
        type.AddMethod("put_nowait", static (ts, self, args, kw) => Put(ts, self, args, kw, "put_nowait", blocking: false));
        type.AddMethod("get", static (ts, self, args, kw) => Get(ts, self, args, kw, "get", blocking: true));
        type.AddMethod("get_nowait", static (ts, self, args, kw) => Get(ts, self, args, kw, "get_nowait", blocking: false));
    }

    static InterpreterQueue Q(PyObject self) => ((PyQueueObject)self).Queue;

    /// <summary>The timeout argument: null (wait forever) or a non-negative number of seconds.</summary>
    static bool Timeout(ThreadState ts, PyObject? arg, out double? seconds)
    {
        seconds = null;
        if (arg is null || ReferenceEquals(arg, ts.Interpreter.None)) return true;
        if (!Ops.AsDouble(ts, arg, out double t)) return false;
        if (t < 0 || double.IsNaN(t))
        {
            ts.Raise(ExceptionKind.ValueError, "timeout value must be non-negative");
            return false;
        }
        seconds = t;
        return true;
    }

    /// <summary>Waits (GIL released) for the queue to change, up to the deadline. False with an
    /// exception set when the thread was interrupted.</summary>
    static bool WaitForChange(ThreadState ts, InterpreterQueue q, Stopwatch clock, double? timeout)
    {
        int slice = WaitSliceMs;
        if (timeout is { } t) slice = (int)Math.Clamp(t * 1000 - clock.Elapsed.TotalMilliseconds, 0, WaitSliceMs);
        var gil = ts.Interpreter.Gil;
        gil.Release(ts);
        try
        {
            q.WaitForChange(slice);
        }
        finally
        {
            gil.Acquire(ts);
        }
        return HostControls.Poll(ts);   // interrupt, termination or budget
    }

    static bool Expired(Stopwatch clock, double? timeout) => timeout is { } t && clock.Elapsed.TotalSeconds >= t;

    /// <summary>put(obj, block=True, timeout=None, *, unbounditems=None) and
    /// put_nowait(obj, *, unbounditems=None), as 3.14's Queue.</summary>
    static PyObject? Put(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, string name, bool blocking)
    {
        Span<PyObject?> a = new PyObject?[4];
        ReadOnlySpan<string> names = blocking ? ["obj", "block", "timeout", "unbounditems"] : ["obj", "unbounditems"];
        if (!ArgBinder.Bind(ts, name, args, kw, names, 1, a[..names.Length], keywordOnlyFrom: blocking ? 3 : 1)) return null;
        var q = Q(self);
        double? timeout = null;
        if (blocking && a[1] is { } block)
        {
            int truth = Ops.IsTrue(ts, block);
            if (truth < 0) return null;
            blocking = truth != 0;
        }
        if (blocking && !Timeout(ts, a[2], out timeout)) return null;
        var mode = q.DefaultUnbound;
        var ub = names.Length == 4 ? a[3] : a[1];
        if (ub is not null && !ReferenceEquals(ub, ts.Interpreter.None) && !InterpretersModule.UnboundArg(ts, ub, out mode)) return null;
        var value = SharedValue.Capture(ts, a[0]!);
        if (value is null) return null;
        var item = new InterpreterQueue.Item(value, ts.Interpreter.Id, mode);
        var clock = Stopwatch.StartNew();
        while (!q.TryPut(item))
        {
            if (!blocking || Expired(clock, timeout)) return InterpretersModule.RaiseQueueFull(ts);
            if (!WaitForChange(ts, q, clock, timeout)) return null;
        }
        return ts.Interpreter.None;
    }

    /// <summary>get(block=True, timeout=None) and get_nowait().</summary>
    static PyObject? Get(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, string name, bool blocking)
    {
        Span<PyObject?> a = new PyObject?[2];
        ReadOnlySpan<string> names = blocking ? ["block", "timeout"] : [];
        if (!ArgBinder.Bind(ts, name, args, kw, names, 0, a[..names.Length])) return null;
        var q = Q(self);
        double? timeout = null;
        if (blocking && a[0] is { } block)
        {
            int truth = Ops.IsTrue(ts, block);
            if (truth < 0) return null;
            blocking = truth != 0;
        }
        if (blocking && !Timeout(ts, a[1], out timeout)) return null;
        var clock = Stopwatch.StartNew();
        InterpreterQueue.Item item;
        while (!q.TryGet(out item))
        {
            if (!blocking || Expired(clock, timeout)) return InterpretersModule.RaiseQueueEmpty(ts);
            if (!WaitForChange(ts, q, clock, timeout)) return null;
        }
        if (item.Owner < 0)
        {
            // The interpreter that put it has ended (UNBOUND_REMOVE items are already gone).
            return item.Unbound == UnboundMode.Error
                ? InterpretersModule.RaiseItemDestroyed(ts)
                : InterpretersModule.UnboundSentinel(ts);
        }
        return item.Value.ToObject(ts);
    }
}
