using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Isolated.Objects;

namespace Isolated.CApi.Extensions;

/// <summary>
/// The type data (PyObject_GetTypeData) of one instance of spec types that extend a builtin type
/// with a negative basicsize, as the tutorial's SubList extends list: the instance is a managed
/// object, so each such class's bytes live in a pinned array hung on it (a ConditionalWeakTable
/// entry of its interpreter), zeroed when made and gone with the instance. Pinned arrays never
/// move, so the pointer C gets stays valid while the instance lives, as CPython's does.
/// </summary>
internal sealed class ManagedTypeData
{
    // Usually one class per instance: a short list beats a dictionary.
    readonly List<(PyType Class, byte[] Data)> _blocks = new(1);

    /// <summary>The 16-byte aligned start of <paramref name="cls"/>'s data in <paramref name="obj"/>,
    /// made on first use.</summary>
    public static unsafe nint Of(ConditionalWeakTable<PyObject, ManagedTypeData> table, PyObject obj, PyType cls, int size)
    {
        var data = table.GetValue(obj, static _ => new ManagedTypeData());
        byte[]? block = null;
        foreach (var (c, d) in data._blocks)
            if (ReferenceEquals(c, cls)) { block = d; break; }
        if (block is null)
        {
            block = GC.AllocateArray<byte>(size + 15, pinned: true);
            data._blocks.Add((cls, block));
        }
        nint start = (nint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(block));
        return (start + 15) & ~(nint)15;
    }
}
