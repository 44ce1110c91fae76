using System.Runtime.InteropServices;

namespace Isolated.CApi.Extensions;

/// <summary>CPython's <c>PyGetSetDef</c> (descrobject.h).</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct NativeGetSetDef
{
    public byte* Name;
    public nint Get;
    public nint Set;
    public byte* Doc;
    public nint Closure;
}
