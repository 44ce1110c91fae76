using Isolated.Execution.Import;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.TextCodecs;

/// <summary>
/// An interpreter's codec registry (CPython's interp->codec_search_path / codec_search_cache /
/// codec_error_registry): the search functions registered with codecs.register, the CodecInfo
/// cache by normalized name, and the error handlers by name. Created on first use; the first
/// lookup imports the <c>encodings</c> package, which registers its search function.
/// </summary>
public sealed class CodecRegistry
{
    public readonly List<PyObject> SearchFunctions = new();
    readonly Dictionary<string, PyObject> _cache = new(StringComparer.Ordinal);
    readonly Dictionary<string, PyObject> _errorHandlers = new(StringComparer.Ordinal);
    bool _encodingsImported;

    public static CodecRegistry Of(Interpreter interp)
    {
        if (interp.CodecState is CodecRegistry r) return r;
        var created = new CodecRegistry();
        interp.CodecState = created;
        return created;
    }

    /// <summary>The normalization codecs.lookup applies before searching: lowercase ASCII, spaces
    /// become underscores (hyphens stay: encodings' search function maps those).</summary>
    public static string Normalize(string encoding)
    {
        bool plain = true;
        foreach (char c in encoding)
            if (c == ' ' || char.IsAsciiLetterUpper(c)) { plain = false; break; }
        if (plain) return encoding;
        var chars = encoding.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            char c = chars[i];
            chars[i] = c == ' ' ? '_' : char.IsAsciiLetterUpper(c) ? (char)(c + 32) : c;
        }
        return new string(chars);
    }

    /// <summary>codecs.lookup(encoding): the CodecInfo, or null with LookupError/TypeError set.</summary>
    public PyObject? Lookup(ThreadState ts, string encoding)
    {
        if (encoding.Contains('\0'))
        {
            ts.Raise(ExceptionKind.ValueError, "embedded null character");
            return null;
        }
        if (!_encodingsImported)
        {
            _encodingsImported = true;
            // Without the stdlib (an embedding with no encodings package) only the codecs built
            // into str.encode/bytes.decode exist: the lookup then reports an unknown encoding.
            if (ImportEncodings(ts) is null)
            {
                if (ts.CurrentException is { } e && e.Type.IsSubtypeOf(ts.Interpreter.ExceptionType(ExceptionKind.ImportError)))
                    ts.CurrentException = null;
                else return null;
            }
        }
        string key = Normalize(encoding);
        if (_cache.TryGetValue(key, out var cached)) return cached;
        var interp = ts.Interpreter;
        var name = interp.Str(key);
        // A search function may register another one: iterate over a snapshot.
        foreach (var search in SearchFunctions.ToArray())
        {
            var result = Ops.Call(ts, search, name);
            if (result is null) return null;
            if (ReferenceEquals(result, interp.None)) continue;
            if (result is not PyTuple { Count: 4 })
            {
                ts.Raise(ExceptionKind.TypeError, "codec search functions must return 4-tuples");
                return null;
            }
            _cache[key] = result;
            return result;
        }
        ts.Raise(ExceptionKind.LookupError, $"unknown encoding: {encoding}");
        return null;
    }

    /// <summary>Imports the stdlib's encodings package. CPython does it at startup, before the
    /// script's directory is on sys.path; here it happens on first use, so sys.path is narrowed to
    /// the stdlib for that import — a script named encodings.py must not stand in for it.</summary>
    static PyObject? ImportEncodings(ThreadState ts)
    {
        var interp = ts.Interpreter;
        if (interp.Modules.GetStr("encodings") is { } loaded) return loaded;
        var sys = Isolated.Modules.Sys.SysState.Of(interp).Sys;
        var stdlib = interp.Runtime.StdlibPath;
        var savedPath = sys?.Dict.GetStr("path");
        if (sys is null || stdlib is null || savedPath is null) return ImportSystem.ImportModule(ts, "encodings");
        sys.Dict.SetStr("path", TextInterop.NewList(ts, [interp.Str(stdlib)]));
        try
        {
            return ImportSystem.ImportModule(ts, "encodings");
        }
        finally
        {
            sys.Dict.SetStr("path", savedPath);
        }
    }

    /// <summary>codecs.unregister(search_function): also clears the cache.</summary>
    public void Unregister(PyObject search)
    {
        int i = SearchFunctions.FindIndex(f => ReferenceEquals(f, search));
        if (i < 0) return;
        SearchFunctions.RemoveAt(i);
        _cache.Clear();
    }

    public void RegisterError(string name, PyObject handler) => _errorHandlers[name] = handler;

    /// <summary>codecs.lookup_error(name): a registered handler or one of the standard ones (as
    /// builtin functions of _codecs), or null with LookupError set.</summary>
    public PyObject? LookupError(ThreadState ts, string name)
    {
        if (_errorHandlers.TryGetValue(name, out var h)) return h;
        if (ErrorHandlerFunctions.Find(name) is { } fn)
        {
            var interp = ts.Interpreter;
            var f = interp.NewBuiltinFunction(fn.FunctionName, interp.None, fn.Function);
            f.Module = interp.Str("_codecs");
            _errorHandlers[name] = f;
            return f;
        }
        ts.Raise(ExceptionKind.LookupError, $"unknown error handler name '{name}'");
        return null;
    }
}
