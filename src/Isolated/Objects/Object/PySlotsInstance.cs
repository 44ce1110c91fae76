namespace Isolated.Objects;

/// <summary>An instance without a __dict__: a plain <c>object()</c>, or an instance of a Python
/// class whose hierarchy declares __slots__ everywhere. Holds the slot values.</summary>
public sealed class PySlotsInstance : PyObject, ISlotStorage
{
    public PyObject?[]? SlotValues { get; }

    public PySlotsInstance(PyType type, int slotCount) : base(type)
    {
        if (slotCount > 0) SlotValues = new PyObject?[slotCount];
    }
}
