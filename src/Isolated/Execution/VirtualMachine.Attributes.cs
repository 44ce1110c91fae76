using System.Runtime.CompilerServices;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Execution;

/// <summary>
/// Attribute loads and stores with per-instruction inline caches (CPython's LOAD_ATTR / STORE_ATTR
/// specialisations). A cache entry is valid while the object's type keeps the version tag it was
/// filled under: any change to the type's dict or a base's retires it. What it remembers is what
/// object.__getattribute__ / type.__getattribute__ would find on the type, classified once; the
/// instance dict is still consulted every time (with an entry-position hint). Descriptors whose
/// class is a Python class are not classified (their class could gain __get__/__set__ later):
/// those sites take the general protocol.
/// </summary>
public static partial class VirtualMachine
{
    /// <summary>Cache kinds (<see cref="InlineCache.Kind"/>) of attribute instructions.</summary>
    const int AttrUnfilled = 0;
    /// <summary>Take the general protocol (Ops.GetAttr / Ops.SetAttr).</summary>
    const int AttrGeneric = 1;
    /// <summary>object.__getattribute__, a data descriptor on the type (Value): call its __get__.</summary>
    const int AttrDataDescriptor = 2;
    /// <summary>object.__getattribute__: the instance dict, then Value (a non-data descriptor, a
    /// plain class attribute, or null for "absent").</summary>
    const int AttrDictThenType = 3;
    /// <summary>Like <see cref="AttrDictThenType"/>, and Value is a Python function or a builtin
    /// method descriptor: LOAD_METHOD pushes it unbound with the instance.</summary>
    const int AttrMethod = 4;
    /// <summary>type.__getattribute__ on the class in Key2 (at version Version2): the metatype has
    /// nothing by that name and the class's attribute (Value) is returned as it is.</summary>
    const int AttrClassValue = 5;
    /// <summary>STORE_ATTR on a PyInstance with a dict and no data descriptor by that name.</summary>
    const int AttrStoreDict = 6;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool CacheHolds(ref InlineCache cache, PyType type) =>
        (ReferenceEquals(cache.Key, type) && cache.Version == type.VersionTag) || SecondTypeHolds(ref cache, type);

    /// <summary>A site that sees two types which answer alike (<c>self.n</c> in a method that a
    /// subclass inherits: same kind, same descriptor or none) keeps the second type in Key2 /
    /// Version2, so alternating between them does not refill the entry every time. Key2 means
    /// something else for <see cref="AttrClassValue"/>.</summary>
    static bool SecondTypeHolds(ref InlineCache cache, PyType type) =>
        ReferenceEquals(cache.Key2, type) && cache.Version2 == type.VersionTag && cache.Kind != AttrClassValue;

    /// <summary>After a refill for another type: when the entry's previous type (at its version
    /// then) was classified the same way, it stays valid as the second type.</summary>
    static void KeepPreviousType(ref InlineCache cache, object? previousKey, uint previousVersion, int previousKind, object? previousValue)
    {
        if (previousKey is null || previousKind != cache.Kind || !ReferenceEquals(previousValue, cache.Value)) return;
        if (cache.Kind is AttrDictThenType or AttrMethod or AttrDataDescriptor or AttrStoreDict)
        {
            cache.Key2 = previousKey;
            cache.Version2 = previousVersion;
        }
    }

    /// <summary>A type attribute whose kind may be remembered: none, or one whose class is a
    /// builtin type (its __get__/__set__ slots cannot change).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool HasFixedClass(PyObject? descr) => descr is null || !descr.Type.HasFlag(TypeFlags.HeapType);

    static void FillAttrCache(PyObject obj, PyType type, PyStr name, ref InlineCache cache, bool forMethod)
    {
        object? previousKey = cache.Key, previousValue = cache.Value;
        uint previousVersion = cache.Version;
        int previousKind = cache.Kind;
        ClassifyAttr(obj, type, name, ref cache, forMethod);
        KeepPreviousType(ref cache, previousKey, previousVersion, previousKind, previousValue);
    }

    static void ClassifyAttr(PyObject obj, PyType type, PyStr name, ref InlineCache cache, bool forMethod)
    {
        cache.Key = type;
        cache.Version = type.VersionTag;
        cache.Key2 = null;
        cache.Value = null;
        cache.Kind = AttrGeneric;
        var getattr = type.Slots.GetAttr;
        if (ReferenceEquals(getattr, Ops.GenericGetAttrSlot))
        {
            var descr = type.LookupMro(name);
            if (!HasFixedClass(descr)) return;
            cache.Value = descr;
            if (descr is null) { cache.Kind = AttrDictThenType; return; }
            var slots = descr.Type.Slots;
            if (slots.DescrGet is not null && slots.DescrSet is not null) cache.Kind = AttrDataDescriptor;
            else if (forMethod && (descr.GetType() == typeof(PyFunction) || descr.GetType() == typeof(PyMethodDescriptor))) cache.Kind = AttrMethod;
            else cache.Kind = AttrDictThenType;
            return;
        }
        if (obj is PyType cls && ReferenceEquals(getattr, TypeType.GetAttrSlot) && type.LookupMro(name) is null)
        {
            // A function found on a class comes back as it is (function.__get__(None, cls)).
            var attr = cls.LookupMro(name);
            if (attr is null) return;
            if (attr.GetType() == typeof(PyFunction) || (!attr.Type.HasFlag(TypeFlags.HeapType) && attr.Type.Slots.DescrGet is null))
            {
                cache.Kind = AttrClassValue;
                cache.Key2 = cls;
                cache.Version2 = cls.VersionTag;
                cache.Value = attr;
            }
        }
    }

    /// <summary>The instance dict as <see cref="Ops.InstanceDict"/> finds it, quicker for plain instances.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static PyDict? InstanceDictOf(PyObject obj) =>
        obj.GetType() == typeof(PyInstance) ? Unsafe.As<PyInstance>(obj).InstanceDict : Ops.InstanceDict(obj);

    /// <summary>LOAD_ATTR: obj.name through the instruction's cache.</summary>
    static PyObject? LoadAttrCached(ThreadState ts, PyObject obj, PyStr name, ref InlineCache cache)
    {
        var type = obj.Type;
        if (!CacheHolds(ref cache, type)) FillAttrCache(obj, type, name, ref cache, forMethod: false);
        switch (cache.Kind)
        {
            case AttrDictThenType:
            case AttrMethod:
            {
                if (InstanceDictOf(obj) is { } dict && dict.GetStrHinted(name, ref cache.Index) is { } v) return v;
                var descr = (PyObject?)cache.Value;
                if (descr is null) return Ops.GenericGetAttr(ts, obj, name);
                var get = descr.Type.Slots.DescrGet;
                return get is null ? descr : get(ts, descr, obj, type);
            }
            case AttrDataDescriptor:
            {
                var descr = Unsafe.As<PyObject>(cache.Value!);
                return descr.Type.Slots.DescrGet!(ts, descr, obj, type);
            }
            case AttrClassValue:
                if (ReferenceEquals(cache.Key2, obj) && cache.Version2 == Unsafe.As<PyType>(obj).VersionTag)
                    return Unsafe.As<PyObject>(cache.Value!);
                // Another class with the same metatype: re-classify for this one.
                FillAttrCache(obj, type, name, ref cache, forMethod: false);
                if (cache.Kind == AttrClassValue) return Unsafe.As<PyObject>(cache.Value!);
                return Ops.GetAttr(ts, obj, name);
            default:
                return Ops.GetAttr(ts, obj, name);
        }
    }

    /// <summary>LOAD_METHOD's lookup: the function to call unbound with <paramref name="obj"/> as
    /// its first argument, or null when the attribute is something else (then it is loaded as
    /// an attribute).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static PyObject? CachedMethod(PyObject obj, PyStr name, ref InlineCache cache)
    {
        var type = obj.Type;
        if (!CacheHolds(ref cache, type)) FillAttrCache(obj, type, name, ref cache, forMethod: true);
        if (cache.Kind != AttrMethod) return null;
        // An instance attribute of that name shadows the method.
        if (InstanceDictOf(obj) is { } dict && dict.GetStr(name) is not null) return null;
        return Unsafe.As<PyObject>(cache.Value!);
    }

    /// <summary>STORE_ATTR on a plain instance: true when stored through the cache, false when
    /// the general protocol must run.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool TryStoreAttrCached(Interpreter interp, PyObject obj, PyStr name, PyObject value, ref InlineCache cache)
    {
        if (obj.GetType() != typeof(PyInstance)) return false;
        var type = obj.Type;
        if (!CacheHolds(ref cache, type)) FillStoreCache(type, name, ref cache);
        if (cache.Kind != AttrStoreDict) return false;
        var inst = Unsafe.As<PyInstance>(obj);
        (inst.InstanceDict ??= interp.NewDict()).SetStrHinted(name, value, ref cache.Index);
        return true;
    }

    static void FillStoreCache(PyType type, PyStr name, ref InlineCache cache)
    {
        object? previousKey = cache.Key, previousValue = cache.Value;
        uint previousVersion = cache.Version;
        int previousKind = cache.Kind;
        ClassifyStore(type, name, ref cache);
        KeepPreviousType(ref cache, previousKey, previousVersion, previousKind, previousValue);
    }

    static void ClassifyStore(PyType type, PyStr name, ref InlineCache cache)
    {
        cache.Key = type;
        cache.Version = type.VersionTag;
        cache.Key2 = null;
        cache.Value = null;
        cache.Kind = AttrGeneric;
        if (!ReferenceEquals(type.Slots.SetAttr, Ops.GenericSetAttrSlot) || !type.HasFlag(TypeFlags.HasInstanceDict)) return;
        var descr = type.LookupMro(name);
        if (!HasFixedClass(descr) || descr?.Type.Slots.DescrSet is not null) return;
        cache.Kind = AttrStoreDict;
    }
}
