using System.Runtime.InteropServices;

namespace Isolated.CApi.Extensions;

/// <summary>CPython's <c>PyMemberDef</c> (descrobject.h): a field of the instance's C struct.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct NativeMemberDef
{
    public byte* Name;
    public int Type;
    public nint Offset;
    public int Flags;
    public byte* Doc;

    public const int Short = 0, Int = 1, Long = 2, Float = 3, Double = 4, String = 5, Object = 6, Char = 7,
        Byte = 8, UByte = 9, UShort = 10, UInt = 11, ULong = 12, StringInplace = 13, Bool = 14, ObjectEx = 16,
        LongLong = 17, ULongLong = 18, PySsizeT = 19, None = 20;

    public const int ReadOnly = 1, RelativeOffset = 8;
}
