using System.Runtime.CompilerServices;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Abc;

/// <summary><c>_abc</c>: the accelerator of abc.ABCMeta (abc.py uses it instead of _py_abc when
/// it imports). Each ABC's state is a <see cref="PyAbcData"/> in its <c>_abc_impl</c>; the
/// invalidation counter (get_cache_token) belongs to the module, so to the interpreter.
/// isinstance() against an ABC is one attribute read and one identity-keyed cache probe once the
/// answer is known.</summary>
public static class AbcModule
{
    /// <summary>The module's state: the _abc_data type and the invalidation counter, which
    /// register() bumps so every ABC's negative cache becomes stale.</summary>
    sealed class State(PyType dataType)
    {
        public readonly PyType DataType = dataType;
        public long InvalidationCounter;
    }

    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "_abc");
        m.Dict.SetStr("__doc__", interp.Str("Module contains faster C implementation of abc.ABCMeta"));
        var dataType = interp.Types.NewBuiltin("_abc_data", interp.Types.Object, TypeFlags.None, static s => s.New = null,
            static (ts, t) =>
            {
                t.AddValue("__module__", t.Owner.Str("_abc"));
                t.AddValue("__doc__", t.Owner.Str("Internal state held by ABC machinery."));
            });
        var state = new State(dataType);
        // One closure per function and module: each carries this interpreter's module state.
        Add(m, "get_cache_token", (ts, self, a, k) =>
            Check(ts, "get_cache_token", a, k, 0) ? ts.Interpreter.Int(state.InvalidationCounter) : null,
            "Returns the current ABC cache token.\n\nThe token is an opaque object (supporting equality testing) identifying the\ncurrent version of the ABC cache for virtual subclasses. The token changes\nwith every call to register() on any ABC.");
        Add(m, "_abc_init", (ts, self, a, k) => Check(ts, "_abc_init", a, k, 1) ? Init(ts, state, a[0]) : null,
            "Internal ABC helper for class set-up. Should be never used outside abc module.");
        Add(m, "_abc_register", (ts, self, a, k) => Check(ts, "_abc_register", a, k, 2) ? Register(ts, state, a[0], a[1]) : null,
            "Internal ABC helper for subclasss registration. Should be never used outside abc module.");
        Add(m, "_abc_instancecheck", (ts, self, a, k) => Check(ts, "_abc_instancecheck", a, k, 2) ? InstanceCheck(ts, state, a[0], a[1]) : null,
            "Internal ABC helper for instance checks. Should be never used outside abc module.");
        Add(m, "_abc_subclasscheck", (ts, self, a, k) => Check(ts, "_abc_subclasscheck", a, k, 2) ? SubclassCheck(ts, state, a[0], a[1]) : null,
            "Internal ABC helper for subclasss checks. Should be never used outside abc module.");
        Add(m, "_get_dump", (ts, self, a, k) => Check(ts, "_get_dump", a, k, 1) ? Dump(ts, state, a[0]) : null,
            "Internal ABC helper for cache and registry debugging.\n\nReturn shallow copies of registry, of both caches, and\nnegative cache version. Don't call this function directly,\ninstead use ABC._dump_registry() for a nice repr.");
        Add(m, "_reset_registry", (ts, self, a, k) =>
        {
            if (!Check(ts, "_reset_registry", a, k, 1) || Impl(ts, state, a[0]) is not { } impl) return null;
            impl.Registry = new();
            impl.HasRegistry = false;
            return ts.Interpreter.None;
        }, "Internal ABC helper to reset registry of a given class.\n\nShould be only used by refleak.py");
        Add(m, "_reset_caches", (ts, self, a, k) =>
        {
            if (!Check(ts, "_reset_caches", a, k, 1) || Impl(ts, state, a[0]) is not { } impl) return null;
            impl.Cache = new();
            impl.NegativeCache = new();
            return ts.Interpreter.None;
        }, "Internal ABC helper to reset both caches of a given class.\n\nShould be only used by refleak.py");
        return m;
    }

    static void Add(PyModule m, string name, BuiltinMethod fn, string doc)
    {
        var interp = m.Type.Owner;
        var f = interp.NewBuiltinFunction(name, m, fn, doc);
        f.Module = interp.Str("_abc");
        m.Dict.SetStr(interp.Intern(name), f);
    }

    static bool Check(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kw, int count)
    {
        if (kw is { Count: > 0 })
        {
            ts.Raise(ExceptionKind.TypeError, $"{name}() takes no keyword arguments");
            return false;
        }
        if (args.Length == count) return true;
        if (count == 1) ts.Raise(ExceptionKind.TypeError, $"{name}() takes exactly one argument ({args.Length} given)");
        else ts.Raise(ExceptionKind.TypeError, $"{name} expected {count} arguments, got {args.Length}");
        return false;
    }

    static PyAbcData? Impl(ThreadState ts, State state, PyObject cls)
    {
        var impl = Ops.GetAttr(ts, cls, "_abc_impl");
        if (impl is null) return null;
        if (impl is PyAbcData data && ReferenceEquals(impl.Type, state.DataType)) return data;
        ts.Raise(ExceptionKind.TypeError, "_abc_impl is set to a wrong type");
        return null;
    }

    /// <summary>getattr(value, "__isabstractmethod__", False) is true: 1, 0, or -1 on error.</summary>
    static int IsAbstract(ThreadState ts, PyObject value)
    {
        int found = Ops.LookupAttr(ts, value, ts.Interpreter.Intern("__isabstractmethod__"), out var flag);
        if (found <= 0) return found;
        return Ops.IsTrue(ts, flag!);
    }

    /// <summary>_abc_init(cls): cls.__abstractmethods__ (the namespace's abstract methods and the
    /// bases' abstract names still abstract here) and a fresh _abc_impl.</summary>
    static PyObject? Init(ThreadState ts, State state, PyObject cls)
    {
        var interp = ts.Interpreter;
        var abstracts = new PySet(interp.Types.FrozenSet);
        var ns = Ops.GetAttr(ts, cls, "__dict__");
        if (ns is null) return null;
        var items = Ops.GetAttr(ts, ns, "items");
        var pairs = items is null ? null : Ops.Call(ts, items);
        var list = pairs is null ? null : Ops.ToArray(ts, pairs);
        if (list is null) return null;
        foreach (var pair in list)
        {
            if (pair is not PyTuple { Count: 2 } kv) return ts.Raise(ExceptionKind.TypeError, "items() returned item which size is not 2");
            int r = IsAbstract(ts, kv[1]);
            if (r < 0 || r == 1 && abstracts.Add(ts, kv[0]) < 0) return null;
        }
        var bases = Ops.GetAttr(ts, cls, "__bases__");
        if (bases is null) return null;
        if (bases is not PyTuple baseTuple) return ts.Raise(ExceptionKind.TypeError, "__bases__ is not tuple");
        var abstractName = interp.Intern("__abstractmethods__");
        foreach (var b in baseTuple.Items)
        {
            int found = Ops.LookupAttr(ts, b, abstractName, out var names);
            if (found < 0) return null;
            if (found == 0) continue;
            var keys = Ops.ToArray(ts, names!);
            if (keys is null) return null;
            foreach (var key in keys)
            {
                if (key is not PyStr name) return ts.Raise(ExceptionKind.TypeError, $"attribute name must be string, not '{key.Type.Name}'");
                int has = Ops.LookupAttr(ts, cls, name, out var value);
                if (has < 0) return null;
                if (has == 0) continue;
                int r = IsAbstract(ts, value!);
                if (r < 0 || r == 1 && abstracts.Add(ts, key) < 0) return null;
            }
        }
        if (!Ops.SetAttr(ts, cls, abstractName, abstracts)) return null;
        if (cls is PyType type && !TakeCollectionKind(ts, type)) return null;
        var data = new PyAbcData(state.DataType, state.InvalidationCounter);
        return Ops.SetAttr(ts, cls, interp.Intern("_abc_impl"), data) ? interp.None : null;
    }

    // The values of CPython's Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING, which collections.abc
    // writes as __abc_tpflags__.
    const long SequenceBit = 1 << 5, MappingBit = 1 << 6;

    /// <summary>An ABC whose class body sets <c>__abc_tpflags__</c> (collections.abc.Sequence and
    /// Mapping do) becomes a sequence or mapping for <c>match</c>; the name leaves its dict.</summary>
    static bool TakeCollectionKind(ThreadState ts, PyType type)
    {
        var key = ts.Interpreter.Intern("__abc_tpflags__");
        if (type.Dict.GetStr(key) is not { } value) return true;
        if (value is PyInt { IsSmall: true } bits && bits.Type == ts.Interpreter.Types.Int)
        {
            long v = bits.Small;
            if ((v & (SequenceBit | MappingBit)) == (SequenceBit | MappingBit))
            {
                ts.Raise(ExceptionKind.TypeError, "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING");
                return false;
            }
            type.Flags = (type.Flags & ~TypeFlags.CollectionKinds)
                | ((v & SequenceBit) != 0 ? TypeFlags.Sequence : TypeFlags.None)
                | ((v & MappingBit) != 0 ? TypeFlags.Mapping : TypeFlags.None);
        }
        type.Dict.TryDelItem(ts, key, key.Hash, out _);
        type.DictChanged();
        return true;
    }

    static PyObject? Register(ThreadState ts, State state, PyObject cls, PyObject subclass)
    {
        if (subclass is not PyType) return ts.Raise(ExceptionKind.TypeError, "Can only register classes");
        int r = Ops.IsSubclass(ts, subclass, cls);
        if (r < 0) return null;
        if (r == 1) return subclass;   // already a subclass
        // Subtle: test for cycles *after* testing for "already a subclass"; this means we allow
        // X.register(X) and interpret it as a no-op.
        r = Ops.IsSubclass(ts, cls, subclass);
        if (r < 0) return null;
        if (r == 1) return ts.Raise(ExceptionKind.RuntimeError, "Refusing to create an inheritance cycle");
        var impl = Impl(ts, state, cls);
        if (impl is null) return null;
        impl.Registry.AddOrUpdate(subclass, null);
        impl.HasRegistry = true;
        state.InvalidationCounter++;   // invalidates every ABC's negative cache
        if (cls is PyType abc && (abc.Flags & TypeFlags.CollectionKinds) is var kind and not TypeFlags.None)
            ((PyType)subclass).SetCollectionKind(kind);
        return subclass;
    }

    static PyObject? InstanceCheck(ThreadState ts, State state, PyObject cls, PyObject instance)
    {
        var impl = Impl(ts, state, cls);
        if (impl is null) return null;
        var interp = ts.Interpreter;
        var subclass = Ops.GetAttr(ts, instance, interp.Intern("__class__"));
        if (subclass is null) return null;
        if (impl.Cache.TryGetValue(subclass, out _)) return interp.True;
        var subtype = instance.Type;
        if (ReferenceEquals(subtype, subclass))
        {
            if (impl.NegativeCacheVersion == state.InvalidationCounter && impl.NegativeCache.TryGetValue(subclass, out _))
                return interp.False;
            // Fall back to the subclass check (which a subclass of ABCMeta may override).
            return CallSubclassCheck(ts, cls, subclass);
        }
        var result = CallSubclassCheck(ts, cls, subclass);
        if (result is null) return null;
        int truth = Ops.IsTrue(ts, result);
        if (truth != 0) return truth < 0 ? null : result;
        return CallSubclassCheck(ts, cls, subtype);
    }

    static PyObject? CallSubclassCheck(ThreadState ts, PyObject cls, PyObject subclass)
    {
        var method = Ops.GetAttr(ts, cls, ts.Interpreter.Intern("__subclasscheck__"));
        return method is null ? null : Ops.Call(ts, method, subclass);
    }

    static PyObject? SubclassCheck(ThreadState ts, State state, PyObject cls, PyObject subclass)
    {
        var interp = ts.Interpreter;
        if (subclass is not PyType subtype) return ts.Raise(ExceptionKind.TypeError, "issubclass() arg 1 must be a class");
        var impl = Impl(ts, state, cls);
        if (impl is null) return null;
        // 1. In the positive cache?
        if (impl.Cache.TryGetValue(subclass, out _)) return interp.True;
        // 2. In the negative cache, which is stale once anything was registered since it was made?
        if (impl.NegativeCacheVersion < state.InvalidationCounter)
        {
            impl.NegativeCache = new();
            impl.NegativeCacheVersion = state.InvalidationCounter;
        }
        else if (impl.NegativeCache.TryGetValue(subclass, out _)) return interp.False;

        // 3. The subclass hook.
        var hook = Ops.GetAttr(ts, cls, interp.Intern("__subclasshook__"));
        var ok = hook is null ? null : Ops.Call(ts, hook, subclass);
        if (ok is null) return null;
        if (!ReferenceEquals(ok, interp.NotImplemented))
        {
            if (ok is not PyBool b) return ts.Raise(ExceptionKind.AssertionError, "__subclasshook__ must return either False, True, or NotImplemented");
            if (ReferenceEquals(b, interp.True)) impl.Cache.AddOrUpdate(subclass, null);
            else impl.NegativeCache.AddOrUpdate(subclass, null);
            return ok;
        }

        // 4. A direct subclass?
        foreach (var m in subtype.Mro)
            if (ReferenceEquals(m, cls))
            {
                impl.Cache.AddOrUpdate(subclass, null);
                return interp.True;
            }

        // 5. A subclass of a registered class (a snapshot: the checks may register more)? A
        // registered class itself answers without entering the cache, as CPython's does.
        if (impl.HasRegistry)
        {
            if (impl.Registry.TryGetValue(subclass, out _)) return interp.True;
            var registered = new List<PyObject>();
            foreach (var entry in impl.Registry) registered.Add(entry.Key);
            foreach (var rcls in registered)
            {
                int r = Ops.IsSubclass(ts, subclass, rcls);
                if (r < 0) return null;
                if (r == 1)
                {
                    impl.Cache.AddOrUpdate(subclass, null);
                    return interp.True;
                }
            }
        }

        // 6. A subclass of a subclass (recursively, through their own checks)?
        var subclassesMethod = Ops.GetAttr(ts, cls, interp.Intern("__subclasses__"));
        var subclasses = subclassesMethod is null ? null : Ops.Call(ts, subclassesMethod);
        if (subclasses is null) return null;
        if (subclasses is not PyList list) return ts.Raise(ExceptionKind.TypeError, "__subclasses__() must return a list");
        foreach (var scls in list.Items.AsSpan(0, list.Count).ToArray())
        {
            int r = Ops.IsSubclass(ts, subclass, scls);
            if (r < 0) return null;
            if (r == 1)
            {
                impl.Cache.AddOrUpdate(subclass, null);
                return interp.True;
            }
        }

        // 7. No: remember it.
        impl.NegativeCache.AddOrUpdate(subclass, null);
        return interp.False;
    }

    /// <summary>_get_dump(cls): (registry, cache, negative cache, negative cache version), the
    /// first three as sets of weak references.</summary>
    static PyObject? Dump(ThreadState ts, State state, PyObject cls)
    {
        var impl = Impl(ts, state, cls);
        if (impl is null) return null;
        var interp = ts.Interpreter;
        var registry = WeakSet(ts, impl.Registry);
        var cache = registry is null ? null : WeakSet(ts, impl.Cache);
        var negative = cache is null ? null : WeakSet(ts, impl.NegativeCache);
        if (negative is null) return null;
        return interp.Tuple(registry!, cache!, negative, interp.Int(impl.NegativeCacheVersion));
    }

    static PySet? WeakSet(ThreadState ts, ConditionalWeakTable<PyObject, object?> table)
    {
        var set = new PySet(ts.Interpreter.Types.Set);
        foreach (var entry in table)
        {
            var r = Ops.Call(ts, ts.Interpreter.Types.WeakRef, entry.Key);
            if (r is null || set.Add(ts, r) < 0) return null;
        }
        return set;
    }
}
