using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Execution;

/// <summary>The iterator a for loop gets over a small <c>range</c>: FOR_ITER reads its fields and
/// pushes unboxed ints, so <c>for i in range(n)</c> allocates nothing per iteration (DESIGN §3).</summary>
public sealed class VmRangeIterator : PyObject
{
    public long Next;
    public readonly long Step;
    public long Remaining;

    public VmRangeIterator(PyType type, long start, long step, long count) : base(type)
    {
        Next = start;
        Step = step;
        Remaining = count;
    }

    public static PyType CreateType(BuiltinTypes types) =>
        types.NewBuiltin("range_iterator", types.Object, TypeFlags.None, s =>
        {
            s.Iter = static (ts, self) => self;
            s.IterNext = static (ts, self) =>
            {
                var it = (VmRangeIterator)self;
                if (it.Remaining <= 0) return null;
                it.Remaining--;
                long v = it.Next;
                it.Next = v + it.Step;
                return ts.Interpreter.Int(v);
            };
        }, static (ts, type) =>
        {
            type.AddMethod("__length_hint__", static (ts, self, args, kw) => ts.Interpreter.Int(((VmRangeIterator)self).Remaining));
        });
}
