using Isolated.CApi.Bridge;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.CApi.Boundary;

/// <summary>
/// What every object export does at the boundary: find the current thread state once, turn
/// PyObject* arguments into managed objects (NULL and objects of another interpreter are errors,
/// never crashes), hand results back as new or borrowed references, and turn a .NET exception
/// into the Python error CPython would set (SystemError for a runtime bug).
/// </summary>
internal static unsafe class Api
{
    public static ThreadState? Ts(string function) => Exports.Threads.Current(function);

    /// <summary>The managed object behind <paramref name="p"/>, or null with SystemError set.</summary>
    public static PyObject? Arg(ThreadState ts, nint p)
    {
        if (p == 0)
        {
            ts.Raise(ExceptionKind.SystemError, "bad argument to internal function (NULL object)");
            return null;
        }
        var obj = ObjectBridge.FromNative(p);
        if (obj is null && *NativeArena.TypeSlot(p) == 0) obj = Extensions.NativeInstances.FromUntypedHostObject(ts, p);
        if (obj is null)
        {
            ts.Raise(ExceptionKind.SystemError, "bad argument to internal function (not a live object)");
            return null;
        }
        if (!ReferenceEquals(obj.Type.Owner, ts.Interpreter))
        {
            ts.Raise(ExceptionKind.SystemError, $"object of interpreter {obj.Type.Owner.Id} used in interpreter {ts.Interpreter.Id}");
            return null;
        }
        return obj;
    }

    /// <summary>Like <see cref="Arg"/> but also checks the type; TypeError as CPython words it
    /// for the Limited API ("expected X, got Y") otherwise.</summary>
    public static T? Arg<T>(ThreadState ts, nint p, string function) where T : PyObject
    {
        var obj = Arg(ts, p);
        if (obj is null) return null;
        if (obj is T t) return t;
        ts.Raise(ExceptionKind.SystemError, $"{function}: bad argument to internal function (got '{obj.Type.Name}')");
        return null;
    }

    public static nint New(ThreadState ts, PyObject? obj) => obj is null ? 0 : ObjectBridge.NewReference(ts.Interpreter, obj);

    public static nint Borrow(ThreadState ts, PyObject? obj) => obj is null ? 0 : ObjectBridge.Borrowed(ts.Interpreter, obj);

    /// <summary>Consumes a reference the caller gave us (a "stolen" reference).</summary>
    public static unsafe void Steal(nint p)
    {
        if (p != 0 && --(*NativeArena.RefCount(p)) == 0) ObjectBridge.Dealloc(p);
    }

    /// <summary>Records a .NET exception that escaped runtime code as the Python error.</summary>
    public static void Fail(ThreadState ts, Exception e)
    {
        if (e is PyException or OutOfMemoryException or InsufficientExecutionStackException)
            ts.Raise(Isolated.Execution.VirtualMachine.ExceptionFromDotNet(ts, e));
        else ts.Raise(ExceptionKind.SystemError, $"internal error in the runtime: {e.GetType().Name}: {e.Message}");
    }

    /// <summary>The shape of most object exports: one object in, a new reference out.</summary>
    public static nint Unary(nint a, string function, Func<ThreadState, PyObject, PyObject?> op)
    {
        var ts = Ts(function);
        if (ts is null) return 0;
        try
        {
            var x = Arg(ts, a);
            return x is null ? 0 : New(ts, op(ts, x));
        }
        catch (Exception e) { Fail(ts, e); return 0; }
    }

    /// <summary>Two objects in, a new reference out.</summary>
    public static nint Binary(nint a, nint b, string function, Func<ThreadState, PyObject, PyObject, PyObject?> op)
    {
        var ts = Ts(function);
        if (ts is null) return 0;
        try
        {
            var x = Arg(ts, a);
            var y = x is null ? null : Arg(ts, b);
            return y is null ? 0 : New(ts, op(ts, x!, y));
        }
        catch (Exception e) { Fail(ts, e); return 0; }
    }

    /// <summary>One object in, an int status out (-1 on error).</summary>
    public static int Status(nint a, string function, Func<ThreadState, PyObject, int> op)
    {
        var ts = Ts(function);
        if (ts is null) return -1;
        try
        {
            var x = Arg(ts, a);
            return x is null ? -1 : op(ts, x);
        }
        catch (Exception e) { Fail(ts, e); return -1; }
    }

    public static unsafe string? Utf8(ThreadState ts, byte* s)
    {
        if (s == null)
        {
            ts.Raise(ExceptionKind.SystemError, "bad argument to internal function (NULL string)");
            return null;
        }
        return System.Runtime.InteropServices.Marshal.PtrToStringUTF8((nint)s);
    }
}
