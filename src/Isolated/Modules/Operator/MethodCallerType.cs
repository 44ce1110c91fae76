using System.Text;
using Isolated.Execution.Import;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Operator;

/// <summary>operator.methodcaller(name, /, *args, **kwargs): construction, call, repr and
/// __reduce__ (with keywords it pickles as functools.partial(methodcaller, name, **kwargs)
/// applied to the positionals, as CPython does).</summary>
public static class MethodCallerType
{
    public static PyType Create(BuiltinTypes types)
    {
        var type = types.NewBuiltin("methodcaller", types.Object, TypeFlags.None, s =>
        {
            s.New = New;
            s.Init = static (ts, self, args, kw) => true;
            s.Call = Call;
            s.Repr = Repr;
        }, static (ts, t) =>
        {
            t.AddValue("__module__", t.Owner.Str("operator"));
            t.AddValue("__doc__", t.Owner.Str("Return a callable object that calls the given method on its operand.\nAfter f = methodcaller('name'), the call f(r) returns r.name().\nAfter g = methodcaller('name', 'date', foo=1), the call g(r) returns\nr.name('date', foo=1)."));
            t.AddMethod("__reduce__", Reduce, "Return state information for pickling");
        });
        type.SetTpName("operator.methodcaller");
        return type;
    }

    static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        int nkw = kw?.Count ?? 0;
        if (args.Length - nkw < 1) return ts.Raise(ExceptionKind.TypeError, "methodcaller needs at least one argument, the method name");
        if (args[0] is not PyStr name) return ts.Raise(ExceptionKind.TypeError, "method name must be a string");
        return new PyMethodCaller(type, ts.Interpreter.Intern(name.Value), args[1..].ToArray(), nkw == 0 ? null : kw);
    }

    static PyObject? Call(ThreadState ts, PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.NoKeywords(ts, "methodcaller", kw)) return null;
        if (args.Length != 1) return ts.Raise(ExceptionKind.TypeError, $"methodcaller expected 1 argument, got {args.Length}");
        var c = (PyMethodCaller)callable;
        var method = Ops.GetAttr(ts, args[0], c.Name);
        return method is null ? null : Ops.Call(ts, method, c.Args, c.KeywordNames);
    }

    static int PositionalCount(PyMethodCaller c) => c.Args.Length - (c.KeywordNames?.Count ?? 0);

    static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var c = (PyMethodCaller)self;
        if (!ReprGuard.Enter(ts, self)) return ts.Interpreter.Str($"{self.Type.TpName}(...)");
        try
        {
            var sb = new StringBuilder(self.Type.TpName).Append('(');
            if (Ops.Repr(ts, c.Name) is not PyStr n) return null;
            sb.Append(n.Value);
            int npos = PositionalCount(c);
            for (int i = 0; i < c.Args.Length; i++)
            {
                if (Ops.Repr(ts, c.Args[i]) is not PyStr r) return null;
                sb.Append(", ");
                if (i >= npos) sb.Append(((PyStr)c.KeywordNames!.Items[i - npos]).Value).Append('=');
                sb.Append(r.Value);
            }
            return ts.Interpreter.Str(sb.Append(')').ToString());
        }
        finally
        {
            ReprGuard.Leave(ts, self);
        }
    }

    static PyObject? Reduce(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var c = (PyMethodCaller)self;
        var interp = ts.Interpreter;
        int npos = PositionalCount(c);
        if (c.KeywordNames is null)
        {
            var all = new PyObject[1 + c.Args.Length];
            all[0] = c.Name;
            c.Args.CopyTo(all, 1);
            return interp.Tuple(self.Type, interp.Tuple(all));
        }
        var functools = ImportSystem.ImportModule(ts, "functools");
        var partial = functools is null ? null : Ops.GetAttr(ts, functools, "partial");
        if (partial is null) return null;
        // partial(type(self), name, **kwargs) in vectorcall form.
        var partialArgs = new PyObject[2 + c.KeywordNames.Count];
        partialArgs[0] = self.Type;
        partialArgs[1] = c.Name;
        Array.Copy(c.Args, npos, partialArgs, 2, c.KeywordNames.Count);
        var constructor = Ops.Call(ts, partial, partialArgs, c.KeywordNames);
        if (constructor is null) return null;
        return interp.Tuple(constructor, interp.Tuple(c.Args[..npos]));
    }
}
