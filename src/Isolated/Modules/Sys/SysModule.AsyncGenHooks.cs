using Isolated.Modules.Time;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Sys;

public static partial class SysModule
{
    /// <summary>sys.get_asyncgen_hooks / set_asyncgen_hooks (per thread; asyncio installs them).
    /// firstiter runs on an async generator's first use; the finalizer is recorded on the
    /// generator (the .NET collector does not call it back).</summary>
    static void AddAsyncGenHooks(PyModule m)
    {
        PyType? hooksType = null;
        Add(m, "get_asyncgen_hooks", (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "get_asyncgen_hooks", args, kw, 0, 0)) return null;
            var interp = ts.Interpreter;
            hooksType ??= StructSeqBuilder.Create(interp.Types, "sys", "asyncgen_hooks", ["firstiter", "finalizer"], []);
            return StructSeqBuilder.Make(hooksType, [ts.AsyncGenFirstIter ?? interp.None, ts.AsyncGenFinalizer ?? interp.None], []);
        }, "Return the installed asynchronous generators hooks.");
        Add(m, "set_asyncgen_hooks", static (ts, self, args, kw) =>
        {
            Span<PyObject?> a = new PyObject?[2];
            if (!ArgBinder.Bind(ts, "set_asyncgen_hooks", args, kw, ["firstiter", "finalizer"], 0, a)) return null;
            var none = ts.Interpreter.None;
            // Check both before changing either, as CPython does.
            if (a[1] is { } fin && !ReferenceEquals(fin, none) && fin.Type.Slots.Call is null)
                return ts.Raise(ExceptionKind.TypeError, $"callable finalizer expected, got {fin.Type.Name}");
            if (a[0] is { } first && !ReferenceEquals(first, none) && first.Type.Slots.Call is null)
                return ts.Raise(ExceptionKind.TypeError, $"callable firstiter expected, got {first.Type.Name}");
            if (a[1] is { } f) ts.AsyncGenFinalizer = ReferenceEquals(f, none) ? null : f;
            if (a[0] is { } i) ts.AsyncGenFirstIter = ReferenceEquals(i, none) ? null : i;
            return none;
        }, "Set a finalizer for async generators objects.");
    }
}
