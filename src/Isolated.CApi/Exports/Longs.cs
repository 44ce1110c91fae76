using System.Numerics;
using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.Objects;

namespace Isolated.CApi.Exports;

/// <summary>int objects (longobject.h).</summary>
internal static unsafe class Longs
{
    static nint From(BigInteger v, string function)
    {
        var ts = Api.Ts(function);
        if (ts is null) return 0;
        try { return Api.New(ts, ts.Interpreter.Int(v)); }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    static nint From(long v, string function)
    {
        var ts = Api.Ts(function);
        if (ts is null) return 0;
        try { return Api.New(ts, ts.Interpreter.Int(v)); }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyLong_FromLong")]
    public static nint PyLong_FromLong(long v) => From(v, "PyLong_FromLong");

    [UnmanagedCallersOnly(EntryPoint = "PyLong_FromLongLong")]
    public static nint PyLong_FromLongLong(long v) => From(v, "PyLong_FromLongLong");

    [UnmanagedCallersOnly(EntryPoint = "PyLong_FromSsize_t")]
    public static nint PyLong_FromSsize_t(nint v) => From((long)v, "PyLong_FromSsize_t");

    [UnmanagedCallersOnly(EntryPoint = "PyLong_FromUnsignedLong")]
    public static nint PyLong_FromUnsignedLong(ulong v) => From(new BigInteger(v), "PyLong_FromUnsignedLong");

    [UnmanagedCallersOnly(EntryPoint = "PyLong_FromUnsignedLongLong")]
    public static nint PyLong_FromUnsignedLongLong(ulong v) => From(new BigInteger(v), "PyLong_FromUnsignedLongLong");

    [UnmanagedCallersOnly(EntryPoint = "PyLong_FromSize_t")]
    public static nint PyLong_FromSize_t(nuint v) => From(new BigInteger((ulong)v), "PyLong_FromSize_t");

    [UnmanagedCallersOnly(EntryPoint = "PyBool_FromLong")]
    public static nint PyBool_FromLong(long v)
    {
        var ts = Api.Ts("PyBool_FromLong");
        return ts is null ? 0 : Api.New(ts, ts.Interpreter.Bool(v != 0));
    }

    /// <summary>The integer value of <paramref name="p"/>: an int, or an object with __index__
    /// (CPython 3.10+ no longer calls __int__ here).</summary>
    static BigInteger? Value(ThreadState ts, nint p)
    {
        var o = Api.Arg(ts, p);
        if (o is null) return null;
        if (o is PyInt i) return i.ToBigInteger();
        if (o.Type.Slots.Index is { } index)
        {
            var r = index(ts, o);
            if (r is null) return null;
            if (r is PyInt ri) return ri.ToBigInteger();
            ts.Raise(ExceptionKind.TypeError, $"__index__ returned non-int (type {r.Type.Name})");
            return null;
        }
        ts.Raise(ExceptionKind.TypeError, $"'{o.Type.Name}' object cannot be interpreted as an integer");
        return null;
    }

    static long Signed(nint p, string function, string cType, long min, long max, int* overflow)
    {
        var ts = Api.Ts(function);
        if (ts is null) return -1;
        try
        {
            if (overflow != null) *overflow = 0;
            var v = Value(ts, p);
            if (v is null) return -1;
            if (v < min || v > max)
            {
                if (overflow != null) { *overflow = v < min ? -1 : 1; return -1; }
                ts.Raise(ExceptionKind.OverflowError, $"Python int too large to convert to C {cType}");
                return -1;
            }
            return (long)v.Value;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    static ulong Unsigned(nint p, string function, string cType)
    {
        var ts = Api.Ts(function);
        if (ts is null) return ulong.MaxValue;
        try
        {
            var o = Api.Arg(ts, p);
            if (o is null) return ulong.MaxValue;
            if (o is not PyInt i)
            {
                ts.Raise(ExceptionKind.TypeError, "an integer is required");
                return ulong.MaxValue;
            }
            var v = i.ToBigInteger();
            if (v.Sign < 0)
            {
                ts.Raise(ExceptionKind.OverflowError, $"can't convert negative value to {cType}");
                return ulong.MaxValue;
            }
            if (v > ulong.MaxValue)
            {
                ts.Raise(ExceptionKind.OverflowError, $"Python int too large to convert to C {cType}");
                return ulong.MaxValue;
            }
            return (ulong)v;
        }
        catch (Exception e) { Api.Fail(ts, e); return ulong.MaxValue; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyLong_AsLong")]
    public static long PyLong_AsLong(nint o) => Signed(o, "PyLong_AsLong", "long", long.MinValue, long.MaxValue, null);

    [UnmanagedCallersOnly(EntryPoint = "PyLong_AsLongAndOverflow")]
    public static long PyLong_AsLongAndOverflow(nint o, int* overflow) => Signed(o, "PyLong_AsLongAndOverflow", "long", long.MinValue, long.MaxValue, overflow);

    [UnmanagedCallersOnly(EntryPoint = "PyLong_AsLongLong")]
    public static long PyLong_AsLongLong(nint o) => Signed(o, "PyLong_AsLongLong", "long long", long.MinValue, long.MaxValue, null);

    [UnmanagedCallersOnly(EntryPoint = "PyLong_AsLongLongAndOverflow")]
    public static long PyLong_AsLongLongAndOverflow(nint o, int* overflow) => Signed(o, "PyLong_AsLongLongAndOverflow", "long long", long.MinValue, long.MaxValue, overflow);

    [UnmanagedCallersOnly(EntryPoint = "PyLong_AsSsize_t")]
    public static nint PyLong_AsSsize_t(nint o) => (nint)Signed(o, "PyLong_AsSsize_t", "ssize_t", long.MinValue, long.MaxValue, null);

    [UnmanagedCallersOnly(EntryPoint = "PyLong_AsUnsignedLong")]
    public static ulong PyLong_AsUnsignedLong(nint o) => Unsigned(o, "PyLong_AsUnsignedLong", "unsigned long");

    [UnmanagedCallersOnly(EntryPoint = "PyLong_AsUnsignedLongLong")]
    public static ulong PyLong_AsUnsignedLongLong(nint o) => Unsigned(o, "PyLong_AsUnsignedLongLong", "unsigned long long");

    [UnmanagedCallersOnly(EntryPoint = "PyLong_AsSize_t")]
    public static nuint PyLong_AsSize_t(nint o) => (nuint)Unsigned(o, "PyLong_AsSize_t", "size_t");
}
