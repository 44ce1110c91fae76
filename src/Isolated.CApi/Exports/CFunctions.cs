using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.CApi.Extensions;
using Isolated.Objects;

namespace Isolated.CApi.Exports;

/// <summary>Builtin functions made from a PyMethodDef (methodobject.h).</summary>
internal static unsafe class CFunctions
{
    [UnmanagedCallersOnly(EntryPoint = "PyCFunction_New")]
    public static nint PyCFunction_New(NativeMethodDef* ml, nint self) => New(ml, self, 0, 0, "PyCFunction_New");

    [UnmanagedCallersOnly(EntryPoint = "PyCFunction_NewEx")]
    public static nint PyCFunction_NewEx(NativeMethodDef* ml, nint self, nint module) => New(ml, self, module, 0, "PyCFunction_NewEx");

    [UnmanagedCallersOnly(EntryPoint = "PyCMethod_New")]
    public static nint PyCMethod_New(NativeMethodDef* ml, nint self, nint module, nint cls) => New(ml, self, module, cls, "PyCMethod_New");

    static nint New(NativeMethodDef* ml, nint self, nint module, nint cls, string function)
    {
        var ts = Api.Ts(function);
        if (ts is null) return 0;
        try
        {
            PyObject? s = null, m = null;
            PyType? c = null;
            if (self != 0 && (s = Api.Arg(ts, self)) is null) return 0;
            if (module != 0 && (m = Api.Arg(ts, module)) is null) return 0;
            if (cls != 0 && (c = Api.Arg<PyType>(ts, cls, function)) is null) return 0;
            if (c is not null && (ml == null || (ml->Flags & NativeMethodDef.Method) == 0))
            {
                ts.Raise(ExceptionKind.SystemError, "attempting to create PyCFunction with class but no METH_METHOD flag");
                return 0;
            }
            return Api.New(ts, CMethod.NewFunction(ts, ml, s, m, c));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    static CMethod? Of(nint op, string function, out PyBuiltinFunction? f)
    {
        f = null;
        var ts = Api.Ts(function);
        if (ts is null) return null;
        var o = Api.Arg(ts, op);
        if (o is PyBuiltinFunction { Function.Target: CMethod m } bf)
        {
            f = bf;
            return m;
        }
        if (o is not null) ts.Raise(ExceptionKind.SystemError, $"{function}: bad argument to internal function");
        return null;
    }

    [UnmanagedCallersOnly(EntryPoint = "PyCFunction_GetFunction")]
    public static nint PyCFunction_GetFunction(nint op) => Of(op, "PyCFunction_GetFunction", out _) is { } m ? m.Def->Function : 0;

    [UnmanagedCallersOnly(EntryPoint = "PyCFunction_GetSelf")]
    public static nint PyCFunction_GetSelf(nint op)
    {
        var m = Of(op, "PyCFunction_GetSelf", out var f);
        if (m is null || m.NullSelf) return 0;
        return Api.Borrow(Api.Ts("PyCFunction_GetSelf")!, f!.Self);
    }

    [UnmanagedCallersOnly(EntryPoint = "PyCFunction_GetFlags")]
    public static int PyCFunction_GetFlags(nint op) => Of(op, "PyCFunction_GetFlags", out _) is { } m ? m.Flags : -1;

    /// <summary>PyCFunction_Call: PyObject_Call (args a tuple, kwargs a dict or NULL).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyCFunction_Call")]
    public static nint PyCFunction_Call(nint callable, nint args, nint kwargs) =>
        ObjectProtocol.CallExport(callable, args, kwargs, "PyCFunction_Call", argsRequired: true);
}
