using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary><c>list_reverseiterator</c>: from the last item to the first; stops if the list
/// shrank below the position.</summary>
public sealed class PyListReverseIterator : PyObject
{
    PyList? _list;
    int _index;

    public PyListReverseIterator(PyType type, PyList list) : base(type)
    {
        _list = list;
        _index = list.Count - 1;
    }

    public static PyType CreateType(BuiltinTypes types) =>
        IteratorTypes.New(types, "list_reverseiterator", Next, static self =>
        {
            var it = (PyListReverseIterator)self;
            return it._list is null || it._index >= it._list.Count ? 0 : it._index + 1;
        }, Reduce, static (self, index) =>
        {
            var it = (PyListReverseIterator)self;
            if (it._list is not null) it._index = (int)IteratorTypes.Clamp(index, -1, it._list.Count - 1);
        });

    static PyObject? Reduce(ThreadState ts, PyObject self)
    {
        var it = (PyListReverseIterator)self;
        return it._list is null
            ? IteratorTypes.ReduceWith(ts, "iter", new PyList(ts.Interpreter.Types.List))
            : IteratorTypes.ReduceAt(ts, "reversed", it._list, it._index);
    }

    static PyObject? Next(ThreadState ts, PyObject self)
    {
        var it = (PyListReverseIterator)self;
        var list = it._list;
        if (list is null) return null;
        int i = it._index;
        if (i >= 0 && i < list.Count)
        {
            it._index = i - 1;
            return list.Items[i];
        }
        it._list = null;
        return null;
    }
}
