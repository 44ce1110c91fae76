using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.Execution;
using Isolated.Objects;

namespace Isolated.CApi.Exports;

/// <summary>The vectorcall convention (abstract.h): a C array of arguments, their count (with
/// PY_VECTORCALL_ARGUMENTS_OFFSET possibly set in nargsf), and a tuple of keyword names whose
/// values follow the positional ones. The arguments go to the callee as a span over a buffer on
/// the C# stack (no tuple, no array for up to eight of them).</summary>
internal static unsafe class Vectorcall
{
    /// <summary>PY_VECTORCALL_ARGUMENTS_OFFSET: the top bit of nargsf (the caller lets the
    /// callee use args[-1]; this runtime never needs to).</summary>
    static readonly nuint ArgumentsOffset = (nuint)1 << (8 * sizeof(nuint) - 1);

    [UnmanagedCallersOnly(EntryPoint = "PyVectorcall_NARGS")]
    public static nint PyVectorcall_NARGS(nuint nargsf) => (nint)(nargsf & ~ArgumentsOffset);

    /// <summary>Calls <paramref name="callable"/> with <paramref name="total"/> native arguments
    /// from <paramref name="args"/>, the last ones named by <paramref name="kwnames"/>.</summary>
    static PyObject? Call(ThreadState ts, PyObject callable, nint* args, int total, PyTuple? kwnames)
    {
        ArgBuffer8 small = default;
        Span<PyObject> span = total <= 8 ? ((Span<PyObject>)small)[..total] : new PyObject[total];
        for (int i = 0; i < total; i++)
        {
            var a = Api.Arg(ts, args[i]);
            if (a is null) return null;
            span[i] = a;
        }
        return Ops.Call(ts, callable, span, kwnames);
    }

    /// <summary>Checks nargsf and kwnames; false with SystemError/TypeError set when bad.</summary>
    static bool Shape(ThreadState ts, nint* args, nuint nargsf, nint kwnames, out int total, out PyTuple? names)
    {
        total = 0;
        names = null;
        nint n = (nint)(nargsf & ~ArgumentsOffset);
        if (kwnames != 0)
        {
            var k = Api.Arg(ts, kwnames);
            if (k is null) return false;
            if (k.GetType() != typeof(PyTuple))
            {
                ts.Raise(ExceptionKind.SystemError, "bad argument to internal function (kwnames must be a tuple)");
                return false;
            }
            names = (PyTuple)k;
            foreach (var name in names.Items)
                if (name is not PyStr) { ts.Raise(ExceptionKind.TypeError, "keywords must be strings"); return false; }
            if (names.Count == 0) names = null;
        }
        long count = (long)n + (names?.Count ?? 0);
        if (n < 0 || count > int.MaxValue || (count > 0 && args == null))
        {
            ts.Raise(ExceptionKind.SystemError, "bad argument to internal function (vectorcall arguments)");
            return false;
        }
        total = (int)count;
        return true;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyObject_Vectorcall")]
    public static nint PyObject_Vectorcall(nint callable, nint* args, nuint nargsf, nint kwnames)
    {
        var ts = Api.Ts("PyObject_Vectorcall");
        if (ts is null) return 0;
        try
        {
            var f = Api.Arg(ts, callable);
            if (f is null || !Shape(ts, args, nargsf, kwnames, out int total, out var names)) return 0;
            return Api.New(ts, Call(ts, f, args, total, names));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>PyObject_VectorcallMethod: args[0] is self; calls getattr(self, name) with the
    /// rest (methods found on the type are called unbound with self, no bound method made).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyObject_VectorcallMethod")]
    public static nint PyObject_VectorcallMethod(nint name, nint* args, nuint nargsf, nint kwnames)
    {
        var ts = Api.Ts("PyObject_VectorcallMethod");
        if (ts is null) return 0;
        try
        {
            var n = Api.Arg(ts, name);
            if (n is null) return 0;
            if (n is not PyStr methodName)
            {
                ts.Raise(ExceptionKind.TypeError, $"attribute name must be string, not '{n.Type.Name}'");
                return 0;
            }
            if (!Shape(ts, args, nargsf, kwnames, out int total, out var names)) return 0;
            if (total - (names?.Count ?? 0) < 1)
            {
                ts.Raise(ExceptionKind.SystemError, "bad argument to internal function (PyObject_VectorcallMethod needs self in args[0])");
                return 0;
            }
            var self = Api.Arg(ts, args[0]);
            if (self is null) return 0;
            // A function or method descriptor on a type with the generic __getattribute__ (the
            // common case): call it with self first, as the VM's method calls do; no bound method.
            var descr = ReferenceEquals(self.Type.Slots.GetAttr, Ops.GenericGetAttrSlot) ? self.Type.LookupMro(methodName) : null;
            if (descr is not null && (descr.GetType() == typeof(PyFunction) || descr.GetType() == typeof(PyMethodDescriptor))
                && (Ops.InstanceDict(self) is not { } d || d.GetStr(methodName) is null))
                return Api.New(ts, Call(ts, descr, args, total, names));
            var bound = Ops.GetAttr(ts, self, methodName);
            return bound is null ? 0 : Api.New(ts, Call(ts, bound, args + 1, total - 1, names));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>PyVectorcall_Call: a call with a tuple and a dict, for a callable whose type
    /// supports vectorcall (every callable here does); the same as PyObject_Call.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyVectorcall_Call")]
    public static nint PyVectorcall_Call(nint callable, nint tuple, nint dict) =>
        ObjectProtocol.CallExport(callable, tuple, dict, "PyVectorcall_Call", argsRequired: true);
}
