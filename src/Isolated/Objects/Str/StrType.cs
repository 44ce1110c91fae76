using System.Globalization;
using System.Text;
using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>str</c> type.</summary>
public static class StrType
{
    public static PyType Create(Interpreter interp, BuiltinTypes types) =>
        types.NewBuiltin("str", types.Object, TypeFlags.BaseType | TypeFlags.StrSubclass | TypeFlags.Immutable, s =>
        {
            s.Repr = static (ts, self) => ts.Interpreter.Str(Repr(((PyStr)self).Value));
            s.Str = static (ts, self) => self.GetType() == typeof(PyStr) ? self : ts.Interpreter.Str(((PyStr)self).Value);
            s.Hash = static (ThreadState ts, PyObject self, out long h) => { h = ((PyStr)self).Hash; return true; };
            s.RichCompare = RichCompare;
            s.Length = static (ts, self) => ((PyStr)self).CodePointLength;
        });

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
        for (int i = 0; i < n; i++)
        {
            char x = a[i], y = b[i];
            if (x == y) continue;
            bool xs = char.IsSurrogate(x), ys = char.IsSurrogate(y);
            if (xs != ys && (x >= '\uE000' || y >= '\uE000'))
                return xs ? 1 : -1;  // a surrogate encodes a code point above U+FFFF
            return x < y ? -1 : 1;
        }
        return a.Length.CompareTo(b.Length);
    }

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
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                int cp = char.ConvertToUtf32(c, s[i + 1]);
                if (IsPrintable(cp)) sb.Append(c).Append(s[i + 1]);
                else sb.Append($"\\U{cp:x8}");
                i++;
                continue;
            }
            if (c < ' ' || c == '\x7f') sb.Append($"\\x{(int)c:x2}");
            else if (c < 0x7f) sb.Append(c);
            else if (IsPrintable(c)) sb.Append(c);
            else if (c <= 0xff) sb.Append($"\\x{(int)c:x2}");
            else sb.Append($"\\u{(int)c:x4}");
        }
        sb.Append(quote);
        return sb.ToString();
    }

    /// <summary>str.isprintable for one code point: not in the Unicode categories Other
    /// (Cc, Cf, Cs, Co, Cn) or Separator (Zl, Zp, Zs) except the ASCII space.</summary>
    public static bool IsPrintable(int cp)
    {
        if (cp == ' ') return true;
        var cat = cp <= 0xFFFF
            ? CharUnicodeInfo.GetUnicodeCategory((char)cp)
            : CharUnicodeInfo.GetUnicodeCategory(cp);
        return cat switch
        {
            System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format
                or System.Globalization.UnicodeCategory.Surrogate or System.Globalization.UnicodeCategory.PrivateUse
                or System.Globalization.UnicodeCategory.OtherNotAssigned or System.Globalization.UnicodeCategory.LineSeparator
                or System.Globalization.UnicodeCategory.ParagraphSeparator or System.Globalization.UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }
}
