using Isolated.Execution.Import;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Typing;

/// <summary>Calls into typing.py, which holds the parts of the type-parameter machinery that CPython
/// also keeps in Python (substitution, Generic[...] parameter checks, unions with forward refs).</summary>
public static class TypingCalls
{
    public static PyObject? Call(ThreadState ts, string function, ReadOnlySpan<PyObject> args, PyTuple? kwnames = null)
    {
        var typing = ImportSystem.ImportModule(ts, "typing");
        if (typing is null) return null;
        var fn = Ops.GetAttr(ts, typing, function);
        return fn is null ? null : Ops.Call(ts, fn, args, kwnames);
    }

    public static PyObject? Call(ThreadState ts, string function, PyObject a) => Call(ts, function, [a]);

    public static PyObject? Call(ThreadState ts, string function, PyObject a, PyObject b) => Call(ts, function, [a, b]);

    /// <summary>typing._type_check(arg, message): the argument made into a type (strings become ForwardRefs).</summary>
    public static PyObject? TypeCheck(ThreadState ts, PyObject arg, string message) =>
        Call(ts, "_type_check", arg, ts.Interpreter.Str(message));

    /// <summary>The __name__ of the module whose code is calling (what CPython stores as a type
    /// parameter's __module__), or null when no Python code is running.</summary>
    public static PyObject? CallerModule(ThreadState ts) =>
        Isolated.Execution.Eval.CurrentGlobals(ts)?.GetStr("__name__");

    /// <summary>__mro_entries__ of type parameters: they cannot be base classes.</summary>
    public static PyObject? CannotSubclass(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw) =>
        ts.Raise(ExceptionKind.TypeError, $"Cannot subclass an instance of {self.Type.Name}");

    /// <summary>__reduce__ of type parameters: pickled by name, as module globals.</summary>
    public static PyObject? ReduceByName(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw) =>
        ((PyTypeParameter)self).Name;

    public static PyObject? Or(ThreadState ts, PyObject left, PyObject right) => Call(ts, "_make_union", left, right);

    /// <summary>Reads a keyword-only flag (bool) of a constructor.</summary>
    public static int Flag(ThreadState ts, PyObject? value) => value is null ? 0 : Ops.IsTrue(ts, value);

    public static PyObject ModuleOr(ThreadState ts, PyObject? module) => module ?? ts.Interpreter.None;

    public static PyStr? RequireName(ThreadState ts, string function, PyObject name)
    {
        if (name is PyStr s) return s;
        ts.Raise(ExceptionKind.TypeError, $"{function}() argument 'name' must be str, not {name.Type.Name}");
        return null;
    }

    public static void SetModule(ThreadState ts, PyTypeParameter p)
    {
        var interp = ts.Interpreter;
        p.InstanceDict = new PyDict(interp.Types.Dict);
        if (CallerModule(ts) is { } module) p.InstanceDict.SetStr(interp.Intern("__module__"), module);
    }
}
