namespace Isolated.Objects;

/// <summary>An instance of a Python class that derives (only) from object and has a __dict__;
/// it also holds the values of any __slots__ of its classes.</summary>
public sealed class PyInstance : PyObject, IInstanceDict, ISlotStorage
{
    public PyDict? InstanceDict { get; set; }
    public PyObject?[]? SlotValues { get; }

    public PyInstance(PyType type) : base(type) { }

    public PyInstance(PyType type, int slotCount) : base(type)
    {
        if (slotCount > 0) SlotValues = new PyObject?[slotCount];
    }
}
