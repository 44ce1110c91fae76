namespace Isolated.Objects;

/// <summary>
/// Chooses each slot of a heap type from what its MRO defines (CPython's fixup_slot_dispatchers /
/// update_slot): a dunder that resolves to a builtin type's slot wrapper keeps that C# function
/// (no dispatch cost); anything else (a Python function, a descriptor) gets the generic slot from
/// <see cref="SlotDispatch"/>; a dunder found nowhere leaves the slot empty.
/// </summary>
public static class SlotUpdater
{
    public static void UpdateAll(PyType type)
    {
        for (var id = (SlotId)0; id < SlotId.Count; id++) Update(type, id);
        UpdateFinalizerFlag(type);
    }

    /// <summary>__del__ is no slot here, only a flag that makes new instances finalizable.</summary>
    static void UpdateFinalizerFlag(PyType type)
    {
        if (type.LookupMro(type.Owner.Intern("__del__")) is not null) type.Flags |= TypeFlags.HasFinalizer;
        else type.Flags &= ~TypeFlags.HasFinalizer;
    }

    public static void Update(PyType type, SlotId id)
    {
        var interp = type.Owner;
        Delegate? specific = null;
        bool generic = false, hashNone = false;
        foreach (var name in SlotWrappers.NamesBySlot[(int)id])
        {
            var descr = type.LookupMro(interp.Intern(name));
            if (descr is null) continue;
            if (descr is PyWrapperDescriptor w && w.Def.Slot == id)
            {
                if (specific is null) specific = w.Slot;
                else if (!ReferenceEquals(specific, w.Slot)) generic = true;
            }
            else if (id == SlotId.New && descr is PyBuiltinFunction f && ReferenceEquals(f.Function, SlotWrappers.TpNewWrapper)
                     && f.Self is PyType owner && owner.Slots.New is { } ownerNew)
            {
                specific = ownerNew;
            }
            else if (id == SlotId.Hash && ReferenceEquals(descr, interp.None))
            {
                hashNone = true;
            }
            else
            {
                generic = true;
            }
        }
        Delegate? chosen = generic ? SlotDispatch.Generic[(int)id] : hashNone ? null : specific;
        SlotAccess.Set(type.Slots, id, chosen);
    }

    /// <summary>After <paramref name="name"/> changed in <paramref name="type"/>'s dict: updates
    /// the affected slots of the type and of all its subclasses, and invalidates their caches.</summary>
    public static void AttributeChanged(PyType type, string name)
    {
        bool isSlotName = name.Length > 4 && name.StartsWith("__", StringComparison.Ordinal) && name.EndsWith("__", StringComparison.Ordinal);
        Visit(type, name, isSlotName, 0);
    }

    static void Visit(PyType type, string name, bool isSlotName, int depth)
    {
        type.Modified();
        if (isSlotName && type.HasFlag(TypeFlags.HeapType) && name == "__del__") UpdateFinalizerFlag(type);
        if (isSlotName && type.HasFlag(TypeFlags.HeapType))
        {
            for (int i = 0; i < SlotWrappers.NamesBySlot.Length; i++)
            {
                foreach (var n in SlotWrappers.NamesBySlot[i])
                {
                    if (n != name) continue;
                    Update(type, (SlotId)i);
                    break;
                }
            }
        }
        if (type.ClassData is { } cd && depth < 10000)
            foreach (var sub in cd.Subclasses()) Visit(sub, name, isSlotName, depth + 1);
    }
}
