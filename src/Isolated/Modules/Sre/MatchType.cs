using System.Text;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Sre;

/// <summary>re.Match: group access by number or name, spans, expand() and the attributes.</summary>
public static class MatchType
{
    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("Match", types.Object, TypeFlags.None, s =>
        {
            s.New = null;
            s.Repr = Repr;
            s.GetItem = static (ts, self, key) =>
            {
                var m = (PyMatch)self;
                int g = GroupIndex(ts, m, key);
                return g < 0 ? null : Group(ts, m, g, ts.Interpreter.None);
            };
        }, FillDict);

    static void FillDict(ThreadState? ts, PyType type)
    {
        type.AddValue("__module__", type.Owner.Str("re"));
        type.AddMethod("group", GroupMethod);
        type.AddMethod("groups", static (ts, self, args, kw) => Groups(ts, self, args, kw));
        type.AddMethod("groupdict", GroupDict);
        type.AddMethod("start", static (ts, self, args, kw) => SpanPart(ts, self, args, kw, "start", 0));
        type.AddMethod("end", static (ts, self, args, kw) => SpanPart(ts, self, args, kw, "end", 1));
        type.AddMethod("span", static (ts, self, args, kw) => SpanPart(ts, self, args, kw, "span", 2));
        type.AddMethod("expand", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "expand", args, kw, 1, 1)) return null;
            var m = (PyMatch)self;
            var t = PatternType.CompileTemplate(ts, m.Pattern, args[0]);
            return t is null ? null : ExpandTemplate(ts, t, m);
        });
        type.AddMethod("__copy__", static (ts, self, args, kw) => self);
        type.AddMethod("__deepcopy__", static (ts, self, args, kw) => self);
        type.AddClassMethod("__class_getitem__", GenericAliasType.ClassGetItem, "See PEP 585");
        type.AddGetSet("pos", static (ts, self) => ts.Interpreter.Int(((PyMatch)self).Pos));
        type.AddGetSet("endpos", static (ts, self) => ts.Interpreter.Int(((PyMatch)self).EndPos));
        type.AddGetSet("lastindex", static (ts, self) =>
        {
            var m = (PyMatch)self;
            return m.LastIndex >= 0 ? ts.Interpreter.Int(m.LastIndex) : ts.Interpreter.None;
        });
        type.AddGetSet("lastgroup", static (ts, self) =>
        {
            var m = (PyMatch)self;
            if (m.LastIndex < 0 || m.LastIndex >= m.Pattern.IndexGroup.Count) return ts.Interpreter.None;
            return m.Pattern.IndexGroup.Items[m.LastIndex];
        });
        type.AddGetSet("re", static (ts, self) => ((PyMatch)self).Pattern);
        type.AddGetSet("string", static (ts, self) => ((PyMatch)self).Subject.Original);
        type.AddGetSet("regs", static (ts, self) =>
        {
            var m = (PyMatch)self;
            var interp = ts.Interpreter;
            var items = new PyObject[m.GroupCount];
            for (int g = 0; g < items.Length; g++) items[g] = interp.Tuple(interp.Int(m.Spans[2 * g]), interp.Int(m.Spans[2 * g + 1]));
            return interp.Tuple(items);
        });
    }

    static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var m = (PyMatch)self;
        var group = Group(ts, m, 0, ts.Interpreter.None)!;
        var r = Ops.Repr(ts, group);
        if (r is null) return null;
        var text = ((PyStr)r).Value;
        if (text.Length > 50) text = text.Substring(0, 50);
        return ts.Interpreter.Str($"<re.Match object; span=({m.Spans[0]}, {m.Spans[1]}), match={text}>");
    }

    /// <summary>The group number for an int or a group name; -1 with IndexError set otherwise.</summary>
    static int GroupIndex(ThreadState ts, PyMatch m, PyObject key)
    {
        long g = -1;
        if (Ops.IsIndex(key))
        {
            if (!Ops.AsIndexSize(ts, key, out g, clamp: true)) return -1;
        }
        else if (m.Pattern.GroupIndex.TryGetItem(ts, key, out var value))
        {
            if (value is PyInt i && i.IsSmall) g = i.Small;
        }
        else if (ts.CurrentException is not null) return -1;
        if (g < 0 || g >= m.GroupCount)
        {
            ts.Raise(ExceptionKind.IndexError, "no such group");
            return -1;
        }
        return (int)g;
    }

    static PyObject Group(ThreadState ts, PyMatch m, int g, PyObject missing)
    {
        int a = m.Spans[2 * g], b = m.Spans[2 * g + 1];
        return a < 0 ? missing : m.Subject.Slice(ts.Interpreter, a, b);
    }

    static PyObject? GroupMethod(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.NoKeywords(ts, "group", kw)) return null;
        var m = (PyMatch)self;
        var none = ts.Interpreter.None;
        if (args.Length == 0) return Group(ts, m, 0, none);
        if (args.Length == 1)
        {
            int g = GroupIndex(ts, m, args[0]);
            return g < 0 ? null : Group(ts, m, g, none);
        }
        var items = new PyObject[args.Length];
        for (int i = 0; i < args.Length; i++)
        {
            int g = GroupIndex(ts, m, args[i]);
            if (g < 0) return null;
            items[i] = Group(ts, m, g, none);
        }
        return ts.Interpreter.Tuple(items);
    }

    static PyObject? Groups(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[1];
        if (!ArgBinder.Bind(ts, "groups", args, kw, ["default"], 0, a)) return null;
        var m = (PyMatch)self;
        var missing = a[0] ?? ts.Interpreter.None;
        var items = new PyObject[m.GroupCount - 1];
        for (int g = 1; g < m.GroupCount; g++) items[g - 1] = Group(ts, m, g, missing);
        return ts.Interpreter.Tuple(items);
    }

    static PyObject? GroupDict(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[1];
        if (!ArgBinder.Bind(ts, "groupdict", args, kw, ["default"], 0, a)) return null;
        var m = (PyMatch)self;
        var missing = a[0] ?? ts.Interpreter.None;
        var result = new PyDict(ts.Interpreter.Types.Dict);
        int position = 0;
        while (m.Pattern.GroupIndex.Next(ref position, out var key, out var value))
        {
            int g = GroupIndex(ts, m, value);
            if (g < 0) return null;
            if (!result.TrySetItem(ts, key, Group(ts, m, g, missing))) return null;
        }
        return result;
    }

    static PyObject? SpanPart(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, string name, int part)
    {
        if (!ArgBinder.CheckPositional(ts, name, args, kw, 0, 1)) return null;
        var m = (PyMatch)self;
        int g = 0;
        if (args.Length == 1 && (g = GroupIndex(ts, m, args[0])) < 0) return null;
        var interp = ts.Interpreter;
        int a = m.Spans[2 * g], b = m.Spans[2 * g + 1];
        return part switch
        {
            0 => interp.Int(a),
            1 => interp.Int(b),
            _ => interp.Tuple(interp.Int(a), interp.Int(b)),
        };
    }

    /// <summary>Joins a template's literals with the groups of <paramref name="m"/> (unmatched groups
    /// give empty text, as in 3.12).</summary>
    internal static PyObject? ExpandTemplate(ThreadState ts, PyTemplate t, PyMatch m)
    {
        var interp = ts.Interpreter;
        if (m.Subject.IsBytes)
        {
            var bytes = new List<byte>();
            for (int i = 0; i <= t.Groups.Length; i++)
            {
                if (t.Literals[i] is IBuffer lb) bytes.AddRange(lb.AsReadOnlySpan());
                if (i == t.Groups.Length) break;
                int g = t.Groups[i];
                if (g >= m.GroupCount) return ts.Raise(ExceptionKind.IndexError, "no such group");
                if (m.Spans[2 * g] >= 0)
                    for (int k = m.Spans[2 * g]; k < m.Spans[2 * g + 1]; k++) bytes.Add((byte)m.Subject[k]);
            }
            return PyBytes.Create(interp, bytes.ToArray());
        }
        var sb = new StringBuilder();
        for (int i = 0; i <= t.Groups.Length; i++)
        {
            if (t.Literals[i] is PyStr ls) sb.Append(ls.Value);
            if (i == t.Groups.Length) break;
            int g = t.Groups[i];
            if (g >= m.GroupCount) return ts.Raise(ExceptionKind.IndexError, "no such group");
            if (m.Spans[2 * g] >= 0)
                for (int k = m.Spans[2 * g]; k < m.Spans[2 * g + 1]; k++) Subject.AppendCodePoint(sb, m.Subject[k]);
        }
        return interp.Str(sb.ToString());
    }
}
