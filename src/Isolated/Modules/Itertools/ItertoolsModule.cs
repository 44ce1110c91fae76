using Isolated.Modules.Weakref;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Itertools;

/// <summary>
/// <c>itertools</c>: every iterator is a <see cref="PyItertool"/> subclass with its own Python
/// type (created with the module, one set per interpreter); the types are subclassable.
/// </summary>
public static class ItertoolsModule
{
    delegate PyItertool? Factory(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw);

    static readonly (string Name, Factory Create)[] Kinds =
    [
        ("count", Iterators.Count), ("cycle", Iterators.Cycle), ("repeat", Iterators.Repeat),
        ("accumulate", Iterators.Accumulate), ("chain", Iterators.Chain), ("compress", Iterators.Compress),
        ("dropwhile", Iterators.DropWhile), ("takewhile", Iterators.TakeWhile), ("filterfalse", Iterators.FilterFalse),
        ("groupby", Iterators.GroupBy), ("islice", Iterators.ISlice), ("pairwise", Iterators.Pairwise),
        ("starmap", Iterators.StarMap), ("zip_longest", Iterators.ZipLongest), ("product", Combinatorics.Product),
        ("permutations", Combinatorics.Permutations), ("combinations", Combinatorics.Combinations),
        ("combinations_with_replacement", Combinatorics.CombinationsWithReplacement), ("batched", Iterators.Batched),
        ("_tee", Iterators.TeeNew), ("_grouper", null!),
    ];

    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "itertools");
        m.Dict.SetStr("__doc__", interp.Str("Functional tools for creating and using iterators."));
        foreach (var (name, create) in Kinds)
        {
            var type = MakeType(interp.Types, name, create);
            m.Dict.SetStr(name, type);
        }
        if (m.Dict.GetStr("chain") is PyType chain)
            chain.AddClassMethod("from_iterable", static (ts, cls, args, kw) =>
                ArgBinder.CheckPositional(ts, "from_iterable", args, kw, 1, 1) ? Iterators.ChainFromIterable(ts, (PyType)cls, args[0]) : null);
        WeakrefModule.Add(m, "tee", Iterators.Tee);
        return m;
    }

    static PyType MakeType(BuiltinTypes types, string name, Factory? create) =>
        types.NewBuiltin(name, types.Object, create is null || name == "_tee" ? TypeFlags.None : TypeFlags.BaseType, s =>
        {
            s.New = create is null ? null : (ts, type, args, kw) => create(ts, type, args, kw);
            s.Init = static (ts, self, args, kw) => true;
            s.Iter = static (ts, self) => self;
            // count(), repeat(), cycle() never end: stay interruptible; chains of itertools recurse in C#.
            s.IterNext = static (ts, self) => HostControls.Check(ts) && Ops.EnsureStack(ts) ? ((PyItertool)self).Next(ts) : null;
            s.Repr = static (ts, self) => ((PyItertool)self).Repr(ts) is { } r ? ts.Interpreter.Str(r) : Ops.DefaultRepr(ts, self);
        }, (ts, t) =>
        {
            t.AddValue("__module__", t.Owner.Str("itertools"));
            if (name is "repeat")
                t.AddMethod("__length_hint__", static (ts, self, a, k) => ((Iterators.RepeatIterator)self).LengthHint(ts));
            if (name is "_tee")
                t.AddMethod("__copy__", static (ts, self, a, k) => ((Iterators.TeeIterator)self).Copy());
            if (name is "chain" or "batched" or "zip_longest")
                t.AddClassMethod("__class_getitem__", GenericAliasType.ClassGetItem, "See PEP 585");
        });

    /// <summary>The type named <paramref name="name"/> of this interpreter's itertools module.</summary>
    public static PyType TypeOf(ThreadState ts, string name) =>
        (PyType)((PyModule)ts.Interpreter.Modules.GetStr("itertools")!).Dict.GetStr(name)!;
}
