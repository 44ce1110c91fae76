using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>iterator</c> type: iterates any object with <c>__getitem__</c> by calling it
/// with 0, 1, 2, ... until IndexError or StopIteration.</summary>
public sealed class PySeqIterator : PyObject
{
    PyObject? _seq;
    long _index;

    public PySeqIterator(PyType type, PyObject seq) : base(type) => _seq = seq;

    public static PyType CreateType(BuiltinTypes types) =>
        IteratorTypes.New(types, "iterator", Next, null, static (ts, self) =>
        {
            var it = (PySeqIterator)self;
            return it._seq is null ? IteratorTypes.ReduceExhausted(ts) : IteratorTypes.ReduceAt(ts, "iter", it._seq, it._index);
        }, static (self, index) =>
        {
            var it = (PySeqIterator)self;
            if (it._seq is not null) it._index = Math.Max(0, index);
        });

    static PyObject? Next(ThreadState ts, PyObject self)
    {
        if (!HostControls.Check(ts)) return null;   // a long builtin loop stays interruptible
        var it = (PySeqIterator)self;
        if (it._seq is null) return null;
        var r = Ops.GetItem(ts, it._seq, ts.Interpreter.Int(it._index));
        if (r is null)
        {
            if (Ops.IsError(ts, ExceptionKind.IndexError) || Ops.IsError(ts, ExceptionKind.StopIteration))
            {
                ts.CurrentException = null;
                it._seq = null;
            }
            return null;
        }
        it._index++;
        return r;
    }
}
