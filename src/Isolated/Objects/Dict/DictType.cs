using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>dict</c> type.</summary>
public static class DictType
{
    public static PyType Create(Interpreter interp, BuiltinTypes types) =>
        types.NewBuiltin("dict", types.Object, TypeFlags.BaseType | TypeFlags.DictSubclass, s =>
        {
            s.Hash = null;
            s.Length = static (ts, self) => ((PyDict)self).Count;
            s.Repr = Repr;
        });

    static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var d = (PyDict)self;
        if (d.Count == 0) return ts.Interpreter.Str("{}");
        if (!Ops.EnterRecursiveCall(ts, " while getting the repr of an object")) return null;
        try
        {
            var sb = new System.Text.StringBuilder("{");
            int pos = 0;
            bool first = true;
            while (d.Next(ref pos, out var k, out var v))
            {
                if (!first) sb.Append(", ");
                first = false;
                if (Ops.Repr(ts, k) is not PyStr kr) return null;
                if (Ops.Repr(ts, v) is not PyStr vr) return null;
                sb.Append(kr.Value).Append(": ").Append(vr.Value);
            }
            return ts.Interpreter.Str(sb.Append('}').ToString());
        }
        finally
        {
            Ops.LeaveRecursiveCall(ts);
        }
    }
}
