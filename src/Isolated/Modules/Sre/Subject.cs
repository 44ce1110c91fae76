using System.Text;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Sre;

/// <summary>The string a pattern runs over, as code points (str) or byte values (buffers), with the
/// original object kept for Match.string and for slicing results back into str or bytes.</summary>
public sealed class Subject
{
    public readonly PyObject Original;
    public readonly int[] Text;
    public readonly bool IsBytes;
    /// <summary>The .NET string when code-point and UTF-16 positions agree (no surrogate pairs).</summary>
    readonly string? _plain;

    Subject(PyObject original, int[] text, bool isBytes, string? plain)
    {
        Original = original; Text = text; IsBytes = isBytes; _plain = plain;
    }

    public int Length => Text.Length;

    /// <summary>Reads <paramref name="obj"/> for a pattern over str (or bytes when
    /// <paramref name="patternIsBytes"/>); null with TypeError set when it does not fit.</summary>
    public static Subject? From(ThreadState ts, PyObject obj, bool patternIsBytes)
    {
        if (obj is PyStr s)
        {
            if (patternIsBytes) { ts.Raise(ExceptionKind.TypeError, "cannot use a bytes pattern on a string-like object"); return null; }
            var v = s.Value;
            if (!s.HasSurrogates)
            {
                var chars = new int[v.Length];
                for (int i = 0; i < v.Length; i++) chars[i] = v[i];
                return new Subject(obj, chars, false, v);
            }
            var cps = new int[s.CodePointLength];
            int j = 0;
            for (int i = 0; i < v.Length;) cps[j++] = PyStr.NextCodePoint(v, ref i);
            return new Subject(obj, cps, false, null);
        }
        if (obj is IBuffer buffer)
        {
            if (!patternIsBytes) { ts.Raise(ExceptionKind.TypeError, "cannot use a string pattern on a bytes-like object"); return null; }
            var span = buffer.AsReadOnlySpan();
            var bytes = new int[span.Length];
            for (int i = 0; i < span.Length; i++) bytes[i] = span[i];
            return new Subject(obj, bytes, true, null);
        }
        ts.Raise(ExceptionKind.TypeError, $"expected string or bytes-like object, got '{obj.Type.Name}'");
        return null;
    }

    /// <summary>Text[start..end] as a new str or bytes.</summary>
    public PyObject Slice(Interpreter interp, int start, int end)
    {
        if (end < start) end = start;
        if (IsBytes)
        {
            var b = new byte[end - start];
            for (int i = 0; i < b.Length; i++) b[i] = (byte)Text[start + i];
            return PyBytes.Create(interp, b);
        }
        if (_plain is not null) return interp.Str(_plain.Substring(start, end - start));
        var sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++) AppendCodePoint(sb, Text[i]);
        return interp.Str(sb.ToString());
    }

    public static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);
        else
        {
            cp -= 0x10000;
            sb.Append((char)(0xD800 + (cp >> 10)));
            sb.Append((char)(0xDC00 + (cp & 0x3FF)));
        }
    }
}
