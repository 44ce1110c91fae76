using System.Text;
using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>
/// The methods bytes and bytearray share (CPython's bytes_methods.c role): each works on the
/// receiver's bytes and returns a new object of the receiver's kind (exact bytes for bytes and
/// its subclasses, exact bytearray for bytearray and its subclasses). Case and character classes
/// are ASCII-only, as in CPython.
/// </summary>
public static class ByteStringMethods
{
    /// <summary>Adds the shared methods to <paramref name="type"/> (bytes or bytearray).</summary>
    public static void AddTo(PyType type, string typeName)
    {
        type.AddMethod("lower", static (ts, self, args, kw) => Map(ts, "lower", self, args, kw, CaseOp.Lower));
        type.AddMethod("upper", static (ts, self, args, kw) => Map(ts, "upper", self, args, kw, CaseOp.Upper));
        type.AddMethod("swapcase", static (ts, self, args, kw) => Map(ts, "swapcase", self, args, kw, CaseOp.Swap));
        type.AddMethod("capitalize", static (ts, self, args, kw) => Map(ts, "capitalize", self, args, kw, CaseOp.Capitalize));
        type.AddMethod("title", static (ts, self, args, kw) => Map(ts, "title", self, args, kw, CaseOp.Title));
        type.AddMethod("isalnum", static (ts, self, args, kw) => Test(ts, "isalnum", self, args, kw, static b => IsAlpha(b) || IsDigit(b)));
        type.AddMethod("isalpha", static (ts, self, args, kw) => Test(ts, "isalpha", self, args, kw, static b => IsAlpha(b)));
        type.AddMethod("isdigit", static (ts, self, args, kw) => Test(ts, "isdigit", self, args, kw, static b => IsDigit(b)));
        type.AddMethod("isspace", static (ts, self, args, kw) => Test(ts, "isspace", self, args, kw, static b => IsSpace(b)));
        type.AddMethod("isascii", static (ts, self, args, kw) =>
        {
            if (!StrType.NoArgs(ts, NameOf(self, "isascii"), args, kw)) return null;
            return ts.Interpreter.Bool(System.Text.Ascii.IsValid(Data(self)));
        });
        type.AddMethod("islower", static (ts, self, args, kw) => CaseTest(ts, "islower", self, args, kw, lower: true));
        type.AddMethod("isupper", static (ts, self, args, kw) => CaseTest(ts, "isupper", self, args, kw, lower: false));
        type.AddMethod("istitle", IsTitle);
        type.AddMethod("center", static (ts, self, args, kw) => Pad(ts, "center", self, args, kw, 0));
        type.AddMethod("ljust", static (ts, self, args, kw) => Pad(ts, "ljust", self, args, kw, -1));
        type.AddMethod("rjust", static (ts, self, args, kw) => Pad(ts, "rjust", self, args, kw, 1));
        type.AddMethod("zfill", ZFill);
        type.AddMethod("expandtabs", ExpandTabs);
        type.AddMethod("find", static (ts, self, args, kw) => Find(ts, "find", self, args, kw, reverse: false, raise: false));
        type.AddMethod("rfind", static (ts, self, args, kw) => Find(ts, "rfind", self, args, kw, reverse: true, raise: false));
        type.AddMethod("index", static (ts, self, args, kw) => Find(ts, "index", self, args, kw, reverse: false, raise: true));
        type.AddMethod("rindex", static (ts, self, args, kw) => Find(ts, "rindex", self, args, kw, reverse: true, raise: true));
        type.AddMethod("count", Count);
        type.AddMethod("startswith", static (ts, self, args, kw) => StartsEnds(ts, "startswith", self, args, kw, atEnd: false));
        type.AddMethod("endswith", static (ts, self, args, kw) => StartsEnds(ts, "endswith", self, args, kw, atEnd: true));
        type.AddMethod("replace", Replace);
        type.AddMethod("split", static (ts, self, args, kw) => Split(ts, "split", self, args, kw, reverse: false));
        type.AddMethod("rsplit", static (ts, self, args, kw) => Split(ts, "rsplit", self, args, kw, reverse: true));
        type.AddMethod("splitlines", SplitLines);
        type.AddMethod("partition", static (ts, self, args, kw) => Partition(ts, "partition", self, args, kw, reverse: false));
        type.AddMethod("rpartition", static (ts, self, args, kw) => Partition(ts, "rpartition", self, args, kw, reverse: true));
        type.AddMethod("strip", static (ts, self, args, kw) => Strip(ts, "strip", self, args, kw, left: true, right: true));
        type.AddMethod("lstrip", static (ts, self, args, kw) => Strip(ts, "lstrip", self, args, kw, left: true, right: false));
        type.AddMethod("rstrip", static (ts, self, args, kw) => Strip(ts, "rstrip", self, args, kw, left: false, right: true));
        type.AddMethod("removeprefix", static (ts, self, args, kw) => RemoveAffix(ts, "removeprefix", self, args, kw, prefix: true));
        type.AddMethod("removesuffix", static (ts, self, args, kw) => RemoveAffix(ts, "removesuffix", self, args, kw, prefix: false));
        type.AddMethod("join", Join);
        type.AddMethod("translate", Translate);
        type.AddClassMethod("maketrans", MakeTrans);
        type.AddMethod("hex", Hex);
        type.AddClassMethod("fromhex", FromHex);
        type.AddMethod("decode", Decode);
    }

    // ---- receiver access and results ----

    internal static ReadOnlySpan<byte> Data(PyObject self) => ((IBuffer)self).AsReadOnlySpan();

    static string NameOf(PyObject self, string method) => (self is PyByteArray ? "bytearray." : "bytes.") + method;

    /// <summary>A result of the receiver's kind.</summary>
    internal static PyObject Make(ThreadState ts, PyObject self, byte[] data) =>
        self is PyByteArray ? new PyByteArray(ts.Interpreter.Types.ByteArray, data) : PyBytes.Create(ts.Interpreter, data);

    /// <summary>The receiver itself when unchanged and immutable, else a copy of its kind.</summary>
    static PyObject Same(ThreadState ts, PyObject self) =>
        self.GetType() == typeof(PyBytes) ? self : Make(ts, self, Data(self).ToArray());

    /// <summary>A bytes-like argument's data; false with "a bytes-like object is required, not
    /// 'str'" (or <paramref name="message"/>) set otherwise.</summary>
    internal static bool TryArg(ThreadState ts, PyObject arg, out ReadOnlySpan<byte> data, string? message = null)
    {
        if (arg is IBuffer b && !arg.Type.HasFlag(TypeFlags.HeapType))
        {
            if (arg is PyMemoryView mv && !mv.CheckUsable(ts)) { data = default; return false; }
            data = b.AsReadOnlySpan();
            return true;
        }
        data = default;
        if (!BufferProtocol.TryAcquire(ts, arg, BufferProtocol.Simple, out var buffer)) return false;
        if (buffer is not null)
        {
            // The data stays valid after the release (managed memory); the exporter's
            // __release_buffer__ runs before the operation completes, unlike CPython's.
            if (buffer is PyMemoryView view && !view.CheckUsable(ts)) return false;
            data = buffer.AsReadOnlySpan();
            BufferProtocol.Release(ts, arg, buffer);
            return true;
        }
        ts.Raise(ExceptionKind.TypeError, message ?? $"a bytes-like object is required, not '{arg.Type.Name}'");
        return false;
    }

    /// <summary>The "sub" of find/count/index: a bytes-like object or an int in range(256).</summary>
    static bool TrySub(ThreadState ts, PyObject arg, Span<byte> one, out ReadOnlySpan<byte> sub)
    {
        sub = default;
        if (BufferProtocol.Exports(ts, arg)) return TryArg(ts, arg, out sub);
        if (arg is PyInt || arg.Type.Slots.Index is not null)
        {
            var i = TextArgs.ToInt(ts, arg);
            if (i is null) return false;
            if (!i.IsSmall || i.Small < 0 || i.Small > 255)
            {
                ts.Raise(ExceptionKind.ValueError, "byte must be in range(0, 256)");
                return false;
            }
            one[0] = (byte)i.Small;
            sub = one;
            return true;
        }
        ts.Raise(ExceptionKind.TypeError, $"argument should be integer or bytes-like object, not '{arg.Type.Name}'");
        return false;
    }

    // ---- ASCII character classes ----

    static bool IsAlpha(byte b) => (uint)((b | 0x20) - 'a') <= 'z' - 'a';
    static bool IsDigit(byte b) => (uint)(b - '0') <= 9;
    static bool IsLower(byte b) => (uint)(b - 'a') <= 'z' - 'a';
    static bool IsUpper(byte b) => (uint)(b - 'A') <= 'Z' - 'A';
    internal static bool IsSpace(byte b) => b == ' ' || (uint)(b - '\t') <= '\r' - '\t';
    static byte ToLower(byte b) => IsUpper(b) ? (byte)(b + 32) : b;
    static byte ToUpper(byte b) => IsLower(b) ? (byte)(b - 32) : b;

    enum CaseOp { Lower, Upper, Swap, Capitalize, Title }

    static PyObject? Map(ThreadState ts, string name, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, CaseOp op)
    {
        if (!StrType.NoArgs(ts, NameOf(self, name), args, kw)) return null;
        var src = Data(self);
        var dst = new byte[src.Length];
        bool previousCased = false;
        for (int i = 0; i < src.Length; i++)
        {
            byte b = src[i];
            dst[i] = op switch
            {
                CaseOp.Lower => ToLower(b),
                CaseOp.Upper => ToUpper(b),
                CaseOp.Swap => IsLower(b) ? ToUpper(b) : ToLower(b),
                CaseOp.Capitalize => i == 0 ? ToUpper(b) : ToLower(b),
                _ => previousCased ? ToLower(b) : ToUpper(b),
            };
            previousCased = IsAlpha(b);
        }
        return Make(ts, self, dst);
    }

    static PyObject? Test(ThreadState ts, string name, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, Func<byte, bool> test)
    {
        if (!StrType.NoArgs(ts, NameOf(self, name), args, kw)) return null;
        var d = Data(self);
        if (d.Length == 0) return ts.Interpreter.False;
        foreach (var b in d)
            if (!test(b)) return ts.Interpreter.False;
        return ts.Interpreter.True;
    }

    static PyObject? CaseTest(ThreadState ts, string name, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, bool lower)
    {
        if (!StrType.NoArgs(ts, NameOf(self, name), args, kw)) return null;
        bool cased = false;
        foreach (var b in Data(self))
        {
            if (lower ? IsUpper(b) : IsLower(b)) return ts.Interpreter.False;
            if (lower ? IsLower(b) : IsUpper(b)) cased = true;
        }
        return ts.Interpreter.Bool(cased);
    }

    static PyObject? IsTitle(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!StrType.NoArgs(ts, NameOf(self, "istitle"), args, kw)) return null;
        bool cased = false, previousCased = false;
        foreach (var b in Data(self))
        {
            if (IsUpper(b))
            {
                if (previousCased) return ts.Interpreter.False;
                previousCased = cased = true;
            }
            else if (IsLower(b))
            {
                if (!previousCased) return ts.Interpreter.False;
                previousCased = cased = true;
            }
            else previousCased = false;
        }
        return ts.Interpreter.Bool(cased);
    }

    // ---- padding ----

    static PyObject? Pad(ThreadState ts, string name, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, int align)
    {
        if (!ArgBinder.CheckPositional(ts, name, args, kw, 1, 2)) return null;
        if (!TextArgs.ToSsize(ts, args[0], out long width)) return null;
        byte fill = (byte)' ';
        if (args.Length > 1)
        {
            if (args[1] is (PyBytes or PyByteArray) and IBuffer fb && fb.AsReadOnlySpan().Length == 1) fill = fb.AsReadOnlySpan()[0];
            else return ts.Raise(ExceptionKind.TypeError, $"{name}() argument 2 must be a byte string of length 1, not {args[1].Type.Name}");
        }
        var d = Data(self);
        if (width <= d.Length) return Same(ts, self);
        if (width > Array.MaxLength) return ts.RaiseNoMemory();
        MemoryAccount.Reserve(ts.Interpreter, width);
        long margin = width - d.Length;
        long left = align < 0 ? 0 : align > 0 ? margin : margin / 2 + (margin & width & 1);
        var r = new byte[width];
        r.AsSpan(0, (int)left).Fill(fill);
        d.CopyTo(r.AsSpan((int)left));
        r.AsSpan((int)left + d.Length).Fill(fill);
        return Make(ts, self, r);
    }

    static PyObject? ZFill(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, NameOf(self, "zfill"), args, kw, 1, 1)) return null;
        if (!TextArgs.ToSsize(ts, args[0], out long width)) return null;
        var d = Data(self);
        if (width <= d.Length) return Same(ts, self);
        if (width > Array.MaxLength) return ts.RaiseNoMemory();
        MemoryAccount.Reserve(ts.Interpreter, width);
        var r = new byte[width];
        int fill = (int)(width - d.Length);
        r.AsSpan(0, fill).Fill((byte)'0');
        d.CopyTo(r.AsSpan(fill));
        if (d.Length > 0 && (d[0] == '+' || d[0] == '-'))
        {
            r[0] = d[0];
            r[fill] = (byte)'0';
        }
        return Make(ts, self, r);
    }

    static readonly string[] TabSizeParam = ["tabsize"];

    static PyObject? ExpandTabs(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[1];
        if (!ArgBinder.Bind(ts, "expandtabs", args, kw, TabSizeParam, 0, a)) return null;
        long tabsize = 8;
        if (a[0] is not null && !TextArgs.ToSsize(ts, a[0]!, out tabsize)) return null;
        var d = Data(self);
        var r = new List<byte>(d.Length + 16);
        long column = 0;
        foreach (var b in d)
        {
            if (b == '\t')
            {
                if (tabsize > 0)
                {
                    long spaces = tabsize - column % tabsize;
                    if (spaces > Array.MaxLength - r.Count) return ts.Raise(ExceptionKind.OverflowError, "result too long");
                    MemoryAccount.Reserve(ts.Interpreter, r.Count + spaces);
                    for (long k = 0; k < spaces; k++) r.Add((byte)' ');
                    column += spaces;
                }
            }
            else
            {
                r.Add(b);
                column = b is (byte)'\n' or (byte)'\r' ? 0 : column + 1;
            }
        }
        return Make(ts, self, r.ToArray());
    }

    // ---- searching ----

    static PyObject? Find(ThreadState ts, string name, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, bool reverse, bool raise)
    {
        if (!TextArgs.FindArgs(ts, name, args, kw, out var subObj, out long start, out long end)) return null;
        Span<byte> one = stackalloc byte[1];
        if (!TrySub(ts, subObj, one, out var sub)) return null;
        long r = FindIndex(Data(self), sub, start, end, reverse);
        if (r < 0 && raise) return ts.Raise(ExceptionKind.ValueError, "subsection not found");
        return ts.Interpreter.Int(r);
    }

    internal static long FindIndex(ReadOnlySpan<byte> d, ReadOnlySpan<byte> sub, long start, long end, bool reverse)
    {
        TextArgs.AdjustIndices(ref start, ref end, d.Length);
        if (start > d.Length || end - start < sub.Length) return -1;
        var span = d.Slice((int)start, (int)(end - start));
        int at = sub.Length == 0 ? (reverse ? span.Length : 0) : reverse ? span.LastIndexOf(sub) : span.IndexOf(sub);
        return at < 0 ? -1 : start + at;
    }

    static PyObject? Count(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!TextArgs.FindArgs(ts, "count", args, kw, out var subObj, out long start, out long end)) return null;
        Span<byte> one = stackalloc byte[1];
        if (!TrySub(ts, subObj, one, out var sub)) return null;
        var d = Data(self);
        TextArgs.AdjustIndices(ref start, ref end, d.Length);
        if (start > d.Length || end < start) return ts.Interpreter.Int(0);
        if (sub.Length == 0) return ts.Interpreter.Int(end - start + 1);
        var span = d.Slice((int)start, (int)(end - start));
        long n = 0;
        for (int i = 0; ;)
        {
            int at = span.Slice(i).IndexOf(sub);
            if (at < 0) break;
            n++;
            i += at + sub.Length;
        }
        return ts.Interpreter.Int(n);
    }

    static PyObject? StartsEnds(ThreadState ts, string name, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, bool atEnd)
    {
        if (!TextArgs.FindArgs(ts, name, args, kw, out var affix, out long start, out long end)) return null;
        var d = Data(self);
        if (affix is PyTuple tuple)
        {
            foreach (var item in tuple.Items)
            {
                if (!BufferProtocol.Exports(ts, item))
                    return ts.Raise(ExceptionKind.TypeError, $"a bytes-like object is required, not '{item.Type.Name}'");
                if (!TryArg(ts, item, out var s)) return null;
                if (TailMatch(d, s, start, end, atEnd)) return ts.Interpreter.True;
            }
            return ts.Interpreter.False;
        }
        if (!BufferProtocol.Exports(ts, affix))
            return ts.Raise(ExceptionKind.TypeError, $"{name} first arg must be bytes or a tuple of bytes, not {affix.Type.Name}");
        if (!TryArg(ts, affix, out var one)) return null;
        return ts.Interpreter.Bool(TailMatch(d, one, start, end, atEnd));
    }

    static bool TailMatch(ReadOnlySpan<byte> d, ReadOnlySpan<byte> affix, long start, long end, bool atEnd)
    {
        TextArgs.AdjustIndices(ref start, ref end, d.Length);
        if (end - affix.Length < start || start > d.Length) return false;
        int from = (int)(atEnd ? end - affix.Length : start);
        return d.Slice(from, affix.Length).SequenceEqual(affix);
    }

    // ---- replace, split, partition, strip, join ----

    static PyObject? Replace(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "replace", args, kw, 2, 3)) return null;
        if (!TryArg(ts, args[0], out var old)) return null;
        if (!TryArg(ts, args[1], out var @new)) return null;
        long count = -1;
        if (args.Length > 2 && !TextArgs.ToSsize(ts, args[2], out count)) return null;
        if (count < 0) count = long.MaxValue;
        var d = Data(self);
        var r = new List<byte>(d.Length);
        if (old.Length == 0)
        {
            long done = 0;
            for (int i = 0; ; i++)
            {
                if (done < count) { Append(r, @new); done++; }
                if (i >= d.Length) break;
                r.Add(d[i]);
                if (done >= count) { Append(r, d.Slice(i + 1)); break; }
            }
            return Make(ts, self, r.ToArray());
        }
        int pos = 0;
        for (long n = 0; n < count; n++)
        {
            int at = d.Slice(pos).IndexOf(old);
            if (at < 0) break;
            Append(r, d.Slice(pos, at));
            Append(r, @new);
            pos += at + old.Length;
        }
        if (pos == 0) return Same(ts, self);
        Append(r, d.Slice(pos));
        return Make(ts, self, r.ToArray());
    }

    static void Append(List<byte> list, ReadOnlySpan<byte> data)
    {
        foreach (var b in data) list.Add(b);
    }

    static readonly string[] SplitParams = ["sep", "maxsplit"];

    static PyObject? Split(ThreadState ts, string name, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, bool reverse)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, name, args, kw, SplitParams, 0, a)) return null;
        long maxsplit = -1;
        if (a[1] is not null && !TextArgs.ToSsize(ts, a[1]!, out maxsplit)) return null;
        if (maxsplit < 0) maxsplit = long.MaxValue;
        var d = Data(self);
        var parts = new List<PyObject>();
        if (TextArgs.IsNone(ts, a[0]))
        {
            if (!reverse)
            {
                int i = 0, n = d.Length;
                while (true)
                {
                    while (i < n && IsSpace(d[i])) i++;
                    if (i == n) break;
                    if (maxsplit-- == 0)
                    {
                        parts.Add(Make(ts, self, d.Slice(i).ToArray()));
                        break;
                    }
                    int s = i;
                    while (i < n && !IsSpace(d[i])) i++;
                    parts.Add(Make(ts, self, d.Slice(s, i - s).ToArray()));
                }
            }
            else
            {
                int i = d.Length;
                while (true)
                {
                    while (i > 0 && IsSpace(d[i - 1])) i--;
                    if (i == 0) break;
                    if (maxsplit-- == 0)
                    {
                        parts.Add(Make(ts, self, d.Slice(0, i).ToArray()));
                        break;
                    }
                    int e = i;
                    while (i > 0 && !IsSpace(d[i - 1])) i--;
                    parts.Add(Make(ts, self, d.Slice(i, e - i).ToArray()));
                }
                parts.Reverse();
            }
            return TextInterop.NewList(ts, parts);
        }
        if (!TryArg(ts, a[0]!, out var sep)) return null;
        if (sep.Length == 0) return ts.Raise(ExceptionKind.ValueError, "empty separator");
        if (!reverse)
        {
            int pos = 0;
            for (long n = 0; n < maxsplit; n++)
            {
                int at = d.Slice(pos).IndexOf(sep);
                if (at < 0) break;
                parts.Add(Make(ts, self, d.Slice(pos, at).ToArray()));
                pos += at + sep.Length;
            }
            parts.Add(Make(ts, self, d.Slice(pos).ToArray()));
        }
        else
        {
            int end = d.Length;
            for (long n = 0; n < maxsplit; n++)
            {
                int at = d.Slice(0, end).LastIndexOf(sep);
                if (at < 0) break;
                parts.Add(Make(ts, self, d.Slice(at + sep.Length, end - at - sep.Length).ToArray()));
                end = at;
            }
            parts.Add(Make(ts, self, d.Slice(0, end).ToArray()));
            parts.Reverse();
        }
        return TextInterop.NewList(ts, parts);
    }

    static readonly string[] KeepEndsParam = ["keepends"];

    static PyObject? SplitLines(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[1];
        if (!ArgBinder.Bind(ts, "splitlines", args, kw, KeepEndsParam, 0, a)) return null;
        bool keepEnds = false;
        if (a[0] is not null)
        {
            int t = Ops.IsTrue(ts, a[0]!);
            if (t < 0) return null;
            keepEnds = t > 0;
        }
        var d = Data(self);
        var parts = new List<PyObject>();
        int i = 0, n = d.Length;
        while (i < n)
        {
            int start = i;
            while (i < n && d[i] != '\n' && d[i] != '\r') i++;
            int eol = i;
            if (i < n)
            {
                i += d[i] == '\r' && i + 1 < n && d[i + 1] == '\n' ? 2 : 1;
                if (keepEnds) eol = i;
            }
            parts.Add(Make(ts, self, d.Slice(start, eol - start).ToArray()));
        }
        return TextInterop.NewList(ts, parts);
    }

    static PyObject? Partition(ThreadState ts, string name, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, bool reverse)
    {
        if (!ArgBinder.CheckPositional(ts, NameOf(self, name), args, kw, 1, 1)) return null;
        if (!TryArg(ts, args[0], out var sep)) return null;
        if (sep.Length == 0) return ts.Raise(ExceptionKind.ValueError, "empty separator");
        var d = Data(self);
        var interp = ts.Interpreter;
        int at = reverse ? d.LastIndexOf(sep) : d.IndexOf(sep);
        if (at < 0)
        {
            var whole = Same(ts, self);
            var e1 = Make(ts, self, []);
            var e2 = Make(ts, self, []);
            return reverse ? interp.Tuple(e1, e2, whole) : interp.Tuple(whole, e1, e2);
        }
        return interp.Tuple(Make(ts, self, d.Slice(0, at).ToArray()), Make(ts, self, sep.ToArray()),
                            Make(ts, self, d.Slice(at + sep.Length).ToArray()));
    }

    static PyObject? Strip(ThreadState ts, string name, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, bool left, bool right)
    {
        if (!ArgBinder.CheckPositional(ts, name, args, kw, 0, 1)) return null;
        var d = Data(self);
        int start = 0, end = d.Length;
        if (args.Length == 0 || ReferenceEquals(args[0], ts.Interpreter.None))
        {
            if (left) while (start < end && IsSpace(d[start])) start++;
            if (right) while (end > start && IsSpace(d[end - 1])) end--;
        }
        else
        {
            if (!TryArg(ts, args[0], out var chars)) return null;
            if (left) while (start < end && chars.Contains(d[start])) start++;
            if (right) while (end > start && chars.Contains(d[end - 1])) end--;
        }
        if (start == 0 && end == d.Length) return Same(ts, self);
        return Make(ts, self, d.Slice(start, end - start).ToArray());
    }

    static PyObject? RemoveAffix(ThreadState ts, string name, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, bool prefix)
    {
        if (!ArgBinder.CheckPositional(ts, NameOf(self, name), args, kw, 1, 1)) return null;
        if (!TryArg(ts, args[0], out var affix)) return null;
        var d = Data(self);
        if (affix.Length > 0 && (prefix ? d.StartsWith(affix) : d.EndsWith(affix)))
            return Make(ts, self, (prefix ? d.Slice(affix.Length) : d.Slice(0, d.Length - affix.Length)).ToArray());
        return Same(ts, self);
    }

    static PyObject? Join(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, NameOf(self, "join"), args, kw, 1, 1)) return null;
        var items = new List<PyObject>();
        if (args[0].Type.Slots.Iter is null && args[0].Type.Slots.GetItem is null)
            return ts.Raise(ExceptionKind.TypeError, "can only join an iterable");
        if (!TextInterop.ToList(ts, args[0], items)) return null;
        var sep = Data(self).ToArray();
        var r = new List<byte>();
        for (int i = 0; i < items.Count; i++)
        {
            if (!BufferProtocol.Exports(ts, items[i]))
                return ts.Raise(ExceptionKind.TypeError, $"sequence item {i}: expected a bytes-like object, {items[i].Type.Name} found");
            if (i > 0) r.AddRange(sep);
            if (!TryArg(ts, items[i], out var data))
            {
                // CPython replaces whatever getting the buffer raised (a bad __buffer__ too).
                ts.FetchError();
                return ts.Raise(ExceptionKind.TypeError, $"sequence item {i}: expected a bytes-like object, {items[i].Type.Name} found");
            }
            Append(r, data);
        }
        return Make(ts, self, r.ToArray());
    }

    static readonly string[] TranslateParams = ["table", "delete"];

    static PyObject? Translate(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "translate", args, kw, TranslateParams, 1, a, positionalOnly: 1)) return null;
        ReadOnlySpan<byte> table = default;
        bool hasTable = !TextArgs.IsNone(ts, a[0]);
        if (hasTable)
        {
            if (!TryArg(ts, a[0]!, out table)) return null;
            if (table.Length != 256) return ts.Raise(ExceptionKind.ValueError, "translation table must be 256 characters long");
        }
        ReadOnlySpan<byte> delete = default;
        if (a[1] is not null && !TryArg(ts, a[1]!, out delete)) return null;
        var d = Data(self);
        var r = new List<byte>(d.Length);
        foreach (var b in d)
        {
            if (delete.Contains(b)) continue;
            r.Add(hasTable ? table[b] : b);
        }
        return Make(ts, self, r.ToArray());
    }

    static PyObject? MakeTrans(ThreadState ts, PyObject cls, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "maketrans", args, kw, 2, 2)) return null;
        if (!TryArg(ts, args[0], out var from)) return null;
        if (!TryArg(ts, args[1], out var to)) return null;
        if (from.Length != to.Length) return ts.Raise(ExceptionKind.ValueError, "maketrans arguments must have same length");
        var table = new byte[256];
        for (int i = 0; i < 256; i++) table[i] = (byte)i;
        for (int i = 0; i < from.Length; i++) table[from[i]] = to[i];
        return PyBytes.Create(ts.Interpreter, table);
    }

    // ---- hex ----

    static readonly string[] HexParams = ["sep", "bytes_per_sep"];

    internal static PyObject? Hex(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "hex", args, kw, HexParams, 0, a)) return null;
        if (self is PyMemoryView mv && !mv.CheckUsable(ts)) return null;
        var d = self is PyMemoryView view ? view.ToArray() : Data(self);
        return HexString(ts, d, a[0], a[1]);
    }

    internal static PyObject? HexString(ThreadState ts, ReadOnlySpan<byte> d, PyObject? sepObj, PyObject? perSepObj)
    {
        char sep = '\0';
        if (sepObj is not null)
        {
            ReadOnlySpan<char> sepChars;
            if (sepObj is PyStr ss) sepChars = ss.Value;
            else if (sepObj is IBuffer sb) sepChars = Text.Codecs.Latin1ToString(sb.AsReadOnlySpan());
            else return ts.Raise(ExceptionKind.TypeError, $"sep must be str or bytes.");
            if (sepChars.Length != 1) return ts.Raise(ExceptionKind.ValueError, "sep must be length 1.");
            if (sepChars[0] > 127) return ts.Raise(ExceptionKind.ValueError, "sep must be ASCII.");
            sep = sepChars[0];
        }
        long perSep = 1;
        if (perSepObj is not null && !TextArgs.ToSsize(ts, perSepObj, out perSep)) return null;
        var sbuf = new StringBuilder(d.Length * 3);
        const string digits = "0123456789abcdef";
        if (sep == '\0' || perSep == 0 || d.Length == 0)
        {
            foreach (var b in d) sbuf.Append(digits[b >> 4]).Append(digits[b & 15]);
            return ts.Interpreter.Str(sbuf.ToString());
        }
        long group = Math.Abs(perSep);
        for (int i = 0; i < d.Length; i++)
        {
            // Positive bytes_per_sep counts groups from the right, negative from the left.
            if (i > 0)
            {
                bool boundary = perSep > 0 ? (d.Length - i) % group == 0 : i % group == 0;
                if (boundary) sbuf.Append(sep);
            }
            sbuf.Append(digits[d[i] >> 4]).Append(digits[d[i] & 15]);
        }
        return ts.Interpreter.Str(sbuf.ToString());
    }

    static PyObject? FromHex(ThreadState ts, PyObject cls, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "fromhex", args, kw, 1, 1)) return null;
        if (args[0] is not PyStr s)
            return ts.Raise(ExceptionKind.TypeError, $"fromhex() argument must be str, not {args[0].Type.Name}");
        var v = s.Value;
        var r = new List<byte>(v.Length / 2);
        int i = 0;
        while (i < v.Length)
        {
            if (v[i] is ' ' or '\t' or '\n' or '\r' or '\v' or '\f')
            {
                i++;
                continue;
            }
            int hi = HexValue(v[i]);
            if (hi < 0) return ts.Raise(ExceptionKind.ValueError, $"non-hexadecimal number found in fromhex() arg at position {i}");
            if (i + 1 >= v.Length || HexValue(v[i + 1]) < 0)
                return ts.Raise(ExceptionKind.ValueError, $"non-hexadecimal number found in fromhex() arg at position {i + 1}");
            r.Add((byte)(hi * 16 + HexValue(v[i + 1])));
            i += 2;
        }
        var result = r.ToArray();
        var type = cls as PyType ?? ts.Interpreter.Types.Bytes;
        var interp = ts.Interpreter;
        if (ReferenceEquals(type, interp.Types.Bytes)) return PyBytes.Create(interp, result);
        if (ReferenceEquals(type, interp.Types.ByteArray)) return new PyByteArray(type, result);
        // A subclass: cls(bytes) as CPython does.
        return Ops.Call(ts, type, PyBytes.Create(interp, result));
    }

    static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    static readonly string[] DecodeParams = ["encoding", "errors"];

    static PyObject? Decode(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "decode", args, kw, DecodeParams, 0, a)) return null;
        string encoding = "utf-8", errors = "strict";
        if (a[0] is not null)
        {
            if (a[0] is not PyStr e) return ts.Raise(ExceptionKind.TypeError, $"decode() argument 'encoding' must be str, not {a[0]!.Type.Name}");
            encoding = e.Value;
        }
        if (a[1] is not null)
        {
            if (a[1] is not PyStr e) return ts.Raise(ExceptionKind.TypeError, $"decode() argument 'errors' must be str, not {a[1]!.Type.Name}");
            errors = e.Value;
        }
        var s = Text.Codecs.Decode(ts, Data(self), encoding, errors);
        return s is null ? null : ts.Interpreter.Str(s);
    }
}
