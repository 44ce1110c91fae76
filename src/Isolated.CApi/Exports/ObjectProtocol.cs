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
    static PyObject? Call(ThreadState ts, PyObject callable, PyObject? args, PyObject? kwargs)
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

    static nint CallExport(nint callable, nint args, nint kwargs, string function, bool argsRequired)
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
}
