using System.Text;
using Isolated.Runtime;
using Isolated.Text.Unicode;

namespace Isolated.Objects;

// str methods: registration, case mapping, character-class predicates, padding.
public static partial class StrType
{
    static void FillDict(ThreadState? ts0, PyType type)
    {
        type.AddMethod("capitalize", static (ts, self, args, kw) => NoArgs(ts, "str.capitalize", args, kw) ? Capitalize(ts, (PyStr)self) : null);
        type.AddMethod("casefold", static (ts, self, args, kw) => NoArgs(ts, "str.casefold", args, kw) ? MapCase(ts, (PyStr)self, CaseKind.Fold) : null);
        type.AddMethod("lower", static (ts, self, args, kw) => NoArgs(ts, "str.lower", args, kw) ? MapCase(ts, (PyStr)self, CaseKind.Lower) : null);
        type.AddMethod("upper", static (ts, self, args, kw) => NoArgs(ts, "str.upper", args, kw) ? MapCase(ts, (PyStr)self, CaseKind.Upper) : null);
        type.AddMethod("swapcase", static (ts, self, args, kw) => NoArgs(ts, "str.swapcase", args, kw) ? MapCase(ts, (PyStr)self, CaseKind.Swap) : null);
        type.AddMethod("title", static (ts, self, args, kw) => NoArgs(ts, "str.title", args, kw) ? Title(ts, (PyStr)self) : null);
        type.AddMethod("isalnum", static (ts, self, args, kw) => Predicate(ts, "str.isalnum", self, args, kw, UnicodeTables.IsAlnum));
        type.AddMethod("isalpha", static (ts, self, args, kw) => Predicate(ts, "str.isalpha", self, args, kw, UnicodeTables.IsAlpha));
        type.AddMethod("isdecimal", static (ts, self, args, kw) => Predicate(ts, "str.isdecimal", self, args, kw, UnicodeTables.IsDecimal));
        type.AddMethod("isdigit", static (ts, self, args, kw) => Predicate(ts, "str.isdigit", self, args, kw, UnicodeTables.IsDigit));
        type.AddMethod("isnumeric", static (ts, self, args, kw) => Predicate(ts, "str.isnumeric", self, args, kw, UnicodeTables.IsNumeric));
        type.AddMethod("isspace", static (ts, self, args, kw) => Predicate(ts, "str.isspace", self, args, kw, UnicodeTables.IsSpace));
        type.AddMethod("isascii", static (ts, self, args, kw) =>
            NoArgs(ts, "str.isascii", args, kw) ? ts.Interpreter.Bool(System.Text.Ascii.IsValid(((PyStr)self).Value)) : null);
        type.AddMethod("isprintable", static (ts, self, args, kw) =>
        {
            if (!NoArgs(ts, "str.isprintable", args, kw)) return null;
            var v = ((PyStr)self).Value;
            for (int i = 0; i < v.Length;)
                if (!IsPrintable(PyStr.NextCodePoint(v, ref i))) return ts.Interpreter.False;
            return ts.Interpreter.True;
        });
        type.AddMethod("isidentifier", static (ts, self, args, kw) =>
            NoArgs(ts, "str.isidentifier", args, kw) ? ts.Interpreter.Bool(IsIdentifier(((PyStr)self).Value)) : null);
        type.AddMethod("islower", static (ts, self, args, kw) => NoArgs(ts, "str.islower", args, kw) ? ts.Interpreter.Bool(IsCasedAs(((PyStr)self).Value, lower: true)) : null);
        type.AddMethod("isupper", static (ts, self, args, kw) => NoArgs(ts, "str.isupper", args, kw) ? ts.Interpreter.Bool(IsCasedAs(((PyStr)self).Value, lower: false)) : null);
        type.AddMethod("istitle", static (ts, self, args, kw) => NoArgs(ts, "str.istitle", args, kw) ? ts.Interpreter.Bool(IsTitle(((PyStr)self).Value)) : null);
        type.AddMethod("center", static (ts, self, args, kw) => Pad(ts, "center", (PyStr)self, args, kw, 0));
        type.AddMethod("ljust", static (ts, self, args, kw) => Pad(ts, "ljust", (PyStr)self, args, kw, -1));
        type.AddMethod("rjust", static (ts, self, args, kw) => Pad(ts, "rjust", (PyStr)self, args, kw, 1));
        type.AddMethod("zfill", ZFill);
        type.AddMethod("expandtabs", ExpandTabs);
        type.AddMethod("encode", Encode);
        type.AddMethod("find", static (ts, self, args, kw) => Find(ts, "find", (PyStr)self, args, kw, reverse: false, raise: false));
        type.AddMethod("rfind", static (ts, self, args, kw) => Find(ts, "rfind", (PyStr)self, args, kw, reverse: true, raise: false));
        type.AddMethod("index", static (ts, self, args, kw) => Find(ts, "index", (PyStr)self, args, kw, reverse: false, raise: true));
        type.AddMethod("rindex", static (ts, self, args, kw) => Find(ts, "rindex", (PyStr)self, args, kw, reverse: true, raise: true));
        type.AddMethod("count", Count);
        type.AddMethod("startswith", static (ts, self, args, kw) => StartsEnds(ts, "startswith", (PyStr)self, args, kw, atEnd: false));
        type.AddMethod("endswith", static (ts, self, args, kw) => StartsEnds(ts, "endswith", (PyStr)self, args, kw, atEnd: true));
        type.AddMethod("replace", Replace);
        type.AddMethod("split", static (ts, self, args, kw) => Split(ts, "split", (PyStr)self, args, kw, reverse: false));
        type.AddMethod("rsplit", static (ts, self, args, kw) => Split(ts, "rsplit", (PyStr)self, args, kw, reverse: true));
        type.AddMethod("splitlines", SplitLines);
        type.AddMethod("partition", static (ts, self, args, kw) => Partition(ts, "partition", (PyStr)self, args, kw, reverse: false));
        type.AddMethod("rpartition", static (ts, self, args, kw) => Partition(ts, "rpartition", (PyStr)self, args, kw, reverse: true));
        type.AddMethod("strip", static (ts, self, args, kw) => Strip(ts, "strip", (PyStr)self, args, kw, left: true, right: true));
        type.AddMethod("lstrip", static (ts, self, args, kw) => Strip(ts, "lstrip", (PyStr)self, args, kw, left: true, right: false));
        type.AddMethod("rstrip", static (ts, self, args, kw) => Strip(ts, "rstrip", (PyStr)self, args, kw, left: false, right: true));
        type.AddMethod("removeprefix", static (ts, self, args, kw) => RemoveAffix(ts, "removeprefix", (PyStr)self, args, kw, prefix: true));
        type.AddMethod("removesuffix", static (ts, self, args, kw) => RemoveAffix(ts, "removesuffix", (PyStr)self, args, kw, prefix: false));
        type.AddMethod("join", Join);
        type.AddMethod("translate", Translate);
        type.AddClassMethod("maketrans", MakeTrans);
        type.AddMethod("format", static (ts, self, args, kw) => StrFormatter.FormatMethod(ts, (PyStr)self, args, kw));
        type.AddMethod("format_map", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "str.format_map", args, kw, 1, 1)) return null;
            return StrFormatter.FormatMap(ts, (PyStr)self, args[0]);
        });
        type.AddMethod("__format__", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "__format__", args, kw, 1, 1)) return null;
            if (args[0] is not PyStr spec)
                return ts.Raise(ExceptionKind.TypeError, $"__format__() argument must be str, not {args[0].Type.Name}");
            return FormatSpec.FormatStr(ts, (PyStr)self, spec.Value);
        });
        type.AddMethod("__getnewargs__", static (ts, self, args, kw) =>
            NoArgs(ts, "str.__getnewargs__", args, kw) ? ts.Interpreter.Tuple(ts.Interpreter.Str(((PyStr)self).Value)) : null);
        type.AddMethod("__sizeof__", static (ts, self, args, kw) =>
        {
            if (!NoArgs(ts, "str.__sizeof__", args, kw)) return null;
            var v = ((PyStr)self).Value;
            // CPython's compact layouts: 1, 2 or 4 bytes per code point after a fixed header.
            int max = 0;
            for (int i = 0; i < v.Length;) max = Math.Max(max, PyStr.NextCodePoint(v, ref i));
            long size = max < 128 ? 41 + v.Length : max < 256 ? 57 + v.Length : max < 0x10000 ? 58 + 2 * v.Length : 60 + 4 * ((PyStr)self).CodePointLength;
            return ts.Interpreter.Int(size);
        });
    }

    internal static bool NoArgs(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        ArgBinder.CheckPositional(ts, name, args, kwnames, 0, 0);

    // ---- case mapping ----

    enum CaseKind { Lower, Upper, Fold, Swap }

    static PyObject MapCase(ThreadState ts, PyStr self, CaseKind kind)
    {
        var v = self.Value;
        if (System.Text.Ascii.IsValid(v))
        {
            string r = kind switch
            {
                CaseKind.Upper => v.ToUpperInvariant(),
                CaseKind.Lower or CaseKind.Fold => v.ToLowerInvariant(),
                _ => SwapAscii(v),
            };
            return Result(ts, self, r);
        }
        var sb = new StringBuilder(v.Length + 8);
        for (int i = 0; i < v.Length;)
        {
            int start = i;
            int cp = PyStr.NextCodePoint(v, ref i);
            switch (kind)
            {
                case CaseKind.Upper: UnicodeTables.AppendUpper(sb, cp); break;
                case CaseKind.Fold: UnicodeTables.AppendFold(sb, cp); break;
                case CaseKind.Lower: AppendLowerInContext(sb, v, start, i, cp); break;
                default:
                    if (UnicodeTables.IsUpper(cp)) AppendLowerInContext(sb, v, start, i, cp);
                    else if (UnicodeTables.IsLower(cp)) UnicodeTables.AppendUpper(sb, cp);
                    else UnicodeTables.AppendCodePoint(sb, cp);
                    break;
            }
        }
        return ts.Interpreter.Str(sb.ToString());
    }

    static string SwapAscii(string v)
    {
        return string.Create(v.Length, v, static (span, src) =>
        {
            for (int i = 0; i < src.Length; i++)
            {
                char c = src[i];
                span[i] = (uint)(c - 'a') <= 'z' - 'a' ? (char)(c - 32) : (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c + 32) : c;
            }
        });
    }

    /// <summary>Lowercases one code point, applying the Greek final-sigma rule for U+03A3: it
    /// becomes ς when preceded by a cased letter and not followed by one (case-ignorable
    /// characters skipped on both sides).</summary>
    static void AppendLowerInContext(StringBuilder sb, string s, int start, int end, int cp)
    {
        if (cp != 0x3A3) { UnicodeTables.AppendLower(sb, cp); return; }
        bool before = false;
        for (int j = start; j > 0;)
        {
            int c = PreviousCodePoint(s, ref j);
            if (UnicodeTables.IsCaseIgnorable(c)) continue;
            before = UnicodeTables.IsCased(c);
            break;
        }
        bool after = false;
        for (int j = end; j < s.Length;)
        {
            int c = PyStr.NextCodePoint(s, ref j);
            if (UnicodeTables.IsCaseIgnorable(c)) continue;
            after = UnicodeTables.IsCased(c);
            break;
        }
        sb.Append(before && !after ? 'ς' : 'σ');
    }

    static int PreviousCodePoint(string s, ref int i)
    {
        char c = s[--i];
        if (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(s[i - 1]))
        {
            i--;
            return char.ConvertToUtf32(s[i], c);
        }
        return c;
    }

    static PyObject Capitalize(ThreadState ts, PyStr self)
    {
        var v = self.Value;
        if (v.Length == 0) return Result(ts, self, v);
        var sb = new StringBuilder(v.Length + 4);
        int i = 0;
        UnicodeTables.AppendTitle(sb, PyStr.NextCodePoint(v, ref i));
        while (i < v.Length)
        {
            int start = i;
            int cp = PyStr.NextCodePoint(v, ref i);
            AppendLowerInContext(sb, v, start, i, cp);
        }
        return ts.Interpreter.Str(sb.ToString());
    }

    static PyObject Title(ThreadState ts, PyStr self)
    {
        var v = self.Value;
        var sb = new StringBuilder(v.Length + 4);
        bool previousCased = false;
        for (int i = 0; i < v.Length;)
        {
            int start = i;
            int cp = PyStr.NextCodePoint(v, ref i);
            if (previousCased) AppendLowerInContext(sb, v, start, i, cp);
            else UnicodeTables.AppendTitle(sb, cp);
            previousCased = UnicodeTables.IsCased(cp);
        }
        return ts.Interpreter.Str(sb.ToString());
    }

    // ---- predicates ----

    static PyObject? Predicate(ThreadState ts, string name, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, Func<int, bool> test)
    {
        if (!NoArgs(ts, name, args, kw)) return null;
        var v = ((PyStr)self).Value;
        if (v.Length == 0) return ts.Interpreter.False;
        for (int i = 0; i < v.Length;)
            if (!test(PyStr.NextCodePoint(v, ref i))) return ts.Interpreter.False;
        return ts.Interpreter.True;
    }

    /// <summary>str.isidentifier: XID_Start or '_' first, XID_Continue after (PEP 3131).</summary>
    public static bool IsIdentifier(string v)
    {
        if (v.Length == 0) return false;
        int i = 0;
        if (!UnicodeTables.IsXidStart(PyStr.NextCodePoint(v, ref i))) return false;
        while (i < v.Length)
            if (!UnicodeTables.IsXidContinue(PyStr.NextCodePoint(v, ref i))) return false;
        return true;
    }

    /// <summary>islower / isupper: no character of the other case (or titlecase), at least one cased.</summary>
    static bool IsCasedAs(string v, bool lower)
    {
        bool cased = false;
        for (int i = 0; i < v.Length;)
        {
            int cp = PyStr.NextCodePoint(v, ref i);
            bool isLower = UnicodeTables.IsLower(cp), isUpper = UnicodeTables.IsUpper(cp);
            if (lower ? isUpper || UnicodeTables.IsTitle(cp) : isLower || UnicodeTables.IsTitle(cp)) return false;
            if (lower ? isLower : isUpper) cased = true;
        }
        return cased;
    }

    static bool IsTitle(string v)
    {
        bool cased = false, previousCased = false;
        for (int i = 0; i < v.Length;)
        {
            int cp = PyStr.NextCodePoint(v, ref i);
            if (UnicodeTables.IsUpper(cp) || UnicodeTables.IsTitle(cp))
            {
                if (previousCased) return false;
                previousCased = cased = true;
            }
            else if (UnicodeTables.IsLower(cp))
            {
                if (!previousCased) return false;
                previousCased = cased = true;
            }
            else previousCased = false;
        }
        return cased;
    }

    // ---- padding ----

    /// <summary>center (align 0), ljust (-1), rjust (1).</summary>
    static PyObject? Pad(ThreadState ts, string name, PyStr self, ReadOnlySpan<PyObject> args, PyTuple? kw, int align)
    {
        if (!ArgBinder.CheckPositional(ts, name, args, kw, 1, 2)) return null;
        if (!TextArgs.ToSsize(ts, args[0], out long width)) return null;
        string fill = " ";
        if (args.Length > 1)
        {
            if (args[1] is not PyStr f)
                return ts.Raise(ExceptionKind.TypeError, $"The fill character must be a unicode character, not {args[1].Type.Name}");
            if (f.CodePointLength != 1)
                return ts.Raise(ExceptionKind.TypeError, "The fill character must be exactly one character long");
            fill = f.Value;
        }
        long len = self.CodePointLength;
        if (width <= len) return Result(ts, self, self.Value);
        long margin = width - len;
        long left = align switch
        {
            < 0 => 0,
            > 0 => margin,
            _ => margin / 2 + (margin & width & 1),
        };
        return ts.Interpreter.Str(PadString(self.Value, fill, left, margin - left));
    }

    internal static string PadString(string value, string fill, long left, long right)
    {
        if (left + right > int.MaxValue / 4) throw new OutOfMemoryException();
        var sb = new StringBuilder(value.Length + (int)(left + right) * fill.Length);
        for (long i = 0; i < left; i++) sb.Append(fill);
        sb.Append(value);
        for (long i = 0; i < right; i++) sb.Append(fill);
        return sb.ToString();
    }

    static PyObject? ZFill(ThreadState ts, PyObject self0, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var self = (PyStr)self0;
        if (!ArgBinder.CheckPositional(ts, "str.zfill", args, kw, 1, 1)) return null;
        if (!TextArgs.ToSsize(ts, args[0], out long width)) return null;
        long len = self.CodePointLength;
        if (width <= len) return Result(ts, self, self.Value);
        if (width > int.MaxValue / 2) return ts.RaiseNoMemory();
        MemoryAccount.Reserve(ts.Interpreter, 2 * width);
        var v = self.Value;
        var zeros = new string('0', (int)(width - len));
        if (v.Length > 0 && (v[0] == '+' || v[0] == '-'))
            return ts.Interpreter.Str(v[0] + zeros + v.Substring(1));
        return ts.Interpreter.Str(zeros + v);
    }

    static readonly string[] TabSizeParam = ["tabsize"];

    static PyObject? ExpandTabs(ThreadState ts, PyObject self0, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var self = (PyStr)self0;
        Span<PyObject?> a = new PyObject?[1];
        if (!ArgBinder.Bind(ts, "expandtabs", args, kw, TabSizeParam, 0, a)) return null;
        long tabsize = 8;
        if (a[0] is not null && !TextArgs.ToSsize(ts, a[0]!, out tabsize)) return null;
        var v = self.Value;
        if (v.IndexOf('\t') < 0) return Result(ts, self, v);
        var sb = new StringBuilder(v.Length + 16);
        long column = 0;
        for (int i = 0; i < v.Length; i++)
        {
            char c = v[i];
            if (c == '\t')
            {
                if (tabsize > 0)
                {
                    long spaces = tabsize - column % tabsize;
                    if (spaces > int.MaxValue / 2 - sb.Length) return ts.Raise(ExceptionKind.OverflowError, "new string is too long");
                    MemoryAccount.Reserve(ts.Interpreter, 2 * (sb.Length + spaces));
                    sb.Append(' ', (int)spaces);
                    column += spaces;
                }
            }
            else
            {
                sb.Append(c);
                if (c == '\n' || c == '\r') column = 0;
                else if (!char.IsLowSurrogate(c) || i == 0 || !char.IsHighSurrogate(v[i - 1])) column++;
            }
        }
        return ts.Interpreter.Str(sb.ToString());
    }

    static readonly string[] EncodeParams = ["encoding", "errors"];

    static PyObject? Encode(ThreadState ts, PyObject self0, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "encode", args, kw, EncodeParams, 0, a)) return null;
        string encoding = "utf-8", errors = "strict";
        if (a[0] is not null)
        {
            if (a[0] is not PyStr e) return ts.Raise(ExceptionKind.TypeError, $"encode() argument 'encoding' must be str, not {a[0]!.Type.Name}");
            encoding = e.Value;
        }
        if (a[1] is not null)
        {
            if (a[1] is not PyStr e) return ts.Raise(ExceptionKind.TypeError, $"encode() argument 'errors' must be str, not {a[1]!.Type.Name}");
            errors = e.Value;
        }
        var bytes = Text.Codecs.Encode(ts, ((PyStr)self0).Value, encoding, errors);
        return bytes is null ? null : PyBytes.Create(ts.Interpreter, bytes);
    }
}
