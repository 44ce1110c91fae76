using System.Runtime.InteropServices;

namespace Isolated.CApi.Extensions;

/// <summary>CPython's <c>struct PyModuleDef</c> (moduleobject.h), PyModuleDef_Base included.
/// The base's object header is never a runtime header: PyModuleDef_Init marks a definition by
/// pointing its ob_type at itself, which no object's header can do.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct NativeModuleDef
{
    public nint RefCount;
    public nint ObType;
    public nint Init;
    public nint Index;
    public nint Copy;
    public byte* Name;
    public byte* Doc;
    public nint Size;
    public NativeMethodDef* Methods;
    public NativeModuleDefSlot* Slots;
    public nint Traverse;
    public nint Clear;
    public nint Free;

    public const int SlotCreate = 1, SlotExec = 2, SlotMultipleInterpreters = 3;

    /// <summary>Whether <paramref name="p"/> (a PyInit_* result) is a definition returned by
    /// PyModuleDef_Init rather than a module.</summary>
    public static bool IsMarkedDefinition(nint p) => ((NativeModuleDef*)p)->ObType == p;
}
