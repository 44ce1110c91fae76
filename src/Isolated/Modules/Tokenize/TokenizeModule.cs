using Isolated.Modules.Weakref;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Tokenize;

/// <summary>
/// <c>_tokenize</c>: tokenize.py imports it at load time, so that linecache, traceback and
/// tokenize.open/detect_encoding work. Its TokenizerIter (CPython's C tokenizer as an iterator of
/// token tuples, behind tokenize.generate_tokens/tokenize.tokenize) is not written yet and says so.
/// </summary>
public static class TokenizeModule
{
    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "_tokenize");
        WeakrefModule.Add(m, "TokenizerIter", static (ts, self, args, kw) =>
            ts.Raise(ExceptionKind.NotImplementedError,
                "_tokenize.TokenizerIter (tokenize.generate_tokens/tokenize.tokenize) is not implemented in Isolated yet"));
        return m;
    }
}
