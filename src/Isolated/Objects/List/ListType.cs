using System.Text;
using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>list</c> type: slots (indexing and slicing, concatenation and repetition,
/// comparisons, iteration) and methods, with CPython's semantics and messages.</summary>
public static class ListType
{
    public static PyType Create(Interpreter interp, BuiltinTypes types) =>
        types.NewBuiltin("list", types.Object, TypeFlags.BaseType | TypeFlags.ListSubclass | TypeFlags.SequenceConcat | TypeFlags.Sequence, s =>
        {
            s.New = static (ts, type, args, kw) =>
                ReferenceEquals(type, ts.Interpreter.Types.List) ? new PyList(type) : new PyListSubclass(type);
            s.Init = Init;
            s.Hash = null;
            s.Repr = Repr;
            s.RichCompare = RichCompare;
            s.Length = static (ts, self) => ((PyList)self).Count;
            s.GetItem = GetItem;
            s.SetItem = SetItem;
            s.Contains = Contains;
            s.Iter = static (ts, self) => new PyListIterator(ts.Interpreter.Types.ListIterator, (PyList)self);
            s.Add = Add;
            s.Multiply = Multiply;
            s.InplaceAdd = InplaceAdd;
            s.InplaceMultiply = InplaceMultiply;
        }, FillDict);

    /// <summary>A new empty list of this interpreter.</summary>
    public static PyList New(Interpreter interp, int capacity = 0) => new(interp.Types.List, capacity);

    /// <summary>A new list owning <paramref name="items"/>.</summary>
    public static PyList FromArray(Interpreter interp, PyObject[] items) => new(interp.Types.List, items, items.Length);

    static bool Init(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is not null && kwnames.Count > 0)
        {
            // A subclass's __init__ may take keywords; only the exact type rejects them.
            if (ReferenceEquals(self.Type, ts.Interpreter.Types.List))
            {
                ts.Raise(ExceptionKind.TypeError, "list() takes no keyword arguments");
                return false;
            }
            args = args[..^kwnames.Count];
        }
        if (args.Length > 1)
        {
            ts.Raise(ExceptionKind.TypeError, $"list expected at most 1 argument, got {args.Length}");
            return false;
        }
        var list = (PyList)self;
        if (list.Count > 0) list.Clear();
        return args.Length == 0 || ExtendFrom(ts, list, args[0]);
    }

    // ---- extend: the one way items get added in bulk ----

    /// <summary>list.extend(iterable). False with an error set on failure.</summary>
    public static bool ExtendFrom(ThreadState ts, PyList list, PyObject iterable)
    {
        var ct = iterable.GetType();
        if (ct == typeof(PyList) || ct == typeof(PyListSubclass) && ReferenceEquals(iterable.Type.Slots.Iter, list.Type.Owner.Types.List.Slots.Iter))
        {
            var src = (PyList)iterable;
            if (ReferenceEquals(src, list))
                list.AppendRange(src.AsSpan().ToArray());
            else
                list.AppendRange(src.AsSpan());
            return true;
        }
        if (ct == typeof(PyTuple))
        {
            list.AppendRange(((PyTuple)iterable).Items);
            return true;
        }
        var it = Ops.GetIter(ts, iterable);
        if (it is null) return false;
        var next = it.Type.Slots.IterNext!;
        long hint = Ops.LengthHint(ts, iterable, 8);
        if (hint < 0) return false;
        if (hint > 0 && hint < 1 << 20) list.EnsureCapacity((int)Math.Min(list.Count + hint, Array.MaxLength));
        else if (hint >= 1 << 20)
        {
            // As CPython, which preallocates from the hint: a size no list can reach, or one past
            // the memory cap, fails before anything is built (list(range(2**31)) would otherwise
            // fill memory with ints for seconds before its storage reached the limit).
            if (list.Count + hint > Array.MaxLength) return ts.RaiseNoMemory() is not null;
            MemoryAccount.Reserve(ts.Interpreter, 8 * (list.Count + hint));
        }
        while (true)
        {
            var x = next(ts, it);
            if (x is null)
            {
                if (ts.CurrentException is null) return true;
                if (!Ops.IsError(ts, ExceptionKind.StopIteration)) return false;
                ts.CurrentException = null;
                return true;
            }
            list.Append(x);
        }
    }

    // ---- repr and comparison ----

    static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var list = (PyList)self;
        if (list.Count == 0) return ts.Interpreter.Str("[]");
        if (!ReprGuard.Enter(ts, list)) return ts.Interpreter.Str("[...]");
        try
        {
            var sb = new StringBuilder("[");
            // The list may change while item reprs run Python code: re-read it each time.
            for (int i = 0; i < list.Count; i++)
            {
                if (i > 0) sb.Append(", ");
                if (Ops.Repr(ts, list.Items[i]) is not PyStr r) return null;
                sb.Append(r.Value);
            }
            return ts.Interpreter.Str(sb.Append(']').ToString());
        }
        finally
        {
            ReprGuard.Leave(ts, list);
        }
    }

    static PyObject? RichCompare(ThreadState ts, PyObject self, PyObject other, CompareOp op)
    {
        if (other is not PyList b) return ts.Interpreter.NotImplemented;
        var a = (PyList)self;
        var interp = ts.Interpreter;
        if (a.Count != b.Count && op is CompareOp.Eq or CompareOp.Ne)
            return interp.Bool(op == CompareOp.Ne);
        int i = 0;
        for (; i < a.Count && i < b.Count; i++)
        {
            var x = a.Items[i];
            var y = b.Items[i];
            if (ReferenceEquals(x, y)) continue;
            int eq = Ops.RichCompareBool(ts, x, y, CompareOp.Eq);
            if (eq < 0) return null;
            if (eq == 0) break;
        }
        if (i >= a.Count || i >= b.Count)
            return interp.Bool(IntType.CompareResult(a.Count.CompareTo(b.Count), op));
        if (op == CompareOp.Eq) return interp.False;
        if (op == CompareOp.Ne) return interp.True;
        return Ops.RichCompare(ts, a.Items[i], b.Items[i], op);
    }

    static int Contains(ThreadState ts, PyObject self, PyObject item)
    {
        var list = (PyList)self;
        for (int i = 0; i < list.Count; i++)
        {
            var x = list.Items[i];
            if (ReferenceEquals(x, item)) return 1;
            int eq = Ops.RichCompareBool(ts, x, item, CompareOp.Eq);
            if (eq != 0) return eq;
        }
        return 0;
    }

    // ---- indexing and slicing ----

    static PyObject? GetItem(ThreadState ts, PyObject self, PyObject key)
    {
        var list = (PyList)self;
        long i;
        if (key is PyInt k && k.IsSmall) i = k.Small;
        else if (key is PySlice slice) return GetSlice(ts, list, slice);
        else if (!Ops.IndexValue(ts, key, out i, $"list indices must be integers or slices, not {key.Type.Name}")) return null;
        if (i < 0) i += list.Count;
        if ((ulong)i >= (ulong)list.Count) return ts.Raise(ExceptionKind.IndexError, "list index out of range");
        return list.Items[i];
    }

    static PyObject? GetSlice(ThreadState ts, PyList list, PySlice slice)
    {
        if (!slice.Indices(ts, list.Count, out long start, out _, out long step, out long count)) return null;
        var interp = ts.Interpreter;
        if (count <= 0) return new PyList(interp.Types.List);
        var items = new PyObject[count];
        if (step == 1)
            Array.Copy(list.Items, start, items, 0, count);
        else
            for (long j = 0, p = start; j < count; j++, p += step) items[j] = list.Items[p];
        return new PyList(interp.Types.List, items, (int)count);
    }

    static bool SetItem(ThreadState ts, PyObject self, PyObject key, PyObject? value)
    {
        var list = (PyList)self;
        long i;
        if (key is PyInt k && k.IsSmall) i = k.Small;
        else if (key is PySlice slice) return value is null ? DeleteSlice(ts, list, slice) : AssignSlice(ts, list, slice, value);
        else if (!Ops.IndexValue(ts, key, out i, $"list indices must be integers or slices, not {key.Type.Name}")) return false;
        if (i < 0) i += list.Count;
        if ((ulong)i >= (ulong)list.Count)
        {
            ts.Raise(ExceptionKind.IndexError, "list assignment index out of range");
            return false;
        }
        if (value is null) list.RemoveAt((int)i);
        else list.Items[i] = value;
        return true;
    }

    static bool DeleteSlice(ThreadState ts, PyList list, PySlice slice)
    {
        if (!slice.Indices(ts, list.Count, out long start, out long stop, out long step, out long count)) return false;
        if (count <= 0) return true;
        if (step < 0)
        {
            // Walk the same items from the low end.
            start = start + step * (count - 1);
            step = -step;
        }
        if (step == 1)
        {
            int lo = (int)start, n = (int)count;
            Array.Copy(list.Items, lo + n, list.Items, lo, list.Count - lo - n);
            Array.Clear(list.Items, list.Count - n, n);
            list.Count -= n;
            list.ShrinkIfSparse();
            return true;
        }
        int write = (int)start;
        long nextDeleted = start;
        long deleted = 0;
        for (int read = (int)start; read < list.Count; read++)
        {
            if (deleted < count && read == nextDeleted)
            {
                deleted++;
                nextDeleted += step;
                continue;
            }
            list.Items[write++] = list.Items[read];
        }
        Array.Clear(list.Items, write, list.Count - write);
        list.Count = write;
        list.ShrinkIfSparse();
        return true;
    }

    static bool AssignSlice(ThreadState ts, PyList list, PySlice slice, PyObject value)
    {
        if (!slice.Unpack(ts, out long start, out long stop, out long step)) return false;
        // The new items: a private copy, since value may be this very list.
        PyObject[]? items;
        if (ReferenceEquals(value, list)) items = list.AsSpan().ToArray();
        else if (value.GetType() == typeof(PyTuple)) items = ((PyTuple)value).Items;
        else if (value.GetType() == typeof(PyList)) items = ((PyList)value).AsSpan().ToArray();
        else
        {
            if (value.Type.Slots.Iter is null && value.Type.Slots.GetItem is null)
            {
                ts.Raise(ExceptionKind.TypeError, step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
                return false;
            }
            items = Ops.ToArray(ts, value);
            if (items is null) return false;
        }
        long count = PySlice.AdjustIndices(list.Count, ref start, ref stop, step);
        if (step == 1)
        {
            if (stop < start) stop = start;
            ReplaceRange(list, (int)start, (int)(stop - start), items);
            return true;
        }
        if (items.Length != count)
        {
            ts.Raise(ExceptionKind.ValueError, $"attempt to assign sequence of size {items.Length} to extended slice of size {count}");
            return false;
        }
        for (long j = 0, p = start; j < count; j++, p += step) list.Items[p] = items[j];
        return true;
    }

    static void ReplaceRange(PyList list, int lo, int oldCount, ReadOnlySpan<PyObject> items)
    {
        int delta = items.Length - oldCount;
        int tail = list.Count - lo - oldCount;
        if (delta > 0)
        {
            list.EnsureCapacity(list.Count + delta);
            Array.Copy(list.Items, lo + oldCount, list.Items, lo + items.Length, tail);
        }
        else if (delta < 0)
        {
            Array.Copy(list.Items, lo + oldCount, list.Items, lo + items.Length, tail);
            Array.Clear(list.Items, list.Count + delta, -delta);
        }
        items.CopyTo(list.Items.AsSpan(lo));
        list.Count += delta;
        if (delta < 0) list.ShrinkIfSparse();
    }

    // ---- operators ----

    static PyObject? Add(ThreadState ts, PyObject left, PyObject right)
    {
        if (left is not PyList a) return ts.Interpreter.NotImplemented;
        if (right is not PyList b) return SequenceOps.ConcatError(ts, "list", right);
        var items = new PyObject[a.Count + b.Count];
        a.AsSpan().CopyTo(items);
        b.AsSpan().CopyTo(items.AsSpan(a.Count));
        return new PyList(ts.Interpreter.Types.List, items, items.Length);
    }

    static PyObject? Multiply(ThreadState ts, PyObject left, PyObject right)
    {
        PyList list;
        PyObject n;
        if (left is PyList l) { list = l; n = right; }
        else if (right is PyList r) { list = r; n = left; }
        else return ts.Interpreter.NotImplemented;
        if (!SequenceOps.RepeatCount(ts, n, out long count, out bool notImpl))
            return notImpl ? ts.Interpreter.NotImplemented : null;
        var items = SequenceOps.Repeat(ts, list.AsSpan(), count);
        return items is null ? null : new PyList(ts.Interpreter.Types.List, items, items.Length);
    }

    static PyObject? InplaceAdd(ThreadState ts, PyObject left, PyObject right)
    {
        if (left is not PyList list) return ts.Interpreter.NotImplemented;
        return ExtendFrom(ts, list, right) ? list : null;
    }

    static PyObject? InplaceMultiply(ThreadState ts, PyObject left, PyObject right)
    {
        if (left is not PyList list) return ts.Interpreter.NotImplemented;
        if (!SequenceOps.RepeatCount(ts, right, out long count, out bool notImpl))
            return notImpl ? ts.Interpreter.NotImplemented : null;
        if (count <= 0 || list.Count == 0)
        {
            list.Clear();
            return list;
        }
        if (count == 1) return list;
        var items = SequenceOps.Repeat(ts, list.AsSpan(), count);
        if (items is null) return null;
        list.Items = items;
        list.Count = items.Length;
        return list;
    }

    /// <summary>The keyword-only key= and reverse= of list.sort and sorted(), with CPython's
    /// messages. The keyword values are the last kw.Count items of <paramref name="args"/>.</summary>
    public static bool ParseSortKeywords(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, out PyObject? key, out bool reverse)
    {
        key = null;
        reverse = false;
        int nkw = kw?.Count ?? 0;
        if (nkw > 2)
        {
            ts.Raise(ExceptionKind.TypeError, $"sort() takes at most 2 keyword arguments ({nkw} given)");
            return false;
        }
        int first = args.Length - nkw;
        for (int i = 0; i < nkw; i++)
        {
            var name = ((PyStr)kw!.Items[i]).Value;
            var value = args[first + i];
            if (name == "key")
                key = ReferenceEquals(value, ts.Interpreter.None) ? null : value;
            else if (name == "reverse")
            {
                int t = Ops.IsTrue(ts, value);
                if (t < 0) return false;
                reverse = t > 0;
            }
            else
            {
                ts.Raise(ExceptionKind.TypeError, $"'{name}' is an invalid keyword argument for sort()");
                return false;
            }
        }
        return true;
    }

    // ---- methods ----

    static void FillDict(ThreadState? ts0, PyType type)
    {
        var interp = type.Owner;
        type.AddValue("__hash__", interp.None);
        type.AddMethod("append", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "list.append", args, kw, 1, 1)) return null;
            ((PyList)self).Append(args[0]);
            return ts.Interpreter.None;
        }, "Append object to the end of the list.");
        type.AddMethod("extend", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "list.extend", args, kw, 1, 1)) return null;
            return ExtendFrom(ts, (PyList)self, args[0]) ? ts.Interpreter.None : null;
        }, "Extend list by appending elements from the iterable.");
        type.AddMethod("insert", Insert, "Insert object before index.");
        type.AddMethod("remove", Remove, "Remove first occurrence of value.");
        type.AddMethod("pop", Pop, "Remove and return item at index (default last).");
        type.AddMethod("index", Index, "Return first index of value.");
        type.AddMethod("count", Count, "Return number of occurrences of value.");
        type.AddMethod("clear", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "list.clear", args, kw, 0, 0)) return null;
            ((PyList)self).Clear();
            return ts.Interpreter.None;
        }, "Remove all items from list.");
        type.AddMethod("copy", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "list.copy", args, kw, 0, 0)) return null;
            return FromArray(ts.Interpreter, ((PyList)self).AsSpan().ToArray());
        }, "Return a shallow copy of the list.");
        type.AddMethod("reverse", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "list.reverse", args, kw, 0, 0)) return null;
            var l = (PyList)self;
            Array.Reverse(l.Items, 0, l.Count);
            return ts.Interpreter.None;
        }, "Reverse *IN PLACE*.");
        type.AddMethod("sort", Sort, "Sort the list in ascending order and return None.");
        type.AddMethod("__reversed__", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "list.__reversed__", args, kw, 0, 0)) return null;
            return new PyListReverseIterator(ts.Interpreter.Types.ListReverseIterator, (PyList)self);
        }, "Return a reverse iterator over the list.");
        type.AddMethod("__sizeof__", static (ts, self, args, kw) =>
            ts.Interpreter.Int(40 + 8L * ((PyList)self).Items.Length), "Return the size of the list in memory, in bytes.");
        type.AddClassMethod("__class_getitem__", GenericAliasType.ClassGetItem, "See PEP 585");
    }

    static PyObject? Insert(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "insert", args, kw, 2, 2)) return null;
        var list = (PyList)self;
        if (!Ops.SsizeValue(ts, args[0], out long i)) return null;
        if (i < 0) { i += list.Count; if (i < 0) i = 0; }
        if (i > list.Count) i = list.Count;
        list.Insert((int)i, args[1]);
        return ts.Interpreter.None;
    }

    static PyObject? Remove(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "list.remove", args, kw, 1, 1)) return null;
        var list = (PyList)self;
        var x = args[0];
        for (int i = 0; i < list.Count; i++)
        {
            int eq = Ops.RichCompareBool(ts, list.Items[i], x, CompareOp.Eq);
            if (eq < 0) return null;
            if (eq > 0)
            {
                if (i < list.Count) list.RemoveAt(i);
                return ts.Interpreter.None;
            }
        }
        return ts.Raise(ExceptionKind.ValueError, "list.remove(x): x not in list");
    }

    static PyObject? Pop(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "pop", args, kw, 0, 1)) return null;
        var list = (PyList)self;
        long i = -1;
        if (args.Length == 1 && !Ops.SsizeValue(ts, args[0], out i)) return null;
        if (list.Count == 0) return ts.Raise(ExceptionKind.IndexError, "pop from empty list");
        if (i < 0) i += list.Count;
        if ((ulong)i >= (ulong)list.Count) return ts.Raise(ExceptionKind.IndexError, "pop index out of range");
        var item = list.RemoveAt((int)i);
        list.ShrinkIfSparse();
        return item;
    }

    static PyObject? Index(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "index", args, kw, 1, 3)) return null;
        var list = (PyList)self;
        if (!SequenceOps.IndexRange(ts, args, list.Count, out long start, out long stop)) return null;
        for (long i = start; i < stop && i < list.Count; i++)
        {
            int eq = Ops.RichCompareBool(ts, list.Items[i], args[0], CompareOp.Eq);
            if (eq < 0) return null;
            if (eq > 0) return ts.Interpreter.Int(i);
        }
        if (Ops.Repr(ts, args[0]) is not PyStr r) return null;
        return ts.Raise(ExceptionKind.ValueError, $"{r.Value} is not in list");
    }

    static PyObject? Count(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "list.count", args, kw, 1, 1)) return null;
        var list = (PyList)self;
        long n = 0;
        for (int i = 0; i < list.Count; i++)
        {
            int eq = Ops.RichCompareBool(ts, list.Items[i], args[0], CompareOp.Eq);
            if (eq < 0) return null;
            n += eq;
        }
        return ts.Interpreter.Int(n);
    }

    static PyObject? Sort(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        int npos = args.Length - (kw?.Count ?? 0);
        if (npos > 0) return ts.Raise(ExceptionKind.TypeError, "sort() takes no positional arguments");
        if (!ParseSortKeywords(ts, args, kw, out var key, out bool reverse)) return null;
        return ListSort.Sort(ts, (PyList)self, key, reverse) ? ts.Interpreter.None : null;
    }
}
