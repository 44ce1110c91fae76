using System.Globalization;
using System.Text;
using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>
/// The <c>str</c> type: slots (repr, hash, comparison, sequence and number protocol) here, the
/// methods in the StrType.*.cs partial files. Indices are code points (see <see cref="PyStr"/>).
/// </summary>
public static partial class StrType
{
    public static PyType Create(Interpreter interp, BuiltinTypes types) =>
        types.NewBuiltin("str", types.Object, TypeFlags.BaseType | TypeFlags.StrSubclass | TypeFlags.Immutable | TypeFlags.SequenceConcat, s =>
        {
            s.Repr = static (ts, self) => ts.Interpreter.Str(Repr(((PyStr)self).Value));
            s.Str = static (ts, self) => self.GetType() == typeof(PyStr) ? self : ts.Interpreter.Str(((PyStr)self).Value);
            s.Hash = static (ThreadState ts, PyObject self, out long h) => { h = ((PyStr)self).Hash; return true; };
            s.RichCompare = RichCompare;
            s.Length = static (ts, self) => ((PyStr)self).CodePointLength;
            s.Contains = Contains;
            s.GetItem = GetItem;
            s.Iter = static (ts, self) => new PyStrIterator(ts.Interpreter.Types.StrIterator, (PyStr)self);
            s.Add = Add;
            s.Multiply = Multiply;
            s.Remainder = Remainder;
            s.New = New;
            s.Init = static (ts, self, args, kw) => true;
        }, FillDict);

    /// <summary>The 256 one-character strings U+0000..U+00FF, so that indexing and iterating
    /// reach the interpreter's one-character cache without allocating.</summary>
    static readonly string[] Latin1Chars = CreateLatin1Chars();

    static string[] CreateLatin1Chars()
    {
        var table = new string[256];
        for (int i = 0; i < 256; i++) table[i] = ((char)i).ToString();
        return table;
    }

    /// <summary>The one-character str for <paramref name="c"/> (cached for U+0000..U+00FF).</summary>
    internal static PyStr CharStr(Interpreter interp, char c) =>
        interp.Str(c < 256 ? Latin1Chars[c] : c.ToString());

    /// <summary>A str result of <paramref name="value"/>; returns <paramref name="original"/>
    /// itself when unchanged and exactly a str (as CPython does for str results).</summary>
    internal static PyStr Result(ThreadState ts, PyStr original, string value) =>
        ReferenceEquals(value, original.Value) && original.GetType() == typeof(PyStr) ? original : ts.Interpreter.Str(value);

    // ---- construction ----

    static readonly string[] NewParams = ["object", "encoding", "errors"];

    static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = new PyObject?[3];
        if (!ArgBinder.Bind(ts, "str", args, kwnames, NewParams, 0, a)) return null;
        string value;
        if (a[1] is null && a[2] is null)
        {
            if (a[0] is null) value = "";
            else
            {
                var s = Ops.Str(ts, a[0]!);
                if (s is null) return null;
                if (ReferenceEquals(type, ts.Interpreter.Types.Str)) return s;
                value = ((PyStr)s).Value;
            }
        }
        else
        {
            string? encoding = null, errors = null;
            if (a[1] is not null)
            {
                if (a[1] is not PyStr e) return ts.Raise(ExceptionKind.TypeError, $"str() argument 'encoding' must be str, not {a[1]!.Type.Name}");
                encoding = e.Value;
            }
            if (a[2] is not null)
            {
                if (a[2] is not PyStr e) return ts.Raise(ExceptionKind.TypeError, $"str() argument 'errors' must be str, not {a[2]!.Type.Name}");
                errors = e.Value;
            }
            var obj = a[0] ?? ts.Interpreter.Types.Bytes.Slots.New!(ts, ts.Interpreter.Types.Bytes, [], null);
            if (obj is null) return null;
            if (obj is PyStr) return ts.Raise(ExceptionKind.TypeError, "decoding str is not supported");
            if (obj is not IBuffer buffer)
                return ts.Raise(ExceptionKind.TypeError, $"decoding to str: need a bytes-like object, {obj.Type.Name} found");
            var decoded = Text.Codecs.Decode(ts, buffer.AsReadOnlySpan(), encoding ?? "utf-8", errors ?? "strict");
            if (decoded is null) return null;
            value = decoded;
        }
        if (ReferenceEquals(type, ts.Interpreter.Types.Str)) return ts.Interpreter.Str(value);
        return new PyStrSubclass(type, value);
    }

    // ---- comparison ----

    static PyObject? RichCompare(ThreadState ts, PyObject self, PyObject other, CompareOp op)
    {
        if (other is not PyStr o) return ts.Interpreter.NotImplemented;
        var a = ((PyStr)self).Value;
        int c = op is CompareOp.Eq or CompareOp.Ne
            ? (a == o.Value ? 0 : 1)
            : CompareCodePoints(a, o.Value);
        return ts.Interpreter.Bool(IntType.CompareResult(c, op));
    }

    /// <summary>Orders strings by code point (ordinal UTF-16 order differs for non-BMP
    /// characters against U+E000..U+FFFF).</summary>
    public static int CompareCodePoints(string a, string b)
    {
        int n = Math.Min(a.Length, b.Length);
        int i = a.AsSpan(0, n).CommonPrefixLength(b.AsSpan(0, n));
        if (i < n)
        {
            char x = a[i], y = b[i];
            if (!char.IsSurrogate(x) && !char.IsSurrogate(y) && (i == 0 || !char.IsHighSurrogate(a[i - 1])))
                return x < y ? -1 : 1;
            // The code points that differ start at i, or at i - 1 when a high surrogate there
            // pairs with what follows in one string only (a lone surrogate is its own code point).
            if (i > 0 && char.IsHighSurrogate(a[i - 1]))
            {
                int p = CodePointAt(a, i - 1), q = CodePointAt(b, i - 1);
                if (p != q) return p < q ? -1 : 1;  // else a lone high surrogate in both
            }
            return CodePointAt(a, i) < CodePointAt(b, i) ? -1 : 1;
        }
        return a.Length.CompareTo(b.Length);
    }

    static int CodePointAt(string s, int i) =>
        char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])
            ? char.ConvertToUtf32(s[i], s[i + 1])
            : s[i];

    // ---- sequence protocol ----

    static int Contains(ThreadState ts, PyObject self, PyObject item)
    {
        if (item is not PyStr sub)
        {
            ts.Raise(ExceptionKind.TypeError, $"'in <string>' requires string as left operand, not {item.Type.Name}");
            return -1;
        }
        return IndexOfCodePoints(((PyStr)self).Value, sub.Value, 0) >= 0 ? 1 : 0;
    }

    static PyObject? GetItem(ThreadState ts, PyObject self, PyObject key)
    {
        var s = (PyStr)self;
        var interp = ts.Interpreter;
        if (key is PyInt || key.Type.Slots.Index is not null && key is not PySlice)
        {
            if (!TextArgs.ToSsize(ts, key, out long i))
            {
                if (ts.CurrentException?.Type == interp.ExceptionType(ExceptionKind.OverflowError))
                {
                    ts.FetchError();
                    return ts.Raise(ExceptionKind.IndexError, "cannot fit 'int' into an index-sized integer");
                }
                return null;
            }
            long n = s.CodePointLength;
            if (i < 0) i += n;
            if (i < 0 || i >= n) return ts.Raise(ExceptionKind.IndexError, "string index out of range");
            if (!s.HasSurrogates) return CharStr(interp, s.Value[(int)i]);
            int at = s.ToUtf16Index((int)i);
            int end = at;
            PyStr.NextCodePoint(s.Value, ref end);
            return interp.Str(s.Value.Substring(at, end - at));
        }
        if (key is PySlice slice)
        {
            long n = s.CodePointLength;
            if (!TextArgs.SliceIndices(ts, slice, n, out long start, out _, out long step, out long count)) return null;
            if (count <= 0) return interp.EmptyStr;
            if (step == 1)
            {
                if (count == n && s.GetType() == typeof(PyStr)) return s;
                return interp.Str(s.SubstringByCodePoints((int)start, (int)(start + count)));
            }
            var sb = new StringBuilder((int)count);
            if (!s.HasSurrogates)
            {
                var v = s.Value;
                for (long k = 0, i = start; k < count; k++, i += step) sb.Append(v[(int)i]);
            }
            else
            {
                var cps = ToCodePoints(s.Value);
                for (long k = 0, i = start; k < count; k++, i += step) Text.Unicode.UnicodeTables.AppendCodePoint(sb, cps[(int)i]);
            }
            return interp.Str(sb.ToString());
        }
        return ts.Raise(ExceptionKind.TypeError, $"string indices must be integers, not '{key.Type.Name}'");
    }

    /// <summary>The code points of <paramref name="s"/> (for the rare strings with surrogate pairs).</summary>
    internal static int[] ToCodePoints(string s)
    {
        var result = new List<int>(s.Length);
        for (int i = 0; i < s.Length;) result.Add(PyStr.NextCodePoint(s, ref i));
        return result.ToArray();
    }

    // ---- number protocol: + * % ----

    static PyObject? Add(ThreadState ts, PyObject left, PyObject right)
    {
        if (left is PyStr a)
        {
            if (right is PyStr b)
            {
                if (a.Utf16Length == 0 && right.GetType() == typeof(PyStr)) return b;
                if (b.Utf16Length == 0 && left.GetType() == typeof(PyStr)) return a;
                return PyStr.Concat(ts.Interpreter, a, b);
            }
            // A Python class may still answer through __radd__.
            if (right.Type.HasFlag(TypeFlags.HeapType)) return ts.Interpreter.NotImplemented;
            return ts.Raise(ExceptionKind.TypeError, $"can only concatenate str (not \"{right.Type.Name}\") to str");
        }
        return ts.Interpreter.NotImplemented;
    }

    static PyObject? Multiply(ThreadState ts, PyObject left, PyObject right)
    {
        PyStr s;
        PyObject count;
        if (left is PyStr ls) { s = ls; count = right; }
        else if (right is PyStr rs) { s = rs; count = left; }
        else return ts.Interpreter.NotImplemented;
        if (count is not PyInt && count.Type.Slots.Index is null)
        {
            if (count.Type.HasFlag(TypeFlags.HeapType) && !ReferenceEquals(count, left)) return ts.Interpreter.NotImplemented;
            return ts.Raise(ExceptionKind.TypeError, $"can't multiply sequence by non-int of type '{count.Type.Name}'");
        }
        var n = TextArgs.ToInt(ts, count);
        if (n is null) return null;
        if (!n.IsSmall)
        {
            if (n.Big!.Value.Sign < 0) return ts.Interpreter.EmptyStr;
            return ts.Raise(ExceptionKind.OverflowError, "cannot fit 'int' into an index-sized integer");
        }
        return Repeat(ts, s, n.Small);
    }

    internal static PyObject? Repeat(ThreadState ts, PyStr s, long n)
    {
        if (n <= 0 || s.Value.Length == 0) return ts.Interpreter.EmptyStr;
        if (n == 1 && s.GetType() == typeof(PyStr)) return s;
        if (n > int.MaxValue / 2 / s.Value.Length)   // not Length * n, which can overflow
            return ts.RaiseNoMemory();
        MemoryAccount.Reserve(ts.Interpreter, 2L * s.Value.Length * n);
        if (s.Value.Length == 1) return ts.Interpreter.Str(new string(s.Value[0], (int)n));
        // Doubling copies with eval-breaker checks between them, as bytes repetition, straight
        // into the new string (no zeroed char array copied once more).
        var fill = new RepeatFill(ts, s.Value);
        var text = string.Create(s.Value.Length * (int)n, fill, static (span, f) => f.Run(span));
        return fill.Stopped ? null : ts.Interpreter.Str(text);
    }

    /// <summary>State of one str repetition filled in place by string.Create; Stopped when an
    /// eval-breaker check raised (the half-filled string is dropped).</summary>
    sealed class RepeatFill(ThreadState ts, string unit)
    {
        public bool Stopped;

        public void Run(Span<char> chars)
        {
            unit.CopyTo(chars);
            int done = unit.Length;
            while (done < chars.Length)
            {
                if (!HostControls.Check(ts)) { Stopped = true; return; }
                int chunk = Math.Min(Math.Min(done, chars.Length - done), SequenceOps.RepeatChunk);
                chars[..chunk].CopyTo(chars[done..]);
                done += chunk;
            }
        }
    }

    static PyObject? Remainder(ThreadState ts, PyObject left, PyObject right)
    {
        if (left is not PyStr format) return ts.Interpreter.NotImplemented;
        // A str subclass on the right with its own __rmod__ goes first (Ops does that); a plain
        // str % x is always %-formatting.
        var r = PercentFormatter.FormatStr(ts, format.Value, right);
        return r is null ? null : ts.Interpreter.Str(r);
    }

    // ---- repr ----

    /// <summary>repr() of a str, with CPython's choice of quotes and escapes.</summary>
    public static string Repr(string s)
    {
        bool hasSingle = s.Contains('\''), hasDouble = s.Contains('"');
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2);
        sb.Append(quote);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == quote || c == '\\') { sb.Append('\\').Append(c); continue; }
            switch (c)
            {
                case '\n': sb.Append("\\n"); continue;
                case '\r': sb.Append("\\r"); continue;
                case '\t': sb.Append("\\t"); continue;
            }
            if (c < ' ' || c == '\x7f') { AppendHex(sb, 'x', c, 2); continue; }
            if (c < 0x7f) { sb.Append(c); continue; }
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                int cp = char.ConvertToUtf32(c, s[i + 1]);
                if (IsPrintable(cp)) sb.Append(c).Append(s[i + 1]);
                else AppendHex(sb, 'U', cp, 8);
                i++;
                continue;
            }
            if (IsPrintable(c)) sb.Append(c);
            else if (c <= 0xff) AppendHex(sb, 'x', c, 2);
            else AppendHex(sb, 'u', c, 4);
        }
        sb.Append(quote);
        return sb.ToString();
    }

    /// <summary>ascii(): repr with every non-ASCII character escaped.</summary>
    public static string AsciiRepr(string repr)
    {
        int i = 0;
        while (i < repr.Length && repr[i] < 128) i++;
        if (i == repr.Length) return repr;
        var sb = new StringBuilder(repr.Length + 16);
        sb.Append(repr, 0, i);
        while (i < repr.Length)
        {
            int cp = PyStr.NextCodePoint(repr, ref i);
            if (cp < 128) sb.Append((char)cp);
            else if (cp <= 0xff) AppendHex(sb, 'x', cp, 2);
            else if (cp <= 0xffff) AppendHex(sb, 'u', cp, 4);
            else AppendHex(sb, 'U', cp, 8);
        }
        return sb.ToString();
    }

    static void AppendHex(StringBuilder sb, char kind, int value, int digits)
    {
        sb.Append('\\').Append(kind);
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
            sb.Append("0123456789abcdef"[(value >> shift) & 0xf]);
    }

    /// <summary>str.isprintable for one code point: not in the Unicode categories Other
    /// (Cc, Cf, Cs, Co, Cn) or Separator (Zl, Zp, Zs) except the ASCII space.</summary>
    public static bool IsPrintable(int cp) =>
        (cp & 0xF800) == 0xD800 ? false : Text.Unicode.UnicodeTables.IsPrintable(cp);
}
