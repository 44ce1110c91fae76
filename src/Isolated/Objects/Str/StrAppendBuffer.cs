using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>
/// The buffer behind strs made by concatenating onto a long str (<see cref="PyStr.Concat"/>).
/// Chars are only ever appended past <see cref="Used"/>, never rewritten, so every str that
/// shares the buffer keeps seeing its own prefix; growing copies into a bigger array
/// (capacity doubles, so a chain of appends is amortised linear).
/// </summary>
sealed class StrAppendBuffer
{
    public char[] Chars;
    public int Used;
    /// <summary>Index of the first surrogate char in the buffer (int.MaxValue: none), so a
    /// prefix knows whether it has surrogates without building its string.</summary>
    public int FirstSurrogate = int.MaxValue;

    public StrAppendBuffer(Interpreter interp, int capacity)
    {
        MemoryAccount.Reserve(interp, 2L * capacity);
        Chars = GC.AllocateUninitializedArray<char>(capacity);
    }

    /// <summary>Appends <paramref name="text"/>; true when that needed a bigger array.</summary>
    public bool Append(Interpreter interp, string text)
    {
        int needed = Used + text.Length;
        bool grew = false;
        if (needed > Chars.Length)
        {
            long capacity = Math.Min(Array.MaxLength, Math.Max(needed, 2L * Chars.Length));
            MemoryAccount.Reserve(interp, 2L * capacity);
            var bigger = GC.AllocateUninitializedArray<char>((int)capacity);
            Chars.AsSpan(0, Used).CopyTo(bigger);
            Chars = bigger;
            grew = true;
        }
        if (FirstSurrogate == int.MaxValue)
        {
            int at = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
            if (at >= 0) FirstSurrogate = Used + at;
        }
        text.AsSpan().CopyTo(Chars.AsSpan(Used));
        Used = needed;
        return grew;
    }
}
