using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>
/// The dict iterators (dict_keyiterator, dict_valueiterator, dict_itemiterator and their
/// reverse forms): walk entry positions in insertion order (or backwards), failing with
/// "dictionary changed size during iteration" if the dict grew or shrank meanwhile.
/// </summary>
public sealed class PyDictIterator : PyObject
{
    PyDict? _dict;
    readonly DictViewKind _kind;
    readonly bool _reverse;
    readonly int _startCount;
    int _position;
    int _yielded;

    public PyDictIterator(PyType type, PyDict dict, DictViewKind kind, bool reverse) : base(type)
    {
        _dict = dict;
        _kind = kind;
        _reverse = reverse;
        _startCount = dict.Count;
        _position = reverse ? dict.EntryLimit - 1 : 0;
    }

    /// <summary>The iterator over <paramref name="dict"/> yielding <paramref name="kind"/>.</summary>
    public static PyDictIterator For(Interpreter interp, PyDict dict, DictViewKind kind, bool reverse = false)
    {
        var t = interp.Types;
        var type = kind switch
        {
            DictViewKind.Keys => reverse ? t.DictReverseKeyIterator : t.DictKeyIterator,
            DictViewKind.Values => reverse ? t.DictReverseValueIterator : t.DictValueIterator,
            _ => reverse ? t.DictReverseItemIterator : t.DictItemIterator,
        };
        return new PyDictIterator(type, dict, kind, reverse);
    }

    public static PyType CreateType(BuiltinTypes types, string name) =>
        IteratorTypes.New(types, name, Next, static self =>
        {
            var it = (PyDictIterator)self;
            return it._dict is null || it._dict.Count != it._startCount ? 0 : it._startCount - it._yielded;
        }, Reduce);

    /// <summary>Pickles as <c>(iter, (list of what is left to yield,))</c>; the iterator itself
    /// does not move.</summary>
    static PyObject? Reduce(ThreadState ts, PyObject self)
    {
        var it = (PyDictIterator)self;
        var rest = new PyList(ts.Interpreter.Types.List);
        if (it._dict is { } d)
        {
            if (d.Count != it._startCount) return ts.Raise(ExceptionKind.RuntimeError, "dictionary changed size during iteration");
            int step = it._reverse ? -1 : 1;
            for (int p = it._position; p >= 0 && p < d.EntryLimit; p += step)
                if (d.TryGetEntry(p, out var key, out var value))
                    rest.Append(it._kind switch
                    {
                        DictViewKind.Keys => key,
                        DictViewKind.Values => value,
                        _ => new PyTuple(ts.Interpreter.Types.Tuple, [key, value]),
                    });
        }
        return IteratorTypes.ReduceWith(ts, "iter", rest);
    }

    static PyObject? Next(ThreadState ts, PyObject self)
    {
        var it = (PyDictIterator)self;
        var d = it._dict;
        if (d is null) return null;
        if (d.Count != it._startCount)
        {
            it._dict = null;
            return ts.Raise(ExceptionKind.RuntimeError, "dictionary changed size during iteration");
        }
        PyObject key, value;
        if (it._reverse)
        {
            while (true)
            {
                if (it._position < 0) { it._dict = null; return null; }
                if (d.TryGetEntry(it._position--, out key, out value)) break;
            }
        }
        else
        {
            while (true)
            {
                if (it._position >= d.EntryLimit) { it._dict = null; return null; }
                if (d.TryGetEntry(it._position++, out key, out value)) break;
            }
        }
        it._yielded++;
        return it._kind switch
        {
            DictViewKind.Keys => key,
            DictViewKind.Values => value,
            _ => new PyTuple(ts.Interpreter.Types.Tuple, [key, value]),
        };
    }
}
