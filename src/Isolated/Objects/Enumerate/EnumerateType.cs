using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>enumerate</c> type.</summary>
public static class EnumerateType
{
    static readonly string[] Names = ["iterable", "start"];

    public static PyType Create(Interpreter interp, BuiltinTypes types) =>
        types.NewBuiltin("enumerate", types.Object, TypeFlags.BaseType, s =>
        {
            s.New = New;
            s.Init = static (ts, self, args, kw) => true;
            s.Iter = IteratorTypes.ReturnSelf;
            s.IterNext = Next;
        }, static (ts, type) =>
        {
            type.AddClassMethod("__class_getitem__", GenericAliasType.ClassGetItem, "See PEP 585");
            IteratorTypes.AddPickling(type, static (ts2, self) =>
            {
                var e = (PyEnumerate)self;
                var interp = ts2.Interpreter;
                PyObject count = e.BigCount is { } big ? interp.Int(big) : interp.Int(e.Count);
                return interp.Tuple(e.Type, interp.Tuple(e.Iterator, count));
            }, null);
        });

    static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (args.Length > 2) return ts.Raise(ExceptionKind.TypeError, $"enumerate() takes at most 2 arguments ({args.Length} given)");
        var bound = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "enumerate", args, kwnames, Names, 0, bound)) return null;
        if (bound[0] is null) return ts.Raise(ExceptionKind.TypeError, "enumerate() missing required argument 'iterable'");
        var e = ReferenceEquals(type, ts.Interpreter.Types.Enumerate) ? new PyEnumerate(type) : new PyEnumerateSubclass(type);
        if (bound[1] is { } start)
        {
            var i = Ops.IndexOrNull(ts, start);
            if (i is null)
                return ts.HasError ? null : ts.Raise(ExceptionKind.TypeError, $"'{start.Type.Name}' object cannot be interpreted as an integer");
            if (i.IsSmall) e.Count = i.Small;
            else e.BigCount = i.Big;
        }
        var it = Ops.GetIter(ts, bound[0]!);
        if (it is null) return null;
        e.Iterator = it;
        return e;
    }

    static PyObject? Next(ThreadState ts, PyObject self)
    {
        var e = (PyEnumerate)self;
        var item = Ops.Next(ts, e.Iterator);
        if (item is null) return null;
        var interp = ts.Interpreter;
        PyObject index;
        if (e.BigCount is { } big)
        {
            index = interp.Int(big);
            e.BigCount = big + 1;
        }
        else
        {
            index = interp.Int(e.Count);
            if (e.Count == long.MaxValue) e.BigCount = new System.Numerics.BigInteger(long.MaxValue) + 1;
            else e.Count++;
        }
        return new PyTuple(interp.Types.Tuple, [index, item]);
    }
}
