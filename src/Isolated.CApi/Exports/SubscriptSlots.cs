using Isolated.CApi.Bridge;
using Isolated.CApi.Extensions;
using Isolated.Objects;

namespace Isolated.CApi.Exports;

/// <summary>
/// Which of CPython's two kinds of item slot a type has for an item dunder: the sequence one
/// (sq_item / sq_ass_item, which PySequence_Check and PySequence_GetItem/SetItem/DelItem use) or
/// the mapping one (mp_subscript / mp_ass_subscript: PyMapping_Check, and "X is not a sequence").
/// Here one runtime slot serves both, so the answer follows CPython's rules from the class that
/// defines the dunder: a Python class gets both slots; a type made by PyType_FromSpec has those its
/// spec gave; a builtin type has CPython's (most have both; the tables list the exceptions), and a
/// Python subclass that does not define the dunder keeps its base's, except that dict's
/// __getitem__ (a method in CPython, not a slot wrapper) gives dict's subclasses a sequence slot.
/// </summary>
internal static class SubscriptSlots
{
    // Builtin types whose __getitem__ is CPython's mapping slot only.
    static readonly string[] MappingOnlyGet =
        ["dict", "mappingproxy", "GenericAlias", "UnionType", "Match", "Context", "ProxyType", "CallableProxyType", "TypeAliasType"];

    // Builtin types whose __setitem__/__delitem__ is CPython's mapping slot only.
    static readonly string[] MappingOnlySet = ["dict", "ProxyType", "CallableProxyType"];

    // Builtin types whose item dunders are CPython's sequence slots only.
    static readonly string[] SequenceOnly = ["deque"];

    /// <summary>The kinds of slot <paramref name="type"/> has for <c>__getitem__</c> (<paramref name="get"/>)
    /// or <c>__setitem__</c>/<c>__delitem__</c>; both false when it has no such slot at all.</summary>
    public static void Of(PyType type, bool get, out bool sequence, out bool mapping)
    {
        sequence = mapping = false;
        if ((get ? type.Slots.GetItem : (object?)type.Slots.SetItem) is null) return;
        var name = type.Owner.Intern(get ? "__getitem__" : "__setitem__");
        var delName = get ? null : type.Owner.Intern("__delitem__");
        foreach (var t in type.Mro)
        {
            if (t.Dict.GetStr(name) is null && (delName is null || t.Dict.GetStr(delName) is null)) continue;
            if (type.Owner.NativeState is NativeInterpreterState state && state.NativeTypes.ContainsKey(t))
            {
                sequence = NativeInstances.SlotOf(t, get ? NativeTypeInfo.SqItem : NativeTypeInfo.SqAssItem) != 0;
                mapping = NativeInstances.SlotOf(t, get ? NativeTypeInfo.MpSubscript : NativeTypeInfo.MpAssSubscript) != 0;
                return;
            }
            if (!t.HasFlag(TypeFlags.HeapType))
            {
                if (Array.IndexOf(SequenceOnly, t.Name) >= 0)
                {
                    sequence = true;
                    return;
                }
                if (Array.IndexOf(get ? MappingOnlyGet : MappingOnlySet, t.Name) >= 0)
                {
                    mapping = true;
                    sequence = get && t.Name == "dict" && !ReferenceEquals(t, type);
                    return;
                }
            }
            break;
        }
        sequence = mapping = true;
    }
}
