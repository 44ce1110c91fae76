using System.Text;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Operator;

/// <summary>The repr shared by the operator getters: "operator.itemgetter(1, 'a')".</summary>
static class GetterRepr
{
    public static PyObject? Of(ThreadState ts, PyObject self, PyObject[] items)
    {
        if (!ReprGuard.Enter(ts, self)) return ts.Interpreter.Str($"{self.Type.TpName}(...)");
        try
        {
            var sb = new StringBuilder(self.Type.TpName).Append('(');
            for (int i = 0; i < items.Length; i++)
            {
                if (Ops.Repr(ts, items[i]) is not PyStr r) return null;
                if (i > 0) sb.Append(", ");
                sb.Append(r.Value);
            }
            return ts.Interpreter.Str(sb.Append(')').ToString());
        }
        finally
        {
            ReprGuard.Leave(ts, self);
        }
    }
}
