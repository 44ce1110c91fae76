using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>Builds the many small iterator types (list_iterator, dict_keyiterator, ...): each is
/// its own iterator, yields through <paramref name="next"/>, and may report a length hint.</summary>
public static class IteratorTypes
{
    public static readonly UnaryFunc ReturnSelf = static (ts, self) => self;

    public static PyType New(BuiltinTypes types, string name, IterNextFunc next, Func<PyObject, long>? lengthHint = null)
    {
        return types.NewBuiltin(name, types.Object, TypeFlags.None, s =>
        {
            s.Iter = ReturnSelf;
            s.IterNext = next;
            s.New = null;
            s.Init = null;
        }, lengthHint is null ? null : (ts, type) =>
        {
            type.AddMethod("__length_hint__", (ts2, self, args, kw) =>
            {
                if (!ArgBinder.CheckPositional(ts2, "__length_hint__", args, kw, 0, 0)) return null;
                return ts2.Interpreter.Int(Math.Max(0, lengthHint(self)));
            }, "Private method returning an estimate of len(list(it)).");
        });
    }
}
