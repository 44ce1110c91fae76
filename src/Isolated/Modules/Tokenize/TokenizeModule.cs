using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Tokenize;

/// <summary>
/// <c>_tokenize</c>: the tokenizer behind tokenize.generate_tokens/tokenize.tokenize (and so inspect.getsource,
/// pyclbr, tabnanny, doctest, trace), as CPython 3.12's C module: one type, <see cref="PyTokenizerIter"/>.
/// </summary>
public static class TokenizeModule
{
    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "_tokenize");
        var type = interp.Types.NewBuiltin("TokenizerIter", interp.Types.Object, TypeFlags.BaseType, s =>
        {
            s.New = New;
            s.Init = static (ts, self, args, kw) => true;
            s.Iter = static (ts, self) => self;
            s.IterNext = static (ts, self) => ((PyTokenizerIter)self).Next(ts);
        }, static (ts, t) => t.AddValue("__module__", t.Owner.Str("_tokenize")));
        m.Dict.SetStr("TokenizerIter", type);
        return m;
    }

    private static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[3];
        if (!ArgBinder.Bind(ts, "tokenizeriter", args, kw, ["readline", "extra_tokens", "encoding"], 2, a, keywordOnlyFrom: 1))
            return null;
        int extra = Ops.IsTrue(ts, a[1]!);
        if (extra < 0)
            return null;
        string? encoding = null;
        if (a[2] is { } enc && !ReferenceEquals(enc, ts.Interpreter.None))
        {
            if (enc is not PyStr s)
                return ts.Raise(ExceptionKind.TypeError, $"tokenizeriter() argument 'encoding' must be str, not {enc.Type.Name}");
            encoding = s.Value;
        }
        return new PyTokenizerIter(type, a[0]!, encoding, extra != 0);
    }
}
