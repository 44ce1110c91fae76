using System.Runtime.CompilerServices;
using System.Text;
using Isolated.Runtime;
using Isolated.Text.Unicode;

namespace Isolated.Objects;

// str methods: searching, splitting, joining, stripping, replacing, translating.
public static partial class StrType
{
    static PyObject? Find(ThreadState ts, string name, PyStr self, ReadOnlySpan<PyObject> args, PyTuple? kw, bool reverse, bool raise)
    {
        if (!TextArgs.FindArgs(ts, name, args, kw, out var subObj, out long start, out long end)) return null;
        if (TextArgs.ExpectStr(ts, subObj) is not { } sub) return null;
        long r = FindIndex(self, sub, start, end, reverse);
        if (r < 0 && raise) return ts.Raise(ExceptionKind.ValueError, "substring not found");
        return ts.Interpreter.Int(r);
    }

    /// <summary>The code-point index of <paramref name="sub"/> in self[start:end], or -1.</summary>
    public static long FindIndex(PyStr self, PyStr sub, long start, long end, bool reverse)
    {
        long len = self.CodePointLength;
        TextArgs.AdjustIndices(ref start, ref end, len);
        if (start > len || end - start < sub.CodePointLength) return -1;
        int from = self.ToUtf16Index((int)start), to = self.ToUtf16Index((int)end);
        var span = self.Value.AsSpan(from, to - from);
        int at = reverse ? LastIndexOfCodePoints(span, sub.Value) : IndexOfCodePoints(span, sub.Value, 0);
        if (sub.Value.Length == 0) at = reverse ? span.Length : 0;
        if (at < 0) return -1;
        return self.HasSurrogates ? self.ToCodePointIndex(from + at) : from + at;
    }

    static PyObject? Count(ThreadState ts, PyObject self0, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var self = (PyStr)self0;
        if (!TextArgs.FindArgs(ts, "count", args, kw, out var subObj, out long start, out long end)) return null;
        if (TextArgs.ExpectStr(ts, subObj) is not { } sub) return null;
        long len = self.CodePointLength;
        TextArgs.AdjustIndices(ref start, ref end, len);
        if (start > len || end < start) return ts.Interpreter.Int(0);
        if (sub.Value.Length == 0) return ts.Interpreter.Int(end - start + 1);
        int from = self.ToUtf16Index((int)start), to = self.ToUtf16Index((int)end);
        return ts.Interpreter.Int(CountOrdinal(self.Value.AsSpan(from, to - from), sub.Value, long.MaxValue));
    }

    static long CountOrdinal(ReadOnlySpan<char> s, string sub, long max)
    {
        long n = 0;
        int i = 0;
        while (n < max)
        {
            int at = IndexOfCodePoints(s, sub, i);
            if (at < 0) break;
            n++;
            i = at + sub.Length;
        }
        return n;
    }

    // ---- matching on code points ----
    // A str is UTF-16 here, so a lone surrogate in a needle can match half of a surrogate pair of
    // the text (one code point there). Only a needle that starts with a low surrogate or ends with
    // a high one can do that; its matches are checked so that none splits a pair.

    static bool MaySplitPair(ReadOnlySpan<char> needle) =>
        needle.Length > 0 && (char.IsLowSurrogate(needle[0]) || char.IsHighSurrogate(needle[^1]));

    /// <summary>Whether text[at..at+length] starts and ends between code points.</summary>
    static bool OnCodePointBoundaries(ReadOnlySpan<char> text, int at, int length)
    {
        if (at > 0 && at < text.Length && char.IsLowSurrogate(text[at]) && char.IsHighSurrogate(text[at - 1])) return false;
        int end = at + length;
        return !(end > 0 && end < text.Length && char.IsLowSurrogate(text[end]) && char.IsHighSurrogate(text[end - 1]));
    }

    /// <summary>The first UTF-16 index at or after <paramref name="from"/> where
    /// <paramref name="needle"/> matches whole code points of <paramref name="text"/>, or -1.</summary>
    static int IndexOfCodePoints(ReadOnlySpan<char> text, ReadOnlySpan<char> needle, int from)
    {
        int at = text.Slice(from).IndexOf(needle, StringComparison.Ordinal);
        if (at < 0) return -1;
        at += from;
        if (!MaySplitPair(needle)) return at;
        while (!OnCodePointBoundaries(text, at, needle.Length))
        {
            int next = text.Slice(at + 1).IndexOf(needle, StringComparison.Ordinal);
            if (next < 0) return -1;
            at += 1 + next;
        }
        return at;
    }

    /// <summary>The last UTF-16 index where <paramref name="needle"/> matches whole code points of
    /// <paramref name="text"/>, or -1.</summary>
    static int LastIndexOfCodePoints(ReadOnlySpan<char> text, ReadOnlySpan<char> needle)
    {
        int at = text.LastIndexOf(needle, StringComparison.Ordinal);
        if (at < 0 || !MaySplitPair(needle)) return at;
        while (!OnCodePointBoundaries(text, at, needle.Length))
        {
            if (at == 0) return -1;
            at = text.Slice(0, at + needle.Length - 1).LastIndexOf(needle, StringComparison.Ordinal);
            if (at < 0) return -1;
        }
        return at;
    }

    /// <summary>Whether <paramref name="needle"/> matches whole code points of
    /// <paramref name="text"/> at UTF-16 index <paramref name="at"/>.</summary>
    static bool MatchesAt(ReadOnlySpan<char> text, int at, ReadOnlySpan<char> needle) =>
        at >= 0 && at <= text.Length - needle.Length && text.Slice(at).StartsWith(needle, StringComparison.Ordinal)
        && (!MaySplitPair(needle) || OnCodePointBoundaries(text, at, needle.Length));

    static PyObject? StartsEnds(ThreadState ts, string name, PyStr self, ReadOnlySpan<PyObject> args, PyTuple? kw, bool atEnd)
    {
        // One exact str affix and no surrogates in self (so UTF-16 units are code points, and an
        // affix with surrogates cannot match): the ordinal test on the whole string.
        if (kw is null && args.Length == 1 && args[0].GetType() == typeof(PyStr) && !self.HasSurrogates)
        {
            var only = Unsafe.As<PyStr>(args[0]).Value;
            return ts.Interpreter.Bool(atEnd ? self.Value.EndsWith(only, StringComparison.Ordinal)
                                             : self.Value.StartsWith(only, StringComparison.Ordinal));
        }
        if (!TextArgs.FindArgs(ts, name, args, kw, out var affix, out long start, out long end)) return null;
        if (affix is PyTuple tuple)
        {
            foreach (var item in tuple.Items)
            {
                if (item is not PyStr s)
                    return ts.Raise(ExceptionKind.TypeError, $"tuple for {name} must only contain str, not {item.Type.Name}");
                if (TailMatch(self, s, start, end, atEnd)) return ts.Interpreter.True;
            }
            return ts.Interpreter.False;
        }
        if (affix is not PyStr one)
            return ts.Raise(ExceptionKind.TypeError, $"{name} first arg must be str or a tuple of str, not {affix.Type.Name}");
        return ts.Interpreter.Bool(TailMatch(self, one, start, end, atEnd));
    }

    static bool TailMatch(PyStr self, PyStr affix, long start, long end, bool atEnd)
    {
        long len = self.CodePointLength;
        TextArgs.AdjustIndices(ref start, ref end, len);
        long alen = affix.CodePointLength;
        if (end - alen < start || start > len) return false;
        if (alen == 0) return true;
        int from = self.ToUtf16Index((int)(atEnd ? end - alen : start));
        return MatchesAt(self.Value, from, affix.Value)
               && (!atEnd || from + affix.Value.Length == self.ToUtf16Index((int)end));
    }

    static PyObject? Replace(ThreadState ts, PyObject self0, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var self = (PyStr)self0;
        if (!ArgBinder.CheckPositional(ts, "replace", args, kw, 2, 3)) return null;
        if (args[0] is not PyStr old)
            return ts.Raise(ExceptionKind.TypeError, $"replace() argument 1 must be str, not {args[0].Type.Name}");
        if (args[1] is not PyStr @new)
            return ts.Raise(ExceptionKind.TypeError, $"replace() argument 2 must be str, not {args[1].Type.Name}");
        long count = -1;
        if (args.Length > 2 && !TextArgs.ToSsize(ts, args[2], out count)) return null;
        if (count < 0) count = long.MaxValue;
        var v = self.Value;
        if (count == 0) return Result(ts, self, v);
        if (old.Value.Length == 0)
        {
            var sb = new StringBuilder(v.Length + @new.Value.Length * (v.Length + 1));
            long done = 0;
            int i = 0;
            while (true)
            {
                if (done < count) { sb.Append(@new.Value); done++; }
                if (i >= v.Length) break;
                int start = i;
                PyStr.NextCodePoint(v, ref i);
                sb.Append(v, start, i - start);
                if (done >= count) { sb.Append(v, i, v.Length - i); break; }
            }
            return ts.Interpreter.Str(sb.ToString());
        }
        if (count == long.MaxValue && !MaySplitPair(old.Value))
        {
            var r = v.Replace(old.Value, @new.Value, StringComparison.Ordinal);
            return Result(ts, self, r);
        }
        var b = new StringBuilder(v.Length);
        int pos = 0;
        for (long n = 0; n < count; n++)
        {
            int at = IndexOfCodePoints(v, old.Value, pos);
            if (at < 0) break;
            b.Append(v, pos, at - pos).Append(@new.Value);
            pos = at + old.Value.Length;
        }
        if (pos == 0) return Result(ts, self, v);
        b.Append(v, pos, v.Length - pos);
        return ts.Interpreter.Str(b.ToString());
    }

    static readonly string[] SplitParams = ["sep", "maxsplit"];

    static PyObject? Split(ThreadState ts, string name, PyStr self, ReadOnlySpan<PyObject> args, PyTuple? kw, bool reverse)
    {
        PyObject? sepArg, maxsplitArg;
        if (kw is null && args.Length <= 2)
        {
            // Positional arguments only (the usual call): no binding needed.
            sepArg = args.Length > 0 ? args[0] : null;
            maxsplitArg = args.Length > 1 ? args[1] : null;
        }
        else
        {
            Span<PyObject?> a = new PyObject?[2];
            if (!ArgBinder.Bind(ts, name, args, kw, SplitParams, 0, a)) return null;
            sepArg = a[0];
            maxsplitArg = a[1];
        }
        long maxsplit = -1;
        if (maxsplitArg is not null && !TextArgs.ToSsize(ts, maxsplitArg, out maxsplit)) return null;
        if (maxsplit < 0) maxsplit = long.MaxValue;
        var interp = ts.Interpreter;
        // The parts go straight into the result list (no List<> and copy).
        var parts = new PyList(interp.Types.List);
        var v = self.Value;
        if (TextArgs.IsNone(ts, sepArg))
        {
            if (reverse) SplitWhitespaceReverse(interp, v, maxsplit, parts);
            else SplitWhitespace(interp, v, maxsplit, parts);
        }
        else
        {
            if (sepArg is not PyStr sepStr) return ts.Raise(ExceptionKind.TypeError, $"must be str or None, not {sepArg!.Type.Name}");
            var sep = sepStr.Value;
            if (sep.Length == 0) return ts.Raise(ExceptionKind.ValueError, "empty separator");
            if (!reverse)
            {
                int pos = 0;
                for (long n = 0; n < maxsplit; n++)
                {
                    int at = sep.Length == 1 && !char.IsSurrogate(sep[0]) ? v.IndexOf(sep[0], pos) : IndexOfCodePoints(v, sep, pos);
                    if (at < 0) break;
                    parts.Append(interp.Str(v.Substring(pos, at - pos)));
                    pos = at + sep.Length;
                }
                parts.Append(pos == 0 && self.GetType() == typeof(PyStr) ? self : interp.Str(v.Substring(pos)));
            }
            else
            {
                int end = v.Length;
                for (long n = 0; n < maxsplit && end >= sep.Length; n++)
                {
                    int at = LastIndexOfCodePoints(v.AsSpan(0, end), sep);
                    if (at < 0) break;
                    parts.Append(interp.Str(v.Substring(at + sep.Length, end - at - sep.Length)));
                    end = at;
                }
                parts.Append(end == v.Length && self.GetType() == typeof(PyStr) ? self : interp.Str(v.Substring(0, end)));
                Array.Reverse(parts.Items, 0, parts.Count);
            }
        }
        return parts;
    }

    static void SplitWhitespace(Interpreter interp, string v, long maxsplit, PyList parts)
    {
        int i = 0, n = v.Length;
        while (true)
        {
            while (i < n && UnicodeTables.IsSpace(v[i])) i++;
            if (i == n) return;
            if (maxsplit-- == 0)
            {
                // The remainder keeps its trailing whitespace, as CPython does.
                parts.Append(interp.Str(v.Substring(i)));
                return;
            }
            int start = i;
            while (i < n && !UnicodeTables.IsSpace(v[i])) i++;
            parts.Append(interp.Str(v.Substring(start, i - start)));
        }
    }

    static void SplitWhitespaceReverse(Interpreter interp, string v, long maxsplit, PyList parts)
    {
        int i = v.Length;
        while (true)
        {
            while (i > 0 && UnicodeTables.IsSpace(v[i - 1])) i--;
            if (i == 0) break;
            if (maxsplit-- == 0)
            {
                parts.Append(interp.Str(v.Substring(0, i)));
                break;
            }
            int end = i;
            while (i > 0 && !UnicodeTables.IsSpace(v[i - 1])) i--;
            parts.Append(interp.Str(v.Substring(i, end - i)));
        }
        Array.Reverse(parts.Items, 0, parts.Count);
    }

    static readonly string[] KeepEndsParam = ["keepends"];

    static PyObject? SplitLines(ThreadState ts, PyObject self0, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[1];
        if (!ArgBinder.Bind(ts, "splitlines", args, kw, KeepEndsParam, 0, a)) return null;
        bool keepEnds = false;
        if (a[0] is not null)
        {
            if (a[0] is not PyInt && a[0]!.Type.Slots.Index is null)
                return ts.Raise(ExceptionKind.TypeError, $"'{a[0]!.Type.Name}' object cannot be interpreted as an integer");
            int t = Ops.IsTrue(ts, a[0]!);
            if (t < 0) return null;
            keepEnds = t > 0;
        }
        var v = ((PyStr)self0).Value;
        var parts = new List<PyObject>();
        int i = 0, n = v.Length;
        while (i < n)
        {
            int start = i;
            while (i < n && !UnicodeTables.IsLineBreak(v[i])) i++;
            int eol = i;
            if (i < n)
            {
                i += v[i] == '\r' && i + 1 < n && v[i + 1] == '\n' ? 2 : 1;
                if (keepEnds) eol = i;
            }
            parts.Add(ts.Interpreter.Str(v.Substring(start, eol - start)));
        }
        return TextInterop.NewList(ts, parts);
    }

    static PyObject? Partition(ThreadState ts, string name, PyStr self, ReadOnlySpan<PyObject> args, PyTuple? kw, bool reverse)
    {
        if (!ArgBinder.CheckPositional(ts, $"str.{name}", args, kw, 1, 1)) return null;
        if (TextArgs.ExpectStr(ts, args[0]) is not { } sepStr) return null;
        var sep = sepStr.Value;
        if (sep.Length == 0) return ts.Raise(ExceptionKind.ValueError, "empty separator");
        var interp = ts.Interpreter;
        var v = self.Value;
        int at = reverse ? LastIndexOfCodePoints(v, sep) : IndexOfCodePoints(v, sep, 0);
        PyObject whole = self.GetType() == typeof(PyStr) ? self : interp.Str(v);
        if (at < 0)
            return reverse ? interp.Tuple(interp.EmptyStr, interp.EmptyStr, whole) : interp.Tuple(whole, interp.EmptyStr, interp.EmptyStr);
        return interp.Tuple(interp.Str(v.Substring(0, at)), sepStr.GetType() == typeof(PyStr) ? sepStr : interp.Str(sep),
                            interp.Str(v.Substring(at + sep.Length)));
    }

    static PyObject? Strip(ThreadState ts, string name, PyStr self, ReadOnlySpan<PyObject> args, PyTuple? kw, bool left, bool right)
    {
        if (!ArgBinder.CheckPositional(ts, name, args, kw, 0, 1)) return null;
        var v = self.Value;
        int start = 0, end = v.Length;
        if (args.Length == 0 || ReferenceEquals(args[0], ts.Interpreter.None))
        {
            if (left) while (start < end && UnicodeTables.IsSpace(v[start])) start++;
            if (right) while (end > start && UnicodeTables.IsSpace(v[end - 1])) end--;
        }
        else
        {
            if (args[0] is not PyStr chars) return ts.Raise(ExceptionKind.TypeError, $"{name} arg must be None or str");
            if (!chars.HasSurrogates && !self.HasSurrogates)
            {
                var set = chars.Value.AsSpan();
                if (left) while (start < end && set.Contains(v[start])) start++;
                if (right) while (end > start && set.Contains(v[end - 1])) end--;
            }
            else
            {
                var set = ToCodePoints(chars.Value);
                if (left)
                    while (start < end)
                    {
                        int j = start;
                        if (Array.IndexOf(set, PyStr.NextCodePoint(v, ref j)) < 0) break;
                        start = j;
                    }
                if (right)
                    while (end > start)
                    {
                        int j = end;
                        if (Array.IndexOf(set, PreviousCodePoint(v, ref j)) < 0) break;
                        end = j;
                    }
            }
        }
        if (start == 0 && end == v.Length) return Result(ts, self, v);
        return ts.Interpreter.Str(v.Substring(start, end - start));
    }

    static PyObject? RemoveAffix(ThreadState ts, string name, PyStr self, ReadOnlySpan<PyObject> args, PyTuple? kw, bool prefix)
    {
        if (!ArgBinder.CheckPositional(ts, $"str.{name}", args, kw, 1, 1)) return null;
        if (args[0] is not PyStr affix)
            return ts.Raise(ExceptionKind.TypeError, $"{name}() argument must be str, not {args[0].Type.Name}");
        var v = self.Value;
        var a = affix.Value;
        if (a.Length > 0 && MatchesAt(v, prefix ? 0 : v.Length - a.Length, a))
            return ts.Interpreter.Str(prefix ? v.Substring(a.Length) : v.Substring(0, v.Length - a.Length));
        return Result(ts, self, v);
    }

    static PyObject? Join(ThreadState ts, PyObject self0, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "str.join", args, kw, 1, 1)) return null;
        return Join(ts, (PyStr)self0, args[0]);
    }

    /// <summary>sep.join(iterable), with "sequence item 0: expected str instance, int found".</summary>
    public static PyObject? Join(ThreadState ts, PyStr sep, PyObject iterable)
    {
        var items = new List<PyObject>();
        if (iterable.Type.Slots.Iter is null && iterable.Type.Slots.GetItem is null)
            return ts.Raise(ExceptionKind.TypeError, "can only join an iterable");
        if (!TextInterop.ToList(ts, iterable, items)) return null;
        if (items.Count == 0) return ts.Interpreter.EmptyStr;
        if (items.Count == 1 && items[0].GetType() == typeof(PyStr)) return items[0];
        long total = (long)sep.Value.Length * (items.Count - 1);
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i] is not PyStr s)
                return ts.Raise(ExceptionKind.TypeError, $"sequence item {i}: expected str instance, {items[i].Type.Name} found");
            total += s.Value.Length;
        }
        // The size is known before building: past what a .NET string holds is MemoryError (as
        // repetition), and the memory cap is checked before the characters are copied.
        if (total > int.MaxValue / 2) return ts.RaiseNoMemory();
        MemoryAccount.Reserve(ts.Interpreter, 2 * total);
        var sb = new StringBuilder((int)total);
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0) sb.Append(sep.Value);
            sb.Append(((PyStr)items[i]).Value);
        }
        return ts.Interpreter.Str(sb.ToString());
    }

    static PyObject? Translate(ThreadState ts, PyObject self0, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "str.translate", args, kw, 1, 1)) return null;
        var table = args[0];
        var interp = ts.Interpreter;
        var v = ((PyStr)self0).Value;
        var sb = new StringBuilder(v.Length);
        var lookupError = interp.ExceptionType(ExceptionKind.LookupError);
        for (int i = 0; i < v.Length;)
        {
            int cp = PyStr.NextCodePoint(v, ref i);
            var mapped = Ops.GetItem(ts, table, interp.Int(cp));
            if (mapped is null)
            {
                if (ts.CurrentException is { } e && e.Type.IsSubtypeOf(lookupError))
                {
                    ts.FetchError();
                    UnicodeTables.AppendCodePoint(sb, cp);
                    continue;
                }
                return null;
            }
            if (ReferenceEquals(mapped, interp.None)) continue;
            if (mapped is PyInt mi)
            {
                if (!mi.IsSmall || mi.Small < 0 || mi.Small > 0x10FFFF)
                    return ts.Raise(ExceptionKind.ValueError, "character mapping must be in range(0x110000)");
                UnicodeTables.AppendCodePoint(sb, (int)mi.Small);
            }
            else if (mapped is PyStr ms) sb.Append(ms.Value);
            else return ts.Raise(ExceptionKind.TypeError, "character mapping must return integer, None or str");
        }
        return ts.Interpreter.Str(sb.ToString());
    }

    static PyObject? MakeTrans(ThreadState ts, PyObject cls, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "maketrans", args, kw, 1, 3)) return null;
        var interp = ts.Interpreter;
        var result = interp.NewDict();
        if (args.Length == 1)
        {
            if (args[0] is not PyDict d)
                return ts.Raise(ExceptionKind.TypeError, "if you give only one argument to maketrans it must be a dict");
            int pos = 0;
            while (d.Next(ref pos, out var key, out var value))
            {
                PyObject k;
                if (key is PyStr ks)
                {
                    if (ks.CodePointLength != 1)
                        return ts.Raise(ExceptionKind.ValueError, "string keys in translate table must be of length 1");
                    int j = 0;
                    k = interp.Int(PyStr.NextCodePoint(ks.Value, ref j));
                }
                else if (key is PyInt) k = key;
                else return ts.Raise(ExceptionKind.TypeError, "keys in translate table must be strings or integers");
                if (!result.TrySetItem(ts, k, value)) return null;
            }
            return result;
        }
        if (args[0] is not PyStr x)
            return ts.Raise(ExceptionKind.TypeError, $"maketrans() argument 1 must be str, not {args[0].Type.Name}");
        if (args[1] is not PyStr y)
            return ts.Raise(ExceptionKind.TypeError, $"maketrans() argument 2 must be str, not {args[1].Type.Name}");
        if (x.CodePointLength != y.CodePointLength)
            return ts.Raise(ExceptionKind.ValueError, "the first two maketrans arguments must have equal length");
        for (int i = 0, j = 0; i < x.Value.Length;)
        {
            int a = PyStr.NextCodePoint(x.Value, ref i);
            int b = PyStr.NextCodePoint(y.Value, ref j);
            if (!result.TrySetItem(ts, interp.Int(a), interp.Int(b))) return null;
        }
        if (args.Length > 2)
        {
            if (args[2] is not PyStr z)
                return ts.Raise(ExceptionKind.TypeError, $"maketrans() argument 3 must be str, not {args[2].Type.Name}");
            for (int i = 0; i < z.Value.Length;)
                if (!result.TrySetItem(ts, interp.Int(PyStr.NextCodePoint(z.Value, ref i)), interp.None)) return null;
        }
        return result;
    }
}
