using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>str_ascii_iterator</c> type (CPython's name for the iterator of a str).</summary>
public static class StrIteratorType
{
    public static PyType Create(Interpreter interp, BuiltinTypes types) =>
        types.NewBuiltin("str_ascii_iterator", types.Object, TypeFlags.None, s =>
        {
            s.Iter = static (ts, self) => self;
            s.IterNext = Next;
            s.New = null;
        }, FillDict);

    static PyObject? Next(ThreadState ts, PyObject self)
    {
        var it = (PyStrIterator)self;
        var source = it.Source;
        if (source is null) return null;
        var v = source.Value;
        if (it.Position >= v.Length)
        {
            it.Source = null;
            return null;
        }
        int start = it.Position;
        char c = v[start];
        if (!char.IsHighSurrogate(c) || start + 1 >= v.Length || !char.IsLowSurrogate(v[start + 1]))
        {
            it.Position = start + 1;
            return StrType.CharStr(ts.Interpreter, c);
        }
        it.Position = start + 2;
        return ts.Interpreter.Str(v.Substring(start, 2));
    }

    static void FillDict(ThreadState? ts0, PyType type)
    {
        // Pickles count code points, the position is a UTF-16 offset.
        IteratorTypes.AddPickling(type, static (ts, self) =>
        {
            var it = (PyStrIterator)self;
            return it.Source is null
                ? IteratorTypes.ReduceWith(ts, "iter", ts.Interpreter.EmptyStr)
                : IteratorTypes.ReduceAt(ts, "iter", it.Source, it.Source.ToCodePointIndex(it.Position));
        }, static (self, index) =>
        {
            var it = (PyStrIterator)self;
            if (it.Source is not null)
                it.Position = it.Source.ToUtf16Index((int)IteratorTypes.Clamp(index, 0, it.Source.CodePointLength));
        });
        type.AddMethod("__length_hint__", static (ts, self, args, kw) =>
        {
            var it = (PyStrIterator)self;
            if (it.Source is null) return ts.Interpreter.Int(0);
            var rest = it.Source.Value.AsSpan(it.Position);
            int n = rest.Length;
            for (int i = 0; i + 1 < rest.Length; i++)
                if (char.IsHighSurrogate(rest[i]) && char.IsLowSurrogate(rest[i + 1])) { n--; i++; }
            return ts.Interpreter.Int(n);
        });
    }
}
