using Isolated.Execution;
using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>function</c> type: calling runs the code in the VM; looking one up on an
/// instance binds it into a <see cref="PyMethod"/>.</summary>
public static class FunctionType
{
    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("function", types.Object, TypeFlags.HasInstanceDict, s =>
        {
            s.Call = static (ts, callable, args, kwnames) => Eval.CallFunction(ts, (PyFunction)callable, args, kwnames);
            s.DescrGet = static (ts, descr, instance, owner) =>
                instance is null ? descr : new PyMethod(ts.Interpreter.Types.Method, descr, instance);
            s.Repr = static (ts, self) =>
            {
                var f = (PyFunction)self;
                return ts.Interpreter.Str($"<function {(f.QualName as PyStr)?.Value ?? "?"} at 0x{Ops.Id(f):x}>");
            };
            s.New = New;
        }, FillDict);

    static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = new PyObject?[5];
        if (!ArgBinder.Bind(ts, "function", args, kwnames, ["code", "globals", "name", "argdefs", "closure"], 2, a)) return null;
        if (a[0] is not PyCode code) return ts.Raise(ExceptionKind.TypeError, $"function() argument 'code' must be code, not {a[0]!.Type.Name}");
        if (a[1] is not PyDict globals) return ts.Raise(ExceptionKind.TypeError, $"function() argument 'globals' must be dict, not {a[1]!.Type.Name}");
        PyCell[]? closure = null;
        if (a[4] is PyTuple ct)
        {
            closure = new PyCell[ct.Count];
            for (int i = 0; i < ct.Count; i++) closure[i] = (PyCell)ct[i];
        }
        var f = Eval.NewFunction(ts, code, globals, code.QualName, closure);
        if (a[2] is PyStr n) f.Name = n;
        if (a[3] is PyTuple d) f.Defaults = d;
        return f;
    }

    static void FillDict(ThreadState? ts0, PyType type)
    {
        type.AddGetSet("__name__", static (ts, self) => ((PyFunction)self).Name, static (ts, self, v) =>
        {
            if (v is not PyStr) { ts.Raise(ExceptionKind.TypeError, "__name__ must be set to a string object"); return false; }
            ((PyFunction)self).Name = v; return true;
        });
        type.AddGetSet("__qualname__", static (ts, self) => ((PyFunction)self).QualName, static (ts, self, v) =>
        {
            if (v is not PyStr) { ts.Raise(ExceptionKind.TypeError, "__qualname__ must be set to a string object"); return false; }
            ((PyFunction)self).QualName = v; return true;
        });
        type.AddGetSet("__module__", static (ts, self) => ((PyFunction)self).Module, static (ts, self, v) =>
        {
            ((PyFunction)self).Module = v ?? ts.Interpreter.None; return true;
        });
        type.AddGetSet("__doc__", static (ts, self) => ((PyFunction)self).Doc, static (ts, self, v) =>
        {
            ((PyFunction)self).Doc = v ?? ts.Interpreter.None; return true;
        });
        type.AddGetSet("__code__", static (ts, self) => ((PyFunction)self).Code, static (ts, self, v) =>
        {
            if (v is not PyCode c) { ts.Raise(ExceptionKind.TypeError, "__code__ must be set to a code object"); return false; }
            ((PyFunction)self).Code = c; return true;
        });
        type.AddGetSet("__defaults__", static (ts, self) => (PyObject?)((PyFunction)self).Defaults ?? ts.Interpreter.None, static (ts, self, v) =>
        {
            if (v is null || ReferenceEquals(v, ts.Interpreter.None)) { ((PyFunction)self).Defaults = null; return true; }
            if (v is not PyTuple t) { ts.Raise(ExceptionKind.TypeError, "__defaults__ must be set to a tuple object"); return false; }
            ((PyFunction)self).Defaults = t.Count == 0 ? null : t; return true;
        });
        type.AddGetSet("__kwdefaults__", static (ts, self) => (PyObject?)((PyFunction)self).KwDefaults ?? ts.Interpreter.None, static (ts, self, v) =>
        {
            if (v is null || ReferenceEquals(v, ts.Interpreter.None)) { ((PyFunction)self).KwDefaults = null; return true; }
            if (v is not PyDict d) { ts.Raise(ExceptionKind.TypeError, "__kwdefaults__ must be set to a dict object"); return false; }
            ((PyFunction)self).KwDefaults = d; return true;
        });
        type.AddGetSet("__globals__", static (ts, self) => ((PyFunction)self).Globals);
        type.AddGetSet("__builtins__", static (ts, self) => ((PyFunction)self).Builtins);
        type.AddGetSet("__closure__", static (ts, self) =>
        {
            var c = ((PyFunction)self).Closure;
            return c is null ? ts.Interpreter.None : ts.Interpreter.Tuple([.. c]);
        });
        type.AddGetSet("__annotations__", static (ts, self) => ((PyFunction)self).Annotations ??= ts.Interpreter.NewDict(), static (ts, self, v) =>
        {
            if (v is null || ReferenceEquals(v, ts.Interpreter.None)) { ((PyFunction)self).Annotations = null; return true; }
            if (v is not PyDict d) { ts.Raise(ExceptionKind.TypeError, "__annotations__ must be set to a dict object"); return false; }
            ((PyFunction)self).Annotations = d; return true;
        });
        type.AddGetSet("__type_params__", static (ts, self) => ((PyFunction)self).TypeParams ?? ts.Interpreter.EmptyTuple, static (ts, self, v) =>
        {
            if (v is not PyTuple) { ts.Raise(ExceptionKind.TypeError, "__type_params__ must be set to a tuple"); return false; }
            ((PyFunction)self).TypeParams = v; return true;
        });
        type.AddGetSet("__dict__", static (ts, self) => ((PyFunction)self).InstanceDict ??= ts.Interpreter.NewDict(), static (ts, self, v) =>
        {
            if (v is not PyDict d) { ts.Raise(ExceptionKind.TypeError, "__dict__ must be set to a dictionary, not a '" + (v?.Type.Name ?? "NoneType") + "'"); return false; }
            ((PyFunction)self).InstanceDict = d; return true;
        });
        type.AddMethod("__get__", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "__get__", args, kw, 1, 2)) return null;
            var inst = args[0];
            if (ReferenceEquals(inst, ts.Interpreter.None)) return self;
            return new PyMethod(ts.Interpreter.Types.Method, self, inst);
        });
    }
}
