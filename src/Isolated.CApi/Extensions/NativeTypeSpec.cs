using System.Runtime.InteropServices;

namespace Isolated.CApi.Extensions;

/// <summary>CPython's <c>PyType_Spec</c> (typeobject.h).</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct NativeTypeSpec
{
    public byte* Name;
    public int BasicSize;
    public int ItemSize;
    public uint Flags;
    public NativeTypeSlot* Slots;
}
