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
    // The text: a string, or (a str made by concatenating onto a long str) a StrAppendTail, the
    // first Length chars of a buffer that later concatenations append to in place. Such a str
    // becomes a string the first time its Value is read.
    object _text;
    long _hash;
    // 0 = not computed, 1 = no surrogates, 2 = has surrogates
    byte _surrogateState;

    /// <summary>Concatenations whose result is shorter than this build a string at once; longer
    /// ones go through a shared append buffer, so that <c>s += t</c> in a loop is amortised
    /// linear, as in CPython (which resizes a str it holds the only reference to in place).</summary>
    const int AppendBufferMinLength = 256;

    public PyStr(PyType type, string value) : base(type)
    {
        _text = value;
        if (value.Length >= MemoryAccount.Threshold / 2) MemoryAccount.Charge(this, 2L * value.Length);
    }

    PyStr(PyType type, StrAppendTail tail) : base(type)
    {
        _text = tail;
    }

    /// <summary>The text as a .NET string (UTF-16).</summary>
    public string Value
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var t = _text;
            return t.GetType() == typeof(string) ? Unsafe.As<string>(t) : Materialize();
        }
    }

    /// <summary>Length in UTF-16 units, without building the string of an appended str.</summary>
    public int Utf16Length
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var t = _text;
            return t.GetType() == typeof(string) ? Unsafe.As<string>(t).Length : Unsafe.As<StrAppendTail>(t).Length;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    string Materialize()
    {
        var tail = (StrAppendTail)_text;
        var value = new string(tail.Buffer.Chars, 0, tail.Length);
        _text = value;
        if (value.Length >= MemoryAccount.Threshold / 2) MemoryAccount.Charge(this, 2L * value.Length);
        return value;
    }

    /// <summary><paramref name="a"/> + <paramref name="b"/> as a new exact str. A long result
    /// appends <paramref name="b"/> in place to the buffer <paramref name="a"/> ends (when no
    /// other str was appended to it yet), else starts a buffer with room to grow: the strs
    /// sharing a buffer each see only their own prefix of it, which is never written again.</summary>
    public static PyStr Concat(Interpreter interp, PyStr a, PyStr b)
    {
        if (a._text is string x && b._text is string y && x.Length + y.Length < AppendBufferMinLength)
            return interp.Str(string.Concat(x, y));
        return ConcatLong(interp, a, b);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static PyStr ConcatLong(Interpreter interp, PyStr a, PyStr b)
    {
        long total = (long)a.Utf16Length + b.Utf16Length;
        if (total < AppendBufferMinLength) return interp.Str(string.Concat(a.Value, b.Value));
        if (total > Array.MaxLength) throw new OutOfMemoryException();
        var bText = b.Value;
        StrAppendBuffer buffer;
        bool grew;
        if (a._text is StrAppendTail tail && tail.Length == tail.Buffer.Used)
        {
            buffer = tail.Buffer;
            grew = buffer.Append(interp, bText);
        }
        else
        {
            var aText = a.Value;
            buffer = new StrAppendBuffer(interp, (int)Math.Min(Array.MaxLength, total * 2));
            buffer.Append(interp, aText);
            buffer.Append(interp, bText);
            grew = true;
        }
        var result = new PyStr(interp.Types.Str, new StrAppendTail(buffer, (int)total));
        // The memory cap: a new array is charged to the str that made it (approximate: the
        // array lives as long as any str sharing it).
        if (grew) MemoryAccount.Charge(result, 2L * buffer.Chars.Length);
        return result;
    }

    public bool HasSurrogates
    {
        get
        {
            if (_surrogateState == 0)
            {
                bool has = _text is StrAppendTail tail
                    ? tail.Buffer.FirstSurrogate < tail.Length
                    : Value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;
                _surrogateState = (byte)(has ? 2 : 1);
            }
            return _surrogateState == 2;
        }
    }

    /// <summary>Length in code points.</summary>
    public int CodePointLength => HasSurrogates ? CountCodePoints(Value) : Utf16Length;

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
