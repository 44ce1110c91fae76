using Isolated.Modules.Binary;
using Isolated.Modules.Weakref;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Struct;

/// <summary><c>_struct</c>: pack/unpack through compiled formats, cached per interpreter as
/// CPython does (up to <see cref="CacheLimit"/> formats, then the cache starts over).</summary>
public static class StructModule
{
    const int CacheLimit = 100;

    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var binary = interp.Types.Binary;
        var error = binary.StructError(ts);
        if (error is null) return null;
        var m = ModuleType.New(interp, "_struct");
        m.Dict.SetStr("__doc__", interp.Str(Doc));
        m.Dict.SetStr("error", error);
        m.Dict.SetStr("Struct", binary.Struct);
        WeakrefModule.Add(m, "_clearcache", static (ts, s, a, k) =>
        {
            ts.Interpreter.Types.Binary.StructCache.Clear();
            return ts.Interpreter.None;
        });
        WeakrefModule.Add(m, "calcsize", static (ts, s, a, k) =>
            ArgBinder.CheckPositional(ts, "calcsize", a, k, 1, 1) && Cached(ts, a[0]) is { } l ? ts.Interpreter.Int(l.Size) : null);
        WeakrefModule.Add(m, "pack", static (ts, s, a, k) =>
        {
            if (!ArgBinder.NoKeywords(ts, "pack", k)) return null;
            if (a.Length < 1) return ts.Raise(ExceptionKind.TypeError, "pack expected at least 1 argument, got 0");
            var l = Cached(ts, a[0]);
            return l is null ? null : StructType.Pack(ts, l, a[1..]);
        });
        WeakrefModule.Add(m, "pack_into", static (ts, s, a, k) =>
        {
            if (!ArgBinder.NoKeywords(ts, "pack_into", k)) return null;
            if (a.Length < 1) return ts.Raise(ExceptionKind.TypeError, "pack_into expected at least 1 argument, got 0");
            var l = Cached(ts, a[0]);
            return l is null ? null : StructType.PackInto(ts, l, a[1..]);
        });
        WeakrefModule.Add(m, "unpack", static (ts, s, a, k) =>
            ArgBinder.CheckPositional(ts, "unpack", a, k, 2, 2) && Cached(ts, a[0]) is { } l ? StructType.Unpack(ts, l, a[1]) : null);
        WeakrefModule.Add(m, "unpack_from", static (ts, s, a, k) =>
        {
            Span<PyObject?> b = new PyObject?[3];
            if (!ArgBinder.Bind(ts, "unpack_from", a, k, UnpackFromParams, 2, b, positionalOnly: 1)) return null;
            var l = Cached(ts, b[0]!);
            return l is null ? null : StructType.UnpackFrom(ts, l, b[1]!, b[2]);
        });
        WeakrefModule.Add(m, "iter_unpack", static (ts, s, a, k) =>
            ArgBinder.CheckPositional(ts, "iter_unpack", a, k, 2, 2) && Cached(ts, a[0]) is { } l ? StructType.IterUnpack(ts, l, a[1]) : null);
        return m;
    }

    static readonly string[] UnpackFromParams = ["", "buffer", "offset"];

    /// <summary>Raises struct.error with <paramref name="message"/>.</summary>
    public static void RaiseError(ThreadState ts, string message)
    {
        var error = ts.Interpreter.Types.Binary.StructError(ts);
        if (error is not null) ts.Raise(error, message);
    }

    /// <summary>A format argument (str or bytes) compiled.</summary>
    public static StructLayout? CompileFormat(ThreadState ts, PyObject format)
    {
        string? text = format switch
        {
            PyStr s => s.Value,
            PyBytes b => System.Text.Encoding.Latin1.GetString(b.Value),
            _ => null,
        };
        if (text is null)
        {
            ts.Raise(ExceptionKind.TypeError, $"Struct() argument 1 must be a str or bytes object, not {format.Type.Name}");
            return null;
        }
        return StructLayout.Compile(ts, text);
    }

    static StructLayout? Cached(ThreadState ts, PyObject format)
    {
        var cache = ts.Interpreter.Types.Binary.StructCache;
        string? key = format switch { PyStr s => s.Value, PyBytes b => "b" + System.Text.Encoding.Latin1.GetString(b.Value), _ => null };
        if (key is not null && cache.TryGetValue(key, out var hit)) return hit;
        var layout = CompileFormat(ts, format);
        if (layout is null || key is null) return layout;
        if (cache.Count >= CacheLimit) cache.Clear();
        cache[key] = layout;
        return layout;
    }

    const string Doc = "Functions to convert between Python values and C structs.\nPython bytes objects are used to hold the data representing the C struct\nand also as format strings (explained below) to describe the layout of data\nin the C struct.\n\nThe optional first format char indicates byte order, size and alignment:\n  @: native order, size & alignment (default)\n  =: native order, std. size & alignment\n  <: little-endian, std. size & alignment\n  >: big-endian, std. size & alignment\n  !: same as >\n\nThe remaining chars indicate types of args and must match exactly;\nthese can be preceded by a decimal repeat count:\n  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;\n  ?: _Bool (requires C99; if not available, char is used instead)\n  h:short; H:unsigned short; i:int; I:unsigned int;\n  l:long; L:unsigned long; f:float; d:double; e:half-float.\nSpecial cases (preceding decimal count indicates length):\n  s:string (array of char); p: pascal string (with count byte).\nSpecial cases (only available in native format):\n  n:ssize_t; N:size_t;\n  P:an integer type that is wide enough to hold a pointer.\nSpecial case (not in native mode unless 'long long' in platform C compiler):\n  q:long long; Q:unsigned long long\nWhitespace between formats is ignored.\n\nThe variable struct.error is an exception raised on errors.\n";
}
