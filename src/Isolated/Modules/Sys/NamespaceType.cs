using System.Text;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Sys;

/// <summary>
/// A minimal <c>types.SimpleNamespace</c> for sys.implementation (attribute bag with a
/// <c>namespace(a=1, b=2)</c> repr). One type per interpreter, kept with the struct-sequence types.
/// </summary>
public static class NamespaceType
{
    const string Key = "types.SimpleNamespace";

    public static PyType Get(Interpreter interp)
    {
        var state = SysState.Of(interp);
        if (state.StructSeqTypes.TryGetValue(Key, out var t)) return t;
        t = interp.Types.NewBuiltin("SimpleNamespace", interp.Types.Object, TypeFlags.HasInstanceDict, static s =>
        {
            s.New = null;
            s.Init = null;
            s.Repr = Repr;
        }, static (_, type) => type.AddValue("__module__", type.Owner.Str("types")));
        state.StructSeqTypes.Add(Key, t);
        return t;
    }

    public static PyInstance New(Interpreter interp) => new(Get(interp)) { InstanceDict = interp.NewDict() };

    static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var inst = (PyInstance)self;
        var sb = new StringBuilder("namespace(");
        if (inst.InstanceDict is { } d)
        {
            int pos = 0;
            bool first = true;
            if (!Ops.EnterRecursiveCall(ts, " while getting the repr of an object")) return null;
            try
            {
                while (d.Next(ref pos, out var key, out var value))
                {
                    if (key is not PyStr k) continue;
                    if (Ops.Repr(ts, value) is not PyStr r) return null;
                    if (!first) sb.Append(", ");
                    first = false;
                    sb.Append(k.Value).Append('=').Append(r.Value);
                }
            }
            finally
            {
                Ops.LeaveRecursiveCall(ts);
            }
        }
        sb.Append(')');
        return ts.Interpreter.Str(sb.ToString());
    }
}
