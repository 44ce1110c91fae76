using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>filter</c> type.</summary>
public static class FilterType
{
    public static PyType Create(Interpreter interp, BuiltinTypes types) =>
        types.NewBuiltin("filter", types.Object, TypeFlags.BaseType, s =>
        {
            s.New = New;
            s.Init = static (ts, self, args, kw) => true;
            s.Iter = IteratorTypes.ReturnSelf;
            s.IterNext = Next;
        }, static (ts, type) => IteratorTypes.AddPickling(type, static (ts2, self) =>
        {
            var f = (PyFilter)self;
            return ts2.Interpreter.Tuple(f.Type, ts2.Interpreter.Tuple(f.Predicate, f.Iterator));
        }, null));

    static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        bool exact = ReferenceEquals(type, ts.Interpreter.Types.Filter);
        if (kwnames is not null && kwnames.Count > 0)
        {
            if (exact) return ts.Raise(ExceptionKind.TypeError, "filter() takes no keyword arguments");
            args = args[..^kwnames.Count];
        }
        if (args.Length != 2) return ts.Raise(ExceptionKind.TypeError, $"filter expected 2 arguments, got {args.Length}");
        var it = Ops.GetIter(ts, args[1]);
        if (it is null) return null;
        var f = exact ? new PyFilter(type) : new PyFilterSubclass(type);
        f.Predicate = args[0];
        f.Iterator = it;
        return f;
    }

    static PyObject? Next(ThreadState ts, PyObject self)
    {
        var f = (PyFilter)self;
        var interp = ts.Interpreter;
        bool truthOnly = ReferenceEquals(f.Predicate, interp.None) || ReferenceEquals(f.Predicate, interp.Types.Bool);
        while (true)
        {
            var x = Ops.Next(ts, f.Iterator);
            if (x is null) return null;
            int t;
            if (truthOnly) t = Ops.IsTrue(ts, x);
            else
            {
                var r = Ops.Call(ts, f.Predicate, x);
                if (r is null) return null;
                t = Ops.IsTrue(ts, r);
            }
            if (t < 0) return null;
            if (t > 0) return x;
        }
    }
}
