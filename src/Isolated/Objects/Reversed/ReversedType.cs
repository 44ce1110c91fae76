using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>reversed</c> type: <c>reversed(x)</c> calls <c>x.__reversed__()</c> when the
/// type has one, and otherwise walks the sequence protocol backwards.</summary>
public static class ReversedType
{
    public static PyType Create(Interpreter interp, BuiltinTypes types) =>
        types.NewBuiltin("reversed", types.Object, TypeFlags.BaseType, s =>
        {
            s.New = New;
            s.Init = static (ts, self, args, kw) => true;
            s.Iter = IteratorTypes.ReturnSelf;
            s.IterNext = Next;
        }, static (ts, type) =>
        {
            type.AddMethod("__length_hint__", static (ts2, self, args, kw) =>
            {
                var r = (PyReversed)self;
                return ts2.Interpreter.Int(r.Sequence is null ? 0 : r.Index + 1);
            });
            IteratorTypes.AddPickling(type, static (ts2, self) =>
            {
                var r = (PyReversed)self;
                var interp = ts2.Interpreter;
                return r.Sequence is null
                    ? interp.Tuple(r.Type, interp.Tuple(interp.EmptyTuple))
                    : interp.Tuple(r.Type, interp.Tuple(r.Sequence), interp.Int(r.Index));
            }, null);
            type.AddMethod("__setstate__", SetState, "Set state information for unpickling.");
        });

    /// <summary>Resumes at a saved index, clamped to the sequence's current length.</summary>
    static PyObject? SetState(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "__setstate__", args, kw, 1, 1)) return null;
        if (!Ops.AsIndexSize(ts, args[0], out long index)) return null;
        var r = (PyReversed)self;
        if (r.Sequence is not null)
        {
            long n = Ops.Length(ts, r.Sequence);
            if (n < 0) return null;
            r.Index = IteratorTypes.Clamp(index, -1, n - 1);
        }
        return ts.Interpreter.None;
    }

    static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var interp = ts.Interpreter;
        bool exact = ReferenceEquals(type, interp.Types.Reversed);
        if (exact && kwnames is not null && kwnames.Count > 0) return ts.Raise(ExceptionKind.TypeError, "reversed() takes no keyword arguments");
        if (kwnames is not null) args = args[..^kwnames.Count];
        if (args.Length != 1) return ts.Raise(ExceptionKind.TypeError, $"reversed expected 1 argument, got {args.Length}");
        var seq = args[0];
        var reversedName = interp.Str("__reversed__");
        var method = seq.Type.LookupMro(reversedName);
        if (method is not null)
        {
            if (ReferenceEquals(method, interp.None))
                return ts.Raise(ExceptionKind.TypeError, $"'{seq.Type.Name}' object is not reversible");
            return Ops.CallSpecial(ts, seq, reversedName, ReadOnlySpan<PyObject>.Empty);
        }
        if (seq.Type.Slots.GetItem is null || seq is PyDict)
            return ts.Raise(ExceptionKind.TypeError, $"'{seq.Type.Name}' object is not reversible");
        long n = Ops.Length(ts, seq);
        if (n < 0) return null;
        var r = exact ? new PyReversed(type) : new PyReversedSubclass(type);
        r.Sequence = seq;
        r.Index = n - 1;
        return r;
    }

    static PyObject? Next(ThreadState ts, PyObject self)
    {
        var r = (PyReversed)self;
        if (r.Sequence is null) return null;
        if (r.Index >= 0)
        {
            var item = Ops.GetItem(ts, r.Sequence, ts.Interpreter.Int(r.Index));
            if (item is not null)
            {
                r.Index--;
                return item;
            }
            if (!Ops.IsError(ts, ExceptionKind.IndexError) && !Ops.IsError(ts, ExceptionKind.StopIteration)) return null;
            ts.CurrentException = null;
        }
        r.Sequence = null;
        return null;
    }
}
