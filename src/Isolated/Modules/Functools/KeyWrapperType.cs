using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Functools;

/// <summary>functools.KeyWrapper: calling one wraps an object; comparing two wrappers calls the
/// comparison function on their objects and compares its result with 0. Unhashable.</summary>
public static class KeyWrapperType
{
    public static PyType Create(BuiltinTypes types)
    {
        var type = types.NewBuiltin("KeyWrapper", types.Object, TypeFlags.None, s =>
        {
            s.New = null;
            s.Hash = null;
            s.Call = Call;
            s.RichCompare = RichCompare;
        }, static (ts, t) =>
        {
            t.AddValue("__module__", t.Owner.Str("functools"));
            t.AddValue("__hash__", t.Owner.None);
            t.AddGetSet("obj", static (ts, self) => ((PyKeyWrapper)self).Object ?? ts.Interpreter.None, static (ts, self, value) =>
            {
                ts.Raise(ExceptionKind.AttributeError, "readonly attribute");
                return false;
            }, "Value wrapped by a key function.");
        });
        type.SetTpName("functools.KeyWrapper");
        return type;
    }

    static readonly string[] CallParams = ["obj"];

    static PyObject? Call(ThreadState ts, PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> p = new PyObject?[1];
        // Bound as optional so that too many arguments say "at most", as CPython's K() does.
        if (!ArgBinder.Bind(ts, "K", args, kwnames, CallParams, 0, p)) return null;
        if (p[0] is null) return ts.Raise(ExceptionKind.TypeError, "K() missing required argument 'obj' (pos 1)");
        var k = (PyKeyWrapper)callable;
        return new PyKeyWrapper(k.Type, k.Compare, p[0]!);
    }

    static PyObject? RichCompare(ThreadState ts, PyObject left, PyObject right, CompareOp op)
    {
        if (right is not PyKeyWrapper other || !ReferenceEquals(right.Type, left.Type))
            return ts.Raise(ExceptionKind.TypeError, "other argument must be K instance");
        var self = (PyKeyWrapper)left;
        var interp = ts.Interpreter;
        var result = Ops.Call(ts, self.Compare, self.Object ?? interp.None, other.Object ?? interp.None);
        return result is null ? null : Ops.RichCompare(ts, result, interp.Int(0), op);
    }
}
