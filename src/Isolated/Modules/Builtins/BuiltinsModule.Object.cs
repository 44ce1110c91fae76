using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules;

// The object-model builtins: isinstance, issubclass, getattr, setattr, hasattr, delattr, id,
// hash, callable, dir, vars, and the types object, type, super, property, classmethod,
// staticmethod.
public static partial class BuiltinsModule
{
    static partial void AddObjectFunctions(Interpreter interp, PyModule m)
    {
        var t = interp.Types;
        m.Dict.SetStr("object", t.Object);
        m.Dict.SetStr("type", t.Type);
        m.Dict.SetStr("super", t.Super);
        m.Dict.SetStr("property", t.Property);
        m.Dict.SetStr("classmethod", t.ClassMethod);
        m.Dict.SetStr("staticmethod", t.StaticMethod);
        AddFunction(m, "isinstance", IsInstance, "Return whether an object is an instance of a class or of a subclass thereof.");
        AddFunction(m, "issubclass", IsSubclass, "Return whether 'cls' is derived from another class or is the same class.");
        AddFunction(m, "getattr", GetAttr, "getattr(object, name[, default]) -> value");
        AddFunction(m, "setattr", SetAttr, "Sets the named attribute on the given object to the specified value.");
        AddFunction(m, "hasattr", HasAttr, "Return whether the object has an attribute with the given name.");
        AddFunction(m, "delattr", DelAttr, "Deletes the named attribute from the given object.");
        AddFunction(m, "id", Id, "Return the identity of an object.");
        AddFunction(m, "hash", Hash, "Return the hash value for the given object.");
        AddFunction(m, "callable", Callable, "Return whether the object is callable (i.e., some kind of function).");
        AddFunction(m, "breakpoint", Breakpoint);
        AddFunction(m, "dir", Dir, "dir([object]) -> list of strings");
        AddFunction(m, "vars", Vars, "vars([object]) -> dictionary");
    }

    static PyObject? IsInstance(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "isinstance", args, kw, 2, 2)) return null;
        int r = Ops.IsInstance(ts, args[0], args[1]);
        return r < 0 ? null : ts.Interpreter.Bool(r > 0);
    }

    static PyObject? IsSubclass(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "issubclass", args, kw, 2, 2)) return null;
        int r = Ops.IsSubclass(ts, args[0], args[1]);
        return r < 0 ? null : ts.Interpreter.Bool(r > 0);
    }

    static PyStr? AttributeName(ThreadState ts, PyObject name)
    {
        if (name is PyStr s) return s;
        ts.Raise(ExceptionKind.TypeError, $"attribute name must be string, not '{name.Type.Name}'");
        return null;
    }

    static PyObject? GetAttr(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "getattr", args, kw, 2, 3)) return null;
        if (AttributeName(ts, args[1]) is not { } name) return null;
        if (args.Length == 2) return Ops.GetAttr(ts, args[0], name);
        int found = Ops.LookupAttr(ts, args[0], name, out var v);
        return found < 0 ? null : found > 0 ? v : args[2];
    }

    static PyObject? SetAttr(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "setattr", args, kw, 3, 3)) return null;
        if (AttributeName(ts, args[1]) is not { } name) return null;
        return Ops.SetAttr(ts, args[0], name, args[2]) ? ts.Interpreter.None : null;
    }

    static PyObject? HasAttr(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "hasattr", args, kw, 2, 2)) return null;
        if (AttributeName(ts, args[1]) is not { } name) return null;
        int found = Ops.LookupAttr(ts, args[0], name, out _);
        return found < 0 ? null : ts.Interpreter.Bool(found > 0);
    }

    static PyObject? DelAttr(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "delattr", args, kw, 2, 2)) return null;
        if (AttributeName(ts, args[1]) is not { } name) return null;
        return Ops.DelAttr(ts, args[0], name) ? ts.Interpreter.None : null;
    }

    static PyObject? Id(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "id", args, kw, 1, 1)) return null;
        return ts.Interpreter.Int(Ops.Id(args[0]));
    }

    static PyObject? Hash(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "hash", args, kw, 1, 1)) return null;
        return Ops.Hash(ts, args[0], out long h) ? ts.Interpreter.Int(h) : null;
    }

    /// <summary>breakpoint(*args, **kws): calls whatever sys.breakpointhook is now.</summary>
    static PyObject? Breakpoint(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var sys = Sys.SysState.Of(ts.Interpreter).SysModuleFor(ts);
        var hook = sys.Dict.GetStr("breakpointhook");
        if (hook is null) return ts.Raise(ExceptionKind.RuntimeError, "lost sys.breakpointhook");
        return Ops.Call(ts, hook, args, kw);
    }

    static PyObject? Callable(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "callable", args, kw, 1, 1)) return null;
        return ts.Interpreter.Bool(args[0].Type.Slots.Call is not null);
    }

    static PyObject? Dir(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "dir", args, kw, 0, 1)) return null;
        PyObject? names;
        if (args.Length == 0)
        {
            if (Execution.Eval.CurrentFrame(ts) is null && Execution.Eval.CurrentGlobals(ts) is null) return ListType.New(ts.Interpreter);
            var locals = Execution.Eval.CurrentLocals(ts);
            if (locals is null) return null;
            names = locals is PyDict d ? ListHelper.FromDictKeys(ts, d) : Keys(ts, locals);
        }
        else
        {
            var descr = args[0].Type.LookupMro(ts.Interpreter.Intern("__dir__"));
            if (descr is null) return ts.Raise(ExceptionKind.TypeError, "object does not provide __dir__");
            names = SpecialMethods.CallDescr(ts, descr, args[0], default);
        }
        if (names is null) return null;
        var items = IterationHelper.ToList(ts, names);
        if (items is null) return null;
        var sorted = SortForDir(ts, items);
        return sorted is null ? null : ListType.FromArray(ts.Interpreter, sorted);
    }

    static PyObject? Keys(ThreadState ts, PyObject mapping)
    {
        var keys = Ops.GetAttr(ts, mapping, ts.Interpreter.Intern("keys"));
        return keys is null ? null : Ops.Call(ts, keys);
    }

    /// <summary>sorted() for dir(): a stable merge sort with '&lt;', str compared by code point
    /// without calling Python code.</summary>
    static PyObject[]? SortForDir(ThreadState ts, List<PyObject> items)
    {
        var a = items.ToArray();
        var tmp = new PyObject[a.Length];
        bool failed = false;
        MergeSort(ts, a, tmp, 0, a.Length, ref failed);
        return failed ? null : a;
    }

    static void MergeSort(ThreadState ts, PyObject[] a, PyObject[] tmp, int lo, int hi, ref bool failed)
    {
        if (hi - lo < 2 || failed) return;
        int mid = (lo + hi) / 2;
        MergeSort(ts, a, tmp, lo, mid, ref failed);
        MergeSort(ts, a, tmp, mid, hi, ref failed);
        if (failed) return;
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi)
        {
            int lt = Less(ts, a[j], a[i]);
            if (lt < 0) { failed = true; return; }
            tmp[k++] = lt > 0 ? a[j++] : a[i++];
        }
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        Array.Copy(tmp, lo, a, lo, hi - lo);
    }

    static int Less(ThreadState ts, PyObject x, PyObject y)
    {
        if (x.GetType() == typeof(PyStr) && y.GetType() == typeof(PyStr))
            return StrType.CompareCodePoints(((PyStr)x).Value, ((PyStr)y).Value) < 0 ? 1 : 0;
        return Ops.RichCompareBool(ts, x, y, CompareOp.Lt);
    }

    static PyObject? Vars(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "vars", args, kw, 0, 1)) return null;
        if (args.Length == 0)
            return Execution.Eval.CurrentLocals(ts);
        int found = Ops.LookupAttr(ts, args[0], ts.Interpreter.Intern("__dict__"), out var d);
        if (found < 0) return null;
        if (found == 0) return ts.Raise(ExceptionKind.TypeError, "vars() argument must have __dict__ attribute");
        return d;
    }
}
