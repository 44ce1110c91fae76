using System.Runtime.InteropServices;

namespace Isolated.CApi.Extensions;

/// <summary>CPython's <c>struct PyMethodDef</c> as C lays it out (methodobject.h).</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct NativeMethodDef
{
    public byte* Name;
    public nint Function;
    public int Flags;
    public byte* Doc;

    public const int VarArgs = 0x1, Keywords = 0x2, NoArgs = 0x4, O = 0x8, Class = 0x10, Static = 0x20,
        Coexist = 0x40, FastCall = 0x80, Method = 0x200;
}
