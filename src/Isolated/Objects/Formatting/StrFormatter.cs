using System.Text;
using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>
/// str.format and str.format_map (PEP 3101): literal text with {{ }} escapes, replacement
/// fields <c>{name[.attr][[key]]!conv:spec}</c>, automatic or manual numbering, nested fields in
/// the spec (two levels), with CPython's error messages.
/// </summary>
public static class StrFormatter
{
    /// <summary>Where field values come from, and the numbering state.</summary>
    sealed class Source
    {
        public ReadOnlySpan<PyObject> Positional => _positional;
        readonly PyObject[] _positional;
        public readonly PyDict? Keywords;
        public readonly PyObject? Mapping;
        /// <summary>0: not decided, 1: automatic, 2: manual.</summary>
        public int Numbering;
        public int NextAuto;

        public Source(PyObject[] positional, PyDict? keywords, PyObject? mapping)
        {
            _positional = positional;
            Keywords = keywords;
            Mapping = mapping;
        }
    }

    public static PyObject? FormatMethod(ThreadState ts, PyStr self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        PyDict? kw = null;
        if (nkw > 0)
        {
            kw = ts.Interpreter.NewDict();
            for (int i = 0; i < nkw; i++)
                kw.SetStr((PyStr)kwnames!.Items[i], args[args.Length - nkw + i]);
        }
        var source = new Source(args[..(args.Length - nkw)].ToArray(), kw, null);
        var sb = new StringBuilder(self.Value.Length + 16);
        if (!Render(ts, self.Value, sb, source, 2)) return null;
        return ts.Interpreter.Str(sb.ToString());
    }

    public static PyObject? FormatMap(ThreadState ts, PyStr self, PyObject mapping)
    {
        var source = new Source([], null, mapping);
        var sb = new StringBuilder(self.Value.Length + 16);
        if (!Render(ts, self.Value, sb, source, 2)) return null;
        return ts.Interpreter.Str(sb.ToString());
    }

    static bool Fail(ThreadState ts, ExceptionKind kind, string message)
    {
        ts.Raise(kind, message);
        return false;
    }

    static bool Render(ThreadState ts, string fmt, StringBuilder sb, Source source, int depth)
    {
        if (depth <= 0) return Fail(ts, ExceptionKind.ValueError, "Max string recursion exceeded");
        int i = 0, n = fmt.Length;
        while (i < n)
        {
            char c = fmt[i];
            if (c == '}')
            {
                if (i + 1 < n && fmt[i + 1] == '}') { sb.Append('}'); i += 2; continue; }
                return Fail(ts, ExceptionKind.ValueError, "Single '}' encountered in format string");
            }
            if (c != '{')
            {
                int next = fmt.IndexOfAny(['{', '}'], i);
                if (next < 0) next = n;
                sb.Append(fmt, i, next - i);
                i = next;
                continue;
            }
            if (i + 1 < n && fmt[i + 1] == '{') { sb.Append('{'); i += 2; continue; }
            if (i + 1 >= n) return Fail(ts, ExceptionKind.ValueError, "Single '{' encountered in format string");
            // Find the matching '}', counting nested braces (nested fields in the spec).
            int start = i + 1, level = 1, j = start;
            bool inBrackets = false;
            for (; j < n; j++)
            {
                char d = fmt[j];
                if (d == '[' && level == 1) inBrackets = true;
                else if (d == ']' && level == 1) inBrackets = false;
                else if (d == '{' && !inBrackets) level++;
                else if (d == '}' && !inBrackets)
                {
                    if (--level == 0) break;
                }
            }
            if (j >= n)
                return Fail(ts, ExceptionKind.ValueError, inBrackets || level > 1 ? "expected '}' before end of string" : "expected '}' before end of string");
            if (!RenderField(ts, fmt.Substring(start, j - start), sb, source, depth)) return false;
            i = j + 1;
        }
        return true;
    }

    static bool RenderField(ThreadState ts, string field, StringBuilder sb, Source source, int depth)
    {
        // Split name, conversion and spec: the name ends at the first ':' or '!' outside brackets.
        int k = 0;
        bool brackets = false;
        for (; k < field.Length; k++)
        {
            char d = field[k];
            if (d == '[') brackets = true;
            else if (d == ']') brackets = false;
            else if (!brackets && (d == ':' || d == '!')) break;
        }
        string name = field.Substring(0, k);
        char conversion = '\0';
        string spec = "";
        if (k < field.Length && field[k] == '!')
        {
            if (k + 1 >= field.Length)
                return Fail(ts, ExceptionKind.ValueError, "unmatched '{' in format spec");
            conversion = field[k + 1];
            k += 2;
            if (k < field.Length && field[k] != ':')
                return Fail(ts, ExceptionKind.ValueError, "expected ':' after conversion specifier");
        }
        if (k < field.Length && field[k] == ':') spec = field.Substring(k + 1);

        var value = ResolveField(ts, name, source);
        if (value is null) return false;
        switch (conversion)
        {
            case '\0': break;
            case 'r': value = Ops.Repr(ts, value); break;
            case 's': value = Ops.Str(ts, value); break;
            case 'a':
                value = Ops.Repr(ts, value);
                if (value is PyStr r) value = ts.Interpreter.Str(StrType.AsciiRepr(r.Value));
                break;
            default:
                return Fail(ts, ExceptionKind.ValueError, conversion > 32 && conversion < 127
                    ? $"Unknown conversion specifier {conversion}"
                    : $"Unknown conversion specifier \\x{(int)conversion:x}");
        }
        if (value is null) return false;
        if (spec.IndexOfAny(['{', '}']) >= 0)
        {
            var nested = new StringBuilder(spec.Length + 8);
            if (!Render(ts, spec, nested, source, depth - 1)) return false;
            spec = nested.ToString();
        }
        var formatted = Ops.Format(ts, value, spec);
        if (formatted is null) return false;
        sb.Append(((PyStr)formatted).Value);
        return true;
    }

    static PyObject? ResolveField(ThreadState ts, string name, Source source)
    {
        var interp = ts.Interpreter;
        int end = 0;
        while (end < name.Length && name[end] != '.' && name[end] != '[') end++;
        string first = name.Substring(0, end);
        PyObject? obj;
        if (first.Length == 0)
        {
            if (source.Numbering == 2)
                return ts.Raise(ExceptionKind.ValueError, "cannot switch from manual field specification to automatic field numbering");
            source.Numbering = 1;
            obj = Positional(ts, source, source.NextAuto++);
        }
        else if (TryParseIndex(first, out long index, out bool tooBig))
        {
            if (tooBig) return ts.Raise(ExceptionKind.ValueError, "Too many decimal digits in format string");
            if (source.Numbering == 1)
                return ts.Raise(ExceptionKind.ValueError, "cannot switch from automatic field numbering to manual field specification");
            source.Numbering = 2;
            obj = Positional(ts, source, index);
        }
        else if (source.Mapping is not null)
            obj = Ops.GetItem(ts, source.Mapping, interp.Str(first));
        else
        {
            obj = source.Keywords?.GetStr(interp.Str(first));
            if (obj is null) return ts.Raise(ExceptionKind.KeyError, first);
        }
        if (obj is null) return null;

        int i = end;
        while (i < name.Length)
        {
            if (name[i] == '.')
            {
                int j = i + 1;
                while (j < name.Length && name[j] != '.' && name[j] != '[') j++;
                if (j == i + 1) return ts.Raise(ExceptionKind.ValueError, "Empty attribute in format string");
                obj = Ops.GetAttr(ts, obj, interp.Str(name.Substring(i + 1, j - i - 1)));
                if (obj is null) return null;
                i = j;
            }
            else
            {
                int close = name.IndexOf(']', i + 1);
                if (close < 0) return ts.Raise(ExceptionKind.ValueError, "Missing ']' in format string");
                if (close == i + 1) return ts.Raise(ExceptionKind.ValueError, "Empty attribute in format string");
                string key = name.Substring(i + 1, close - i - 1);
                PyObject keyObj = TryParseIndex(key, out long ki, out bool big) && !big ? interp.Int(ki) : interp.Str(key);
                obj = Ops.GetItem(ts, obj, keyObj);
                if (obj is null) return null;
                i = close + 1;
                if (i < name.Length && name[i] != '.' && name[i] != '[')
                    return ts.Raise(ExceptionKind.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return obj;
    }

    static PyObject? Positional(ThreadState ts, Source source, long index)
    {
        if (source.Mapping is not null)
            return ts.Raise(ExceptionKind.ValueError, "Format string contains positional fields");
        if (index >= source.Positional.Length)
            return ts.Raise(ExceptionKind.IndexError, $"Replacement index {index} out of range for positional args tuple");
        return source.Positional[(int)index];
    }

    static bool TryParseIndex(string s, out long value, out bool tooBig)
    {
        value = 0;
        tooBig = false;
        if (s.Length == 0) return false;
        foreach (char c in s)
            if ((uint)(c - '0') > 9) return false;
        foreach (char c in s)
        {
            if (value > (long.MaxValue - 9) / 10) { tooBig = true; return true; }
            value = value * 10 + (c - '0');
        }
        return true;
    }
}
