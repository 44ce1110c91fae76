using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>bytes_iterator</c> and <c>bytearray_iterator</c> types.</summary>
public static class BytesIteratorType
{
    public static PyType Create(BuiltinTypes types, string name) =>
        types.NewBuiltin(name, types.Object, TypeFlags.None, s =>
        {
            s.Iter = static (ts, self) => self;
            s.IterNext = static (ts, self) =>
            {
                var it = (PyBytesIterator)self;
                if (it.Source is null) return null;
                var span = it.Source.AsReadOnlySpan();
                if (it.Index >= span.Length)
                {
                    it.Source = null;
                    return null;
                }
                return ts.Interpreter.Int(span[it.Index++]);
            };
            s.New = null;
        }, static (ts0, type) =>
        {
            IteratorTypes.AddPickling(type, static (ts, self) =>
            {
                var it = (PyBytesIterator)self;
                return it.Source is null ? IteratorTypes.ReduceExhausted(ts) : IteratorTypes.ReduceAt(ts, "iter", (PyObject)it.Source, it.Index);
            }, static (self, index) =>
            {
                var it = (PyBytesIterator)self;
                if (it.Source is not null) it.Index = (int)IteratorTypes.Clamp(index, 0, it.Source.AsReadOnlySpan().Length);
            });
            type.AddMethod("__length_hint__", static (ts, self, args, kw) =>
            {
                var it = (PyBytesIterator)self;
                return ts.Interpreter.Int(it.Source is null ? 0 : Math.Max(0, it.Source.AsReadOnlySpan().Length - it.Index));
            });
        });
}
