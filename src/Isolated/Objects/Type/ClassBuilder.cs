using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>
/// Creating classes at run time (CPython's type.__new__, reached by the class statement and by
/// type(name, bases, ns)): metaclass choice, C3 MRO, best base and instance layout, __slots__,
/// the class namespace conventions (__qualname__, __module__, __doc__, __classcell__, implicit
/// static/class methods), the slot table of the new class, __set_name__ and __init_subclass__.
/// </summary>
public static class ClassBuilder
{
    /// <summary>type.__new__(metatype, name, bases, namespace, **kwds). <paramref name="args"/>
    /// holds the three positional arguments followed by the keyword values named in
    /// <paramref name="kwnames"/> (passed on to __init_subclass__).</summary>
    public static PyObject? New(ThreadState ts, PyType metatype, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var interp = ts.Interpreter;
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (npos != 3)
            return ts.Raise(ExceptionKind.TypeError, $"type.__new__() takes exactly 3 arguments ({npos} given)");
        if (args[0] is not PyStr nameObj)
            return ts.Raise(ExceptionKind.TypeError, $"type.__new__() argument 1 must be str, not {args[0].Type.Name}");
        if (args[1] is not PyTuple basesObj)
            return ts.Raise(ExceptionKind.TypeError, $"type.__new__() argument 2 must be tuple, not {args[1].Type.Name}");
        if (args[2] is not PyDict ns)
            return ts.Raise(ExceptionKind.TypeError, $"type.__new__() argument 3 must be dict, not {args[2].Type.Name}");
        string name = nameObj.Value;
        if (name.Contains('\0'))
            return ts.Raise(ExceptionKind.ValueError, "type name must not contain null characters");

        // The most derived metaclass among the requested one and the bases' metaclasses.
        var winner = metatype;
        foreach (var b in basesObj.Items)
        {
            var bt = b.Type;
            if (winner.IsSubtypeOf(bt)) continue;
            if (bt.IsSubtypeOf(winner)) { winner = bt; continue; }
            return ts.Raise(ExceptionKind.TypeError,
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        if (!ReferenceEquals(winner, metatype))
        {
            if (winner.Slots.New is { } winnerNew && !ReferenceEquals(winnerNew, TypeType.NewSlot))
                return winnerNew(ts, winner, args, kwnames);
            metatype = winner;
        }

        // Bases.
        PyType[] bases;
        if (basesObj.Count == 0) bases = [interp.Types.Object];
        else
        {
            bases = new PyType[basesObj.Count];
            for (int i = 0; i < bases.Length; i++)
            {
                if (basesObj.Items[i] is not PyType bt)
                    return ts.Raise(ExceptionKind.TypeError, "bases must be types");
                for (int j = 0; j < i; j++)
                    if (ReferenceEquals(bases[j], bt))
                        return ts.Raise(ExceptionKind.TypeError, $"duplicate base class {bt.Name}");
                bases[i] = bt;
            }
        }

        // Best base: the base whose instance layout all others are compatible with.
        PyType? best = null, bestSolid = null;
        foreach (var b in bases)
        {
            if (!b.HasFlag(TypeFlags.BaseType))
                return ts.Raise(ExceptionKind.TypeError, $"type '{b.Name}' is not an acceptable base type");
            var solid = SolidBase(b);
            // On a tie the earlier base stays (so __base__ is the first of equals).
            if (bestSolid is null || solid.IsSubtypeOf(bestSolid) && !bestSolid.IsSubtypeOf(solid)) { best = b; bestSolid = solid; }
            else if (!bestSolid.IsSubtypeOf(solid))
                return ts.Raise(ExceptionKind.TypeError, "multiple bases have instance lay-out conflict");
        }

        // __slots__.
        bool baseHasDict = false;
        foreach (var b in bases) baseHasDict |= HasDict(b);
        var slotsDecl = ns.GetStr(interp.Intern("__slots__"));
        bool addDict = !baseHasDict && slotsDecl is null;
        var ownSlots = new List<string>();
        bool seenWeakref = false;
        if (slotsDecl is not null)
        {
            List<PyObject>? items = slotsDecl is PyStr single ? [single] : IterationHelper.ToList(ts, slotsDecl);
            if (items is null) return null;
            foreach (var item in items)
            {
                if (item is not PyStr s)
                    return ts.Raise(ExceptionKind.TypeError, $"__slots__ items must be strings, not '{item.Type.Name}'");
                if (!IsIdentifier(s.Value))
                    return ts.Raise(ExceptionKind.TypeError, "__slots__ must be identifiers");
                if (s.Value == "__dict__")
                {
                    if (baseHasDict || addDict)
                        return ts.Raise(ExceptionKind.TypeError, "__dict__ slot disallowed: we already got one");
                    addDict = true;
                    continue;
                }
                if (s.Value == "__weakref__")
                {
                    if (seenWeakref)
                        return ts.Raise(ExceptionKind.TypeError, "__weakref__ slot disallowed: we already got one");
                    seenWeakref = true;
                    continue;
                }
                var mangled = Mangle(name, s.Value);
                if (ns.GetStr(interp.Str(mangled)) is not null)
                    return ts.Raise(ExceptionKind.ValueError, $"'{mangled}' in __slots__ conflicts with class variable");
                if (!ownSlots.Contains(mangled)) ownSlots.Add(mangled);
            }
            ownSlots.Sort(StringComparer.Ordinal);
        }

        // The class namespace: a fresh dict holding a copy of the namespace.
        var dict = interp.NewDict();
        {
            int pos = 0;
            while (ns.Next(ref pos, out var k, out var v, out long h))
                if (!dict.TrySetItem(ts, k, h, v)) return null;
        }
        var moduleKey = interp.Intern("__module__");
        if (dict.GetStr(moduleKey) is null
            && Execution.Eval.CurrentGlobals(ts) is { } globals
            && globals.GetStr(interp.Intern("__name__")) is { } moduleName)
            dict.SetStr(moduleKey, moduleName);
        string qualName = name;
        var qualKey = interp.Intern("__qualname__");
        if (dict.GetStr(qualKey) is { } q)
        {
            if (q is not PyStr qs)
                return ts.Raise(ExceptionKind.TypeError, $"type __qualname__ must be a str, not {q.Type.Name}");
            qualName = qs.Value;
            dict.TryDelItem(ts, qualKey, qualKey.Hash, out _);
        }
        var docKey = interp.Intern("__doc__");
        if (dict.GetStr(docKey) is null) dict.SetStr(docKey, interp.None);
        var cellKey = interp.Intern("__classcell__");
        var classCell = dict.GetStr(cellKey);
        if (classCell is not null)
        {
            if (classCell is not PyCell)
                return ts.Raise(ExceptionKind.TypeError, $"__classcell__ must be a nonlocal cell, not {classCell.Type}");
            dict.TryDelItem(ts, cellKey, cellKey.Hash, out _);
        }
        WrapImplicit(ts, dict, "__new__", isClassMethod: false);
        WrapImplicit(ts, dict, "__init_subclass__", isClassMethod: true);
        WrapImplicit(ts, dict, "__class_getitem__", isClassMethod: true);
        var hashKey = interp.Intern("__hash__");
        if (dict.GetStr(interp.Intern("__eq__")) is not null && dict.GetStr(hashKey) is null)
            dict.SetStr(hashKey, interp.None);

        // The type object.
        var flags = TypeFlags.HeapType | TypeFlags.BaseType
            | (best!.Flags & (TypeFlags.IntSubclass | TypeFlags.StrSubclass | TypeFlags.TupleSubclass | TypeFlags.ListSubclass
                              | TypeFlags.DictSubclass | TypeFlags.BytesSubclass | TypeFlags.TypeSubclass));
        foreach (var b in bases) flags |= b.Flags & TypeFlags.BaseExceptionSubclass;
        if (baseHasDict || addDict) flags |= TypeFlags.HasInstanceDict;
        var type = new PyType(interp, metatype, name, best, best.Slots.Clone(), flags)
        {
            QualName = qualName,
            Bases = bases,
        };
        type.SetDict(dict);

        var data = new ClassData { OwnSlots = ownSlots.ToArray() };
        int inherited = best.ClassData?.SlotCount ?? 0;
        data.SlotCount = inherited + ownSlots.Count;
        data.SolidBase = ownSlots.Count > 0 ? type : bestSolid;
        type.ClassData = data;
        for (int i = 0; i < ownSlots.Count; i++)
            dict.SetStr(interp.Intern(ownSlots[i]), new PyMemberDescriptor(interp.Types.MemberDescriptor, type, ownSlots[i], inherited + i));
        if (addDict && !baseHasDict)
            dict.SetStr(interp.Intern("__dict__"), new PyGetSetDescriptor(interp.Types.GetSetDescriptor, type, "__dict__",
                InstanceDictGetter, InstanceDictSetter, "dictionary for instance variables"));
        if (!HasWeakref(bases) && (slotsDecl is null || seenWeakref))
            dict.SetStr(interp.Intern("__weakref__"), new PyGetSetDescriptor(interp.Types.GetSetDescriptor, type, "__weakref__",
                static (ts, self) => ts.Interpreter.None, null, "list of weak references to the object"));

        var mro = ComputeMro(ts, type, metatype, bases);
        if (mro is null) return null;
        type.Mro = mro;
        type.InheritCollectionKind();

        foreach (var b in bases) ClassData.Of(b).AddSubclass(type);
        SlotUpdater.UpdateAll(type);

        if (classCell is PyCell cell) cell.Contents = type;
        if (!CallSetName(ts, type)) return null;
        if (!CallInitSubclass(ts, type, args[3..], kwnames)) return null;
        return type;
    }

    /// <summary>Called after a heap type's attribute was set or deleted.</summary>
    public static void AttributeChanged(ThreadState ts, PyType type, PyStr name) =>
        SlotUpdater.AttributeChanged(type, name.Value);

    // ---- layout ----

    /// <summary>The nearest type fixing the instance layout of <paramref name="type"/>'s instances.</summary>
    public static PyType SolidBase(PyType type)
    {
        if (type.ClassData?.SolidBase is { } known) return known;
        if (type.Base is null) return type;
        if (type.HasFlag(TypeFlags.BaseExceptionSubclass))
        {
            // Exception classes share one layout except those that add fields.
            var t = type;
            while (t.Base is not null && t.Base.HasFlag(TypeFlags.BaseExceptionSubclass) && !ExceptionTypes.AddsFields(t))
                t = t.Base;
            return t;
        }
        return type;  // a builtin type owns its layout
    }

    /// <summary>Whether instances of <paramref name="type"/> carry a __dict__.</summary>
    public static bool HasDict(PyType type) =>
        type.HasFlag(TypeFlags.HasInstanceDict) || type.HasFlag(TypeFlags.BaseExceptionSubclass)
        // Instances of a metaclass are classes, whose namespace type.__dict__ already exposes.
        || type.HasFlag(TypeFlags.TypeSubclass);

    static bool HasWeakref(PyType[] bases)
    {
        foreach (var b in bases)
            if (b.HasFlag(TypeFlags.HeapType) && b.LookupMro(b.Owner.Intern("__weakref__")) is not null) return true;
        return false;
    }

    static readonly GetterFunc InstanceDictGetter = static (ts, self) =>
    {
        if (self is not IInstanceDict owner)
            return ts.Raise(ExceptionKind.AttributeError, $"'{self.Type.Name}' object has no attribute '__dict__'");
        return owner.InstanceDict ??= ts.Interpreter.NewDict();
    };

    static readonly SetterFunc InstanceDictSetter = static (ts, self, value) =>
    {
        if (value is null)
        {
            ts.Raise(ExceptionKind.TypeError, "cannot delete __dict__");
            return false;
        }
        if (value is not PyDict d)
        {
            ts.Raise(ExceptionKind.TypeError, $"__dict__ must be set to a dictionary, not a '{value.Type.Name}'");
            return false;
        }
        if (self is not IInstanceDict owner)
        {
            ts.Raise(ExceptionKind.AttributeError, $"'{self.Type.Name}' object has no attribute '__dict__'");
            return false;
        }
        owner.InstanceDict = d;
        return true;
    };

    // ---- namespace conventions ----

    static void WrapImplicit(ThreadState ts, PyDict dict, string name, bool isClassMethod)
    {
        var interp = ts.Interpreter;
        var key = interp.Intern(name);
        if (dict.GetStr(key) is not { } f || !IsPlainFunction(f)) return;
        dict.SetStr(key, isClassMethod
            ? new PyClassMethod(interp.Types.ClassMethod, f)
            : new PyStaticMethod(interp.Types.StaticMethod, f));
    }

    /// <summary>CPython wraps only Python functions (not other callables) implicitly.</summary>
    static bool IsPlainFunction(PyObject f) => f is PyFunction;

    static PyType[]? ComputeMro(ThreadState ts, PyType type, PyType metatype, PyType[] bases)
    {
        var interp = ts.Interpreter;
        if (!ReferenceEquals(metatype, interp.Types.Type))
        {
            var mroKey = interp.Intern("mro");
            var custom = metatype.LookupMro(mroKey);
            if (custom is not null && !ReferenceEquals(custom, interp.Types.Type.LookupMro(mroKey)))
            {
                // A metaclass overriding mro(): the provisional MRO lets mro() itself look up
                // attributes on the class.
                type.Mro = Mro.Compute(ts, type, bases) ?? [type];
                var result = SpecialMethods.CallDescr(ts, custom, type, default);
                if (result is null) return null;
                var items = IterationHelper.ToList(ts, result);
                if (items is null) return null;
                var mro = new PyType[items.Count];
                for (int i = 0; i < mro.Length; i++)
                {
                    if (items[i] is not PyType t)
                    {
                        ts.Raise(ExceptionKind.TypeError, $"mro() returned a non-class ('{items[i].Type.Name}')");
                        return null;
                    }
                    mro[i] = t;
                }
                return mro;
            }
        }
        return Mro.Compute(ts, type, bases);
    }

    /// <summary>Calls __set_name__(owner, name) on each attribute whose type defines it.</summary>
    static bool CallSetName(ThreadState ts, PyType type)
    {
        var interp = ts.Interpreter;
        var setNameKey = interp.Intern("__set_name__");
        var entries = new List<(PyObject Key, PyObject Value)>();
        int pos = 0;
        while (type.Dict.Next(ref pos, out var k, out var v)) entries.Add((k, v));
        foreach (var (k, v) in entries)
        {
            var descr = v.Type.LookupMro(setNameKey);
            if (descr is null) continue;
            if (SpecialMethods.CallDescr(ts, descr, v, [type, k]) is null)
            {
                if (ts.CurrentException is { } e && k is PyStr ks)
                    ExceptionBehaviour.AddNote(ts, e, $"Error calling __set_name__ on '{v.Type.Name}' instance '{ks.Value}' in '{type.Name}'");
                return false;
            }
        }
        return true;
    }

    /// <summary>super(type, type).__init_subclass__(**kwds).</summary>
    static bool CallInitSubclass(ThreadState ts, PyType type, ReadOnlySpan<PyObject> kwValues, PyTuple? kwnames)
    {
        var key = ts.Interpreter.Intern("__init_subclass__");
        for (int i = 1; i < type.Mro.Length; i++)
        {
            var descr = type.Mro[i].Dict.GetStr(key);
            if (descr is null) continue;
            PyObject? bound = descr.Type.Slots.DescrGet is { } get ? get(ts, descr, null, type) : descr;
            if (bound is null) return false;
            return Ops.Call(ts, bound, kwValues, kwnames) is not null;
        }
        return true;
    }

    // ---- names ----

    public static bool IsIdentifier(string s)
    {
        if (s.Length == 0) return false;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            bool ok = c == '_' || char.IsLetter(c) || (i > 0 && (char.IsDigit(c) || char.GetUnicodeCategory(c)
                is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
                or System.Globalization.UnicodeCategory.ConnectorPunctuation or System.Globalization.UnicodeCategory.DecimalDigitNumber))
                || char.IsSurrogate(c) || c == '\u00B7';
            if (!ok) return false;
        }
        return true;
    }

    /// <summary>Private name mangling: __x in class C becomes _C__x.</summary>
    public static string Mangle(string className, string name)
    {
        if (!name.StartsWith("__", StringComparison.Ordinal) || name.EndsWith("__", StringComparison.Ordinal) || name.Contains('.'))
            return name;
        var stripped = className.TrimStart('_');
        return stripped.Length == 0 ? name : "_" + stripped + name;
    }
}
