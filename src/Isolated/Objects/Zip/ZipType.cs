using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>zip</c> type, with <c>strict=True</c> length checking.</summary>
public static class ZipType
{
    public static PyType Create(Interpreter interp, BuiltinTypes types) =>
        types.NewBuiltin("zip", types.Object, TypeFlags.BaseType, s =>
        {
            s.New = New;
            s.Init = static (ts, self, args, kw) => true;
            s.Iter = IteratorTypes.ReturnSelf;
            s.IterNext = Next;
        }, static (ts, type) =>
        {
            IteratorTypes.AddPickling(type, static (ts2, self) =>
            {
                // (type(self), iterators) and, with strict=True, the state True.
                var z = (PyZip)self;
                var interp = ts2.Interpreter;
                var iterators = interp.Tuple((PyObject[])z.Iterators.Clone());
                return z.Strict ? interp.Tuple(z.Type, iterators, interp.True) : interp.Tuple(z.Type, iterators);
            }, null);
            type.AddMethod("__setstate__", static (ts2, self, args, kw) =>
            {
                if (!ArgBinder.CheckPositional(ts2, "__setstate__", args, kw, 1, 1)) return null;
                int strict = Ops.IsTrue(ts2, args[0]);
                if (strict < 0) return null;
                ((PyZip)self).Strict = strict > 0;
                return ts2.Interpreter.None;
            }, "Set state information for unpickling.");
        });

    static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        bool strict = false;
        for (int k = 0; k < nkw; k++)
        {
            var name = ((PyStr)kwnames!.Items[k]).Value;
            if (name != "strict") return ts.Raise(ExceptionKind.TypeError, $"'{name}' is an invalid keyword argument for zip()");
            int t = Ops.IsTrue(ts, args[npos + k]);
            if (t < 0) return null;
            strict = t > 0;
        }
        var z = ReferenceEquals(type, ts.Interpreter.Types.Zip) ? new PyZip(type) : new PyZipSubclass(type);
        var its = new PyObject[npos];
        for (int i = 0; i < npos; i++)
        {
            var it = Ops.GetIter(ts, args[i]);
            if (it is null) return null;
            its[i] = it;
        }
        z.Iterators = its;
        z.Strict = strict;
        return z;
    }

    static PyObject? Next(ThreadState ts, PyObject self)
    {
        var z = (PyZip)self;
        var its = z.Iterators;
        if (its.Length == 0 || z.Exhausted) return null;
        var items = new PyObject[its.Length];
        for (int i = 0; i < its.Length; i++)
        {
            var x = Ops.Next(ts, its[i]);
            if (x is null)
            {
                if (ts.HasError) return null;
                z.Exhausted = true;
                if (z.Strict) return StrictMismatch(ts, its, i);
                return null;
            }
            items[i] = x;
        }
        return new PyTuple(ts.Interpreter.Types.Tuple, items);
    }

    /// <summary>Iterator <paramref name="stopped"/> ended: with strict, every other iterator must
    /// end at the same point ("zip() argument 2 is shorter than argument 1").</summary>
    static PyObject? StrictMismatch(ThreadState ts, PyObject[] its, int stopped)
    {
        if (stopped > 0)
        {
            string plural = stopped == 1 ? "argument 1" : $"arguments 1-{stopped}";
            return ts.Raise(ExceptionKind.ValueError, $"zip() argument {stopped + 1} is shorter than {plural}");
        }
        for (int i = 1; i < its.Length; i++)
        {
            var x = Ops.Next(ts, its[i]);
            if (x is not null)
            {
                string plural = i == 1 ? "argument 1" : $"arguments 1-{i}";
                return ts.Raise(ExceptionKind.ValueError, $"zip() argument {i + 1} is longer than {plural}");
            }
            if (ts.HasError) return null;
        }
        return null;
    }
}
