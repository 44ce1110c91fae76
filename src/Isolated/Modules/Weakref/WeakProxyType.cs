using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Weakref;

/// <summary>weakref.ProxyType and weakref.CallableProxyType: every operation is forwarded to the
/// live referent; a dead one raises ReferenceError. Proxies are unhashable.</summary>
public static class WeakProxyType
{
    public static PyType Create(BuiltinTypes types, bool callable) =>
        types.NewBuiltin(callable ? "CallableProxyType" : "ProxyType", types.Object, TypeFlags.None, s =>
        {
            s.New = null;
            s.Repr = Repr;
            s.Str = static (ts, self) => Live(ts, self) is { } t ? Ops.Str(ts, t) : null;
            s.Hash = static (ThreadState ts, PyObject self, out long h) =>
            {
                h = -1;
                ts.Raise(ExceptionKind.TypeError, $"unhashable type: '{self.Type.Name}'");
                return false;
            };
            s.GetAttr = static (ts, self, name) => Live(ts, self) is { } t ? Ops.GetAttr(ts, t, name) : null;
            s.SetAttr = static (ts, self, name, value) => Live(ts, self) is { } t && Ops.SetAttr(ts, t, name, value);
            s.RichCompare = static (ts, self, other, op) =>
            {
                if (Live(ts, self) is not { } t) return null;
                if (other is PyWeakProxy) { if (Live(ts, other) is not { } o) return null; other = o; }
                return Ops.RichCompare(ts, t, other, op);
            };
            s.Bool = static (ts, self) => Live(ts, self) is { } t ? Ops.IsTrue(ts, t) : -1;
            s.Length = static (ts, self) => Live(ts, self) is { } t ? Ops.Length(ts, t) : -1;
            s.GetItem = static (ts, self, key) => Live(ts, self) is { } t ? Ops.GetItem(ts, t, key) : null;
            s.SetItem = static (ts, self, key, value) =>
                Live(ts, self) is { } t && (value is null ? Ops.DelItem(ts, t, key) : Ops.SetItem(ts, t, key, value));
            s.Contains = static (ts, self, item) => Live(ts, self) is { } t ? Ops.Contains(ts, t, item) : -1;
            s.Iter = static (ts, self) => Live(ts, self) is { } t ? Ops.GetIter(ts, t) : null;
            s.IterNext = static (ts, self) => Live(ts, self) is { } t ? Ops.Next(ts, t) : null;
            s.Add = static (ts, a, b) => Binary(ts, a, b, Ops.Add);
            s.Subtract = static (ts, a, b) => Binary(ts, a, b, Ops.Subtract);
            s.Multiply = static (ts, a, b) => Binary(ts, a, b, Ops.Multiply);
            s.TrueDivide = static (ts, a, b) => Binary(ts, a, b, Ops.TrueDivide);
            s.FloorDivide = static (ts, a, b) => Binary(ts, a, b, Ops.FloorDivide);
            s.Remainder = static (ts, a, b) => Binary(ts, a, b, Ops.Remainder);
            s.Negative = static (ts, self) => Live(ts, self) is { } t ? Ops.Negative(ts, t) : null;
            s.Index = static (ts, self) => Live(ts, self) is { } t ? Ops.Index(ts, t) : null;
            if (callable) s.Call = static (ts, self, args, kw) => Live(ts, self) is { } t ? Ops.Call(ts, t, args, kw) : null;
            else s.Call = null;
        }, static (ts, type) => type.AddValue("__module__", type.Owner.Str("weakref")));

    static PyObject? Unwrap(ThreadState ts, PyObject o) => o is PyWeakProxy ? Live(ts, o) : o;

    static PyObject? Binary(ThreadState ts, PyObject a, PyObject b, Func<ThreadState, PyObject, PyObject, PyObject?> op)
    {
        var x = Unwrap(ts, a);
        if (x is null) return null;
        var y = Unwrap(ts, b);
        if (y is null) return null;
        return op(ts, x, y);
    }

    /// <summary>The referent, or null with ReferenceError set.</summary>
    public static PyObject? Live(ThreadState ts, PyObject self)
    {
        var t = ((PyWeakRef)self).Target;
        if (t is null) ts.Raise(ExceptionKind.ReferenceError, "weakly-referenced object no longer exists");
        return t;
    }

    static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var t = ((PyWeakRef)self).Target;
        if (t is null) return ts.Interpreter.Str($"<weakproxy at 0x{Ops.Id(self):x}; dead>");
        return ts.Interpreter.Str($"<weakproxy at 0x{Ops.Id(self):x} to {t.Type.Name} at 0x{Ops.Id(t):x}>");
    }
}
