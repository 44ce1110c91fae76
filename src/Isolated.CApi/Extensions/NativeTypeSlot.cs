using System.Runtime.InteropServices;

namespace Isolated.CApi.Extensions;

/// <summary>CPython's <c>PyType_Slot</c>: { int slot; void *pfunc; }.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct NativeTypeSlot
{
    public int Slot;
    public nint Function;
}
