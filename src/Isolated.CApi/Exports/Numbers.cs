using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.Objects;

namespace Isolated.CApi.Exports;

/// <summary>The number protocol (abstract.h): the same operator dispatch as Python code.</summary>
internal static class Numbers
{
    [UnmanagedCallersOnly(EntryPoint = "PyNumber_Check")]
    public static int PyNumber_Check(nint o)
    {
        var x = o == 0 ? null : Bridge.ObjectBridge.FromNative(o);
        if (x is null) return 0;
        var s = x.Type.Slots;
        return s.Index is not null || s.Int is not null || s.Float is not null || x is PyComplex ? 1 : 0;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyNumber_Add")]
    public static nint PyNumber_Add(nint a, nint b) => Api.Binary(a, b, "PyNumber_Add", static (ts, x, y) => Ops.Add(ts, x, y));

    [UnmanagedCallersOnly(EntryPoint = "PyNumber_Subtract")]
    public static nint PyNumber_Subtract(nint a, nint b) => Api.Binary(a, b, "PyNumber_Subtract", static (ts, x, y) => Ops.Subtract(ts, x, y));

    [UnmanagedCallersOnly(EntryPoint = "PyNumber_Multiply")]
    public static nint PyNumber_Multiply(nint a, nint b) => Api.Binary(a, b, "PyNumber_Multiply", static (ts, x, y) => Ops.Multiply(ts, x, y));

    [UnmanagedCallersOnly(EntryPoint = "PyNumber_TrueDivide")]
    public static nint PyNumber_TrueDivide(nint a, nint b) => Api.Binary(a, b, "PyNumber_TrueDivide", static (ts, x, y) => Ops.TrueDivide(ts, x, y));

    [UnmanagedCallersOnly(EntryPoint = "PyNumber_FloorDivide")]
    public static nint PyNumber_FloorDivide(nint a, nint b) => Api.Binary(a, b, "PyNumber_FloorDivide", static (ts, x, y) => Ops.FloorDivide(ts, x, y));

    [UnmanagedCallersOnly(EntryPoint = "PyNumber_Remainder")]
    public static nint PyNumber_Remainder(nint a, nint b) => Api.Binary(a, b, "PyNumber_Remainder", static (ts, x, y) => Ops.Remainder(ts, x, y));

    [UnmanagedCallersOnly(EntryPoint = "PyNumber_Divmod")]
    public static nint PyNumber_Divmod(nint a, nint b) => Api.Binary(a, b, "PyNumber_Divmod", static (ts, x, y) => Ops.DivMod(ts, x, y));

    [UnmanagedCallersOnly(EntryPoint = "PyNumber_Lshift")]
    public static nint PyNumber_Lshift(nint a, nint b) => Api.Binary(a, b, "PyNumber_Lshift", static (ts, x, y) => Ops.LShift(ts, x, y));

    [UnmanagedCallersOnly(EntryPoint = "PyNumber_Rshift")]
    public static nint PyNumber_Rshift(nint a, nint b) => Api.Binary(a, b, "PyNumber_Rshift", static (ts, x, y) => Ops.RShift(ts, x, y));

    [UnmanagedCallersOnly(EntryPoint = "PyNumber_And")]
    public static nint PyNumber_And(nint a, nint b) => Api.Binary(a, b, "PyNumber_And", static (ts, x, y) => Ops.And(ts, x, y));

    [UnmanagedCallersOnly(EntryPoint = "PyNumber_Or")]
    public static nint PyNumber_Or(nint a, nint b) => Api.Binary(a, b, "PyNumber_Or", static (ts, x, y) => Ops.Or(ts, x, y));

    [UnmanagedCallersOnly(EntryPoint = "PyNumber_Xor")]
    public static nint PyNumber_Xor(nint a, nint b) => Api.Binary(a, b, "PyNumber_Xor", static (ts, x, y) => Ops.Xor(ts, x, y));

    [UnmanagedCallersOnly(EntryPoint = "PyNumber_MatrixMultiply")]
    public static nint PyNumber_MatrixMultiply(nint a, nint b) => Api.Binary(a, b, "PyNumber_MatrixMultiply", static (ts, x, y) => Ops.MatrixMultiply(ts, x, y));

    [UnmanagedCallersOnly(EntryPoint = "PyNumber_InPlaceAdd")]
    public static nint PyNumber_InPlaceAdd(nint a, nint b) => Api.Binary(a, b, "PyNumber_InPlaceAdd", static (ts, x, y) => Ops.InplaceAdd(ts, x, y));

    [UnmanagedCallersOnly(EntryPoint = "PyNumber_InPlaceSubtract")]
    public static nint PyNumber_InPlaceSubtract(nint a, nint b) => Api.Binary(a, b, "PyNumber_InPlaceSubtract", static (ts, x, y) => Ops.InplaceSubtract(ts, x, y));

    [UnmanagedCallersOnly(EntryPoint = "PyNumber_InPlaceMultiply")]
    public static nint PyNumber_InPlaceMultiply(nint a, nint b) => Api.Binary(a, b, "PyNumber_InPlaceMultiply", static (ts, x, y) => Ops.InplaceMultiply(ts, x, y));

    [UnmanagedCallersOnly(EntryPoint = "PyNumber_Power")]
    public static nint PyNumber_Power(nint a, nint b, nint c)
    {
        var ts = Api.Ts("PyNumber_Power");
        if (ts is null) return 0;
        try
        {
            var x = Api.Arg(ts, a);
            var y = x is null ? null : Api.Arg(ts, b);
            var z = y is null ? null : Api.Arg(ts, c);
            return z is null ? 0 : Api.New(ts, Ops.Power(ts, x!, y!, z));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyNumber_Negative")]
    public static nint PyNumber_Negative(nint o) => Api.Unary(o, "PyNumber_Negative", static (ts, x) => Ops.Negative(ts, x));

    [UnmanagedCallersOnly(EntryPoint = "PyNumber_Positive")]
    public static nint PyNumber_Positive(nint o) => Api.Unary(o, "PyNumber_Positive", static (ts, x) => Ops.Positive(ts, x));

    [UnmanagedCallersOnly(EntryPoint = "PyNumber_Absolute")]
    public static nint PyNumber_Absolute(nint o) => Api.Unary(o, "PyNumber_Absolute", static (ts, x) => Ops.Absolute(ts, x));

    [UnmanagedCallersOnly(EntryPoint = "PyNumber_Invert")]
    public static nint PyNumber_Invert(nint o) => Api.Unary(o, "PyNumber_Invert", static (ts, x) => Ops.Invert(ts, x));

    [UnmanagedCallersOnly(EntryPoint = "PyNumber_Index")]
    public static nint PyNumber_Index(nint o) => Api.Unary(o, "PyNumber_Index", static (ts, x) => Ops.Index(ts, x));

    [UnmanagedCallersOnly(EntryPoint = "PyNumber_Long")]
    public static nint PyNumber_Long(nint o) => Api.Unary(o, "PyNumber_Long", static (ts, x) => Ops.ToInt(ts, x));

    [UnmanagedCallersOnly(EntryPoint = "PyNumber_Float")]
    public static nint PyNumber_Float(nint o) => Api.Unary(o, "PyNumber_Float", static (ts, x) => Ops.ToFloat(ts, x));

    [UnmanagedCallersOnly(EntryPoint = "PyNumber_AsSsize_t")]
    public static nint PyNumber_AsSsize_t(nint o, nint exc)
    {
        var ts = Api.Ts("PyNumber_AsSsize_t");
        if (ts is null) return -1;
        try
        {
            var x = Api.Arg(ts, o);
            if (x is null) return -1;
            var i = Ops.Index(ts, x);
            if (i is null) return -1;
            if (i.IsSmall) return (nint)i.Small;
            if (exc == 0) return i.Big!.Value.Sign < 0 ? nint.MinValue : nint.MaxValue;
            var excType = Api.Arg(ts, exc) as PyType ?? ts.Interpreter.ExceptionType(ExceptionKind.OverflowError);
            ts.Raise(excType, $"cannot fit '{x.Type.Name}' into an index-sized integer");
            return -1;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyNumber_InPlaceTrueDivide")]
    public static nint PyNumber_InPlaceTrueDivide(nint a, nint b) => Api.Binary(a, b, "PyNumber_InPlaceTrueDivide", static (ts, x, y) => Ops.InplaceTrueDivide(ts, x, y));

    [UnmanagedCallersOnly(EntryPoint = "PyNumber_InPlaceFloorDivide")]
    public static nint PyNumber_InPlaceFloorDivide(nint a, nint b) => Api.Binary(a, b, "PyNumber_InPlaceFloorDivide", static (ts, x, y) => Ops.InplaceFloorDivide(ts, x, y));

    [UnmanagedCallersOnly(EntryPoint = "PyNumber_InPlaceRemainder")]
    public static nint PyNumber_InPlaceRemainder(nint a, nint b) => Api.Binary(a, b, "PyNumber_InPlaceRemainder", static (ts, x, y) => Ops.InplaceRemainder(ts, x, y));

    [UnmanagedCallersOnly(EntryPoint = "PyNumber_InPlaceLshift")]
    public static nint PyNumber_InPlaceLshift(nint a, nint b) => Api.Binary(a, b, "PyNumber_InPlaceLshift", static (ts, x, y) => Ops.InplaceLShift(ts, x, y));

    [UnmanagedCallersOnly(EntryPoint = "PyNumber_InPlaceRshift")]
    public static nint PyNumber_InPlaceRshift(nint a, nint b) => Api.Binary(a, b, "PyNumber_InPlaceRshift", static (ts, x, y) => Ops.InplaceRShift(ts, x, y));

    [UnmanagedCallersOnly(EntryPoint = "PyNumber_InPlaceAnd")]
    public static nint PyNumber_InPlaceAnd(nint a, nint b) => Api.Binary(a, b, "PyNumber_InPlaceAnd", static (ts, x, y) => Ops.InplaceAnd(ts, x, y));

    [UnmanagedCallersOnly(EntryPoint = "PyNumber_InPlaceOr")]
    public static nint PyNumber_InPlaceOr(nint a, nint b) => Api.Binary(a, b, "PyNumber_InPlaceOr", static (ts, x, y) => Ops.InplaceOr(ts, x, y));

    [UnmanagedCallersOnly(EntryPoint = "PyNumber_InPlaceXor")]
    public static nint PyNumber_InPlaceXor(nint a, nint b) => Api.Binary(a, b, "PyNumber_InPlaceXor", static (ts, x, y) => Ops.InplaceXor(ts, x, y));

    [UnmanagedCallersOnly(EntryPoint = "PyNumber_InPlaceMatrixMultiply")]
    public static nint PyNumber_InPlaceMatrixMultiply(nint a, nint b) => Api.Binary(a, b, "PyNumber_InPlaceMatrixMultiply", static (ts, x, y) => Ops.InplaceMatrixMultiply(ts, x, y));

    [UnmanagedCallersOnly(EntryPoint = "PyNumber_InPlacePower")]
    public static nint PyNumber_InPlacePower(nint a, nint b, nint c)
    {
        var ts = Api.Ts("PyNumber_InPlacePower");
        if (ts is null) return 0;
        try
        {
            var x = Api.Arg(ts, a);
            var y = x is null ? null : Api.Arg(ts, b);
            var z = y is null ? null : Api.Arg(ts, c);
            return z is null ? 0 : Api.New(ts, Ops.InplacePower(ts, x!, y!, z));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>PyNumber_ToBase: bin()/oct()/hex() of the integer n (or str() for base 10);
    /// SystemError for any other base, as CPython.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyNumber_ToBase")]
    public static nint PyNumber_ToBase(nint n, int @base)
    {
        var ts = Api.Ts("PyNumber_ToBase");
        if (ts is null) return 0;
        try
        {
            if (@base is not (2 or 8 or 10 or 16))
            {
                ts.Raise(ExceptionKind.SystemError, "PyNumber_ToBase: base must be 2, 8, 10 or 16");
                return 0;
            }
            var x = Api.Arg(ts, n);
            if (x is null) return 0;
            var i = Ops.Index(ts, x);
            if (i is null) return 0;
            if (@base == 10) return Api.New(ts, Ops.Str(ts, i));
            var spec = @base == 2 ? "#b" : @base == 8 ? "#o" : "#x";
            return Api.New(ts, Ops.Format(ts, i, spec));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }
}
