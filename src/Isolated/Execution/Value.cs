using System.Runtime.CompilerServices;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Execution;

/// <summary>
/// A value on the VM stack or in a frame's locals (DESIGN §5, decided): an int that fits in 64 bits
/// lives unboxed in <see cref="Bits"/> with <see cref="Obj"/> null; anything else is the object
/// reference in <see cref="Obj"/>. A float result of the VM's arithmetic lives unboxed too: its
/// bits in <see cref="Bits"/> with <see cref="FloatMarker"/> in <see cref="Obj"/> (DESIGN §3: no
/// allocation per float operation). Two more sentinels share the reference field:
/// <see cref="UnboundMarker"/> (an unassigned local) and <see cref="NullMarker"/> (the "no self"
/// slot of a call). Everything that leaves the VM goes through <see cref="Box"/>.
/// </summary>
public struct Value
{
    public long Bits;
    /// <summary>Null (an unboxed int), one of the markers below (exact <see cref="object"/>
    /// instances), or a <see cref="PyObject"/> — nothing else: <see cref="Box"/> relies on it.</summary>
    public object? Obj;

    /// <summary>Marks a local that has no value yet (UnboundLocalError on load).</summary>
    public static readonly object UnboundMarker = new();

    /// <summary>The NULL pushed below a callable that has no bound self (CPython 3.12's PUSH_NULL).</summary>
    public static readonly object NullMarker = new();

    /// <summary>Marks an unboxed float: <see cref="Bits"/> holds the double's bit pattern.</summary>
    public static readonly object FloatMarker = new();

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

    public readonly bool IsFloat
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ReferenceEquals(Obj, FloatMarker);
    }

    /// <summary>The double of an unboxed float (<see cref="IsFloat"/>).</summary>
    public readonly double Float
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => BitConverter.Int64BitsToDouble(Bits);
    }

    /// <summary>The value as an object, boxing an unboxed int (small ints come from the
    /// interpreter's cache) or an unboxed float (a new float object each time, so an unboxed
    /// float has no stable identity: `is` between two of them compares their bits).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly PyObject Box(Interpreter interp) =>
        Obj is null ? interp.Int(Bits)
        // Markers are exact System.Object instances and everything else stored here is a PyObject
        // (see Obj), so an exact type compare replaces a cast helper call.
        : Obj.GetType() != typeof(object) ? Unsafe.As<PyObject>(Obj) : BoxMarker(interp);

    /// <summary>The object of a value whose reference is a marker: an unboxed float; the other
    /// markers are never boxed (a VM bug if they are).</summary>
    readonly PyObject BoxMarker(Interpreter interp) => ReferenceEquals(Obj, FloatMarker)
        ? new PyFloat(interp.Types.Float, Float)
        : throw new InvalidCastException("a VM marker value was used as an object");

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

    /// <summary>Stores an unboxed float; the marker is stored only when the slot does not already
    /// hold one (a reference store costs a GC write barrier).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetFloat(ref Value dst, double d)
    {
        if (!ReferenceEquals(dst.Obj, FloatMarker)) dst.Obj = FloatMarker;
        dst.Bits = BitConverter.DoubleToInt64Bits(d);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void SetInt(ref Value dst, long v)
    {
        dst.Obj = null;
        dst.Bits = v;
    }
}
