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

    /// <summary>PyLong_AsDouble: an int only (TypeError otherwise), OverflowError beyond float's range.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyLong_AsDouble")]
    public static double PyLong_AsDouble(nint o)
    {
        var ts = Api.Ts("PyLong_AsDouble");
        if (ts is null) return -1.0;
        try
        {
            var x = Api.Arg(ts, o);
            if (x is null) return -1.0;
            if (x is not PyInt i) { ts.Raise(ExceptionKind.TypeError, "an integer is required"); return -1.0; }
            if (i.IsSmall) return i.Small;
            double d = (double)i.Big!.Value;
            if (double.IsInfinity(d)) { ts.Raise(ExceptionKind.OverflowError, "int too large to convert to float"); return -1.0; }
            return d;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1.0; }
    }

    /// <summary>The value modulo 2**64 (__index__ honoured); no overflow check, as CPython.</summary>
    static ulong Mask(nint o, string function)
    {
        var ts = Api.Ts(function);
        if (ts is null) return ulong.MaxValue;
        try
        {
            var v = Value(ts, o);
            if (v is null) return ulong.MaxValue;
            return (ulong)(v.Value & ulong.MaxValue);
        }
        catch (Exception e) { Api.Fail(ts, e); return ulong.MaxValue; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyLong_AsUnsignedLongMask")]
    public static ulong PyLong_AsUnsignedLongMask(nint o) => Mask(o, "PyLong_AsUnsignedLongMask");

    [UnmanagedCallersOnly(EntryPoint = "PyLong_AsUnsignedLongLongMask")]
    public static ulong PyLong_AsUnsignedLongLongMask(nint o) => Mask(o, "PyLong_AsUnsignedLongLongMask");

    /// <summary>PyLong_AsVoidPtr: a pointer from an int made by PyLong_FromVoidPtr (negative
    /// values are taken as signed, as CPython).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyLong_AsVoidPtr")]
    public static nint PyLong_AsVoidPtr(nint o)
    {
        var ts = Api.Ts("PyLong_AsVoidPtr");
        if (ts is null) return 0;
        try
        {
            var v = Value(ts, o);
            if (v is null) return 0;
            if (v.Value.Sign < 0)
            {
                if (v.Value >= long.MinValue) return (nint)(long)v.Value;
                ts.Raise(ExceptionKind.OverflowError, "Python int too large to convert to C long");
                return 0;
            }
            if (v.Value <= ulong.MaxValue) return (nint)(ulong)v.Value;
            ts.Raise(ExceptionKind.OverflowError, "Python int too large to convert to C unsigned long");
            return 0;
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyLong_FromVoidPtr")]
    public static nint PyLong_FromVoidPtr(nint p) => From(new BigInteger((ulong)p), "PyLong_FromVoidPtr");

    /// <summary>PyLong_FromDouble: int(v), truncating; OverflowError for infinities, ValueError for NaN.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyLong_FromDouble")]
    public static nint PyLong_FromDouble(double v)
    {
        var ts = Api.Ts("PyLong_FromDouble");
        if (ts is null) return 0;
        try
        {
            if (double.IsNaN(v)) { ts.Raise(ExceptionKind.ValueError, "cannot convert float NaN to integer"); return 0; }
            if (double.IsInfinity(v)) { ts.Raise(ExceptionKind.OverflowError, "cannot convert float infinity to integer"); return 0; }
            double t = Math.Truncate(v);
            return Api.New(ts, Math.Abs(t) < 9.2e18 ? ts.Interpreter.Int((long)t) : ts.Interpreter.Int(new BigInteger(t)));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>PyLong_FromString: int(str, base) on a NUL-terminated string; *pend (when not
    /// NULL) is set to the end of the text read: the terminating NUL on success, str on failure.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyLong_FromString")]
    public static nint PyLong_FromString(byte* str, byte** pend, int @base)
    {
        var ts = Api.Ts("PyLong_FromString");
        if (ts is null) return 0;
        try
        {
            if (pend != null) *pend = str;
            var text = Api.Utf8(ts, str);
            if (text is null) return 0;
            var interp = ts.Interpreter;
            var r = Ops.Call(ts, interp.Types.Int, interp.Str(text), interp.Int(@base));
            if (r is not null && pend != null) *pend = str + System.Text.Encoding.UTF8.GetByteCount(text);
            return Api.New(ts, r);
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>PyLong_GetInfo: sys.int_info.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyLong_GetInfo")]
    public static nint PyLong_GetInfo()
    {
        var ts = Api.Ts("PyLong_GetInfo");
        if (ts is null) return 0;
        try { return Api.New(ts, SysAttribute(ts, "int_info")); }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>An attribute of the interpreter's sys module.</summary>
    public static PyObject? SysAttribute(ThreadState ts, string name)
    {
        var sys = Isolated.Execution.Import.ImportSystem.ImportModule(ts, "sys");
        return sys is null ? null : Ops.GetAttr(ts, sys, name);
    }
}
