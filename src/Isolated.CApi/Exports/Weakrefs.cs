using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.Modules.Weakref;
using Isolated.Objects;

namespace Isolated.CApi.Exports;

/// <summary>Weak references (weakrefobject.h): weakref.ref and weakref.proxy.</summary>
internal static class Weakrefs
{
    [UnmanagedCallersOnly(EntryPoint = "PyWeakref_NewRef")]
    public static nint PyWeakref_NewRef(nint ob, nint callback) => New(ob, callback, "PyWeakref_NewRef", proxy: false);

    [UnmanagedCallersOnly(EntryPoint = "PyWeakref_NewProxy")]
    public static nint PyWeakref_NewProxy(nint ob, nint callback) => New(ob, callback, "PyWeakref_NewProxy", proxy: true);

    static nint New(nint ob, nint callback, string function, bool proxy)
    {
        var ts = Api.Ts(function);
        if (ts is null) return 0;
        try
        {
            var referent = Api.Arg(ts, ob);
            if (referent is null) return 0;
            var interp = ts.Interpreter;
            PyObject cb = interp.None;
            if (callback != 0 && (cb = Api.Arg(ts, callback)!) is null) return 0;
            return Api.New(ts, proxy ? WeakrefModule.NewProxy(ts, referent, cb) : Ops.Call(ts, interp.Types.WeakRef, referent, cb));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>PyWeakref_GetObject: the referent (borrowed), or None once it has died. The
    /// borrowed reference is valid until the next collection, which may free the referent (as in
    /// CPython, which deprecates this function for that reason): it never keeps it alive for good.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyWeakref_GetObject")]
    public static nint PyWeakref_GetObject(nint reference)
    {
        var ts = Api.Ts("PyWeakref_GetObject");
        if (ts is null) return 0;
        var r = Api.Arg<PyWeakRef>(ts, reference, "PyWeakref_GetObject");
        if (r is null) return 0;
        return r.Target is { } target ? Bridge.ObjectBridge.BorrowedUntilCollection(ts.Interpreter, target) : Api.Borrow(ts, ts.Interpreter.None);
    }
}
