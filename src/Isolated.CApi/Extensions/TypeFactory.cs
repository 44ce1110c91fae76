using System.Runtime.InteropServices;
using Isolated.CApi.Bridge;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.CApi.Extensions;

/// <summary>
/// PyType_FromSpec and friends: a heap type whose special methods are the spec's C slots. Each
/// C slot becomes the runtime slot that calls it (<see cref="SlotTrampolines"/>) and appears in
/// the type's __dict__ as a slot wrapper of the matching dunder(s), so Python sees
/// <c>T.__add__</c>, and a Python subclass overriding a dunder gets the generic slot that calls
/// its override — also when C code uses the abstract API. tp_methods, tp_members and tp_getset
/// become descriptors; instances get the C layout basicsize/itemsize describe.
/// </summary>
internal static unsafe class TypeFactory
{
    // Which runtime slot each C slot number fills (slots read elsewhere are absent).
    static readonly Dictionary<int, SlotId> UnarySlots = new()
    {
        [66] = SlotId.Repr, [70] = SlotId.Str, [62] = SlotId.Iter, [30] = SlotId.Negative, [32] = SlotId.Positive,
        [6] = SlotId.Absolute, [27] = SlotId.Invert, [26] = SlotId.Int, [11] = SlotId.Float, [13] = SlotId.Index,
    };

    static readonly Dictionary<int, SlotId> BinarySlots = new()
    {
        [7] = SlotId.Add, [36] = SlotId.Subtract, [29] = SlotId.Multiply, [37] = SlotId.TrueDivide, [12] = SlotId.FloorDivide,
        [34] = SlotId.Remainder, [10] = SlotId.DivMod, [28] = SlotId.LShift, [35] = SlotId.RShift, [8] = SlotId.And,
        [31] = SlotId.Or, [38] = SlotId.Xor, [75] = SlotId.MatrixMultiply,
        [14] = SlotId.InplaceAdd, [23] = SlotId.InplaceSubtract, [18] = SlotId.InplaceMultiply, [24] = SlotId.InplaceTrueDivide,
        [16] = SlotId.InplaceFloorDivide, [21] = SlotId.InplaceRemainder, [17] = SlotId.InplaceLShift,
        [22] = SlotId.InplaceRShift, [15] = SlotId.InplaceAnd, [19] = SlotId.InplaceOr, [25] = SlotId.InplaceXor,
        [76] = SlotId.InplaceMatrixMultiply,
    };

    /// <summary>Slots kept only for PyType_GetSlot: the runtime has no use for them (instance
    /// lifetime slots are called by <see cref="NativeInstances"/> and read there).</summary>
    static readonly HashSet<int> StoredOnly = [1, 2, 47, 51, 52, 53, 61, 71, 74, 80];

    public static PyType? FromSpec(ThreadState ts, NativeTypeSpec* spec, PyObject? basesArg, PyModule? module, PyType? metaclass)
    {
        var interp = ts.Interpreter;
        if (spec == null || spec->Name == null)
        {
            ts.Raise(ExceptionKind.SystemError, "PyType_FromSpec: NULL spec or spec name");
            return null;
        }
        string fullName = Marshal.PtrToStringUTF8((nint)spec->Name)!;
        int dot = fullName.LastIndexOf('.');
        string name = dot < 0 ? fullName : fullName[(dot + 1)..];

        var slots = new Dictionary<int, nint>();
        for (var s = spec->Slots; s != null && s->Slot != 0; s++)
        {
            if (s->Slot < 1 || s->Slot > NativeTypeInfo.LastSlot)
            {
                ts.Raise(ExceptionKind.RuntimeError, "invalid slot offset");
                return null;
            }
            if (s->Slot is 77 or 78 or 79 or 81)
            {
                ts.Raise(ExceptionKind.SystemError,
                    $"type {fullName}: slot {s->Slot} (async protocol) is not supported by this runtime");
                return null;
            }
            if (slots.ContainsKey(s->Slot))
            {
                ts.Raise(ExceptionKind.SystemError, $"type {fullName} has two slots with ID {s->Slot}");
                return null;
            }
            slots[s->Slot] = s->Function;
        }

        // Bases: the argument, else Py_tp_bases, else Py_tp_base, else object.
        PyObject? basesObj = basesArg;
        if (basesObj is null && slots.TryGetValue(NativeTypeInfo.TpBases, out var bp) && bp != 0) basesObj = ObjectBridge.FromNative(bp);
        if (basesObj is null && slots.TryGetValue(NativeTypeInfo.TpBase, out var b1) && b1 != 0) basesObj = ObjectBridge.FromNative(b1);
        PyType[] bases;
        if (basesObj is null) bases = [interp.Types.Object];
        else if (basesObj is PyType single) bases = [single];
        else if (basesObj is PyTuple { Count: > 0 } tuple)
        {
            bases = new PyType[tuple.Count];
            for (int i = 0; i < bases.Length; i++)
            {
                if (tuple[i] is not PyType bt) { ts.Raise(ExceptionKind.TypeError, "bases must be types"); return null; }
                bases[i] = bt;
            }
        }
        else
        {
            ts.Raise(ExceptionKind.SystemError, "PyType_FromSpecWithBases: bases must be a type or a non-empty tuple of types");
            return null;
        }
        foreach (var b in bases)
        {
            if (!b.HasFlag(TypeFlags.BaseType))
            {
                ts.Raise(ExceptionKind.TypeError, $"type '{b.Name}' is not an acceptable base type");
                return null;
            }
        }
        var best = bases[0];
        var baseInfo = NativeInstances.LayoutInfo(best);
        bool baseNative = NativeInstances.HasNativeLayout(best);
        bool baseIsObject = ReferenceEquals(best, interp.Types.Object);
        int baseSize = baseInfo?.BasicSize ?? NativeInstances.ObjectSize;
        // A negative basicsize (3.12) asks for that many bytes after the base's layout, aligned.
        int basicSize = spec->BasicSize == 0 ? baseSize
            : spec->BasicSize < 0 ? NativeInstances.AlignedDataOffset(baseSize) - spec->BasicSize : spec->BasicSize;
        int itemSize = spec->ItemSize != 0 ? spec->ItemSize : baseInfo?.ItemSize ?? 0;
        // Over a builtin base (list, dict...) instances stay managed objects: no C struct can
        // extend theirs, but a negative basicsize's type data (PyObject_GetTypeData) can live
        // beside each instance (see ManagedTypeData).
        if (!baseNative && !baseIsObject && spec->BasicSize > 0)
        {
            ts.Raise(ExceptionKind.SystemError,
                $"type {fullName}: a type made from a spec can extend the builtin type '{best.Name}' only without a C struct of its own (basicsize 0, or negative for type data)");
            return null;
        }
        int managedTypeData = !baseNative && !baseIsObject && spec->BasicSize < 0 ? -spec->BasicSize : 0;
        if (basicSize < baseSize)
        {
            ts.Raise(ExceptionKind.TypeError, $"tp_basicsize for type '{fullName}' ({basicSize}) is too small for base '{best.Name}' ({baseSize})");
            return null;
        }
        bool native = baseNative || baseIsObject;
        if (best.IsSubtypeOf(interp.Types.Type))
        {
            // A metaclass: its instances are classes, which are managed type objects.
            if (spec->BasicSize != 0)
            {
                ts.Raise(ExceptionKind.SystemError, $"type {fullName}: a metaclass made from a spec cannot have a C struct (basicsize 0 only)");
                return null;
            }
            native = false;
        }

        var flags = TypeFlags.HeapType
            | (best.Flags & (TypeFlags.IntSubclass | TypeFlags.StrSubclass | TypeFlags.TupleSubclass | TypeFlags.ListSubclass
                             | TypeFlags.DictSubclass | TypeFlags.BytesSubclass | TypeFlags.TypeSubclass | TypeFlags.BaseExceptionSubclass
                             | TypeFlags.HasInstanceDict));
        if ((spec->Flags & NativeTypeInfo.FlagBaseType) != 0) flags |= TypeFlags.BaseType;
        if (native) flags |= TypeFlags.Native;
        var type = new PyType(interp, metaclass ?? best.Type, name, best, best.Slots.Clone(), flags)
        {
            QualName = name,
            Bases = bases,
        };
        type.SetTpName(fullName);   // CPython's tp_name is the spec's dotted name
        if (bases.Length > 1)
        {
            var mro = Mro.Compute(ts, type, bases);
            if (mro is null) return null;
            type.Mro = mro;
        }
        if ((spec->Flags & NativeTypeInfo.FlagSequence) != 0) type.Flags |= TypeFlags.Sequence;
        else if ((spec->Flags & NativeTypeInfo.FlagMapping) != 0) type.Flags |= TypeFlags.Mapping;
        else type.InheritCollectionKind();
        var state = NativeInterpreterState.Of(interp);
        state.NativeTypes[type] = new NativeTypeInfo(type, basicSize, itemSize, spec->Flags, module, slots) { ManagedTypeDataSize = managedTypeData };

        var dict = interp.NewDict();
        if (dot >= 0) dict.SetStr(interp.Intern("__module__"), interp.Str(fullName[..dot]));
        dict.SetStr(interp.Intern("__doc__"), slots.TryGetValue(NativeTypeInfo.TpDoc, out var doc) && doc != 0
            ? interp.Str(Marshal.PtrToStringUTF8(doc)!) : interp.None);
        type.SetDict(dict);

        AddSlots(ts, type, dict, slots, native && !baseNative);

        if (slots.TryGetValue(NativeTypeInfo.TpMethods, out var methods) && methods != 0 && !AddMethods(ts, type, dict, (NativeMethodDef*)methods))
            return null;
        if (slots.TryGetValue(NativeTypeInfo.TpMembers, out var members) && members != 0)
        {
            for (var m = (NativeMemberDef*)members; m->Name != null; m++)
            {
                string mname = Marshal.PtrToStringUTF8((nint)m->Name)!;
                // The offsets CPython reads from special members (weakref/dict/vectorcall) are
                // layout hints here: weak references and __dict__ are managed by the runtime.
                if (mname is "__weaklistoffset__" or "__dictoffset__" or "__vectorcalloffset__") continue;
                dict.SetStr(interp.Intern(mname), MemberAccess.Member(interp, type, m));
            }
        }
        if (slots.TryGetValue(NativeTypeInfo.TpGetset, out var getsets) && getsets != 0)
            for (var g = (NativeGetSetDef*)getsets; g->Name != null; g++)
                dict.SetStr(interp.Intern(Marshal.PtrToStringUTF8((nint)g->Name)!), MemberAccess.GetSet(interp, type, g));

        var data = new ClassData { SolidBase = native && basicSize > baseSize ? type : ClassBuilder.SolidBase(best) };
        data.SlotCount = best.ClassData?.SlotCount ?? 0;
        type.ClassData = data;
        foreach (var b in bases) ClassData.Of(b).AddSubclass(type);
        SlotUpdater.UpdateAll(type);
        if ((spec->Flags & NativeTypeInfo.FlagDisallowInstantiation) != 0) type.Slots.New = null;
        return type;
    }

    static void AddWrappers(PyType type, PyDict dict, SlotId id, Delegate slot)
    {
        var interp = type.Owner;
        foreach (var def in SlotWrappers.Table)
            if (def.Slot == id)
                dict.SetStr(interp.Intern(def.Name), new PyWrapperDescriptor(interp.Types.WrapperDescriptor, type, def, slot));
    }

    static void AddSlots(ThreadState ts, PyType type, PyDict dict, Dictionary<int, nint> slots, bool layoutRoot)
    {
        var interp = ts.Interpreter;
        string n = type.Name;
        foreach (var (number, fn) in slots)
        {
            if (fn == 0 || StoredOnly.Contains(number)) continue;
            if (UnarySlots.TryGetValue(number, out var unary))
            {
                AddWrappers(type, dict, unary, SlotTrampolines.Unary(fn, $"{n}.{SlotName(unary)}"));
                continue;
            }
            if (BinarySlots.TryGetValue(number, out var binary))
            {
                AddWrappers(type, dict, binary, SlotTrampolines.Binary(fn, $"{n}.{SlotName(binary)}"));
                continue;
            }
            switch (number)
            {
                case 33: AddWrappers(type, dict, SlotId.Power, SlotTrampolines.Ternary(fn, $"{n}.__pow__")); break;
                case 20: AddWrappers(type, dict, SlotId.InplacePower, SlotTrampolines.Ternary(fn, $"{n}.__ipow__")); break;
                case 9: AddWrappers(type, dict, SlotId.Bool, SlotTrampolines.Inquiry(fn, $"{n}.__bool__")); break;
                case NativeTypeInfo.TpHash: AddWrappers(type, dict, SlotId.Hash, SlotTrampolines.Hash(fn, $"{n}.__hash__")); break;
                case NativeTypeInfo.TpRichcompare: AddWrappers(type, dict, SlotId.RichCompare, SlotTrampolines.RichCompare(fn, $"{n}.__eq__")); break;
                case NativeTypeInfo.TpGetattro: AddWrappers(type, dict, SlotId.GetAttr, SlotTrampolines.GetAttr(fn, $"{n}.__getattribute__")); break;
                case NativeTypeInfo.TpSetattro: AddWrappers(type, dict, SlotId.SetAttr, SlotTrampolines.SetAttr(fn, $"{n}.__setattr__")); break;
                // The char*-named forms, used only without their object-named replacements (as CPython does).
                case NativeTypeInfo.TpGetattr:
                    if (!slots.ContainsKey(NativeTypeInfo.TpGetattro))
                        AddWrappers(type, dict, SlotId.GetAttr, SlotTrampolines.GetAttrByName(fn, $"{n}.__getattribute__"));
                    break;
                case NativeTypeInfo.TpSetattr:
                    if (!slots.ContainsKey(NativeTypeInfo.TpSetattro))
                        AddWrappers(type, dict, SlotId.SetAttr, SlotTrampolines.SetAttrByName(fn, $"{n}.__setattr__"));
                    break;
                case NativeTypeInfo.TpDescrGet: AddWrappers(type, dict, SlotId.DescrGet, SlotTrampolines.DescrGet(fn, $"{n}.__get__")); break;
                case NativeTypeInfo.TpDescrSet: AddWrappers(type, dict, SlotId.DescrSet, SlotTrampolines.DescrSet(fn, $"{n}.__set__")); break;
                case NativeTypeInfo.TpCall: AddWrappers(type, dict, SlotId.Call, SlotTrampolines.CallSlot(fn, $"{n}.__call__")); break;
                case NativeTypeInfo.TpInit: AddWrappers(type, dict, SlotId.Init, SlotTrampolines.Init(fn, $"{n}.__init__")); break;
                case NativeTypeInfo.TpIternext: AddWrappers(type, dict, SlotId.IterNext, SlotTrampolines.IterNext(fn, $"{n}.__next__")); break;
                case NativeTypeInfo.MpLength:
                    AddWrappers(type, dict, SlotId.Length, SlotTrampolines.Length(fn, $"{n}.__len__"));
                    break;
                case NativeTypeInfo.SqLength:
                    if (!slots.ContainsKey(NativeTypeInfo.MpLength)) AddWrappers(type, dict, SlotId.Length, SlotTrampolines.Length(fn, $"{n}.__len__"));
                    break;
                case NativeTypeInfo.MpSubscript:
                    AddWrappers(type, dict, SlotId.GetItem, SlotTrampolines.Binary(fn, $"{n}.__getitem__"));
                    break;
                case NativeTypeInfo.SqItem:
                    if (!slots.ContainsKey(NativeTypeInfo.MpSubscript))
                        AddWrappers(type, dict, SlotId.GetItem, SlotTrampolines.SequenceItem(fn, slots.GetValueOrDefault(NativeTypeInfo.SqLength), $"{n}.__getitem__"));
                    break;
                case NativeTypeInfo.MpAssSubscript:
                    AddWrappers(type, dict, SlotId.SetItem, SlotTrampolines.SetItem(fn, $"{n}.__setitem__"));
                    break;
                case NativeTypeInfo.SqAssItem:
                    if (!slots.ContainsKey(NativeTypeInfo.MpAssSubscript))
                        AddWrappers(type, dict, SlotId.SetItem, SlotTrampolines.SequenceAssItem(fn, slots.GetValueOrDefault(NativeTypeInfo.SqLength), $"{n}.__setitem__"));
                    break;
                case NativeTypeInfo.SqContains: AddWrappers(type, dict, SlotId.Contains, SlotTrampolines.Contains(fn, $"{n}.__contains__")); break;
                case NativeTypeInfo.SqConcat:
                    if (!slots.ContainsKey(NativeTypeInfo.NbAdd)) AddWrappers(type, dict, SlotId.Add, SlotTrampolines.Concat(fn, type, $"{n}.__add__"));
                    break;
                case NativeTypeInfo.SqRepeat:
                    if (!slots.ContainsKey(NativeTypeInfo.NbMultiply)) AddWrappers(type, dict, SlotId.Multiply, SlotTrampolines.Repeat(fn, type, $"{n}.__mul__"));
                    break;
                case NativeTypeInfo.SqInplaceConcat:
                    if (!slots.ContainsKey(NativeTypeInfo.NbInplaceAdd)) AddWrappers(type, dict, SlotId.InplaceAdd, SlotTrampolines.Binary(fn, $"{n}.__iadd__"));
                    break;
                case NativeTypeInfo.SqInplaceRepeat:
                    if (!slots.ContainsKey(NativeTypeInfo.NbInplaceMultiply)) AddWrappers(type, dict, SlotId.InplaceMultiply, SlotTrampolines.InplaceRepeat(fn, $"{n}.__imul__"));
                    break;
            }
        }
        // CPython: a type defining tp_richcompare but not tp_hash is unhashable.
        if (slots.ContainsKey(NativeTypeInfo.TpRichcompare) && !slots.ContainsKey(NativeTypeInfo.TpHash))
            dict.SetStr(interp.Intern("__hash__"), interp.None);
        // __new__: the C tp_new, or for a type that starts a C layout, allocation through tp_alloc
        // (object.__new__ would make an instance without the C struct).
        NewFunc? newSlot = null;
        if (slots.TryGetValue(NativeTypeInfo.TpNew, out var tpNew) && tpNew != 0) newSlot = SlotTrampolines.New(tpNew, $"{n}.__new__");
        else if (layoutRoot) newSlot = DefaultNew;
        if (newSlot is not null)
        {
            type.Slots.New = newSlot;
            dict.SetStr(interp.Intern("__new__"), interp.NewBuiltinFunction("__new__", type, SlotWrappers.TpNewWrapper,
                "Create and return a new object.  See help(type) for accurate signature."));
        }
    }

    static string SlotName(SlotId id)
    {
        foreach (var def in SlotWrappers.Table)
            if (def.Slot == id) return def.Name;
        return id.ToString();
    }

    /// <summary>object.__new__ for a C layout: PyType_GenericAlloc, and object's rule on excess
    /// arguments.</summary>
    static readonly NewFunc DefaultNew = static (ts, type, args, kwnames) =>
    {
        if (args.Length > 0 && ReferenceEquals(type.Slots.Init, ObjectType.InitSlot))
            return ts.Raise(ExceptionKind.TypeError, $"{type.Name}() takes no arguments");
        var obj = NativeInstances.Allocate(ts, type, 0);
        if (obj is null) return null;
        // Allocate returned the one reference C would own; the caller holds the proxy instead.
        Boundary.Api.Steal(obj.Address);
        return obj;
    };

    /// <summary>Adds tp_methods: instance methods as method descriptors, METH_CLASS ones as class
    /// methods, METH_STATIC ones as static methods; a name a slot wrapper already has is kept
    /// unless METH_COEXIST (CPython's rule).</summary>
    static bool AddMethods(ThreadState ts, PyType type, PyDict dict, NativeMethodDef* methods)
    {
        var interp = ts.Interpreter;
        for (var m = methods; m->Name != null; m++)
        {
            if (!CMethod.ValidFlags(m->Flags))
            {
                CMethod.BadFlags(ts, m);
                return false;
            }
            var key = interp.Intern(Marshal.PtrToStringUTF8((nint)m->Name)!);
            if ((m->Flags & NativeMethodDef.Coexist) == 0 && dict.GetStr(key) is not null) continue;
            bool isClass = (m->Flags & NativeMethodDef.Class) != 0, isStatic = (m->Flags & NativeMethodDef.Static) != 0;
            if (isClass && isStatic)
            {
                ts.Raise(ExceptionKind.ValueError, "method cannot be both class and static");
                return false;
            }
            dict.SetStr(key, MethodDescriptor(interp, type, m, isClass, isStatic));
        }
        return true;
    }

    /// <summary>The descriptor a PyMethodDef becomes in a type's dict (also PyDescr_NewMethod
    /// and PyDescr_NewClassMethod).</summary>
    public static PyObject MethodDescriptor(Interpreter interp, PyType type, NativeMethodDef* m, bool isClass, bool isStatic)
    {
        var cm = new CMethod(m, (m->Flags & NativeMethodDef.Method) != 0 ? type : null, nullSelf: isStatic, owner: type.Name);
        if (isStatic)
            return new PyStaticMethod(interp.Types.StaticMethod, interp.NewBuiltinFunction(cm.Name, interp.None, cm.Invoke, cm.Doc));
        if (isClass)
            return new PyClassMethodDescriptor(interp.Types.ClassMethodDescriptor, type, cm.Name, cm.Invoke, cm.Doc);
        return new PyMethodDescriptor(interp.Types.MethodDescriptor, type, cm.Name, cm.Invoke, cm.Doc);
    }
}
