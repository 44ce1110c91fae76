using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary><c>list_iterator</c>: walks the live list (it sees appends made while iterating).</summary>
public sealed class PyListIterator : PyObject
{
    public PyList? List;
    public int Index;

    public PyListIterator(PyType type, PyList list) : base(type) => List = list;

    public static PyType CreateType(BuiltinTypes types) =>
        IteratorTypes.New(types, "list_iterator", Next, static self =>
        {
            var it = (PyListIterator)self;
            return it.List is null ? 0 : it.List.Count - it.Index;
        }, Reduce, static (self, index) =>
        {
            var it = (PyListIterator)self;
            if (it.List is not null) it.Index = (int)IteratorTypes.Clamp(index, 0, it.List.Count);
        });

    static PyObject? Reduce(ThreadState ts, PyObject self)
    {
        var it = (PyListIterator)self;
        return it.List is null
            ? IteratorTypes.ReduceWith(ts, "iter", new PyList(ts.Interpreter.Types.List))
            : IteratorTypes.ReduceAt(ts, "iter", it.List, it.Index);
    }

    static PyObject? Next(ThreadState ts, PyObject self)
    {
        if (!HostControls.Check(ts)) return null;   // a long builtin loop stays interruptible
        var it = (PyListIterator)self;
        var list = it.List;
        if (list is null) return null;
        int i = it.Index;
        if (i < list.Count)
        {
            it.Index = i + 1;
            return list.Items[i];
        }
        it.List = null;
        return null;
    }
}
