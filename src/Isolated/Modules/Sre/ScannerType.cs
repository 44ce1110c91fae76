using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Sre;

/// <summary>The SRE_Scanner type: match() and search() return successive matches, then None.</summary>
public static class ScannerType
{
    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("SRE_Scanner", types.Object, TypeFlags.None, s => { s.New = null; }, FillDict);

    static void FillDict(ThreadState? ts, PyType type)
    {
        type.AddValue("__module__", type.Owner.Str("_sre"));
        type.AddMethod("match", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "match", args, kw, 0, 0) ? Next(ts, (PyScanner)self, search: false) : null);
        type.AddMethod("search", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "search", args, kw, 0, 0) ? Next(ts, (PyScanner)self, search: true) : null);
        type.AddGetSet("pattern", static (ts, self) => ((PyScanner)self).Pattern);
    }

    static PyObject? Next(ThreadState ts, PyScanner sc, bool search)
    {
        if (sc.Exhausted || sc.Pos > sc.EndPos) return ts.Interpreter.None;
        var p = sc.Pattern;
        var m = new Matcher(ts, p.Code, sc.Subject, sc.EndPos, p.Groups) { MustAdvance = sc.MustAdvance };
        int r = search ? m.Search(sc.Pos) : m.Match(sc.Pos);
        if (r < 0) return null;
        if (r == 0)
        {
            sc.Exhausted = true;
            return ts.Interpreter.None;
        }
        var match = PatternType.NewMatch(ts, p, sc.Subject, m, sc.Pos, sc.EndPos);
        sc.MustAdvance = m.MatchEnd == m.MatchStart;
        sc.Pos = m.MatchEnd;
        return match;
    }
}
