using Isolated.Runtime;
using System.Runtime.CompilerServices;

namespace Isolated.Objects;

/// <summary>
/// A Python <c>str</c>. Python strings are sequences of code points; the payload is an immutable
/// .NET string (UTF-16). Most strings have no surrogate pairs, so indexing and len() are O(1) on
/// the UTF-16 units; strings that do have pairs fall back to code-point arithmetic
/// (<see cref="HasSurrogates"/>). The payload is immutable and may be shared between interpreters
/// (DESIGN §2 rule 5); the PyStr object itself never is.
/// Limitation: a lone high surrogate followed by a lone low surrogate is indistinguishable from a
/// real pair in UTF-16 and is treated as one code point.
/// </summary>
public class PyStr : PyObject
{
    public readonly string Value;
    long _hash;
    // 0 = not computed, 1 = no surrogates, 2 = has surrogates
    byte _surrogateState;

    public PyStr(PyType type, string value) : base(type)
    {
        Value = value;
        if (value.Length >= MemoryAccount.Threshold / 2) MemoryAccount.Charge(this, 2L * value.Length);
    }

    public bool HasSurrogates
    {
        get
        {
            if (_surrogateState == 0)
                _surrogateState = (byte)(Value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0 ? 2 : 1);
            return _surrogateState == 2;
        }
    }

    /// <summary>Length in code points.</summary>
    public int CodePointLength => HasSurrogates ? CountCodePoints(Value) : Value.Length;

    static int CountCodePoints(string s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++, n++)
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
        return n;
    }

    /// <summary>Python's hash of a str: stable within the process, never -1.</summary>
    public long Hash
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var h = _hash;
            if (h == 0) h = _hash = ComputeHash(Value);
            return h;
        }
    }

    public static long ComputeHash(string s)
    {
        if (s.Length == 0) return 0;   // CPython's hash('') is 0
        long h = s.GetHashCode();
        if (h == 0 || h == -1) h = -2;
        return h;
    }

    // ---- code-point arithmetic (the UTF-16 index equals the code-point index without surrogates) ----

    /// <summary>The UTF-16 offset of code point number <paramref name="cpIndex"/> (0..length).</summary>
    public int ToUtf16Index(int cpIndex)
    {
        if (!HasSurrogates) return cpIndex;
        return Advance(Value, 0, cpIndex);
    }

    /// <summary>The UTF-16 offset reached by moving <paramref name="cpCount"/> code points forward
    /// from <paramref name="utf16From"/> (stops at the end).</summary>
    public static int Advance(string s, int utf16From, int cpCount)
    {
        int i = utf16From;
        for (int n = 0; n < cpCount && i < s.Length; n++)
            i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
        return i;
    }

    /// <summary>The code-point index of the UTF-16 offset <paramref name="utf16Index"/>.</summary>
    public int ToCodePointIndex(int utf16Index)
    {
        if (!HasSurrogates) return utf16Index;
        var s = Value;
        int n = 0;
        for (int i = 0; i < utf16Index && i < s.Length; n++)
            i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
        return n;
    }

    /// <summary>Reads the code point at UTF-16 offset <paramref name="i"/> and advances past it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int NextCodePoint(string s, ref int i)
    {
        char c = s[i++];
        if (char.IsHighSurrogate(c) && i < s.Length && char.IsLowSurrogate(s[i]))
            return char.ConvertToUtf32(c, s[i++]);
        return c;
    }

    /// <summary>The code points from index <paramref name="start"/> (inclusive) to
    /// <paramref name="end"/> (exclusive), as a .NET string.</summary>
    public string SubstringByCodePoints(int start, int end)
    {
        if (!HasSurrogates) return Value.Substring(start, end - start);
        int a = Advance(Value, 0, start);
        int b = Advance(Value, a, end - start);
        return Value.Substring(a, b - a);
    }

    public override string ToString() => Value;
}
