using System.Text;
using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>set</c> and <c>frozenset</c> types: both share one C# class
/// (<see cref="PySet"/>) and these slots and methods; only set has the mutating ones.</summary>
public static class SetType
{
    public static PyType CreateSet(Interpreter interp, BuiltinTypes types) =>
        types.NewBuiltin("set", types.Object, TypeFlags.BaseType, s =>
        {
            s.New = static (ts, type, args, kw) =>
                ReferenceEquals(type, ts.Interpreter.Types.Set) ? new PySet(type) : new PySetSubclass(type);
            s.Init = InitSet;
            s.Hash = null;
            CommonSlots(s);
            s.InplaceOr = static (ts, a, b) => InplaceOp(ts, a, b, SetOp.Union);
            s.InplaceAnd = static (ts, a, b) => InplaceOp(ts, a, b, SetOp.Intersection);
            s.InplaceSubtract = static (ts, a, b) => InplaceOp(ts, a, b, SetOp.Difference);
            s.InplaceXor = static (ts, a, b) => InplaceOp(ts, a, b, SetOp.SymmetricDifference);
        }, static (ts, type) => FillDict(type, frozen: false));

    public static PyType CreateFrozenSet(Interpreter interp, BuiltinTypes types) =>
        types.NewBuiltin("frozenset", types.Object, TypeFlags.BaseType | TypeFlags.Immutable, s =>
        {
            s.New = NewFrozenSet;
            s.Hash = static (ThreadState ts, PyObject self, out long h) =>
            {
                var set = (PySet)self;
                if (set.CachedHash == -1) set.CachedHash = set.ComputeFrozenHash();
                h = set.CachedHash;
                return true;
            };
            CommonSlots(s);
        }, static (ts, type) => FillDict(type, frozen: true));

    static void CommonSlots(TypeSlots s)
    {
        s.Repr = Repr;
        s.Length = static (ts, self) => ((PySet)self).Count;
        s.Contains = Contains;
        s.Iter = static (ts, self) => new PySetIterator(ts.Interpreter.Types.SetIterator, (PySet)self);
        s.RichCompare = RichCompare;
        s.Or = static (ts, a, b) => BinaryOp(ts, a, b, SetOp.Union);
        s.And = static (ts, a, b) => BinaryOp(ts, a, b, SetOp.Intersection);
        s.Subtract = static (ts, a, b) => BinaryOp(ts, a, b, SetOp.Difference);
        s.Xor = static (ts, a, b) => BinaryOp(ts, a, b, SetOp.SymmetricDifference);
    }

    enum SetOp { Union, Intersection, Difference, SymmetricDifference }

    // ---- construction ----

    public static bool IsFrozen(Interpreter interp, PyObject o) => o.Type.IsSubtypeOf(interp.Types.FrozenSet);

    public static bool IsAnySet(PyObject o) => o is PySet;

    /// <summary>A new empty set (or frozenset) of this interpreter.</summary>
    public static PySet NewSet(Interpreter interp) => new(interp.Types.Set);

    public static PySet NewFrozenSet(Interpreter interp) => new(interp.Types.FrozenSet);

    static bool InitSet(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (kwnames is not null && kwnames.Count > 0)
        {
            if (ReferenceEquals(self.Type, ts.Interpreter.Types.Set))
            {
                ts.Raise(ExceptionKind.TypeError, "set() takes no keyword arguments");
                return false;
            }
            args = args[..^kwnames.Count];
        }
        if (args.Length > 1)
        {
            ts.Raise(ExceptionKind.TypeError, $"set expected at most 1 argument, got {args.Length}");
            return false;
        }
        var set = (PySet)self;
        if (set.Count > 0) set.Clear();
        return args.Length == 0 || Update(ts, set, args[0]);
    }

    static PyObject? NewFrozenSet(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var interp = ts.Interpreter;
        bool exact = ReferenceEquals(type, interp.Types.FrozenSet);
        if (kwnames is not null && kwnames.Count > 0)
        {
            if (exact) return ts.Raise(ExceptionKind.TypeError, "frozenset() takes no keyword arguments");
            args = args[..^kwnames.Count];
        }
        if (args.Length > 1) return ts.Raise(ExceptionKind.TypeError, $"frozenset expected at most 1 argument, got {args.Length}");
        if (exact && args.Length == 1 && args[0].GetType() == typeof(PySet) && ReferenceEquals(args[0].Type, type))
            return args[0];
        PySet result = exact ? new PySet(type) : new PyFrozenSetSubclass(type);
        if (args.Length == 1 && !Update(ts, result, args[0])) return null;
        return result;
    }

    /// <summary>Adds every item of <paramref name="iterable"/> (set.update). False on error.</summary>
    public static bool Update(ThreadState ts, PySet set, PyObject iterable)
    {
        // Any set or frozenset (even a subclass overriding __iter__) is merged table to table, as
        // CPython does.
        if (iterable is PySet other)
            return set.AddAll(ts, other) == 0;
        if (iterable.GetType() == typeof(PyDict) || iterable.GetType() == typeof(PyDictSubclass) && iterable.Type.Slots.Iter == ts.Interpreter.Types.Dict.Slots.Iter)
        {
            var d = (PyDict)iterable;
            int pos = 0;
            while (d.Next(ref pos, out var k, out _, out long h))
                if (set.Add(ts, k, h) < 0) return false;
            return true;
        }
        if (iterable.GetType() == typeof(PyList) || iterable.GetType() == typeof(PyTuple))
        {
            var items = iterable is PyTuple t ? t.Items : ((PyList)iterable).AsSpan().ToArray();
            foreach (var x in items)
                if (set.Add(ts, x) < 0) return false;
            return true;
        }
        var it = Ops.GetIter(ts, iterable);
        if (it is null) return false;
        while (Ops.Next(ts, it) is { } item)
            if (set.Add(ts, item) < 0) return false;
        return !ts.HasError;
    }

    /// <summary>A set or frozenset (same base type as <paramref name="like"/>) from an iterable.</summary>
    static PySet? MakeLike(ThreadState ts, PyObject like, PyObject? iterable)
    {
        var interp = ts.Interpreter;
        var result = IsFrozen(interp, like) ? NewFrozenSet(interp) : NewSet(interp);
        if (iterable is not null && !Update(ts, result, iterable)) return null;
        return result;
    }

    /// <summary>The key used to look up <paramref name="key"/> in a set: a set that is itself
    /// looked up is compared as a frozenset (so <c>{1} in {frozenset({1})}</c> works).</summary>
    static int WithFrozenFallback(ThreadState ts, PySet set, PyObject key, Func<ThreadState, PySet, PyObject, int> op)
    {
        int r = op(ts, set, key);
        if (r >= 0 || key is not PySet || !Ops.IsError(ts, ExceptionKind.TypeError)) return r;
        ts.CurrentException = null;
        var frozen = NewFrozenSet(ts.Interpreter);
        frozen.CopyFrom((PySet)key);
        return op(ts, set, frozen);
    }

    static int Contains(ThreadState ts, PyObject self, PyObject key) =>
        WithFrozenFallback(ts, (PySet)self, key, static (ts, s, k) => s.Contains(ts, k));

    // ---- repr and comparison ----

    static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var set = (PySet)self;
        var interp = ts.Interpreter;
        bool plainSet = ReferenceEquals(set.Type, interp.Types.Set);
        string name = set.Type.Name;
        if (set.Count == 0) return interp.Str($"{name}()");
        if (!ReprGuard.Enter(ts, set)) return interp.Str($"{name}(...)");
        try
        {
            var sb = new StringBuilder();
            if (!plainSet) sb.Append(name).Append('(');
            sb.Append('{');
            var items = Snapshot(set);
            if (!SequenceOps.AppendReprs(ts, sb, items)) return null;
            sb.Append('}');
            if (!plainSet) sb.Append(')');
            return interp.Str(sb.ToString());
        }
        finally
        {
            ReprGuard.Leave(ts, set);
        }
    }

    static PyObject[] Snapshot(PySet set)
    {
        var items = new PyObject[set.Count];
        int pos = 0, n = 0;
        while (n < items.Length && set.Next(ref pos, out var k, out _)) items[n++] = k;
        return items;
    }

    /// <summary>1 when every key of <paramref name="a"/> is in <paramref name="b"/>, 0 when not, -1 error.</summary>
    static int IsSubset(ThreadState ts, PySet a, PySet b)
    {
        if (a.Count > b.Count) return 0;
        int pos = 0;
        while (a.Next(ref pos, out var k, out long h))
        {
            int c = b.Contains(ts, k, h);
            if (c <= 0) return c;
        }
        return 1;
    }

    static PyObject? RichCompare(ThreadState ts, PyObject self, PyObject other, CompareOp op)
    {
        var interp = ts.Interpreter;
        if (other is not PySet b) return interp.NotImplemented;
        var a = (PySet)self;
        int r;
        switch (op)
        {
            case CompareOp.Eq:
            case CompareOp.Ne:
                if (a.Count != b.Count) r = 0;
                else if (a is { CachedHash: not -1 } && b.CachedHash != -1 && a.CachedHash != b.CachedHash) r = 0;
                else r = IsSubset(ts, a, b);
                if (r < 0) return null;
                return interp.Bool((r > 0) == (op == CompareOp.Eq));
            case CompareOp.Le: r = IsSubset(ts, a, b); break;
            case CompareOp.Ge: r = IsSubset(ts, b, a); break;
            case CompareOp.Lt: r = a.Count < b.Count ? IsSubset(ts, a, b) : 0; break;
            default: r = a.Count > b.Count ? IsSubset(ts, b, a) : 0; break;
        }
        return r < 0 ? null : interp.Bool(r > 0);
    }

    // ---- set algebra ----

    /// <summary>A new set holding <paramref name="a"/> op <paramref name="b"/>, typed like
    /// <paramref name="a"/>'s base type.</summary>
    static PySet? Compute(ThreadState ts, PySet a, PyObject b, SetOp op)
    {
        var interp = ts.Interpreter;
        PySet result = IsFrozen(interp, a) ? NewFrozenSet(interp) : NewSet(interp);
        switch (op)
        {
            case SetOp.Union:
                result.CopyFrom(a);
                return Update(ts, result, b) ? result : null;
            case SetOp.Intersection:
            {
                if (b is PySet bs)
                {
                    // Iterate over the smaller set.
                    var (small, large) = a.Count <= bs.Count ? (a, bs) : (bs, a);
                    int pos = 0;
                    while (small.Next(ref pos, out var k, out long h))
                    {
                        int c = large.Contains(ts, k, h);
                        if (c < 0 || c > 0 && result.Add(ts, k, h) < 0) return null;
                    }
                    return result;
                }
                var it = Ops.GetIter(ts, b);
                if (it is null) return null;
                while (Ops.Next(ts, it) is { } x)
                {
                    if (!Ops.Hash(ts, x, out long h)) return null;
                    int c = a.Contains(ts, x, h);
                    if (c < 0 || c > 0 && result.Add(ts, x, h) < 0) return null;
                }
                return ts.HasError ? null : result;
            }
            case SetOp.Difference:
            {
                PySet? other = b as PySet;
                if (other is null)
                {
                    other = NewSet(interp);
                    if (!Update(ts, other, b)) return null;
                }
                int pos = 0;
                while (a.Next(ref pos, out var k, out long h))
                {
                    int c = other.Contains(ts, k, h);
                    if (c < 0 || c == 0 && result.Add(ts, k, h) < 0) return null;
                }
                return result;
            }
            default:
            {
                PySet? other = b as PySet;
                if (other is null)
                {
                    other = NewSet(interp);
                    if (!Update(ts, other, b)) return null;
                }
                result.CopyFrom(a);
                int pos = 0;
                while (other.Next(ref pos, out var k, out long h))
                {
                    int removed = result.Discard(ts, k, h);
                    if (removed < 0 || removed == 0 && result.Add(ts, k, h) < 0) return null;
                }
                return result;
            }
        }
    }

    static PyObject? BinaryOp(ThreadState ts, PyObject left, PyObject right, SetOp op)
    {
        if (left is not PySet a || right is not PySet) return ts.Interpreter.NotImplemented;
        return Compute(ts, a, right, op);
    }

    /// <summary>In-place |= &amp;= -= ^= on a mutable set.</summary>
    static PyObject? InplaceOp(ThreadState ts, PyObject left, PyObject right, SetOp op)
    {
        if (left is not PySet a || right is not PySet) return ts.Interpreter.NotImplemented;
        return UpdateInPlace(ts, a, right, op) ? a : null;
    }

    static bool UpdateInPlace(ThreadState ts, PySet a, PyObject other, SetOp op)
    {
        switch (op)
        {
            case SetOp.Union:
                return Update(ts, a, other);
            case SetOp.Difference:
            {
                if (ReferenceEquals(a, other)) { a.Clear(); return true; }
                if (other is PySet os)
                {
                    int pos = 0;
                    while (os.Next(ref pos, out var k, out long h))
                        if (a.Discard(ts, k, h) < 0) return false;
                    return true;
                }
                var it = Ops.GetIter(ts, other);
                if (it is null) return false;
                while (Ops.Next(ts, it) is { } x)
                    if (a.Discard(ts, x) < 0) return false;
                return !ts.HasError;
            }
            default:
            {
                if (op == SetOp.SymmetricDifference && ReferenceEquals(a, other)) { a.Clear(); return true; }
                var r = Compute(ts, a, other, op);
                if (r is null) return false;
                a.CopyFrom(r);
                return true;
            }
        }
    }

    // ---- methods ----

    /// <summary>The name CPython's messages use for a set method's owner.</summary>
    static string SetName(ThreadState ts, PyObject self) => IsFrozen(ts.Interpreter, self) ? "frozenset" : "set";

    static void FillDict(PyType type, bool frozen)
    {
        if (!frozen) type.AddValue("__hash__", type.Owner.None);
        type.AddMethod("copy", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, $"{SetName(ts, self)}.copy", args, kw, 0, 0)) return null;
            var interp = ts.Interpreter;
            if (self.GetType() == typeof(PySet) && ReferenceEquals(self.Type, interp.Types.FrozenSet)) return self;
            var r = IsFrozen(interp, self) ? NewFrozenSet(interp) : NewSet(interp);
            r.CopyFrom((PySet)self);
            return r;
        }, "Return a shallow copy of a set.");
        type.AddMethod("union", static (ts, self, args, kw) => MultiOp(ts, self, args, kw, "union", SetOp.Union), "Return the union of sets as a new set.");
        type.AddMethod("intersection", static (ts, self, args, kw) => MultiOp(ts, self, args, kw, "intersection", SetOp.Intersection), "Return the intersection of two sets as a new set.");
        type.AddMethod("difference", static (ts, self, args, kw) => MultiOp(ts, self, args, kw, "difference", SetOp.Difference), "Return the difference of two or more sets as a new set.");
        type.AddMethod("symmetric_difference", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, $"{SetName(ts, self)}.symmetric_difference", args, kw, 1, 1)) return null;
            return Compute(ts, (PySet)self, args[0], SetOp.SymmetricDifference);
        }, "Return the symmetric difference of two sets as a new set.");
        type.AddMethod("issubset", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, $"{SetName(ts, self)}.issubset", args, kw, 1, 1)) return null;
            var other = args[0] as PySet ?? MakeLike(ts, self, args[0]);
            if (other is null) return null;
            int r = IsSubset(ts, (PySet)self, other);
            return r < 0 ? null : ts.Interpreter.Bool(r > 0);
        }, "Report whether another set contains this set.");
        type.AddMethod("issuperset", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, $"{SetName(ts, self)}.issuperset", args, kw, 1, 1)) return null;
            var other = args[0] as PySet ?? MakeLike(ts, self, args[0]);
            if (other is null) return null;
            int r = IsSubset(ts, other, (PySet)self);
            return r < 0 ? null : ts.Interpreter.Bool(r > 0);
        }, "Report whether this set contains another set.");
        type.AddMethod("isdisjoint", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, $"{SetName(ts, self)}.isdisjoint", args, kw, 1, 1)) return null;
            var a = (PySet)self;
            var it = Ops.GetIter(ts, args[0]);
            if (it is null) return null;
            while (Ops.Next(ts, it) is { } x)
            {
                int c = a.Contains(ts, x);
                if (c < 0) return null;
                if (c > 0) return ts.Interpreter.False;
            }
            return ts.HasError ? null : ts.Interpreter.True;
        }, "Return True if two sets have a null intersection.");
        type.AddMethod("__reduce__", static (ts, self, args, kw) =>
        {
            var interp = ts.Interpreter;
            var items = ListType.FromArray(interp, Snapshot((PySet)self));
            var dict = Ops.InstanceDict(self);
            return interp.Tuple(self.Type, interp.Tuple(items), dict is null ? interp.None : dict);
        });
        type.AddMethod("__sizeof__", static (ts, self, args, kw) =>
            ts.Interpreter.Int(200 + 16L * ((PySet)self).TableSize));
        type.AddClassMethod("__class_getitem__", GenericAliasType.ClassGetItem, "See PEP 585");
        if (frozen) return;

        type.AddMethod("add", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, $"{SetName(ts, self)}.add", args, kw, 1, 1)) return null;
            return ((PySet)self).Add(ts, args[0]) < 0 ? null : ts.Interpreter.None;
        }, "Add an element to a set.");
        type.AddMethod("discard", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, $"{SetName(ts, self)}.discard", args, kw, 1, 1)) return null;
            int r = WithFrozenFallback(ts, (PySet)self, args[0], static (ts, s, k) => s.Discard(ts, k));
            return r < 0 ? null : ts.Interpreter.None;
        }, "Remove an element from a set if it is a member.");
        type.AddMethod("remove", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, $"{SetName(ts, self)}.remove", args, kw, 1, 1)) return null;
            int r = WithFrozenFallback(ts, (PySet)self, args[0], static (ts, s, k) => s.Discard(ts, k));
            if (r < 0) return null;
            if (r == 0) return ts.Raise(new PyBaseException(ts.Interpreter.ExceptionType(ExceptionKind.KeyError), ts.Interpreter.Tuple(args[0])));
            return ts.Interpreter.None;
        }, "Remove an element from a set; it must be a member.");
        type.AddMethod("pop", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, $"{SetName(ts, self)}.pop", args, kw, 0, 0)) return null;
            var set = (PySet)self;
            if (!set.PopAny(ref set.PopFinger, out var key))
                return ts.Raise(ExceptionKind.KeyError, "pop from an empty set");
            return key;
        }, "Remove and return an arbitrary set element.");
        type.AddMethod("clear", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, $"{SetName(ts, self)}.clear", args, kw, 0, 0)) return null;
            ((PySet)self).Clear();
            return ts.Interpreter.None;
        }, "Remove all elements from this set.");
        type.AddMethod("update", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.NoKeywords(ts, "set.update", kw)) return null;
            foreach (var other in args)
                if (!Update(ts, (PySet)self, other)) return null;
            return ts.Interpreter.None;
        }, "Update the set, adding elements from all others.");
        type.AddMethod("intersection_update", static (ts, self, args, kw) => MultiUpdate(ts, self, args, kw, "intersection_update", SetOp.Intersection));
        type.AddMethod("difference_update", static (ts, self, args, kw) => MultiUpdate(ts, self, args, kw, "difference_update", SetOp.Difference));
        type.AddMethod("symmetric_difference_update", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, $"{SetName(ts, self)}.symmetric_difference_update", args, kw, 1, 1)) return null;
            return UpdateInPlace(ts, (PySet)self, args[0], SetOp.SymmetricDifference) ? ts.Interpreter.None : null;
        });
    }

    static PyObject? MultiOp(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, string name, SetOp op)
    {
        if (!ArgBinder.NoKeywords(ts, $"{SetName(ts, self)}.{name}", kw)) return null;
        var interp = ts.Interpreter;
        PySet result = (PySet)self;
        if (args.Length == 0)
        {
            var copy = IsFrozen(interp, self) ? NewFrozenSet(interp) : NewSet(interp);
            copy.CopyFrom(result);
            return copy;
        }
        foreach (var other in args)
        {
            var r = Compute(ts, result, other, op);
            if (r is null) return null;
            result = r;
        }
        return result;
    }

    static PyObject? MultiUpdate(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, string name, SetOp op)
    {
        if (!ArgBinder.NoKeywords(ts, $"{SetName(ts, self)}.{name}", kw)) return null;
        foreach (var other in args)
            if (!UpdateInPlace(ts, (PySet)self, other, op)) return null;
        return ts.Interpreter.None;
    }
}
