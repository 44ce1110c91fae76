using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Sre;

/// <summary>
/// <c>_sre</c>: the regular-expression engine under the pure-Python <c>re</c> package. re._compiler
/// turns a pattern into a list of opcodes (see <see cref="SreOp"/>) and hands it to
/// <c>_sre.compile</c>; everything else (Pattern, Match, Scanner, templates) lives in this folder.
/// </summary>
public static class SreModule
{
    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "_sre");
        m.Dict.SetStr("MAGIC", interp.Int(SreOp.Magic));
        m.Dict.SetStr("CODESIZE", interp.Int(4));
        m.Dict.SetStr("MAXREPEAT", interp.Int(SreOp.MaxRepeat));
        m.Dict.SetStr("MAXGROUPS", interp.Int(SreOp.MaxGroups));
        m.Dict.SetStr("copyright", interp.Str("SRE engine for Isolated"));
        Add(m, "compile", Compile);
        Add(m, "template", Template);
        Add(m, "getcodesize", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "getcodesize", args, kw, 0, 0) ? ts.Interpreter.Int(4) : null);
        Add(m, "ascii_iscased", static (ts, self, args, kw) => CharFunction(ts, args, kw, "ascii_iscased", 0));
        Add(m, "unicode_iscased", static (ts, self, args, kw) => CharFunction(ts, args, kw, "unicode_iscased", 1));
        Add(m, "ascii_tolower", static (ts, self, args, kw) => CharFunction(ts, args, kw, "ascii_tolower", 2));
        Add(m, "unicode_tolower", static (ts, self, args, kw) => CharFunction(ts, args, kw, "unicode_tolower", 3));
        return m;
    }

    static void Add(PyModule m, string name, BuiltinMethod fn)
    {
        var interp = m.Type.Owner;
        var f = interp.NewBuiltinFunction(name, m, fn);
        f.Module = interp.Str("_sre");
        m.Dict.SetStr(interp.Intern(name), f);
    }

    static PyObject? CharFunction(ThreadState ts, ReadOnlySpan<PyObject> args, PyTuple? kw, string name, int which)
    {
        if (!ArgBinder.CheckPositional(ts, name, args, kw, 1, 1)) return null;
        if (!Ops.AsInt32(ts, args[0], out int ch)) return null;
        var interp = ts.Interpreter;
        return which switch
        {
            0 => interp.Bool(ch < 128 && (uint)((ch | 0x20) - 'a') <= 25),
            1 => interp.Bool(ch != CharClass.LowerUnicode(ch) || ch != CharClass.UpperUnicode(ch)),
            2 => interp.Int(ch < 128 ? CharClass.LowerAscii(ch) : ch),
            _ => interp.Int(CharClass.LowerUnicode(ch)),
        };
    }

    static PyObject? Compile(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[6];
        if (!ArgBinder.Bind(ts, "compile", args, kw, ["pattern", "flags", "code", "groups", "groupindex", "indexgroup"], 6, a)) return null;
        var interp = ts.Interpreter;
        if (!Ops.AsInt32(ts, a[1]!, out int flags)) return null;
        if (a[2] is not PyList codeList) return ts.Raise(ExceptionKind.TypeError, $"compile() argument 'code' must be list, not {a[2]!.Type.Name}");
        var code = new uint[codeList.Count];
        for (int i = 0; i < code.Length; i++)
        {
            if (!Ops.AsLong(ts, codeList.Items[i], out long v)) return null;
            if (v < 0 || v > uint.MaxValue) return ts.Raise(ExceptionKind.OverflowError, "regular expression code size limit exceeded");
            code[i] = (uint)v;
        }
        if (code.Length == 0) return ts.Raise(ExceptionKind.RuntimeError, "invalid SRE code");
        if (!Ops.AsInt32(ts, a[3]!, out int groups)) return null;
        if (a[4] is not PyDict groupIndex) return ts.Raise(ExceptionKind.TypeError, $"compile() argument 'groupindex' must be dict, not {a[4]!.Type.Name}");
        if (a[5] is not PyTuple indexGroup) return ts.Raise(ExceptionKind.TypeError, $"compile() argument 'indexgroup' must be tuple, not {a[5]!.Type.Name}");
        var source = a[0]!;
        bool isBytes = source is not PyStr && source is IBuffer;
        return new PyPattern(interp.Types.SrePattern, source, flags, code, groups, groupIndex, indexGroup, isBytes);
    }

    static PyObject? Template(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "template", args, kw, 2, 2)) return null;
        if (args[1] is not PyList list) return ts.Raise(ExceptionKind.TypeError, $"template() argument 2 must be list, not {args[1].Type.Name}");
        int n = list.Count / 2;
        if (list.Count != 2 * n + 1) return ts.Raise(ExceptionKind.TypeError, "invalid template");
        var literals = new PyObject?[n + 1];
        var groups = new int[n];
        for (int i = 0; i <= n; i++)
        {
            var lit = list.Items[2 * i];
            literals[i] = ReferenceEquals(lit, ts.Interpreter.None) ? null : lit;
            if (i == n) break;
            if (!Ops.AsInt32(ts, list.Items[2 * i + 1], out int g)) return null;
            if (g < 0) return ts.Raise(ExceptionKind.TypeError, "invalid template");
            groups[i] = g;
        }
        return new PyTemplate(ts.Interpreter.Types.SreTemplate, literals, groups);
    }
}
