using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>map</c> type: stops at the shortest iterable.</summary>
public static class MapType
{
    public static PyType Create(Interpreter interp, BuiltinTypes types) =>
        types.NewBuiltin("map", types.Object, TypeFlags.BaseType, s =>
        {
            s.New = New;
            s.Init = static (ts, self, args, kw) => true;
            s.Iter = IteratorTypes.ReturnSelf;
            s.IterNext = Next;
        }, static (ts, type) => IteratorTypes.AddPickling(type, static (ts2, self) =>
        {
            // (type(self), (function, *iterators)): a subclass pickles as itself.
            var m = (PyMap)self;
            var args = new PyObject[m.Iterators.Length + 1];
            args[0] = m.Function;
            m.Iterators.CopyTo(args, 1);
            return ts2.Interpreter.Tuple(m.Type, ts2.Interpreter.Tuple(args));
        }, null));

    static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        bool exact = ReferenceEquals(type, ts.Interpreter.Types.Map);
        if (kwnames is not null && kwnames.Count > 0)
        {
            if (exact) return ts.Raise(ExceptionKind.TypeError, "map() takes no keyword arguments");
            args = args[..^kwnames.Count];
        }
        if (args.Length < 2) return ts.Raise(ExceptionKind.TypeError, "map() must have at least two arguments.");
        var its = new PyObject[args.Length - 1];
        for (int i = 1; i < args.Length; i++)
        {
            var it = Ops.GetIter(ts, args[i]);
            if (it is null) return null;
            its[i - 1] = it;
        }
        var m = exact ? new PyMap(type) : new PyMapSubclass(type);
        m.Function = args[0];
        m.Iterators = its;
        return m;
    }

    static PyObject? Next(ThreadState ts, PyObject self)
    {
        var m = (PyMap)self;
        var its = m.Iterators;
        if (its.Length == 1)
        {
            var x = Ops.Next(ts, its[0]);
            return x is null ? null : Ops.Call(ts, m.Function, x);
        }
        var items = new PyObject[its.Length];
        for (int i = 0; i < its.Length; i++)
        {
            var x = Ops.Next(ts, its[i]);
            if (x is null) return null;
            items[i] = x;
        }
        return Ops.Call(ts, m.Function, items);
    }
}
