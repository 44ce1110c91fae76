using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary><c>set_iterator</c>: walks the table; "Set changed size during iteration" if the
/// set grew or shrank meanwhile.</summary>
public sealed class PySetIterator : PyObject
{
    PySet? _set;
    readonly int _startCount;
    int _position;
    int _yielded;

    public PySetIterator(PyType type, PySet set) : base(type)
    {
        _set = set;
        _startCount = set.Count;
    }

    public static PyType CreateType(BuiltinTypes types) =>
        IteratorTypes.New(types, "set_iterator", Next, static self =>
        {
            var it = (PySetIterator)self;
            return it._set is null || it._set.Count != it._startCount ? 0 : it._startCount - it._yielded;
        }, Reduce);

    /// <summary>Pickles as <c>(iter, (list of the items not yet yielded,))</c>; the iterator
    /// itself does not move.</summary>
    static PyObject? Reduce(ThreadState ts, PyObject self)
    {
        var it = (PySetIterator)self;
        var rest = new PyList(ts.Interpreter.Types.List);
        if (it._set is { } set)
        {
            if (set.Count != it._startCount) return ts.Raise(ExceptionKind.RuntimeError, "Set changed size during iteration");
            int position = it._position;
            while (set.Next(ref position, out var key, out _)) rest.Append(key);
        }
        return IteratorTypes.ReduceWith(ts, "iter", rest);
    }

    static PyObject? Next(ThreadState ts, PyObject self)
    {
        var it = (PySetIterator)self;
        var set = it._set;
        if (set is null) return null;
        if (set.Count != it._startCount)
        {
            it._set = null;
            return ts.Raise(ExceptionKind.RuntimeError, "Set changed size during iteration");
        }
        if (set.Next(ref it._position, out var key, out _))
        {
            it._yielded++;
            return key;
        }
        it._set = null;
        return null;
    }
}
