using System.Text;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Collections;

/// <summary>collections.deque and its iterators.</summary>
public static class DequeType
{
    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("deque", types.Object, TypeFlags.BaseType | TypeFlags.SequenceConcat | TypeFlags.Sequence, s =>
        {
            s.New = static (ts, type, args, kw) =>
                ReferenceEquals(type, ts.Interpreter.Types.Deque) ? new PyDeque(type) : new PyDequeSubclass(type);
            s.Init = Init;
            s.Repr = Repr;
            s.Hash = null;
            s.Length = static (ts, self) => ((PyDeque)self).Count;
            s.Bool = static (ts, self) => ((PyDeque)self).Count > 0 ? 1 : 0;
            s.Iter = static (ts, self) => new PyDequeIterator(ts.Interpreter.Types.DequeIterator, (PyDeque)self, false);
            s.GetItem = GetItem;
            s.SetItem = SetItem;
            s.Contains = Contains;
            s.RichCompare = RichCompare;
            s.Add = static (ts, a, b) =>
            {
                if (a is not PyDeque x) return ts.Interpreter.NotImplemented;
                if (b is not PyDeque y) return ts.Raise(ExceptionKind.TypeError, $"can only concatenate deque (not \"{b.Type.Name}\") to deque");
                var r = Copy(ts, x);
                if (r is not PyDeque d) return r;
                foreach (var v in y.ToArray()) d.Append(v);
                return d;
            };
            s.InplaceAdd = static (ts, a, b) => Extend(ts, (PyDeque)a, b, left: false) ? a : null;
            s.Multiply = static (ts, a, b) =>
            {
                if (a is not PyDeque x || b.Type.Slots.Index is null || !Ops.AsLong(ts, b, out long n)) return ts.HasError ? null : ts.Interpreter.NotImplemented;
                var r = Copy(ts, x);
                if (r is not PyDeque d) return r;
                return Repeat(ts, d, n) ? d : null;
            };
            s.InplaceMultiply = static (ts, a, b) => Ops.AsLong(ts, b, out long n) && Repeat(ts, (PyDeque)a, n) ? a : null;
        }, FillDict);

    public static PyType CreateIterator(BuiltinTypes types, bool reverse) =>
        types.NewBuiltin(reverse ? "_deque_reverse_iterator" : "_deque_iterator", types.Object, TypeFlags.None, s =>
        {
            s.New = reverse ? static (ts, type, a, k) => NewIterator(ts, type, a, k, true) : static (ts, type, a, k) => NewIterator(ts, type, a, k, false);
            s.Iter = static (ts, self) => self;
            s.IterNext = static (ts, self) =>
            {
                var it = (PyDequeIterator)self;
                var d = it.Deque;
                if (d.State != it.State)
                {
                    it.Index = int.MaxValue;
                    return ts.Raise(ExceptionKind.RuntimeError, "deque mutated during iteration");
                }
                if (it.Index >= d.Count) return null;
                int i = it.Index++;
                return d[it.Reverse ? d.Count - 1 - i : i];
            };
        }, static (ts, t) =>
        {
            t.AddMethod("__length_hint__", static (ts, self, a, k) =>
            {
                var it = (PyDequeIterator)self;
                return ts.Interpreter.Int(Math.Max(0, it.Deque.Count - it.Index));
            });
            t.AddValue("__module__", t.Owner.Str("collections"));
            // (type(it), (deque, items already yielded)): __new__ skips that many again.
            IteratorTypes.AddPickling(t, static (ts, self) =>
            {
                var it = (PyDequeIterator)self;
                var interp = ts.Interpreter;
                return interp.Tuple(it.Type, interp.Tuple(it.Deque, interp.Int(Math.Min(it.Index, it.Deque.Count))));
            }, null);
        });

    /// <summary><c>_deque_iterator(deque, index=0)</c>: an iterator that has already yielded
    /// <c>index</c> items (how pickles of deque iterators come back).</summary>
    static PyObject? NewIterator(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw, bool reverse)
    {
        if (!ArgBinder.NoKeywords(ts, type.Name, kw)) return null;
        if (args.Length is < 1 or > 2)
            return ts.Raise(ExceptionKind.TypeError, $"function takes at {(args.Length < 1 ? "least 1" : "most 2")} argument{(args.Length < 1 ? "" : "s")} ({args.Length} given)");
        if (args[0] is not PyDeque deque)
            return ts.Raise(ExceptionKind.TypeError, $"argument 1 must be collections.deque, not {args[0].Type.Name}");
        long skip = 0;
        if (args.Length == 2 && !Ops.AsIndexSize(ts, args[1], out skip)) return null;
        var it = new PyDequeIterator(type, deque, reverse);
        it.Index = (int)Math.Clamp(skip, 0, deque.Count);
        return it;
    }

    static void FillDict(ThreadState? ts, PyType type)
    {
        type.AddValue("__module__", type.Owner.Str("collections"));
        type.AddMethod("append", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "append", a, k, 1, 1)) return null;
            ((PyDeque)self).Append(a[0]);
            return ts.Interpreter.None;
        });
        type.AddMethod("appendleft", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "appendleft", a, k, 1, 1)) return null;
            ((PyDeque)self).AppendLeft(a[0]);
            return ts.Interpreter.None;
        });
        type.AddMethod("pop", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "pop", a, k, 0, 0)) return null;
            var d = (PyDeque)self;
            return d.Count == 0 ? ts.Raise(ExceptionKind.IndexError, "pop from an empty deque") : d.Pop();
        });
        type.AddMethod("popleft", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "popleft", a, k, 0, 0)) return null;
            var d = (PyDeque)self;
            return d.Count == 0 ? ts.Raise(ExceptionKind.IndexError, "pop from an empty deque") : d.PopLeft();
        });
        type.AddMethod("extend", static (ts, self, a, k) =>
            ArgBinder.CheckPositional(ts, "extend", a, k, 1, 1) && Extend(ts, (PyDeque)self, a[0], left: false) ? ts.Interpreter.None : null);
        type.AddMethod("extendleft", static (ts, self, a, k) =>
            ArgBinder.CheckPositional(ts, "extendleft", a, k, 1, 1) && Extend(ts, (PyDeque)self, a[0], left: true) ? ts.Interpreter.None : null);
        type.AddMethod("clear", static (ts, self, a, k) => { ((PyDeque)self).Clear(); return ts.Interpreter.None; });
        type.AddMethod("copy", static (ts, self, a, k) => Copy(ts, (PyDeque)self));
        type.AddMethod("__copy__", static (ts, self, a, k) => Copy(ts, (PyDeque)self));
        type.AddMethod("count", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "count", a, k, 1, 1)) return null;
            var d = (PyDeque)self;
            int state = d.State;
            long n = 0;
            foreach (var v in d.ToArray())
            {
                int eq = Ops.RichCompareBool(ts, v, a[0], CompareOp.Eq);
                if (eq < 0) return null;
                if (d.State != state) return ts.Raise(ExceptionKind.RuntimeError, "deque mutated during iteration");
                n += eq;
            }
            return ts.Interpreter.Int(n);
        });
        type.AddMethod("index", Index);
        type.AddMethod("insert", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "insert", a, k, 2, 2) || !Ops.AsLong(ts, a[0], out long i)) return null;
            var d = (PyDeque)self;
            if (d.MaxLen >= 0 && d.Count >= d.MaxLen) return ts.Raise(ExceptionKind.IndexError, "deque already at its maximum size");
            var items = new List<PyObject>(d.ToArray());
            if (i < 0) i = Math.Max(0, i + items.Count);
            items.Insert((int)Math.Min(i, items.Count), a[1]);
            d.SetAll(items.ToArray());
            return ts.Interpreter.None;
        });
        type.AddMethod("remove", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "remove", a, k, 1, 1)) return null;
            var d = (PyDeque)self;
            var items = d.ToArray();
            for (int i = 0; i < items.Length; i++)
            {
                int eq = Ops.RichCompareBool(ts, items[i], a[0], CompareOp.Eq);
                if (eq < 0) return null;
                if (eq > 0)
                {
                    var list = new List<PyObject>(items);
                    list.RemoveAt(i);
                    d.SetAll(list.ToArray());
                    return ts.Interpreter.None;
                }
            }
            return Ops.Repr(ts, a[0]) is PyStr r ? ts.Raise(ExceptionKind.ValueError, $"{r.Value} is not in deque") : null;
        });
        type.AddMethod("reverse", static (ts, self, a, k) =>
        {
            var d = (PyDeque)self;
            var items = d.ToArray();
            Array.Reverse(items);
            d.SetAll(items);
            return ts.Interpreter.None;
        });
        type.AddMethod("rotate", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "rotate", a, k, 0, 1)) return null;
            long n = 1;
            if (a.Length == 1 && !Ops.AsLong(ts, a[0], out n)) return null;
            var d = (PyDeque)self;
            if (d.Count <= 1) return ts.Interpreter.None;
            var items = d.ToArray();
            int len = items.Length;
            int shift = (int)(((n % len) + len) % len);
            var rotated = new PyObject[len];
            for (int i = 0; i < len; i++) rotated[(i + shift) % len] = items[i];
            d.SetAll(rotated);
            return ts.Interpreter.None;
        });
        type.AddMethod("__reversed__", static (ts, self, a, k) => new PyDequeIterator(ts.Interpreter.Types.DequeReverseIterator, (PyDeque)self, true));
        type.AddMethod("__reduce__", static (ts, self, a, k) =>
        {
            var d = (PyDeque)self;
            var interp = ts.Interpreter;
            var list = new PyList(interp.Types.List);
            foreach (var v in d.ToArray()) list.Append(v);
            var args = d.MaxLen < 0 ? interp.Tuple(list) : interp.Tuple(list, interp.Int(d.MaxLen));
            PyObject state = self is IInstanceDict { InstanceDict: { } dict } ? dict : interp.None;
            return interp.Tuple(self.Type, args, state);
        });
        type.AddGetSet("maxlen", static (ts, self) =>
        {
            var d = (PyDeque)self;
            return d.MaxLen < 0 ? ts.Interpreter.None : ts.Interpreter.Int(d.MaxLen);
        });
        type.AddClassMethod("__class_getitem__", GenericAliasType.ClassGetItem, "See PEP 585");
    }

    static bool Init(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "deque", args, kw, ["iterable", "maxlen"], 0, a)) return false;
        var d = (PyDeque)self;
        long maxlen = -1;
        if (a[1] is { } m && !ReferenceEquals(m, ts.Interpreter.None))
        {
            if (!Ops.AsLong(ts, m, out maxlen)) return false;
            if (maxlen < 0) { ts.Raise(ExceptionKind.ValueError, "maxlen must be non-negative"); return false; }
        }
        d.MaxLen = maxlen;
        if (d.Count > 0) d.Clear();
        return a[0] is null || Extend(ts, d, a[0]!, left: false);
    }

    static bool Extend(ThreadState ts, PyDeque d, PyObject iterable, bool left)
    {
        if (ReferenceEquals(iterable, d))
        {
            foreach (var v in d.ToArray()) { if (left) d.AppendLeft(v); else d.Append(v); }
            return true;
        }
        var it = Ops.GetIter(ts, iterable);
        if (it is null) return false;
        while (true)
        {
            var v = Ops.Next(ts, it);
            if (v is null) return !ts.HasError;
            if (left) d.AppendLeft(v); else d.Append(v);
        }
    }

    static bool Repeat(ThreadState ts, PyDeque d, long n)
    {
        var items = d.ToArray();
        if (n <= 0 || items.Length == 0) { d.Clear(); return true; }
        // With a maxlen, appending more than maxlen + len items changes nothing further.
        long rounds = d.MaxLen >= 0 ? Math.Min(n, d.MaxLen / items.Length + 2) : n;
        for (long r = 1; r < rounds; r++)
            foreach (var v in items) d.Append(v);
        return true;
    }

    static PyObject? Copy(ThreadState ts, PyDeque d)
    {
        var interp = ts.Interpreter;
        if (ReferenceEquals(d.Type, interp.Types.Deque))
        {
            var c = new PyDeque(d.Type) { MaxLen = d.MaxLen };
            foreach (var v in d.ToArray()) c.Append(v);
            return c;
        }
        var list = new PyList(interp.Types.List);
        foreach (var v in d.ToArray()) list.Append(v);
        return d.MaxLen < 0 ? Ops.Call(ts, d.Type, list) : Ops.Call(ts, d.Type, list, interp.Int(d.MaxLen));
    }

    static bool IndexOf(ThreadState ts, PyDeque d, PyObject key, out int index)
    {
        index = -1;
        if (key.Type.Slots.Index is null)
        {
            ts.Raise(ExceptionKind.TypeError, $"sequence index must be integer, not '{key.Type.Name}'");
            return false;
        }
        if (!Ops.AsLong(ts, key, out long i)) return false;
        if (i < 0) i += d.Count;
        if (i < 0 || i >= d.Count)
        {
            ts.Raise(ExceptionKind.IndexError, "deque index out of range");
            return false;
        }
        index = (int)i;
        return true;
    }

    static PyObject? GetItem(ThreadState ts, PyObject self, PyObject key)
    {
        var d = (PyDeque)self;
        return IndexOf(ts, d, key, out int i) ? d[i] : null;
    }

    static bool SetItem(ThreadState ts, PyObject self, PyObject key, PyObject? value)
    {
        var d = (PyDeque)self;
        if (!IndexOf(ts, d, key, out int i)) return false;
        if (value is not null) { d[i] = value; return true; }
        var list = new List<PyObject>(d.ToArray());
        list.RemoveAt(i);
        d.SetAll(list.ToArray());
        return true;
    }

    static int Contains(ThreadState ts, PyObject self, PyObject item)
    {
        var d = (PyDeque)self;
        int state = d.State;
        foreach (var v in d.ToArray())
        {
            int eq = Ops.RichCompareBool(ts, v, item, CompareOp.Eq);
            if (eq != 0) return eq;
            if (d.State != state) { ts.Raise(ExceptionKind.RuntimeError, "deque mutated during iteration"); return -1; }
        }
        return 0;
    }

    static PyObject? Index(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "index", args, kw, 1, 3)) return null;
        var d = (PyDeque)self;
        long start = 0, stop = d.Count;
        if (args.Length > 1 && !Ops.AsLong(ts, args[1], out start)) return null;
        if (args.Length > 2 && !Ops.AsLong(ts, args[2], out stop)) return null;
        if (start < 0) start = Math.Max(0, start + d.Count);
        if (stop < 0) stop = Math.Max(0, stop + d.Count);
        stop = Math.Min(stop, d.Count);
        int state = d.State;
        for (long i = start; i < stop; i++)
        {
            int eq = Ops.RichCompareBool(ts, d[(int)i], args[0], CompareOp.Eq);
            if (eq < 0) return null;
            if (d.State != state) return ts.Raise(ExceptionKind.RuntimeError, "deque mutated during iteration");
            if (eq > 0) return ts.Interpreter.Int(i);
        }
        return Ops.Repr(ts, args[0]) is PyStr r ? ts.Raise(ExceptionKind.ValueError, $"{r.Value} is not in deque") : null;
    }

    static PyObject? RichCompare(ThreadState ts, PyObject self, PyObject other, CompareOp op)
    {
        if (other is not PyDeque o) return ts.Interpreter.NotImplemented;
        var a = new PyList(ts.Interpreter.Types.List);
        foreach (var v in ((PyDeque)self).ToArray()) a.Append(v);
        var b = new PyList(ts.Interpreter.Types.List);
        foreach (var v in o.ToArray()) b.Append(v);
        return Ops.RichCompare(ts, a, b, op);
    }

    static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var d = (PyDeque)self;
        var guard = ts.ReprInProgress ??= new List<PyObject>();
        foreach (var o in guard) if (ReferenceEquals(o, self)) return ts.Interpreter.Str("[...]");
        guard.Add(self);
        try
        {
            var sb = new StringBuilder();
            sb.Append(self.Type.Name).Append("([");
            var items = d.ToArray();
            for (int i = 0; i < items.Length; i++)
            {
                if (i > 0) sb.Append(", ");
                if (Ops.Repr(ts, items[i]) is not PyStr r) return null;
                sb.Append(r.Value);
            }
            sb.Append(']');
            if (d.MaxLen >= 0) sb.Append(", maxlen=").Append(d.MaxLen);
            return ts.Interpreter.Str(sb.Append(')').ToString());
        }
        finally
        {
            guard.Remove(self);
        }
    }
}
