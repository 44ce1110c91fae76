namespace Isolated.Objects;

/// <summary>An instance that carries its class's __slots__ values in an array (indexed by the
/// member descriptors' <see cref="PyMemberDescriptor.Index"/>).</summary>
public interface ISlotStorage
{
    PyObject?[]? SlotValues { get; }
}
