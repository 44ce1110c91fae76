using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Functools;

/// <summary><c>_functools</c>: reduce, cmp_to_key, partial and _lru_cache_wrapper (the C
/// accelerator functools.py takes these from). The types are created with the module, one set per
/// interpreter.</summary>
public static class FunctoolsModule
{
    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "_functools");
        m.Dict.SetStr("__doc__", interp.Str("Tools that operate on functions."));
        m.Dict.SetStr("partial", PartialType.Create(interp.Types));
        m.Dict.SetStr("_lru_cache_wrapper", LruCacheWrapperType.Create(interp.Types));
        var keyWrapper = KeyWrapperType.Create(interp.Types);
        Add(m, "reduce", Reduce, "reduce(function, iterable[, initial]) -> value\n\nApply a function of two arguments cumulatively to the items of a sequence\nor iterable, from left to right, so as to reduce the iterable to a single\nvalue.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates\n((((1+2)+3)+4)+5).  If initial is present, it is placed before the items\nof the iterable in the calculation, and serves as a default when the\niterable is empty.");
        // One closure per module: it carries this interpreter's KeyWrapper type.
        Add(m, "cmp_to_key", (ts, self, args, kw) => CmpToKey(ts, keyWrapper, args, kw), "Convert a cmp= function into a key= function.");
        return m;
    }

    static void Add(PyModule m, string name, BuiltinMethod fn, string doc)
    {
        var interp = m.Type.Owner;
        var f = interp.NewBuiltinFunction(name, m, fn, doc);
        f.Module = interp.Str("_functools");
        m.Dict.SetStr(interp.Intern(name), f);
    }

    static PyObject? Reduce(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.NoKeywords(ts, "reduce", kw)) return null;
        if (args.Length < 2 || args.Length > 3)
            return ts.Raise(ExceptionKind.TypeError, args.Length < 2
                ? $"reduce expected at least 2 arguments, got {args.Length}"
                : $"reduce expected at most 3 arguments, got {args.Length}");
        var function = args[0];
        var it = Ops.GetIter(ts, args[1]);
        if (it is null)
        {
            if (Ops.IsError(ts, ExceptionKind.TypeError))
            {
                ts.FetchError();
                ts.Raise(ExceptionKind.TypeError, "reduce() arg 2 must support iteration");
            }
            return null;
        }
        PyObject? total = args.Length == 3 ? args[2] : null;
        while (true)
        {
            if (!HostControls.Check(ts)) return null;
            var item = Ops.Next(ts, it);
            if (item is null)
            {
                if (ts.HasError) return null;
                break;
            }
            if (total is null) total = item;
            else
            {
                total = Ops.Call(ts, function, total, item);
                if (total is null) return null;
            }
        }
        return total ?? ts.Raise(ExceptionKind.TypeError, "reduce() of empty iterable with no initial value");
    }

    static readonly string[] CmpToKeyParams = ["mycmp"];

    static PyObject? CmpToKey(ThreadState ts, PyType keyWrapper, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> p = new PyObject?[1];
        if (!ArgBinder.Bind(ts, "cmp_to_key", args, kw, CmpToKeyParams, 1, p)) return null;
        return new PyKeyWrapper(keyWrapper, p[0]!, null);
    }
}
