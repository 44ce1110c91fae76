using System.Runtime.InteropServices;

namespace Isolated.CApi.Extensions;

/// <summary>CPython's <c>struct PyModuleDef_Slot</c>: { int slot; void *value; }.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct NativeModuleDefSlot
{
    public int Slot;
    public nint Value;
}
