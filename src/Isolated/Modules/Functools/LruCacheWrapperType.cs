using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Functools;

/// <summary>functools._lru_cache_wrapper(user_function, maxsize, typed, cache_info_type): the
/// cached callable lru_cache builds. Keys are made as functools._make_key does (one exact int or
/// str argument is its own key); a result computed while the same key was added meanwhile (a
/// recursive call, or another thread while the GIL was released) is returned without a second
/// entry. Binds like a function (__get__), pickles by qualified name.</summary>
public static class LruCacheWrapperType
{
    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("_lru_cache_wrapper", types.Object, TypeFlags.None, s =>
        {
            s.New = New;
            s.Init = static (ts, self, args, kw) => true;
            s.Call = Call;
            s.DescrGet = static (ts, descr, instance, owner) =>
                instance is null || ReferenceEquals(instance, ts.Interpreter.None) ? descr : new PyMethod(ts.Interpreter.Types.Method, descr, instance);
        }, FillDict);

    static void FillDict(ThreadState? ts, PyType type)
    {
        var interp = type.Owner;
        type.AddValue("__module__", interp.Str("functools"));
        type.AddValue("__doc__", interp.Str("Create a cached callable that wraps another function.\n\nuser_function:      the function being cached\n\nmaxsize:  0         for no caching\n          None      for unlimited cache size\n          n         for a bounded cache\n\ntyped:    False     cache f(3) and f(3.0) as identical calls\n          True      cache f(3) and f(3.0) as distinct calls\n\ncache_info_type:    namedtuple class with the fields:\n                        hits misses currsize maxsize\n"));
        type.AddGetSet("__dict__", static (ts, self) => ((PyLruCacheWrapper)self).InstanceDict ??= ts.Interpreter.NewDict(), static (ts, self, value) =>
        {
            if (value is not PyDict d)
            {
                ts.Raise(ExceptionKind.TypeError, value is null ? "cannot delete __dict__" : $"__dict__ must be set to a dictionary, not a '{value.Type.Name}'");
                return false;
            }
            ((PyLruCacheWrapper)self).InstanceDict = d;
            return true;
        });
        type.AddMethod("cache_info", CacheInfo, "Report cache statistics");
        type.AddMethod("cache_clear", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "cache_clear", a, k, 0, 0)) return null;
            var w = (PyLruCacheWrapper)self;
            w.Hits = w.Misses = 0;
            w.Cache = ts.Interpreter.NewDict();
            w.Root.Prev = w.Root.Next = w.Root;
            return ts.Interpreter.None;
        }, "Clear the cache and cache statistics");
        type.AddMethod("__reduce__", static (ts, self, a, k) =>
            ArgBinder.CheckPositional(ts, "__reduce__", a, k, 0, 0) ? Ops.GetAttr(ts, self, "__qualname__") : null);
        type.AddMethod("__copy__", static (ts, self, a, k) => ArgBinder.CheckPositional(ts, "__copy__", a, k, 0, 0) ? self : null);
        type.AddMethod("__deepcopy__", static (ts, self, a, k) => ArgBinder.CheckPositional(ts, "__deepcopy__", a, k, 1, 1) ? self : null);
    }

    static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> p = new PyObject?[4];
        if (!ArgBinder.Bind(ts, "_lru_cache_wrapper", args, kwnames, ["user_function", "maxsize", "typed", "cache_info_type"], 4, p)) return null;
        var function = p[0]!;
        if (function.Type.Slots.Call is null) return ts.Raise(ExceptionKind.TypeError, "the first argument must be callable");
        long maxSize;
        if (ReferenceEquals(p[1], ts.Interpreter.None)) maxSize = -1;
        else if (p[1]!.Type.Slots.Index is not null)
        {
            if (!Ops.SsizeValue(ts, p[1]!, out maxSize)) return null;
            if (maxSize < 0) maxSize = 0;
        }
        else return ts.Raise(ExceptionKind.TypeError, "maxsize should be integer or None");
        int typed = Ops.IsTrue(ts, p[2]!);
        if (typed < 0) return null;
        return new PyLruCacheWrapper(type, function, maxSize, typed == 1, p[3]!, ts.Interpreter.NewDict());
    }

    /// <summary>The cache key of a call: functools._make_key's layout (positionals, then a
    /// marker and the keyword names and values, then the types when typed).</summary>
    static PyObject MakeKey(ThreadState ts, PyLruCacheWrapper w, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var interp = ts.Interpreter;
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (!w.Typed && nkw == 0)
        {
            if (npos == 1 && (ReferenceEquals(args[0].Type, interp.Types.Int) || ReferenceEquals(args[0].Type, interp.Types.Str)))
                return args[0];
            return interp.Tuple(args.ToArray());
        }
        int size = npos + (nkw > 0 ? 1 + 2 * nkw : 0) + (w.Typed ? npos + nkw : 0);
        var items = new PyObject[size];
        int at = 0;
        for (int i = 0; i < npos; i++) items[at++] = args[i];
        if (nkw > 0)
        {
            // The root link doubles as this cache's keyword marker: nothing else can equal it.
            items[at++] = w.Root;
            for (int i = 0; i < nkw; i++)
            {
                items[at++] = kwnames!.Items[i];
                items[at++] = args[npos + i];
            }
        }
        if (w.Typed)
        {
            for (int i = 0; i < npos; i++) items[at++] = args[i].Type;
            for (int i = 0; i < nkw; i++) items[at++] = args[npos + i].Type;
        }
        return interp.Tuple(items);
    }

    static PyObject? Call(ThreadState ts, PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var w = (PyLruCacheWrapper)callable;
        if (w.MaxSize == 0)
        {
            w.Misses++;
            return Ops.Call(ts, w.Function, args, kwnames);
        }
        var key = MakeKey(ts, w, args, kwnames);
        if (!Ops.Hash(ts, key, out long hash)) return null;
        var cache = w.Cache;
        if (!cache.TryGetItem(ts, key, hash, out var found)) return null;
        if (w.MaxSize < 0)
        {
            if (found is not null)
            {
                w.Hits++;
                return found;
            }
            w.Misses++;
            var r = Ops.Call(ts, w.Function, args, kwnames);
            if (r is null || !w.Cache.TrySetItem(ts, key, hash, r)) return null;
            return r;
        }

        if (found is PyLruCacheWrapper.Link hit)
        {
            hit.Unlink();
            hit.AppendBefore(w.Root);
            w.Hits++;
            return hit.Result;
        }
        w.Misses++;
        var result = Ops.Call(ts, w.Function, args, kwnames);
        if (result is null) return null;
        // The call may have cached this key itself (recursion, or another thread): keep that entry.
        if (!w.Cache.TryGetItem(ts, key, hash, out found)) return null;
        if (found is not null) return result;
        if (w.Cache.Count >= w.MaxSize && !ReferenceEquals(w.Root.Next, w.Root))
        {
            var oldest = w.Root.Next!;
            oldest.Unlink();
            if (w.Cache.TryDelItem(ts, oldest.Key!, oldest.Hash) < 0) return null;
        }
        var link = new PyLruCacheWrapper.Link(ts.Interpreter.Types.Object) { Key = key, Hash = hash, Result = result };
        if (!w.Cache.TrySetItem(ts, key, hash, link)) return null;
        link.AppendBefore(w.Root);
        return result;
    }

    static PyObject? CacheInfo(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "cache_info", args, kw, 0, 0)) return null;
        var w = (PyLruCacheWrapper)self;
        var interp = ts.Interpreter;
        PyObject maxSize = w.MaxSize < 0 ? interp.None : interp.Int(w.MaxSize);
        return Ops.Call(ts, w.CacheInfoType, [interp.Int(w.Hits), interp.Int(w.Misses), maxSize, interp.Int(w.Cache.Count)]);
    }
}
