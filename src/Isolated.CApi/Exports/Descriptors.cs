using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.CApi.Extensions;
using Isolated.Objects;

namespace Isolated.CApi.Exports;

/// <summary>Descriptors made from C tables (descrobject.h) — the same descriptors
/// PyType_FromSpec makes from Py_tp_methods / Py_tp_members / Py_tp_getset — and
/// PyMember_GetOne/SetOne, a PyMemberDef field read or written directly.</summary>
internal static unsafe class Descriptors
{
    static PyType? Owner(ThreadState ts, nint type, void* def, string function)
    {
        var t = Api.Arg<PyType>(ts, type, function);
        if (t is not null && def == null)
        {
            ts.Raise(ExceptionKind.SystemError, $"{function}: bad argument to internal function (NULL definition)");
            return null;
        }
        return t;
    }

    static nint Method(nint type, NativeMethodDef* def, string function, bool isClass)
    {
        var ts = Api.Ts(function);
        if (ts is null) return 0;
        try
        {
            var t = Owner(ts, type, def, function);
            if (t is null) return 0;
            if (!CMethod.ValidFlags(def->Flags))
            {
                CMethod.BadFlags(ts, def);
                return 0;
            }
            return Api.New(ts, TypeFactory.MethodDescriptor(ts.Interpreter, t, def, isClass, isStatic: false));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyDescr_NewMethod")]
    public static nint PyDescr_NewMethod(nint type, NativeMethodDef* def) => Method(type, def, "PyDescr_NewMethod", isClass: false);

    [UnmanagedCallersOnly(EntryPoint = "PyDescr_NewClassMethod")]
    public static nint PyDescr_NewClassMethod(nint type, NativeMethodDef* def) => Method(type, def, "PyDescr_NewClassMethod", isClass: true);

    [UnmanagedCallersOnly(EntryPoint = "PyDescr_NewMember")]
    public static nint PyDescr_NewMember(nint type, NativeMemberDef* def)
    {
        var ts = Api.Ts("PyDescr_NewMember");
        if (ts is null) return 0;
        try
        {
            var t = Owner(ts, type, def, "PyDescr_NewMember");
            return t is null ? 0 : Api.New(ts, MemberAccess.Member(ts.Interpreter, t, def));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    [UnmanagedCallersOnly(EntryPoint = "PyDescr_NewGetSet")]
    public static nint PyDescr_NewGetSet(nint type, NativeGetSetDef* def)
    {
        var ts = Api.Ts("PyDescr_NewGetSet");
        if (ts is null) return 0;
        try
        {
            var t = Owner(ts, type, def, "PyDescr_NewGetSet");
            return t is null ? 0 : Api.New(ts, MemberAccess.GetSet(ts.Interpreter, t, def));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>The native instance at obj_addr when the runtime knows one there (for messages
    /// that name its type); None for other memory, which is never read as an object header.</summary>
    static PyObject Holder(ThreadState ts, nint objAddr) =>
        (PyObject?)Bridge.NativeInterpreterState.Of(ts.Interpreter).Instances.Find(objAddr) ?? ts.Interpreter.None;

    [UnmanagedCallersOnly(EntryPoint = "PyMember_GetOne")]
    public static nint PyMember_GetOne(byte* objAddr, NativeMemberDef* m)
    {
        var ts = Api.Ts("PyMember_GetOne");
        if (ts is null) return 0;
        try
        {
            if (objAddr == null || m == null)
            {
                ts.Raise(ExceptionKind.SystemError, "bad argument to internal function (NULL address or member)");
                return 0;
            }
            string name = Marshal.PtrToStringUTF8((nint)m->Name) ?? "?";
            return Api.New(ts, MemberAccess.Read(ts, Holder(ts, (nint)objAddr), name, m->Type, (nint)objAddr + m->Offset));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>PyMember_SetOne: a NULL value deletes (object members only); READONLY members
    /// refuse with AttributeError, as CPython.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyMember_SetOne")]
    public static int PyMember_SetOne(byte* objAddr, NativeMemberDef* m, nint value)
    {
        var ts = Api.Ts("PyMember_SetOne");
        if (ts is null) return -1;
        try
        {
            if (objAddr == null || m == null)
            {
                ts.Raise(ExceptionKind.SystemError, "bad argument to internal function (NULL address or member)");
                return -1;
            }
            if ((m->Flags & NativeMemberDef.ReadOnly) != 0 || m->Type is NativeMemberDef.String or NativeMemberDef.StringInplace)
            {
                ts.Raise(ExceptionKind.AttributeError, "readonly attribute");
                return -1;
            }
            PyObject? v = null;
            if (value != 0 && (v = Api.Arg(ts, value)) is null) return -1;
            string name = Marshal.PtrToStringUTF8((nint)m->Name) ?? "?";
            return MemberAccess.Write(ts, Holder(ts, (nint)objAddr), name, m->Type, (nint)objAddr + m->Offset, v) ? 0 : -1;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    /// <summary>PyWrapper_New: a slot wrapper (wrapper_descriptor) bound to self, i.e.
    /// descr.__get__(self); TypeError when self is not an instance of the descriptor's type.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyWrapper_New")]
    public static nint PyWrapper_New(nint descr, nint self)
    {
        var ts = Api.Ts("PyWrapper_New");
        if (ts is null) return 0;
        try
        {
            var d = Api.Arg<PyWrapperDescriptor>(ts, descr, "PyWrapper_New");
            var s = d is null ? null : Api.Arg(ts, self);
            if (s is null) return 0;
            return Api.New(ts, d!.Type.Slots.DescrGet!(ts, d, s, s.Type));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }
}
