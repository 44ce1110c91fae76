using System.Text;
using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>dict</c> type: construction and update from mappings, pairs and keywords,
/// subscripting with <c>__missing__</c>, views, <c>|</c>, order-insensitive equality, and the
/// methods, with CPython's messages.</summary>
public static class DictType
{
    public static PyType Create(Interpreter interp, BuiltinTypes types) =>
        types.NewBuiltin("dict", types.Object, TypeFlags.BaseType | TypeFlags.DictSubclass | TypeFlags.Mapping, s =>
        {
            s.New = static (ts, type, args, kw) =>
                ReferenceEquals(type, ts.Interpreter.Types.Dict) ? new PyDict(type) : new PyDictSubclass(type);
            s.Init = Init;
            s.Hash = null;
            s.Length = static (ts, self) => ((PyDict)self).Count;
            s.Repr = Repr;
            s.RichCompare = RichCompare;
            s.GetItem = GetItem;
            s.SetItem = SetItem;
            s.Contains = static (ts, self, key) =>
            {
                if (!((PyDict)self).TryGetItem(ts, key, out var v)) return -1;
                return v is null ? 0 : 1;
            };
            s.Iter = static (ts, self) => PyDictIterator.For(ts.Interpreter, (PyDict)self, DictViewKind.Keys);
            s.Or = Or;
            s.InplaceOr = static (ts, left, right) =>
            {
                if (left is not PyDict d) return ts.Interpreter.NotImplemented;
                return UpdateFrom(ts, d, right) ? d : null;
            };
        }, FillDict);

    /// <summary>Raises KeyError(key) (the key itself is the exception's argument).</summary>
    public static PyObject? RaiseKeyError(ThreadState ts, PyObject key) =>
        ts.Raise(new PyBaseException(ts.Interpreter.ExceptionType(ExceptionKind.KeyError), ts.Interpreter.Tuple(key)));

    static bool Init(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos > 1)
        {
            ts.Raise(ExceptionKind.TypeError, $"dict expected at most 1 argument, got {npos}");
            return false;
        }
        var d = (PyDict)self;
        if (npos == 1 && !UpdateFrom(ts, d, args[0])) return false;
        for (int i = 0; i < nkw; i++)
            if (!d.TrySetItem(ts, kwnames!.Items[i], args[npos + i])) return false;
        return true;
    }

    // ---- update ----

    /// <summary>dict.update(other): a dict (fast), an object with keys(), or an iterable of
    /// pairs. False with an error set on failure.</summary>
    public static bool UpdateFrom(ThreadState ts, PyDict d, PyObject other)
    {
        if (other is PyDict od && (other.GetType() == typeof(PyDict) || ReferenceEquals(other.Type.Slots.Iter, ts.Interpreter.Types.Dict.Slots.Iter)))
            return d.Merge(ts, od);
        int has = Ops.LookupAttr(ts, other, ts.Interpreter.Str("keys"), out var keysMethod);
        if (has < 0) return false;
        if (has > 0) return MergeFromKeys(ts, d, other, keysMethod!);
        return MergeFromPairs(ts, d, other);
    }

    static bool MergeFromKeys(ThreadState ts, PyDict d, PyObject mapping, PyObject keysMethod)
    {
        var keys = Ops.Call(ts, keysMethod);
        if (keys is null) return false;
        var it = Ops.GetIter(ts, keys);
        if (it is null) return false;
        while (Ops.Next(ts, it) is { } k)
        {
            var v = Ops.GetItem(ts, mapping, k);
            if (v is null || !d.TrySetItem(ts, k, v)) return false;
        }
        return !ts.HasError;
    }

    static bool MergeFromPairs(ThreadState ts, PyDict d, PyObject pairs)
    {
        var it = Ops.GetIter(ts, pairs);
        if (it is null) return false;
        for (long index = 0; ; index++)
        {
            var item = Ops.Next(ts, it);
            if (item is null) return !ts.HasError;
            PyObject[]? kv;
            if (item.GetType() == typeof(PyTuple)) kv = ((PyTuple)item).Items;
            else if (item is PyList l) kv = l.AsSpan().ToArray();
            else if (item.Type.Slots.Iter is null && item.Type.Slots.GetItem is null)
            {
                ts.Raise(ExceptionKind.TypeError, $"cannot convert dictionary update sequence element #{index} to a sequence");
                return false;
            }
            else
            {
                kv = Ops.ToArray(ts, item);
                if (kv is null) return false;
            }
            if (kv.Length != 2)
            {
                ts.Raise(ExceptionKind.ValueError, $"dictionary update sequence element #{index} has length {kv.Length}; 2 is required");
                return false;
            }
            if (!d.TrySetItem(ts, kv[0], kv[1])) return false;
        }
    }

    // ---- subscripting ----

    static PyObject? GetItem(ThreadState ts, PyObject self, PyObject key)
    {
        var d = (PyDict)self;
        PyObject? v;
        if (key.GetType() == typeof(PyStr)) v = d.GetStr((PyStr)key);
        else if (!d.TryGetItem(ts, key, out v)) return null;
        if (v is not null) return v;
        if (self.GetType() != typeof(PyDict))
        {
            var missing = Ops.CallSpecial(ts, self, ts.Interpreter.Str("__missing__"), new ReadOnlySpan<PyObject>(in key));
            if (missing is not null || ts.HasError) return missing;
        }
        return RaiseKeyError(ts, key);
    }

    static bool SetItem(ThreadState ts, PyObject self, PyObject key, PyObject? value)
    {
        var d = (PyDict)self;
        if (value is not null) return d.TrySetItem(ts, key, value);
        int r = d.TryDelItem(ts, key, out _);
        if (r == 0) RaiseKeyError(ts, key);
        return r > 0;
    }

    // ---- repr, comparison, | ----

    static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var d = (PyDict)self;
        var interp = ts.Interpreter;
        if (d.Count == 0) return interp.Str("{}");
        if (!ReprGuard.Enter(ts, d)) return interp.Str("{...}");
        try
        {
            var sb = new StringBuilder("{");
            bool first = true;
            for (int pos = 0; pos < d.EntryLimit; pos++)
            {
                if (!d.TryGetEntry(pos, out var k, out var v)) continue;
                if (!first) sb.Append(", ");
                first = false;
                if (Ops.Repr(ts, k) is not PyStr kr) return null;
                sb.Append(kr.Value).Append(": ");
                if (Ops.Repr(ts, v) is not PyStr vr) return null;
                sb.Append(vr.Value);
            }
            return interp.Str(sb.Append('}').ToString());
        }
        finally
        {
            ReprGuard.Leave(ts, d);
        }
    }

    /// <summary>Equal when both hold the same keys mapped to equal values (order ignored).
    /// 1, 0, or -1 on error.</summary>
    public static int DictEquals(ThreadState ts, PyDict a, PyDict b)
    {
        if (a.Count != b.Count) return 0;
        for (int pos = 0; pos < a.EntryLimit; pos++)
        {
            if (!a.TryGetEntry(pos, out var k, out var av)) continue;
            if (!b.TryGetItem(ts, k, out var bv)) return -1;
            if (bv is null) return 0;
            int eq = Ops.RichCompareBool(ts, av, bv, CompareOp.Eq);
            if (eq <= 0) return eq;
        }
        return 1;
    }

    static PyObject? RichCompare(ThreadState ts, PyObject self, PyObject other, CompareOp op)
    {
        var interp = ts.Interpreter;
        if (other is not PyDict b || op is not (CompareOp.Eq or CompareOp.Ne)) return interp.NotImplemented;
        int eq = DictEquals(ts, (PyDict)self, b);
        if (eq < 0) return null;
        return interp.Bool((eq > 0) == (op == CompareOp.Eq));
    }

    static PyObject? Or(ThreadState ts, PyObject left, PyObject right)
    {
        if (left is not PyDict a || right is not PyDict) return ts.Interpreter.NotImplemented;
        var result = ts.Interpreter.NewDict();
        result.CopyFrom(a);
        return UpdateFrom(ts, result, right) ? result : null;
    }

    // ---- methods ----

    static void FillDict(ThreadState? ts0, PyType type)
    {
        type.AddValue("__hash__", type.Owner.None);
        type.AddMethod("keys", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "dict.keys", args, kw, 0, 0) ? new PyDictView(ts.Interpreter.Types.DictKeys, (PyDict)self, DictViewKind.Keys) : null,
            "D.keys() -> a set-like object providing a view on D's keys");
        type.AddMethod("values", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "dict.values", args, kw, 0, 0) ? new PyDictView(ts.Interpreter.Types.DictValues, (PyDict)self, DictViewKind.Values) : null,
            "D.values() -> an object providing a view on D's values");
        type.AddMethod("items", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "dict.items", args, kw, 0, 0) ? new PyDictView(ts.Interpreter.Types.DictItems, (PyDict)self, DictViewKind.Items) : null,
            "D.items() -> a set-like object providing a view on D's items");
        type.AddMethod("get", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "dict.get", args, kw, 1, 2)) return null;
            if (!((PyDict)self).TryGetItem(ts, args[0], out var v)) return null;
            return v ?? (args.Length > 1 ? args[1] : ts.Interpreter.None);
        }, "Return the value for key if key is in the dictionary, else default.");
        type.AddMethod("setdefault", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "dict.setdefault", args, kw, 1, 2)) return null;
            var d = (PyDict)self;
            if (!Ops.Hash(ts, args[0], out long h)) return null;
            if (!d.TryGetItem(ts, args[0], h, out var v)) return null;
            if (v is not null) return v;
            var value = args.Length > 1 ? args[1] : ts.Interpreter.None;
            return d.TrySetItem(ts, args[0], h, value) ? value : null;
        }, "Insert key with a value of default if key is not in the dictionary.");
        type.AddMethod("pop", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "dict.pop", args, kw, 1, 2)) return null;
            int r = ((PyDict)self).TryDelItem(ts, args[0], out var old);
            if (r < 0) return null;
            if (r > 0) return old;
            return args.Length > 1 ? args[1] : RaiseKeyError(ts, args[0]);
        }, "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.");
        type.AddMethod("popitem", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "dict.popitem", args, kw, 0, 0)) return null;
            if (!((PyDict)self).PopLast(out var k, out var v))
                return ts.Raise(ExceptionKind.KeyError, "popitem(): dictionary is empty");
            return ts.Interpreter.Tuple(k, v);
        }, "Remove and return a (key, value) pair as a 2-tuple.");
        type.AddMethod("update", static (ts, self, args, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            int npos = args.Length - nkw;
            if (npos > 1) return ts.Raise(ExceptionKind.TypeError, $"update expected at most 1 argument, got {npos}");
            var d = (PyDict)self;
            if (npos == 1 && !UpdateFrom(ts, d, args[0])) return null;
            for (int i = 0; i < nkw; i++)
                if (!d.TrySetItem(ts, kw!.Items[i], args[npos + i])) return null;
            return ts.Interpreter.None;
        }, "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.");
        type.AddMethod("clear", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "dict.clear", args, kw, 0, 0)) return null;
            ((PyDict)self).Clear();
            return ts.Interpreter.None;
        }, "D.clear() -> None.  Remove all items from D.");
        type.AddMethod("copy", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "dict.copy", args, kw, 0, 0)) return null;
            var r = ts.Interpreter.NewDict();
            r.CopyFrom((PyDict)self);
            return r;
        }, "D.copy() -> a shallow copy of D");
        type.AddMethod("__reversed__", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "dict.__reversed__", args, kw, 0, 0)
                ? PyDictIterator.For(ts.Interpreter, (PyDict)self, DictViewKind.Keys, reverse: true) : null,
            "Return a reverse iterator over the dict keys.");
        type.AddMethod("__sizeof__", static (ts, self, args, kw) =>
            ts.Interpreter.Int(64 + 24L * ((PyDict)self).EntryLimit));
        type.AddClassMethod("fromkeys", static (ts, cls, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "dict.fromkeys", args, kw, 1, 2)) return null;
            var value = args.Length > 1 ? args[1] : ts.Interpreter.None;
            var result = Ops.Call(ts, cls);
            if (result is null) return null;
            bool plain = result.GetType() == typeof(PyDict);
            var it = Ops.GetIter(ts, args[0]);
            if (it is null) return null;
            while (Ops.Next(ts, it) is { } k)
            {
                bool ok = plain ? ((PyDict)result).TrySetItem(ts, k, value) : Ops.SetItem(ts, result, k, value);
                if (!ok) return null;
            }
            return ts.HasError ? null : result;
        }, "Create a new dictionary with keys from iterable and values set to value.");
        type.AddClassMethod("__class_getitem__", GenericAliasType.ClassGetItem, "See PEP 585");
    }
}
