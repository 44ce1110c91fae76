using System.Runtime.CompilerServices;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Execution;

/// <summary>
/// A value on the VM stack or in a frame's locals (DESIGN §5, decided): an int that fits in 64 bits
/// lives unboxed in <see cref="Bits"/> with <see cref="Obj"/> null; anything else is the object
/// reference in <see cref="Obj"/>. Two sentinels share the reference field: <see cref="UnboundMarker"/>
/// (an unassigned local) and <see cref="NullMarker"/> (the "no self" slot of a call).
/// </summary>
public struct Value
{
    public long Bits;
    public object? Obj;

    /// <summary>Marks a local that has no value yet (UnboundLocalError on load).</summary>
    public static readonly object UnboundMarker = new();

    /// <summary>The NULL pushed below a callable that has no bound self (CPython 3.12's PUSH_NULL).</summary>
    public static readonly object NullMarker = new();

    public static Value Unbound => new() { Obj = UnboundMarker };
    public static Value Null => new() { Obj = NullMarker };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value FromObject(PyObject o) => new() { Obj = o };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Value FromInt(long v) => new() { Bits = v };

    public readonly bool IsInt
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Obj is null;
    }

    public readonly bool IsUnbound => ReferenceEquals(Obj, UnboundMarker);
    public readonly bool IsNull => ReferenceEquals(Obj, NullMarker);

    /// <summary>The value as an object, boxing an unboxed int (small ints come from the
    /// interpreter's cache).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly PyObject Box(Interpreter interp) => Obj is null ? interp.Int(Bits) : (PyObject)Obj;

    /// <summary>Copies <paramref name="src"/> into <paramref name="dst"/> without a GC write
    /// barrier when the value is an unboxed int (DESIGN §5: −29% instructions on int loops).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Copy(ref Value dst, in Value src)
    {
        if (src.Obj is null)
        {
            dst.Obj = null;
            dst.Bits = src.Bits;
        }
        else
        {
            dst = src;
        }
    }

    /// <summary>Stores an object, unboxing a small-enough exact int so that arithmetic on it stays
    /// on the fast path.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetObject(ref Value dst, PyObject o)
    {
        dst.Obj = o;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetInt(ref Value dst, long v)
    {
        dst.Obj = null;
        dst.Bits = v;
    }
}
