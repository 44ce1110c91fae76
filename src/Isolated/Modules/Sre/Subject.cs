using System.Runtime.CompilerServices;
using System.Text;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Sre;

/// <summary>The string a pattern runs over, indexed by code point (str) or byte (buffers), with
/// the original object kept for Match.string. Exactly one of <see cref="Chars"/>,
/// <see cref="Bytes"/>, <see cref="CodePoints"/> is set: a str without surrogate pairs and a
/// bytes object are used in place (no copy per call, which matters for code such as json's
/// scanner that calls match(s, pos) many times on one long string); other buffers are copied
/// (they are mutable) and strs with surrogate pairs are decoded to code points once.</summary>
public sealed class Subject
{
    public readonly PyObject Original;
    public readonly string? Chars;
    public readonly byte[]? Bytes;
    public readonly int[]? CodePoints;
    public readonly int Length;
    public readonly bool IsBytes;

    Subject(PyObject original, string? chars, byte[]? bytes, int[]? codePoints, int length, bool isBytes)
    {
        Original = original; Chars = chars; Bytes = bytes; CodePoints = codePoints; Length = length; IsBytes = isBytes;
    }

    public int this[int i]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Chars is not null ? Chars[i] : Bytes is not null ? Bytes[i] : CodePoints![i];
    }

    /// <summary>Reads <paramref name="obj"/> as the subject of <paramref name="pattern"/>; null
    /// with TypeError set when it does not fit (a str pattern on bytes or the reverse; a pattern
    /// compiled without source text, as re.Scanner does, takes both).</summary>
    public static Subject? From(ThreadState ts, PyObject obj, PyPattern pattern)
    {
        bool anyKind = ReferenceEquals(pattern.Source, ts.Interpreter.None);
        bool patternIsBytes = pattern.IsBytes;
        if (obj is PyStr s)
        {
            if (patternIsBytes && !anyKind) { ts.Raise(ExceptionKind.TypeError, "cannot use a bytes pattern on a string-like object"); return null; }
            var v = s.Value;
            if (!s.HasSurrogates) return new Subject(obj, v, null, null, v.Length, false);
            var cps = new int[s.CodePointLength];
            int j = 0;
            for (int i = 0; i < v.Length;) cps[j++] = PyStr.NextCodePoint(v, ref i);
            return new Subject(obj, null, null, cps, cps.Length, false);
        }
        if (obj is IBuffer buffer)
        {
            if (!patternIsBytes && !anyKind) { ts.Raise(ExceptionKind.TypeError, "cannot use a string pattern on a bytes-like object"); return null; }
            // bytes are immutable and can be read in place; other buffers may change under a callback.
            var bytes = obj is PyBytes pb ? pb.Value : buffer.AsReadOnlySpan().ToArray();
            return new Subject(obj, null, bytes, null, bytes.Length, true);
        }
        ts.Raise(ExceptionKind.TypeError, $"expected string or bytes-like object, got '{obj.Type.Name}'");
        return null;
    }

    /// <summary>The subject from <paramref name="start"/> to <paramref name="end"/> as a new str or bytes.</summary>
    public PyObject Slice(Interpreter interp, int start, int end)
    {
        if (end < start) end = start;
        if (Bytes is not null) return PyBytes.Create(interp, Bytes.AsSpan(start, end - start).ToArray());
        if (Chars is not null) return interp.Str(Chars.Substring(start, end - start));
        var sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++) AppendCodePoint(sb, CodePoints![i]);
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
