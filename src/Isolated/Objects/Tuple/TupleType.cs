using System.Text;
using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>tuple</c> type.</summary>
public static class TupleType
{
    public static PyType Create(Interpreter interp, BuiltinTypes types) =>
        types.NewBuiltin("tuple", types.Object, TypeFlags.BaseType | TypeFlags.TupleSubclass | TypeFlags.Immutable | TypeFlags.SequenceConcat | TypeFlags.Sequence, s =>
        {
            s.New = New;
            s.Repr = Repr;
            s.Length = static (ts, self) => ((PyTuple)self).Count;
            s.Hash = Hash;
            s.RichCompare = RichCompare;
            s.GetItem = GetItem;
            s.Contains = Contains;
            s.Iter = static (ts, self) => new PyTupleIterator(ts.Interpreter.Types.TupleIterator, (PyTuple)self);
            s.Add = Add;
            s.Multiply = Multiply;
        }, FillDict);

    /// <summary>tuple.__new__(cls, iterable=()): namedtuple and other subclasses create their
    /// instances through this.</summary>
    static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var interp = ts.Interpreter;
        bool exact = ReferenceEquals(type, interp.Types.Tuple);
        if (kwnames is not null && kwnames.Count > 0)
        {
            if (exact) return ts.Raise(ExceptionKind.TypeError, "tuple() takes no keyword arguments");
            args = args[..^kwnames.Count];
        }
        if (args.Length > 1) return ts.Raise(ExceptionKind.TypeError, $"tuple expected at most 1 argument, got {args.Length}");
        if (exact)
        {
            if (args.Length == 0) return interp.EmptyTuple;
            return Ops.ToTuple(ts, args[0]);
        }
        PyObject[]? items = args.Length == 0 ? [] : Ops.ToArray(ts, args[0]);
        if (items is null) return null;
        if (args.Length > 0 && ReferenceEquals(items, (args[0] as PyTuple)?.Items) && args[0].GetType() != typeof(PyTuple))
            items = (PyObject[])items.Clone();
        return new PyTupleSubclass(type, items);
    }

    static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var t = (PyTuple)self;
        if (t.Count == 0) return ts.Interpreter.Str("()");
        if (!ReprGuard.Enter(ts, t)) return ts.Interpreter.Str("(...)");
        try
        {
            var sb = new StringBuilder("(");
            if (!SequenceOps.AppendReprs(ts, sb, t.Items)) return null;
            return ts.Interpreter.Str(sb.Append(t.Count == 1 ? ",)" : ")").ToString());
        }
        finally
        {
            ReprGuard.Leave(ts, t);
        }
    }

    /// <summary>CPython's xxHash-based tuple hash, so hashes agree with CPython's for equal
    /// contents whose element hashes agree.</summary>
    static bool Hash(ThreadState ts, PyObject self, out long hash)
    {
        var t = (PyTuple)self;
        return HashItems(ts, t.Items, mixInLength: true, out hash);
    }

    /// <summary>The xxHash combination of the items' hashes; slices use it too, without mixing
    /// in the length (as CPython 3.12's slice hash).</summary>
    internal static bool HashItems(ThreadState ts, ReadOnlySpan<PyObject> items, bool mixInLength, out long hash)
    {
        const ulong Prime1 = 11400714785074694791UL, Prime2 = 14029467366897019727UL, Prime5 = 2870177450012600261UL;
        ulong acc = Prime5;
        foreach (var item in items)
        {
            long h;
            if (item.GetType() == typeof(PyStr)) h = ((PyStr)item).Hash;
            else if (item.GetType() == typeof(PyInt)) h = IntType.Hash((PyInt)item);
            else
            {
                // Nested tuples hash recursively: guard the C# stack.
                if (!Ops.EnterRecursiveCall(ts, " while hashing a tuple")) { hash = -1; return false; }
                bool ok = Ops.Hash(ts, item, out h);
                Ops.LeaveRecursiveCall(ts);
                if (!ok) { hash = -1; return false; }
            }
            acc += (ulong)h * Prime2;
            acc = (acc << 31) | (acc >> 33);
            acc *= Prime1;
        }
        if (mixInLength) acc += (ulong)items.Length ^ (Prime5 ^ 3527539UL);
        hash = acc == ulong.MaxValue ? 1546275796 : (long)acc;
        return true;
    }

    static PyObject? RichCompare(ThreadState ts, PyObject self, PyObject other, CompareOp op)
    {
        if (other is not PyTuple o) return ts.Interpreter.NotImplemented;
        return SequenceOps.Compare(ts, ((PyTuple)self).Items, o.Items, op);
    }

    static PyObject? GetItem(ThreadState ts, PyObject self, PyObject key)
    {
        var t = (PyTuple)self;
        long i;
        if (key is PyInt k && k.IsSmall) i = k.Small;
        else if (key is PySlice slice)
        {
            if (!slice.Indices(ts, t.Count, out long start, out _, out long step, out long count)) return null;
            var interp = ts.Interpreter;
            if (count <= 0) return interp.EmptyTuple;
            if (step == 1 && count == t.Count && t.GetType() == typeof(PyTuple)) return t;
            var items = new PyObject[count];
            if (step == 1) Array.Copy(t.Items, start, items, 0, count);
            else for (long j = 0, p = start; j < count; j++, p += step) items[j] = t.Items[p];
            return new PyTuple(interp.Types.Tuple, items);
        }
        else if (!Ops.IndexValue(ts, key, out i, $"tuple indices must be integers or slices, not {key.Type.Name}")) return null;
        if (i < 0) i += t.Count;
        if ((ulong)i >= (ulong)t.Count) return ts.Raise(ExceptionKind.IndexError, "tuple index out of range");
        return t.Items[i];
    }

    static int Contains(ThreadState ts, PyObject self, PyObject item)
    {
        foreach (var x in ((PyTuple)self).Items)
        {
            if (ReferenceEquals(x, item)) return 1;
            int eq = Ops.RichCompareBool(ts, x, item, CompareOp.Eq);
            if (eq != 0) return eq;
        }
        return 0;
    }

    static PyObject? Add(ThreadState ts, PyObject left, PyObject right)
    {
        if (left is not PyTuple a) return ts.Interpreter.NotImplemented;
        if (right is not PyTuple b) return SequenceOps.ConcatError(ts, "tuple", right);
        if (b.Count == 0 && a.GetType() == typeof(PyTuple)) return a;
        if (a.Count == 0 && b.GetType() == typeof(PyTuple)) return b;
        var items = new PyObject[a.Count + b.Count];
        a.Items.CopyTo(items, 0);
        b.Items.CopyTo(items, a.Count);
        return new PyTuple(ts.Interpreter.Types.Tuple, items);
    }

    static PyObject? Multiply(ThreadState ts, PyObject left, PyObject right)
    {
        PyTuple t;
        PyObject n;
        if (left is PyTuple l) { t = l; n = right; }
        else if (right is PyTuple r) { t = r; n = left; }
        else return ts.Interpreter.NotImplemented;
        if (!SequenceOps.RepeatCount(ts, n, out long count, out bool notImpl))
            return notImpl ? ts.Interpreter.NotImplemented : null;
        if (count == 1 && t.GetType() == typeof(PyTuple)) return t;
        var items = SequenceOps.Repeat(ts, t.Items, count);
        if (items is null) return null;
        return items.Length == 0 ? ts.Interpreter.EmptyTuple : new PyTuple(ts.Interpreter.Types.Tuple, items);
    }

    static void FillDict(ThreadState? ts0, PyType type)
    {
        type.AddMethod("count", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "tuple.count", args, kw, 1, 1)) return null;
            long n = 0;
            foreach (var x in ((PyTuple)self).Items)
            {
                int eq = Ops.RichCompareBool(ts, x, args[0], CompareOp.Eq);
                if (eq < 0) return null;
                n += eq;
            }
            return ts.Interpreter.Int(n);
        }, "Return number of occurrences of value.");
        type.AddMethod("index", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "index", args, kw, 1, 3)) return null;
            var t = (PyTuple)self;
            if (!SequenceOps.IndexRange(ts, args, t.Count, out long start, out long stop)) return null;
            for (long i = start; i < stop; i++)
            {
                int eq = Ops.RichCompareBool(ts, t.Items[i], args[0], CompareOp.Eq);
                if (eq < 0) return null;
                if (eq > 0) return ts.Interpreter.Int(i);
            }
            return ts.Raise(ExceptionKind.ValueError, "tuple.index(x): x not in tuple");
        }, "Return first index of value.");
        type.AddMethod("__getnewargs__", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "tuple.__getnewargs__", args, kw, 0, 0)) return null;
            var t = (PyTuple)self;
            return ts.Interpreter.Tuple(new PyTuple(ts.Interpreter.Types.Tuple, t.Items));
        });
        type.AddClassMethod("__class_getitem__", GenericAliasType.ClassGetItem, "See PEP 585");
    }
}
