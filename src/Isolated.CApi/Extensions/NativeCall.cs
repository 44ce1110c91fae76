using Isolated.CApi.Boundary;
using Isolated.CApi.Bridge;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.CApi.Extensions;

/// <summary>
/// Calling from the runtime into C code of an extension (a method, a slot, an init or exec
/// function). The C code calls back into the C API, which finds the thread state through the
/// calling OS thread: Python code may run on a thread that never entered the C API (a threading
/// thread), so <see cref="Enter"/> makes <c>ts</c> current for the duration of the call. Objects go
/// to C as new references released after the call (CPython's callers own their arguments), and a
/// C result is taken as the new reference it is.
/// </summary>
internal static unsafe class NativeCall
{
    /// <summary>Makes <paramref name="ts"/> the boundary's current thread state; returns the
    /// previous one for <see cref="Leave"/>. The caller holds ts's GIL already.</summary>
    public static Entered Enter(ThreadState ts)
    {
        var bt = BoundaryThread.Current;
        var previous = bt.State;
        bt.State = ts;
        return new Entered(bt, previous);
    }

    public static void Leave(Entered entered) => entered.Thread.State = entered.Previous;

    /// <summary>What <see cref="Enter"/> changed, for <see cref="Leave"/> (no second thread-local read).</summary>
    public readonly record struct Entered(BoundaryThread Thread, ThreadState? Previous);

    /// <summary>A reference C may use during the call: release it with <see cref="Release"/>.</summary>
    /// <remarks>A native instance is held by the caller for the duration of the call, so its count
    /// goes up without the table's handle being strengthened (C that keeps the pointer raises the
    /// count itself; see PyNativeInstance).</remarks>
    public static nint Ref(ThreadState ts, PyObject obj)
    {
        if (obj is PyNativeInstance native)
        {
            (*NativeArena.RefCount(native.Address))++;
            return native.Address;
        }
        return ObjectBridge.NewReference(ts.Interpreter, obj);
    }

    public static nint RefOrNull(ThreadState ts, PyObject? obj) => obj is null ? 0 : Ref(ts, obj);

    public static void Release(nint p)
    {
        if (p != 0 && --(*NativeArena.RefCount(p)) == 0) ObjectBridge.Dealloc(p);
    }

    /// <summary>A VARARGS call's (args tuple, kwargs dict or NULL) from vectorcall arguments, as
    /// references to release after the call.</summary>
    public static void ArgsAndKwargs(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kwnames, out nint tuple, out nint kwargs)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        var interp = ts.Interpreter;
        tuple = Ref(ts, npos == 0 ? interp.EmptyTuple : new PyTuple(interp.Types.Tuple, args[..npos].ToArray()));
        kwargs = 0;
        if (nkw > 0)
        {
            var d = interp.NewDict();
            for (int i = 0; i < nkw; i++) d.SetStr((PyStr)kwnames![i], args[npos + i]);
            kwargs = Ref(ts, d);
        }
    }

    /// <summary>Takes the new reference a C function returned: the object, or null with the
    /// error C set (SystemError when C returned NULL without one, or a result with one set).</summary>
    public static PyObject? Result(ThreadState ts, nint result, string what)
    {
        if (result == 0)
        {
            if (!ts.HasError) ts.Raise(ExceptionKind.SystemError, $"{what} returned NULL without setting an exception");
            return null;
        }
        return NonNullResult(ts, result, what);
    }

    /// <summary><see cref="Result"/> for a type slot's function: CPython does not check what a
    /// slot returns, so a NULL without an exception surfaces as its eval loop reports it.</summary>
    public static PyObject? SlotResult(ThreadState ts, nint result, string what)
    {
        if (result == 0)
        {
            if (!ts.HasError) ts.Raise(ExceptionKind.SystemError, "error return without exception set");
            return null;
        }
        return NonNullResult(ts, result, what);
    }

    static PyObject? NonNullResult(ThreadState ts, nint result, string what)
    {
        var obj = ObjectBridge.FromNative(result);
        Release(result);
        if (obj is null) return ts.Raise(ExceptionKind.SystemError, $"{what} returned a pointer that is not a live object");
        if (ts.HasError)
        {
            var cause = ts.FetchError();
            ts.Raise(ExceptionKind.SystemError, $"{what} returned a result with an exception set");
            if (ts.CurrentException is { } e) e.Cause = cause;
            return null;
        }
        return obj;
    }

    /// <summary>An int status from C: -1 (any negative) must come with an exception.</summary>
    public static bool Status(ThreadState ts, int status, string what)
    {
        if (status < 0)
        {
            if (!ts.HasError) ts.Raise(ExceptionKind.SystemError, $"{what} failed without setting an exception");
            return false;
        }
        if (ts.HasError)
        {
            ts.Raise(ExceptionKind.SystemError, $"{what} succeeded but left an exception set");
            return false;
        }
        return true;
    }
}
