using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary><c>tuple_iterator</c>.</summary>
public sealed class PyTupleIterator : PyObject
{
    PyTuple? _tuple;
    int _index;

    public PyTupleIterator(PyType type, PyTuple tuple) : base(type) => _tuple = tuple;

    public static PyType CreateType(BuiltinTypes types) =>
        IteratorTypes.New(types, "tuple_iterator", Next, static self =>
        {
            var it = (PyTupleIterator)self;
            return it._tuple is null ? 0 : it._tuple.Count - it._index;
        }, static (ts, self) =>
        {
            var it = (PyTupleIterator)self;
            return it._tuple is null ? IteratorTypes.ReduceExhausted(ts) : IteratorTypes.ReduceAt(ts, "iter", it._tuple, it._index);
        }, static (self, index) =>
        {
            var it = (PyTupleIterator)self;
            if (it._tuple is not null) it._index = (int)IteratorTypes.Clamp(index, 0, it._tuple.Count);
        });

    static PyObject? Next(ThreadState ts, PyObject self)
    {
        if (!HostControls.Check(ts)) return null;   // a long builtin loop stays interruptible
        var it = (PyTupleIterator)self;
        var t = it._tuple;
        if (t is null) return null;
        int i = it._index;
        if (i < t.Items.Length)
        {
            it._index = i + 1;
            return t.Items[i];
        }
        it._tuple = null;
        return null;
    }
}
