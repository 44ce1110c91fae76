using Isolated.Execution;
using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>method</c> type (bound methods): calling prepends <c>__self__</c>; unknown
/// attributes are read from the function (as CPython's method_getattro).</summary>
public static class MethodType
{
    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("method", types.Object, TypeFlags.None, s =>
        {
            s.Call = Call;
            s.New = static (ts, type, args, kw) =>
            {
                if (!ArgBinder.CheckPositional(ts, "method", args, kw, 2, 2)) return null;
                if (args[0].Type.Slots.Call is null) return ts.Raise(ExceptionKind.TypeError, "first argument must be callable");
                if (ReferenceEquals(args[1], ts.Interpreter.None)) return ts.Raise(ExceptionKind.TypeError, "instance must not be None");
                return new PyMethod(type, args[0], args[1]);
            };
            s.Repr = static (ts, self) =>
            {
                var m = (PyMethod)self;
                PyObject? name = null;
                if (Ops.LookupAttr(ts, m.Function, ts.Interpreter.Str("__qualname__"), out name) < 0) return null;
                if (name is null && Ops.LookupAttr(ts, m.Function, ts.Interpreter.Str("__name__"), out name) < 0) return null;
                var r = Ops.Repr(ts, m.Self);
                if (r is null) return null;
                var n = name is PyStr ns ? ns.Value : "?";
                return ts.Interpreter.Str($"<bound method {n} of {((PyStr)r).Value}>");
            };
            s.RichCompare = static (ts, self, other, op) =>
            {
                if (other is not PyMethod o || op is not (CompareOp.Eq or CompareOp.Ne)) return ts.Interpreter.NotImplemented;
                var a = (PyMethod)self;
                bool eq = ReferenceEquals(a.Self, o.Self) && Ops.RichCompareBool(ts, a.Function, o.Function, CompareOp.Eq) == 1;
                return ts.Interpreter.Bool(op == CompareOp.Eq ? eq : !eq);
            };
            s.Hash = static (ThreadState ts, PyObject self, out long h) =>
            {
                var m = (PyMethod)self;
                h = Ops.IdentityHash(m.Self) ^ 0x5a5a;
                if (!Ops.Hash(ts, m.Function, out var fh)) return false;
                h ^= fh;
                if (h == -1) h = -2;
                return true;
            };
            s.GetAttr = GetAttr;
            s.DescrGet = static (ts, descr, instance, owner) => descr;
        }, static (ts, type) =>
        {
            type.AddGetSet("__func__", static (ts, self) => ((PyMethod)self).Function);
            type.AddGetSet("__self__", static (ts, self) => ((PyMethod)self).Self);
            type.AddMethod("__reduce__", static (ts, self, args, kw) =>
            {
                var m = (PyMethod)self;
                var getattr = Ops.VmBuiltin(ts, "getattr");
                if (getattr is null) return null;
                return ts.Interpreter.Tuple(getattr, ts.Interpreter.Tuple(m.Self, Ops.GetAttr(ts, m.Function, "__name__") ?? ts.Interpreter.None));
            });
        });

    static PyObject? Call(ThreadState ts, PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var m = (PyMethod)callable;
        if (args.Length < 8)
        {
            var buffer = new ArgBuffer8();
            Span<PyObject> span = buffer;
            span[0] = m.Self;
            args.CopyTo(span[1..]);
            return Ops.Call(ts, m.Function, span[..(args.Length + 1)], kwnames);
        }
        var all = new PyObject[args.Length + 1];
        all[0] = m.Self;
        args.CopyTo(all.AsSpan(1));
        return Ops.Call(ts, m.Function, all, kwnames);
    }

    static PyObject? GetAttr(ThreadState ts, PyObject self, PyStr name)
    {
        var m = (PyMethod)self;
        var descr = self.Type.LookupMro(name);
        if (descr is not null)
        {
            if (descr.Type.Slots.DescrGet is { } get) return get(ts, descr, self, self.Type);
            return descr;
        }
        return Ops.GetAttr(ts, m.Function, name);
    }
}
