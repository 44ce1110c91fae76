using System.Text;
using Isolated.Execution.Import;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Sre;

/// <summary>re.Pattern: matching entry points (match/fullmatch/search), the iterating ones
/// (findall/finditer/scanner/split) and substitution (sub/subn with callables or templates).</summary>
public static class PatternType
{
    static readonly string[] FlagNames =
        ["re.IGNORECASE", "re.LOCALE", "re.MULTILINE", "re.DOTALL", "re.UNICODE", "re.VERBOSE", "re.DEBUG", "re.ASCII"];
    static readonly int[] FlagValues = [2, 4, 8, 16, 32, 64, 128, 256];

    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("Pattern", types.Object, TypeFlags.None, s =>
        {
            s.New = null;
            s.Repr = Repr;
            s.Hash = static (ThreadState ts, PyObject self, out long h) =>
            {
                var p = (PyPattern)self;
                h = 0;
                if (!Ops.Hash(ts, p.Source, out long sh)) return false;
                h = sh ^ (p.Flags * 1000003L) ^ p.Code.Length;
                if (h == -1) h = -2;
                return true;
            };
            s.RichCompare = RichCompare;
        }, FillDict);

    static void FillDict(ThreadState? ts, PyType type)
    {
        type.AddValue("__module__", type.Owner.Str("re"));
        type.AddMethod("match", static (ts, self, args, kw) => MatchEntry(ts, self, args, kw, "match", Mode.Match));
        type.AddMethod("fullmatch", static (ts, self, args, kw) => MatchEntry(ts, self, args, kw, "fullmatch", Mode.FullMatch));
        type.AddMethod("search", static (ts, self, args, kw) => MatchEntry(ts, self, args, kw, "search", Mode.Search));
        type.AddMethod("findall", FindAll);
        type.AddMethod("finditer", FindIter);
        type.AddMethod("scanner", static (ts, self, args, kw) => NewScanner(ts, self, args, kw, "scanner"));
        type.AddMethod("split", Split);
        type.AddMethod("sub", static (ts, self, args, kw) => Sub(ts, self, args, kw, "sub", withCount: false));
        type.AddMethod("subn", static (ts, self, args, kw) => Sub(ts, self, args, kw, "subn", withCount: true));
        type.AddMethod("__copy__", static (ts, self, args, kw) => self);
        type.AddMethod("__deepcopy__", static (ts, self, args, kw) => self);
        type.AddClassMethod("__class_getitem__", GenericAliasType.ClassGetItem, "See PEP 585");
        type.AddGetSet("pattern", static (ts, self) => ((PyPattern)self).Source);
        type.AddGetSet("flags", static (ts, self) => ts.Interpreter.Int(((PyPattern)self).Flags));
        type.AddGetSet("groups", static (ts, self) => ts.Interpreter.Int(((PyPattern)self).Groups));
        type.AddGetSet("groupindex", static (ts, self) =>
        {
            var copy = new PyDict(ts.Interpreter.Types.Dict);
            copy.CopyFrom(((PyPattern)self).GroupIndex);
            return new PyMappingProxy(ts.Interpreter.Types.MappingProxy, copy);
        });
    }

    enum Mode { Match, FullMatch, Search }

    static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var p = (PyPattern)self;
        var r = Ops.Repr(ts, p.Source);
        if (r is null) return null;
        var text = ((PyStr)r).Value;
        if (text.Length > 200) text = text.Substring(0, 200);
        int flags = p.Flags;
        if (p.Source is PyStr && (flags & (4 | 32 | 256)) == 32) flags &= ~32;
        if (flags == 0) return ts.Interpreter.Str($"re.compile({text})");
        var sb = new StringBuilder();
        sb.Append("re.compile(").Append(text).Append(", ");
        bool first = true;
        for (int i = 0; i < FlagNames.Length; i++)
        {
            if ((flags & FlagValues[i]) == 0) continue;
            if (!first) sb.Append('|');
            sb.Append(FlagNames[i]);
            first = false;
            flags &= ~FlagValues[i];
        }
        if (flags != 0)
        {
            if (!first) sb.Append('|');
            sb.Append("0x").Append(flags.ToString("x"));
        }
        sb.Append(')');
        return ts.Interpreter.Str(sb.ToString());
    }

    static PyObject? RichCompare(ThreadState ts, PyObject left, PyObject right, CompareOp op)
    {
        var interp = ts.Interpreter;
        if (op is not (CompareOp.Eq or CompareOp.Ne) || right is not PyPattern b) return interp.NotImplemented;
        var a = (PyPattern)left;
        bool equal = ReferenceEquals(a, b);
        if (!equal && a.Flags == b.Flags && a.IsBytes == b.IsBytes && a.Code.AsSpan().SequenceEqual(b.Code))
        {
            int r = Ops.RichCompareBool(ts, a.Source, b.Source, CompareOp.Eq);
            if (r < 0) return null;
            equal = r > 0;
        }
        return interp.Bool(op == CompareOp.Eq ? equal : !equal);
    }

    /// <summary>Clamps pos/endpos to the subject like CPython (endpos never below pos).</summary>
    internal static bool Bounds(ThreadState ts, PyObject? posArg, PyObject? endArg, int length, out int pos, out int end)
    {
        pos = 0; end = length;
        if (posArg is not null)
        {
            if (!Ops.AsIndexSize(ts, posArg, out long p, clamp: true)) return false;
            pos = (int)Math.Clamp(p, 0, length);
        }
        if (endArg is not null)
        {
            if (!Ops.AsIndexSize(ts, endArg, out long e, clamp: true)) return false;
            end = (int)Math.Clamp(e, 0, length);
        }
        if (end < pos) end = pos;
        return true;
    }

    internal static PyMatch NewMatch(ThreadState ts, PyPattern p, Subject s, Matcher m, int pos, int end)
    {
        var spans = new int[2 * (p.Groups + 1)];
        spans[0] = m.MatchStart;
        spans[1] = m.MatchEnd;
        for (int g = 1; g <= p.Groups; g++)
        {
            int a = m.Marks[2 * (g - 1)], b = m.Marks[2 * (g - 1) + 1];
            if (a < 0 || b < 0) { a = -1; b = -1; }
            else if (a > b) (a, b) = (b, a);
            spans[2 * g] = a;
            spans[2 * g + 1] = b;
        }
        return new PyMatch(ts.Interpreter.Types.SreMatch, p, s, spans, pos, end, m.LastIndex);
    }

    static PyObject? MatchEntry(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, string name, Mode mode)
    {
        Span<PyObject?> a = new PyObject?[3];
        if (!ArgBinder.Bind(ts, name, args, kw, ["string", "pos", "endpos"], 1, a)) return null;
        var p = (PyPattern)self;
        var s = Subject.From(ts, a[0]!, p);
        if (s is null) return null;
        if (!Bounds(ts, a[1], a[2], s.Length, out int pos, out int end)) return null;
        var m = new Matcher(ts, p.Code, s, end, p.Groups) { MatchAll = mode == Mode.FullMatch };
        int r = mode == Mode.Search ? m.Search(pos) : m.Match(pos);
        if (r < 0) return null;
        if (r == 0) return ts.Interpreter.None;
        return NewMatch(ts, p, s, m, pos, end);
    }

    static PyObject? NewScanner(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, string name)
    {
        Span<PyObject?> a = new PyObject?[3];
        if (!ArgBinder.Bind(ts, name, args, kw, ["string", "pos", "endpos"], 1, a)) return null;
        var p = (PyPattern)self;
        var s = Subject.From(ts, a[0]!, p);
        if (s is null) return null;
        if (!Bounds(ts, a[1], a[2], s.Length, out int pos, out int end)) return null;
        return new PyScanner(ts.Interpreter.Types.SreScanner, p, s, pos, end);
    }

    static PyObject? FindIter(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var scanner = NewScanner(ts, self, args, kw, "finditer");
        if (scanner is null) return null;
        var search = Ops.GetAttr(ts, scanner, "search");
        if (search is null) return null;
        return new PyCallableIterator(ts.Interpreter.Types.CallableIterator, search, ts.Interpreter.None);
    }

    static PyObject GroupOrEmpty(Interpreter interp, Subject s, Matcher m, int g)
    {
        int a = m.Marks[2 * (g - 1)], b = m.Marks[2 * (g - 1) + 1];
        if (a < 0 || b < 0) return s.Slice(interp, 0, 0);
        return s.Slice(interp, Math.Min(a, b), Math.Max(a, b));
    }

    static PyObject? FindAll(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[3];
        if (!ArgBinder.Bind(ts, "findall", args, kw, ["string", "pos", "endpos"], 1, a)) return null;
        var p = (PyPattern)self;
        var interp = ts.Interpreter;
        var s = Subject.From(ts, a[0]!, p);
        if (s is null) return null;
        if (!Bounds(ts, a[1], a[2], s.Length, out int pos, out int end)) return null;
        var list = new PyList(interp.Types.List);
        var m = new Matcher(ts, p.Code, s, end, p.Groups);
        while (pos <= end)
        {
            int r = m.Search(pos);
            if (r < 0) return null;
            if (r == 0) break;
            PyObject item;
            if (p.Groups == 0) item = s.Slice(interp, m.MatchStart, m.MatchEnd);
            else if (p.Groups == 1) item = GroupOrEmpty(interp, s, m, 1);
            else
            {
                var items = new PyObject[p.Groups];
                for (int g = 1; g <= p.Groups; g++) items[g - 1] = GroupOrEmpty(interp, s, m, g);
                item = interp.Tuple(items);
            }
            list.Append(item);
            m.MustAdvance = m.MatchEnd == m.MatchStart;
            pos = m.MatchEnd;
        }
        return list;
    }

    static PyObject? Split(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "split", args, kw, ["string", "maxsplit"], 1, a)) return null;
        var p = (PyPattern)self;
        var interp = ts.Interpreter;
        var s = Subject.From(ts, a[0]!, p);
        if (s is null) return null;
        long maxsplit = 0;
        if (a[1] is not null && !Ops.AsIndexSize(ts, a[1]!, out maxsplit, clamp: true)) return null;
        var list = new PyList(interp.Types.List);
        var m = new Matcher(ts, p.Code, s, s.Length, p.Groups);
        int last = 0, pos = 0, n = 0;
        while (maxsplit <= 0 || n < maxsplit)
        {
            if (maxsplit < 0) break;
            int r = m.Search(pos);
            if (r < 0) return null;
            if (r == 0) break;
            list.Append(s.Slice(interp, last, m.MatchStart));
            for (int g = 1; g <= p.Groups; g++)
            {
                int ga = m.Marks[2 * (g - 1)], gb = m.Marks[2 * (g - 1) + 1];
                list.Append(ga < 0 || gb < 0 ? interp.None : s.Slice(interp, Math.Min(ga, gb), Math.Max(ga, gb)));
            }
            n++;
            m.MustAdvance = m.MatchEnd == m.MatchStart;
            last = pos = m.MatchEnd;
        }
        list.Append(s.Slice(interp, last, s.Length));
        return list;
    }

    static bool IsLiteralReplacement(PyObject repl)
    {
        if (repl is PyStr rs) return rs.Value.IndexOf('\\') < 0;
        if (repl is IBuffer b) return b.AsReadOnlySpan().IndexOf((byte)'\\') < 0;
        return false;
    }

    /// <summary>re._compile_template(pattern, repl): the pure-Python template parser, cached there.</summary>
    internal static PyTemplate? CompileTemplate(ThreadState ts, PyPattern p, PyObject repl)
    {
        var re = ImportSystem.ImportModuleLevel(ts, "re", null, ts.Interpreter.None, 0);
        if (re is null) return null;
        var fn = Ops.GetAttr(ts, re, "_compile_template");
        if (fn is null) return null;
        var t = Ops.Call(ts, fn, p, repl);
        if (t is null) return null;
        if (t is not PyTemplate template)
        {
            ts.Raise(ExceptionKind.TypeError, "expected a template object");
            return null;
        }
        return template;
    }

    static PyObject? Sub(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, string name, bool withCount)
    {
        Span<PyObject?> a = new PyObject?[3];
        if (!ArgBinder.Bind(ts, name, args, kw, ["repl", "string", "count"], 2, a)) return null;
        var p = (PyPattern)self;
        var interp = ts.Interpreter;
        var repl = a[0]!;
        var s = Subject.From(ts, a[1]!, p);
        if (s is null) return null;
        long count = 0;
        if (a[2] is not null && !Ops.AsIndexSize(ts, a[2]!, out count, clamp: true)) return null;

        PyObject? literal = null;
        PyTemplate? template = null;
        PyObject? callable = null;
        if (repl is PyStr || repl is IBuffer)
        {
            if (IsLiteralReplacement(repl)) literal = repl;
            else if ((template = CompileTemplate(ts, p, repl)) is null) return null;
        }
        else callable = repl;

        var text = new StringBuilder();
        var bytes = new List<byte>();
        var m = new Matcher(ts, p.Code, s, s.Length, p.Groups);
        int i = 0, pos = 0, n = 0, items = 0;
        while (count <= 0 || n < count)
        {
            int r = m.Search(pos);
            if (r < 0) return null;
            if (r == 0) break;
            if (i < m.MatchStart && !Append(ts, s, text, bytes, s.Slice(interp, i, m.MatchStart), ref items)) return null;
            PyObject? item = literal;
            if (template is not null || callable is not null)
            {
                var match = NewMatch(ts, p, s, m, 0, s.Length);
                item = template is not null ? MatchType.ExpandTemplate(ts, template, match) : Ops.Call(ts, callable!, match);
                if (item is null) return null;
            }
            if (!ReferenceEquals(item, interp.None) && !Append(ts, s, text, bytes, item!, ref items)) return null;
            i = m.MatchEnd;
            n++;
            m.MustAdvance = m.MatchEnd == m.MatchStart;
            pos = m.MatchEnd;
        }
        if (i < s.Length && !Append(ts, s, text, bytes, s.Slice(interp, i, s.Length), ref items)) return null;
        PyObject result = s.IsBytes ? PyBytes.Create(interp, bytes.ToArray()) : interp.Str(text.ToString());
        return withCount ? interp.Tuple(result, interp.Int(n)) : result;
    }

    static bool Append(ThreadState ts, Subject s, StringBuilder text, List<byte> bytes, PyObject item, ref int index)
    {
        int position = index++;
        if (s.IsBytes)
        {
            if (item is not IBuffer b)
            {
                ts.Raise(ExceptionKind.TypeError, $"sequence item {position}: expected a bytes-like object, {item.Type.Name} found");
                return false;
            }
            bytes.AddRange(b.AsReadOnlySpan());
            return true;
        }
        if (item is not PyStr str)
        {
            ts.Raise(ExceptionKind.TypeError, $"sequence item {position}: expected str instance, {item.Type.Name} found");
            return false;
        }
        text.Append(str.Value);
        return true;
    }
}
