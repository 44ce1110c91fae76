using Isolated.Modules.Weakref;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.StringSupport;

/// <summary>
/// <c>_string</c>: the format-string parser behind string.Formatter. formatter_parser yields
/// (literal, field_name, format_spec, conversion) and formatter_field_name_split splits a field
/// name into its first part and (is_attribute, key) accessors, with str.format's lexing rules and
/// messages. Both parse eagerly, so a malformed string fails when the iterator is made rather
/// than part-way through it (the caller sees the same exception).
/// </summary>
public static class StringModule
{
    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "_string");
        m.Dict.SetStr("__doc__", interp.Str("string helper module"));
        WeakrefModule.Add(m, "formatter_parser", FormatterParser);
        WeakrefModule.Add(m, "formatter_field_name_split", FieldNameSplit);
        return m;
    }

    static PyObject? FormatterParser(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "formatter_parser", args, kw, 1, 1)) return null;
        if (args[0] is not PyStr s) return ts.Raise(ExceptionKind.TypeError, $"expected str, got {args[0].Type.Name}");
        var interp = ts.Interpreter;
        var items = new List<PyObject>();
        string fmt = s.Value;
        int i = 0, n = fmt.Length;
        var literal = new System.Text.StringBuilder();
        while (i < n)
        {
            char c = fmt[i];
            if (c != '{' && c != '}') { literal.Append(c); i++; continue; }
            if (i + 1 < n && fmt[i + 1] == c)
            {
                // An escaped brace ends the literal run (CPython yields it with no field).
                literal.Append(c);
                i += 2;
                items.Add(interp.Tuple(interp.Str(literal.ToString()), interp.None, interp.None, interp.None));
                literal.Clear();
                continue;
            }
            if (c == '}') return ts.Raise(ExceptionKind.ValueError, "Single '}' encountered in format string");
            if (i + 1 >= n) return ts.Raise(ExceptionKind.ValueError, "Single '{' encountered in format string");
            int start = i + 1, level = 1, j = start;
            bool inBrackets = false;
            for (; j < n; j++)
            {
                char d = fmt[j];
                if (d == '[' && level == 1) inBrackets = true;
                else if (d == ']' && level == 1) inBrackets = false;
                else if (d == '{' && !inBrackets) level++;
                else if (d == '}' && !inBrackets && --level == 0) break;
            }
            if (j >= n) return ts.Raise(ExceptionKind.ValueError, "expected '}' before end of string");
            string field = fmt.Substring(start, j - start);
            int k = 0;
            bool brackets = false;
            for (; k < field.Length; k++)
            {
                char d = field[k];
                if (d == '[') brackets = true;
                else if (d == ']') brackets = false;
                else if (!brackets && (d == ':' || d == '!')) break;
            }
            PyObject conversion = interp.None;
            if (k < field.Length && field[k] == '!')
            {
                if (k + 1 >= field.Length) return ts.Raise(ExceptionKind.ValueError, "unmatched '{' in format spec");
                conversion = interp.Str(field[k + 1].ToString());
                if (k + 2 < field.Length && field[k + 2] != ':') return ts.Raise(ExceptionKind.ValueError, "expected ':' after conversion specifier");
                k += 2;
            }
            string name = field.Substring(0, ReferenceEquals(conversion, interp.None) ? k : k - 2);
            string spec = k < field.Length && field[k] == ':' ? field.Substring(k + 1) : "";
            items.Add(interp.Tuple(interp.Str(literal.ToString()), interp.Str(name), interp.Str(spec), conversion));
            literal.Clear();
            i = j + 1;
        }
        if (literal.Length > 0) items.Add(interp.Tuple(interp.Str(literal.ToString()), interp.None, interp.None, interp.None));
        return Ops.GetIter(ts, TextInterop.NewList(ts, items));
    }

    static PyObject? FieldNameSplit(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "formatter_field_name_split", args, kw, 1, 1)) return null;
        if (args[0] is not PyStr s) return ts.Raise(ExceptionKind.TypeError, $"expected str, got {args[0].Type.Name}");
        var interp = ts.Interpreter;
        string name = s.Value;
        int end = 0;
        while (end < name.Length && name[end] != '.' && name[end] != '[') end++;
        PyObject first = Key(interp, name.Substring(0, end));
        var rest = new List<PyObject>();
        int i = end;
        while (i < name.Length)
        {
            if (name[i] == '.')
            {
                int j = i + 1;
                while (j < name.Length && name[j] != '.' && name[j] != '[') j++;
                if (j == i + 1) return ts.Raise(ExceptionKind.ValueError, "Empty attribute in format string");
                rest.Add(interp.Tuple(interp.True, interp.Str(name.Substring(i + 1, j - i - 1))));
                i = j;
                continue;
            }
            int close = name.IndexOf(']', i + 1);
            if (close < 0) return ts.Raise(ExceptionKind.ValueError, "Missing ']' in format string");
            if (close == i + 1) return ts.Raise(ExceptionKind.ValueError, "Empty attribute in format string");
            rest.Add(interp.Tuple(interp.False, Key(interp, name.Substring(i + 1, close - i - 1))));
            i = close + 1;
            if (i < name.Length && name[i] != '.' && name[i] != '[')
                return ts.Raise(ExceptionKind.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
        var iterator = Ops.GetIter(ts, TextInterop.NewList(ts, rest));
        return iterator is null ? null : interp.Tuple(first, iterator);
    }

    /// <summary>A decimal key becomes an int, anything else stays a str (as str.format does).</summary>
    static PyObject Key(Interpreter interp, string key)
    {
        if (key.Length > 0 && key.Length < 19 && key.All(char.IsAsciiDigit)) return interp.Int(long.Parse(key));
        return interp.Str(key);
    }
}
