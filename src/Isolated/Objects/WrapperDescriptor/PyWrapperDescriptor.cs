namespace Isolated.Objects;

/// <summary>wrapper_descriptor (a "slot wrapper"): a builtin type's slot exposed as its dunder
/// in the type's __dict__, e.g. <c>int.__add__</c> or <c>object.__repr__</c>.</summary>
public sealed class PyWrapperDescriptor : PyObject
{
    public readonly PyType ObjectType;
    public readonly SlotDef Def;
    /// <summary>The slot function wrapped (a delegate of the slot's signature).</summary>
    public readonly Delegate Slot;

    public PyWrapperDescriptor(PyType descriptorType, PyType objectType, SlotDef def, Delegate slot)
        : base(descriptorType)
    {
        ObjectType = objectType;
        Def = def;
        Slot = slot;
    }

    public string Name => Def.Name;
}
