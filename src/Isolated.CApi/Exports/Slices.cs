using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.Objects;

namespace Isolated.CApi.Exports;

/// <summary>Slices (sliceobject.h).</summary>
internal static unsafe class Slices
{
    [UnmanagedCallersOnly(EntryPoint = "PySlice_New")]
    public static nint PySlice_New(nint start, nint stop, nint step)
    {
        var ts = Api.Ts("PySlice_New");
        if (ts is null) return 0;
        try
        {
            var none = ts.Interpreter.None;
            PyObject? a = none, b = none, c = none;
            if (start != 0 && (a = Api.Arg(ts, start)) is null) return 0;
            if (stop != 0 && (b = Api.Arg(ts, stop)) is null) return 0;
            if (step != 0 && (c = Api.Arg(ts, step)) is null) return 0;
            return Api.New(ts, new PySlice(ts.Interpreter.Types.Slice, a, b, c));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PySlice_Unpack")]
    public static int PySlice_Unpack(nint slice, long* start, long* stop, long* step)
    {
        var ts = Api.Ts("PySlice_Unpack");
        if (ts is null) return -1;
        try
        {
            var s = Api.Arg<PySlice>(ts, slice, "PySlice_Unpack");
            if (s is null || start == null || stop == null || step == null)
            {
                if (s is not null) ts.Raise(ExceptionKind.SystemError, "bad argument to internal function");
                return -1;
            }
            if (!s.Unpack(ts, out long a, out long b, out long c)) return -1;
            *start = a;
            *stop = b;
            *step = c;
            return 0;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    /// <summary>Pure arithmetic, callable without the GIL as in CPython.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PySlice_AdjustIndices")]
    public static long PySlice_AdjustIndices(long length, long* start, long* stop, long step)
    {
        if (start == null || stop == null || step == 0) return 0;
        long a = *start, b = *stop;
        long n = PySlice.AdjustIndices(length, ref a, ref b, step);
        *start = a;
        *stop = b;
        return n;
    }

    /// <summary>PySlice_GetIndices: the old form, which refuses bounds out of range instead of
    /// clamping them (-1 without an exception, as CPython).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PySlice_GetIndices")]
    public static int PySlice_GetIndices(nint slice, long length, long* start, long* stop, long* step)
    {
        var ts = Api.Ts("PySlice_GetIndices");
        if (ts is null) return -1;
        try
        {
            var s = Api.Arg<PySlice>(ts, slice, "PySlice_GetIndices");
            if (s is null || start == null || stop == null || step == null) return -1;
            var none = ts.Interpreter.None;
            long c = 1, a, b;
            if (!ReferenceEquals(s.Step, none))
            {
                if (s.Step is not PyInt si || !si.IsSmall) return -1;
                c = si.Small;
            }
            if (ReferenceEquals(s.Start, none)) a = c < 0 ? length - 1 : 0;
            else
            {
                if (s.Start is not PyInt sa || !sa.IsSmall) return -1;
                a = sa.Small;
                if (a < 0) a += length;
            }
            if (ReferenceEquals(s.Stop, none)) b = c < 0 ? -1 : length;
            else
            {
                if (s.Stop is not PyInt sb || !sb.IsSmall) return -1;
                b = sb.Small;
                if (b < 0) b += length;
            }
            if (b > length || a >= length) return -1;
            *start = a;
            *stop = b;
            *step = c;
            return 0;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }
}
