using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.Objects;

namespace Isolated.CApi.Exports;

/// <summary>The object protocol (abstract.h): attributes, repr/str, comparison, hashing, truth
/// and calls, all dispatched through the type slots like Python code.</summary>
internal static unsafe class ObjectProtocol
{
    [UnmanagedCallersOnly(EntryPoint = "PyObject_Repr")]
    public static nint PyObject_Repr(nint o) => Api.Unary(o, "PyObject_Repr", static (ts, x) => Ops.Repr(ts, x));

    [UnmanagedCallersOnly(EntryPoint = "PyObject_Str")]
    public static nint PyObject_Str(nint o) => Api.Unary(o, "PyObject_Str", static (ts, x) => Ops.Str(ts, x));

    [UnmanagedCallersOnly(EntryPoint = "PyObject_Type")]
    public static nint PyObject_Type(nint o) => Api.Unary(o, "PyObject_Type", static (ts, x) => x.Type);

    static PyStr? Name(ThreadState ts, nint name)
    {
        var n = Api.Arg(ts, name);
        if (n is null) return null;
        if (n is PyStr s) return s;
        ts.Raise(ExceptionKind.TypeError, $"attribute name must be string, not '{n.Type.Name}'");
        return null;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyObject_GetAttr")]
    public static nint PyObject_GetAttr(nint o, nint name)
    {
        var ts = Api.Ts("PyObject_GetAttr");
        if (ts is null) return 0;
        try
        {
            var x = Api.Arg(ts, o);
            var n = x is null ? null : Name(ts, name);
            return n is null ? 0 : Api.New(ts, Ops.GetAttr(ts, x!, n));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyObject_GetAttrString")]
    public static nint PyObject_GetAttrString(nint o, byte* name)
    {
        var ts = Api.Ts("PyObject_GetAttrString");
        if (ts is null) return 0;
        try
        {
            var x = Api.Arg(ts, o);
            var n = x is null ? null : Api.Utf8(ts, name);
            return n is null ? 0 : Api.New(ts, Ops.GetAttr(ts, x!, ts.Interpreter.Intern(n)));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    static int SetAttr(ThreadState ts, nint o, PyStr? n, nint value)
    {
        var x = Api.Arg(ts, o);
        if (x is null || n is null) return -1;
        PyObject? v = null;
        if (value != 0 && (v = Api.Arg(ts, value)) is null) return -1;
        return Ops.SetAttr(ts, x, n, v) ? 0 : -1;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyObject_SetAttr")]
    public static int PyObject_SetAttr(nint o, nint name, nint value)
    {
        var ts = Api.Ts("PyObject_SetAttr");
        if (ts is null) return -1;
        try { return SetAttr(ts, o, Name(ts, name), value); }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    /// <summary>object.__getattribute__ itself (what a tp_getattro written in C falls back to).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyObject_GenericGetAttr")]
    public static nint PyObject_GenericGetAttr(nint o, nint name)
    {
        var ts = Api.Ts("PyObject_GenericGetAttr");
        if (ts is null) return 0;
        try
        {
            var x = Api.Arg(ts, o);
            var n = x is null ? null : Name(ts, name);
            return n is null ? 0 : Api.New(ts, Ops.GenericGetAttr(ts, x!, n));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>object.__setattr__ / __delattr__ (value NULL) itself.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyObject_GenericSetAttr")]
    public static int PyObject_GenericSetAttr(nint o, nint name, nint value)
    {
        var ts = Api.Ts("PyObject_GenericSetAttr");
        if (ts is null) return -1;
        try
        {
            var x = Api.Arg(ts, o);
            var n = x is null ? null : Name(ts, name);
            if (n is null) return -1;
            PyObject? v = null;
            if (value != 0 && (v = Api.Arg(ts, value)) is null) return -1;
            return Ops.GenericSetAttr(ts, x!, n, v) ? 0 : -1;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyObject_SetAttrString")]
    public static int PyObject_SetAttrString(nint o, byte* name, nint value)
    {
        var ts = Api.Ts("PyObject_SetAttrString");
        if (ts is null) return -1;
        try
        {
            var n = Api.Utf8(ts, name);
            return n is null ? -1 : SetAttr(ts, o, ts.Interpreter.Intern(n), value);
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    static int HasAttr(ThreadState ts, nint o, PyStr? n)
    {
        var x = o == 0 ? null : Bridge.ObjectBridge.FromNative(o);
        if (x is null || n is null) { ts.CurrentException = null; return 0; }
        var saved = ts.FetchError();
        var v = Ops.GetAttr(ts, x, n);
        ts.CurrentException = saved;   // PyObject_HasAttr swallows every error, as CPython 3.12
        return v is null ? 0 : 1;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyObject_HasAttr")]
    public static int PyObject_HasAttr(nint o, nint name)
    {
        var ts = Api.Ts("PyObject_HasAttr");
        if (ts is null) return 0;
        try { return HasAttr(ts, o, name == 0 ? null : Bridge.ObjectBridge.FromNative(name) as PyStr); }
        catch (Exception) { return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyObject_HasAttrString")]
    public static int PyObject_HasAttrString(nint o, byte* name)
    {
        var ts = Api.Ts("PyObject_HasAttrString");
        if (ts is null || name == null) return 0;
        try { return HasAttr(ts, o, ts.Interpreter.Intern(Marshal.PtrToStringUTF8((nint)name)!)); }
        catch (Exception) { return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyObject_RichCompare")]
    public static nint PyObject_RichCompare(nint a, nint b, int op)
    {
        var ts = Api.Ts("PyObject_RichCompare");
        if (ts is null) return 0;
        try
        {
            if (op is < 0 or > 5) { ts.Raise(ExceptionKind.SystemError, "bad argument to internal function (comparison operator)"); return 0; }
            var x = Api.Arg(ts, a);
            var y = x is null ? null : Api.Arg(ts, b);
            return y is null ? 0 : Api.New(ts, Ops.RichCompare(ts, x!, y, (CompareOp)op));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyObject_RichCompareBool")]
    public static int PyObject_RichCompareBool(nint a, nint b, int op)
    {
        var ts = Api.Ts("PyObject_RichCompareBool");
        if (ts is null) return -1;
        try
        {
            if (op is < 0 or > 5) { ts.Raise(ExceptionKind.SystemError, "bad argument to internal function (comparison operator)"); return -1; }
            var x = Api.Arg(ts, a);
            var y = x is null ? null : Api.Arg(ts, b);
            return y is null ? -1 : Ops.RichCompareBool(ts, x!, y, (CompareOp)op);
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyObject_Hash")]
    public static long PyObject_Hash(nint o)
    {
        var ts = Api.Ts("PyObject_Hash");
        if (ts is null) return -1;
        try
        {
            var x = Api.Arg(ts, o);
            return x is not null && Ops.Hash(ts, x, out long h) ? h : -1;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyObject_IsTrue")]
    public static int PyObject_IsTrue(nint o) => Truth(o, "PyObject_IsTrue", false);

    [UnmanagedCallersOnly(EntryPoint = "PyObject_Not")]
    public static int PyObject_Not(nint o) => Truth(o, "PyObject_Not", true);

    static int Truth(nint o, string function, bool negate)
    {
        var ts = Api.Ts(function);
        if (ts is null) return -1;
        try
        {
            var x = Api.Arg(ts, o);
            if (x is null) return -1;
            int r = Ops.IsTrue(ts, x);
            return r < 0 ? -1 : negate ? 1 - r : r;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyCallable_Check")]
    public static int PyCallable_Check(nint o)
    {
        var x = o == 0 ? null : Bridge.ObjectBridge.FromNative(o);
        return x?.Type.Slots.Call is not null ? 1 : 0;
    }

    /// <summary>PyObject_Call: a tuple of positional arguments and an optional dict of keyword
    /// arguments, converted to the vectorcall convention.</summary>
    internal static PyObject? Call(ThreadState ts, PyObject callable, PyObject? args, PyObject? kwargs)
    {
        PyObject[] positional;
        if (args is null) positional = [];
        else if (args is PyTuple t) positional = t.Items;
        else { ts.Raise(ExceptionKind.TypeError, $"argument list must be a tuple, not {args.Type.Name}"); return null; }
        if (kwargs is null || kwargs is PyDict { Count: 0 }) return Ops.Call(ts, callable, positional);
        if (kwargs is not PyDict d) { ts.Raise(ExceptionKind.TypeError, $"keyword list must be a dictionary, not {kwargs.Type.Name}"); return null; }
        var all = new PyObject[positional.Length + d.Count];
        var names = new PyObject[d.Count];
        positional.CopyTo(all, 0);
        int pos = 0, i = 0;
        while (d.Next(ref pos, out var k, out var v))
        {
            if (k is not PyStr) { ts.Raise(ExceptionKind.TypeError, "keywords must be strings"); return null; }
            names[i] = k;
            all[positional.Length + i++] = v;
        }
        return Ops.Call(ts, callable, all, ts.Interpreter.Tuple(names));
    }

    [UnmanagedCallersOnly(EntryPoint = "PyObject_Call")]
    public static nint PyObject_Call(nint callable, nint args, nint kwargs) => CallExport(callable, args, kwargs, "PyObject_Call", argsRequired: true);

    [UnmanagedCallersOnly(EntryPoint = "PyObject_CallObject")]
    public static nint PyObject_CallObject(nint callable, nint args) => CallExport(callable, args, 0, "PyObject_CallObject", argsRequired: false);

    internal static nint CallExport(nint callable, nint args, nint kwargs, string function, bool argsRequired)
    {
        var ts = Api.Ts(function);
        if (ts is null) return 0;
        try
        {
            var f = Api.Arg(ts, callable);
            if (f is null) return 0;
            PyObject? a = null, k = null;
            if ((args != 0 || argsRequired) && (a = Api.Arg(ts, args)) is null) return 0;
            if (kwargs != 0 && (k = Api.Arg(ts, kwargs)) is null) return 0;
            return Api.New(ts, Call(ts, f, a, k));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyObject_CallNoArgs")]
    public static nint PyObject_CallNoArgs(nint callable) => Api.Unary(callable, "PyObject_CallNoArgs", static (ts, f) => Ops.Call(ts, f));

    [UnmanagedCallersOnly(EntryPoint = "PyObject_CallOneArg")]
    public static nint PyObject_CallOneArg(nint callable, nint arg)
    {
        var ts = Api.Ts("PyObject_CallOneArg");
        if (ts is null) return 0;
        try
        {
            var f = Api.Arg(ts, callable);
            var a = f is null ? null : Api.Arg(ts, arg);
            return a is null ? 0 : Api.New(ts, Ops.Call(ts, f!, a));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyObject_ASCII")]
    public static nint PyObject_ASCII(nint o) => Api.Unary(o, "PyObject_ASCII", static (ts, x) => Isolated.Modules.BuiltinsModule.Ascii(ts, x));

    /// <summary>PyObject_Bytes: bytes(o) for bytes and objects with __bytes__ or the buffer
    /// protocol; unlike bytes(), an int is refused (TypeError), as CPython.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyObject_Bytes")]
    public static nint PyObject_Bytes(nint o) => Api.Unary(o, "PyObject_Bytes", static (ts, x) =>
    {
        if (x.GetType() == typeof(PyBytes)) return x;
        var interp = ts.Interpreter;
        if (x.Type.LookupMro(interp.Intern("__bytes__")) is null && (x is PyInt || x.Type.Slots.Index is not null || x is PyStr))
            return ts.Raise(ExceptionKind.TypeError, $"cannot convert '{x.Type.Name}' object to bytes");
        return Ops.Call(ts, interp.Types.Bytes, x);
    });

    /// <summary>PyObject_Dir: dir(o); with NULL, dir() of the running frame's locals, or NULL
    /// without an exception when no Python frame runs (as documented).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyObject_Dir")]
    public static nint PyObject_Dir(nint o)
    {
        var ts = Api.Ts("PyObject_Dir");
        if (ts is null) return 0;
        try
        {
            if (o == 0 && Isolated.Execution.Eval.CurrentFrame(ts) is null) return 0;
            PyObject? x = null;
            if (o != 0 && (x = Api.Arg(ts, o)) is null) return 0;
            var builtins = Isolated.Execution.Import.ImportSystem.ImportModule(ts, "builtins");
            var dir = builtins is null ? null : Ops.GetAttr(ts, builtins, "dir");
            if (dir is null) return 0;
            return Api.New(ts, x is null ? Ops.Call(ts, dir) : Ops.Call(ts, dir, x));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>PyObject_Format: format(obj, spec); a NULL spec is the empty string.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyObject_Format")]
    public static nint PyObject_Format(nint o, nint spec)
    {
        var ts = Api.Ts("PyObject_Format");
        if (ts is null) return 0;
        try
        {
            var x = Api.Arg(ts, o);
            if (x is null) return 0;
            PyObject? s = null;
            if (spec != 0 && (s = Api.Arg(ts, spec)) is null) return 0;
            if (s is not null and not PyStr) { ts.Raise(ExceptionKind.TypeError, $"format() argument 2 must be str, not {s.Type.Name}"); return 0; }
            return Api.New(ts, Ops.Format(ts, x, (PyStr?)s));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyObject_IsInstance")]
    public static int PyObject_IsInstance(nint o, nint cls) => TwoArgStatus(o, cls, "PyObject_IsInstance", static (ts, x, c) => Ops.IsInstance(ts, x, c));

    [UnmanagedCallersOnly(EntryPoint = "PyObject_IsSubclass")]
    public static int PyObject_IsSubclass(nint derived, nint cls) => TwoArgStatus(derived, cls, "PyObject_IsSubclass", static (ts, x, c) => Ops.IsSubclass(ts, x, c));

    static int TwoArgStatus(nint a, nint b, string function, Func<ThreadState, PyObject, PyObject, int> op)
    {
        var ts = Api.Ts(function);
        if (ts is null) return -1;
        try
        {
            var x = Api.Arg(ts, a);
            var y = x is null ? null : Api.Arg(ts, b);
            return y is null ? -1 : op(ts, x!, y);
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    /// <summary>The tp_hash of an unhashable type: TypeError, -1.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyObject_HashNotImplemented")]
    public static long PyObject_HashNotImplemented(nint o)
    {
        var ts = Api.Ts("PyObject_HashNotImplemented");
        if (ts is null) return -1;
        var x = Api.Arg(ts, o);
        if (x is not null) ts.Raise(ExceptionKind.TypeError, $"unhashable type: '{x.Type.Name}'");
        return -1;
    }

    /// <summary>The tp_iter of an iterator: the object itself (a new reference).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyObject_SelfIter")]
    public static nint PyObject_SelfIter(nint o) => Api.Unary(o, "PyObject_SelfIter", static (ts, x) => x);

    /// <summary>PyObject_GetAIter: aiter(o).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyObject_GetAIter")]
    public static nint PyObject_GetAIter(nint o) => Api.Unary(o, "PyObject_GetAIter", static (ts, x) =>
    {
        var interp = ts.Interpreter;
        var descr = x.Type.LookupMro(interp.Intern("__aiter__"));
        if (descr is null) return ts.Raise(ExceptionKind.TypeError, $"'{x.Type.Name}' object is not an async iterable");
        var it = Ops.CallSpecial(ts, x, interp.Intern("__aiter__"), default);
        if (it is null) return null;
        if (it.Type.LookupMro(interp.Intern("__anext__")) is null)
            return ts.Raise(ExceptionKind.TypeError, $"aiter() returned not an async iterator of type '{it.Type.Name}'");
        return it;
    });

    /// <summary>PyAIter_Check: the type has __anext__.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyAIter_Check")]
    public static int PyAIter_Check(nint o)
    {
        var x = o == 0 ? null : Bridge.ObjectBridge.FromNative(o);
        return x is not null && x.Type.LookupMro(x.Type.Owner.Intern("__anext__")) is not null ? 1 : 0;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyIndex_Check")]
    public static int PyIndex_Check(nint o)
    {
        var x = o == 0 ? null : Bridge.ObjectBridge.FromNative(o);
        return x is not null && Ops.IsIndex(x) ? 1 : 0;
    }

    /// <summary>PyObject_GenericGetDict: the instance's __dict__ (made on first use), as
    /// object's __dict__ getter; AttributeError for an object without one.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyObject_GenericGetDict")]
    public static nint PyObject_GenericGetDict(nint o, nint context) => Api.Unary(o, "PyObject_GenericGetDict", static (ts, x) =>
    {
        if (x is not IInstanceDict holder || !HasDictSlot(x))
            return ts.Raise(ExceptionKind.AttributeError, "This object has no __dict__");
        return holder.InstanceDict ??= ts.Interpreter.NewDict();
    });

    /// <summary>Whether an IInstanceDict object may carry a dict: a builtin type's, or a class
    /// that did not leave it out with __slots__.</summary>
    static bool HasDictSlot(PyObject x) => !x.Type.HasFlag(TypeFlags.HeapType) || x.Type.HasFlag(TypeFlags.HasInstanceDict);

    /// <summary>PyObject_GenericSetDict: replaces the instance's __dict__ with a dict.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyObject_GenericSetDict")]
    public static int PyObject_GenericSetDict(nint o, nint value, nint context)
    {
        var ts = Api.Ts("PyObject_GenericSetDict");
        if (ts is null) return -1;
        try
        {
            var x = Api.Arg(ts, o);
            if (x is null) return -1;
            if (value == 0) { ts.Raise(ExceptionKind.TypeError, "cannot delete __dict__"); return -1; }
            var v = Api.Arg(ts, value);
            if (v is null) return -1;
            if (x is not IInstanceDict holder || !HasDictSlot(x))
            {
                ts.Raise(ExceptionKind.AttributeError, "This object has no __dict__");
                return -1;
            }
            if (v is not PyDict d)
            {
                ts.Raise(ExceptionKind.TypeError, $"__dict__ must be set to a dictionary, not a '{v.Type.Name}'");
                return -1;
            }
            holder.InstanceDict = d;
            return 0;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    /// <summary>PyObject_AsFileDescriptor: an int, or the int o.fileno() returns; ValueError for
    /// a negative one.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyObject_AsFileDescriptor")]
    public static int PyObject_AsFileDescriptor(nint o)
    {
        var ts = Api.Ts("PyObject_AsFileDescriptor");
        if (ts is null) return -1;
        try
        {
            var x = Api.Arg(ts, o);
            if (x is null) return -1;
            PyObject fd = x;
            if (x is not PyInt)
            {
                int found = Ops.LookupAttr(ts, x, ts.Interpreter.Intern("fileno"), out var fileno);
                if (found < 0) return -1;
                if (found == 0)
                {
                    ts.Raise(ExceptionKind.TypeError, "argument must be an int, or have a fileno() method.");
                    return -1;
                }
                var r = Ops.Call(ts, fileno!);
                if (r is null) return -1;
                if (r is not PyInt) { ts.Raise(ExceptionKind.TypeError, "fileno() returned a non-integer"); return -1; }
                fd = r;
            }
            if (!Ops.AsInt32(ts, fd, out int value)) return -1;
            if (value < 0)
            {
                ts.Raise(ExceptionKind.ValueError, $"file descriptor cannot be a negative integer ({value})");
                return -1;
            }
            return value;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    /// <summary>PyObject_ClearWeakRefs (called by a tp_dealloc): nothing to do here. Weak
    /// references follow the managed object, and tp_dealloc of a native instance runs only after
    /// the collector found that object unreachable, which already ended its weak references and
    /// queued their callbacks.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyObject_ClearWeakRefs")]
    public static void PyObject_ClearWeakRefs(nint o) { }
}
