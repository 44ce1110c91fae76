using System.Runtime.InteropServices;
using Isolated.CApi.Bridge;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.CApi.Exports;

/// <summary>The current interpreter's singletons (CPython 3.13's Py_GetConstant API plus
/// Py_GetNone()-style aliases). Each interpreter has its own: two interpreters give two
/// different Py_None pointers.</summary>
internal static class Constants
{
    const uint None = 0, False = 1, True = 2, Ellipsis = 3, NotImplemented = 4,
        Zero = 5, One = 6, EmptyStr = 7, EmptyBytes = 8, EmptyTuple = 9;

    static PyObject? Lookup(ThreadState ts, uint id)
    {
        var interp = ts.Interpreter;
        switch (id)
        {
            case None: return interp.None;
            case False: return interp.False;
            case True: return interp.True;
            case Ellipsis: return interp.Ellipsis;
            case NotImplemented: return interp.NotImplemented;
            case Zero: return interp.Int(0);
            case One: return interp.Int(1);
            case EmptyStr: return interp.EmptyStr;
            case EmptyTuple: return interp.EmptyTuple;
            case EmptyBytes:
                return interp.EmptyBytes;
            default:
                ts.Raise(ExceptionKind.SystemError, "invalid constant identifier");
                return null;
        }
    }

    static nint Get(uint id, bool newReference, string function)
    {
        var ts = Threads.Current(function);
        if (ts is null) return 0;
        try
        {
            var obj = Lookup(ts, id);
            if (obj is null) return 0;
            return newReference ? ObjectBridge.NewReference(ts.Interpreter, obj) : ObjectBridge.Borrowed(ts.Interpreter, obj);
        }
        catch (Exception e)
        {
            ts.Raise(ExceptionKind.SystemError, e.Message);
            return 0;
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "Py_GetConstant")]
    public static nint Py_GetConstant(uint id) => Get(id, true, "Py_GetConstant");

    [UnmanagedCallersOnly(EntryPoint = "Py_GetConstantBorrowed")]
    public static nint Py_GetConstantBorrowed(uint id) => Get(id, false, "Py_GetConstantBorrowed");

    [UnmanagedCallersOnly(EntryPoint = "Py_GetNone")]
    public static nint Py_GetNone() => Get(None, false, "Py_GetNone");

    [UnmanagedCallersOnly(EntryPoint = "Py_GetTrue")]
    public static nint Py_GetTrue() => Get(True, false, "Py_GetTrue");

    [UnmanagedCallersOnly(EntryPoint = "Py_GetFalse")]
    public static nint Py_GetFalse() => Get(False, false, "Py_GetFalse");

    [UnmanagedCallersOnly(EntryPoint = "Py_GetEllipsis")]
    public static nint Py_GetEllipsis() => Get(Ellipsis, false, "Py_GetEllipsis");

    [UnmanagedCallersOnly(EntryPoint = "Py_GetNotImplemented")]
    public static nint Py_GetNotImplemented() => Get(NotImplemented, false, "Py_GetNotImplemented");

    [UnmanagedCallersOnly(EntryPoint = "Py_Is")]
    public static int Py_Is(nint x, nint y) => x == y ? 1 : 0;

    static int IsConstant(nint x, uint id, string function)
    {
        if (x == 0) return 0;
        return Get(id, false, function) == x ? 1 : 0;
    }

    [UnmanagedCallersOnly(EntryPoint = "Py_IsNone")]
    public static int Py_IsNone(nint x) => IsConstant(x, None, "Py_IsNone");

    [UnmanagedCallersOnly(EntryPoint = "Py_IsTrue")]
    public static int Py_IsTrue(nint x) => IsConstant(x, True, "Py_IsTrue");

    [UnmanagedCallersOnly(EntryPoint = "Py_IsFalse")]
    public static int Py_IsFalse(nint x) => IsConstant(x, False, "Py_IsFalse");
}
