using System.Text;
using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>bytes</c> type: construction, repr, comparison, sequence and number protocol;
/// the methods shared with bytearray are in <see cref="ByteStringMethods"/>.</summary>
public static class BytesType
{
    public static PyType Create(Interpreter interp, BuiltinTypes types) =>
        types.NewBuiltin("bytes", types.Object, TypeFlags.BaseType | TypeFlags.BytesSubclass | TypeFlags.Immutable | TypeFlags.SequenceConcat, s =>
        {
            s.New = New;
            s.Init = static (ts, self, args, kw) => true;
            s.Repr = static (ts, self) => ts.Interpreter.Str(Repr(((PyBytes)self).Value, "b"));
            s.Str = null;
            s.Hash = static (ThreadState ts, PyObject self, out long h) => { h = ((PyBytes)self).Hash; return true; };
            s.RichCompare = RichCompare;
            s.Length = static (ts, self) => ((PyBytes)self).Value.Length;
            s.GetItem = GetItem;
            s.Contains = Contains;
            s.Iter = static (ts, self) => new PyBytesIterator(ts.Interpreter.Types.BytesIterator, (PyBytes)self);
            s.Add = Concat;
            s.Multiply = Repeat;
            s.Remainder = static (ts, left, right) =>
            {
                if (left is not PyBytes b) return ts.Interpreter.NotImplemented;
                var r = PercentFormatter.FormatBytes(ts, b.Value, right);
                return r is null ? null : PyBytes.Create(ts.Interpreter, r);
            };
        }, static (ts0, type) =>
        {
            ByteStringMethods.AddTo(type, "bytes");
            BufferProtocol.AddMethodsTo(type, withRelease: false);
            type.AddMethod("__bytes__", static (ts, self, args, kw) =>
            {
                if (!StrType.NoArgs(ts, "bytes.__bytes__", args, kw)) return null;
                return self.GetType() == typeof(PyBytes) ? self : PyBytes.Create(ts.Interpreter, ((PyBytes)self).Value);
            });
            type.AddMethod("__getnewargs__", static (ts, self, args, kw) =>
                StrType.NoArgs(ts, "bytes.__getnewargs__", args, kw) ? ts.Interpreter.Tuple(PyBytes.Create(ts.Interpreter, ((PyBytes)self).Value)) : null);
        });

    // ---- construction ----

    static readonly string[] NewParams = ["source", "encoding", "errors"];

    static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = new PyObject?[3];
        if (!ArgBinder.Bind(ts, "bytes", args, kwnames, NewParams, 0, a)) return null;
        var data = FromArguments(ts, a[0], a[1], a[2], forByteArray: false);
        if (data is null) return null;
        if (ReferenceEquals(type, ts.Interpreter.Types.Bytes)) return PyBytes.Create(ts.Interpreter, data);
        return new PyBytesSubclass(type, data);
    }

    /// <summary>The bytes of bytes(source, encoding, errors) / bytearray(...), with CPython's
    /// errors. Null with the error set on failure.</summary>
    public static byte[]? FromArguments(ThreadState ts, PyObject? source, PyObject? encoding, PyObject? errors, bool forByteArray)
    {
        if (source is null)
        {
            if (encoding is not null || errors is not null)
            {
                ts.Raise(ExceptionKind.TypeError, encoding is not null ? "encoding without a string argument" : "errors without a string argument");
                return null;
            }
            return [];
        }
        if (encoding is not null || errors is not null)
        {
            if (source is not PyStr str)
            {
                ts.Raise(ExceptionKind.TypeError, encoding is not null ? "encoding without a string argument" : "errors without a string argument");
                return null;
            }
            string enc = "utf-8", err = "strict";
            if (encoding is not null)
            {
                if (encoding is not PyStr e)
                {
                    ts.Raise(ExceptionKind.TypeError, $"{(forByteArray ? "bytearray" : "bytes")}() argument 'encoding' must be str, not {encoding.Type.Name}");
                    return null;
                }
                enc = e.Value;
            }
            if (errors is not null)
            {
                if (errors is not PyStr e)
                {
                    ts.Raise(ExceptionKind.TypeError, $"{(forByteArray ? "bytearray" : "bytes")}() argument 'errors' must be str, not {errors.Type.Name}");
                    return null;
                }
                err = e.Value;
            }
            return Text.Codecs.Encode(ts, str.Value, enc, err);
        }
        if (source is PyStr)
        {
            ts.Raise(ExceptionKind.TypeError, encoding is null ? "string argument without an encoding" : "encoding without a string argument");
            return null;
        }
        if (!forByteArray)
        {
            // __bytes__ first (bytes only), as CPython does.
            var viaDunder = CallDunderBytes(ts, source);
            if (viaDunder is not null) return viaDunder.Value;
            if (ts.HasError) return null;
        }
        if (!BufferProtocol.TryAcquire(ts, source, BufferProtocol.FullReadOnly, out var buffer)) return null;
        if (buffer is not null)
        {
            if (buffer is PyMemoryView mv && !mv.CheckUsable(ts)) return null;
            var copy = buffer is PyMemoryView view ? view.ToArray() : buffer.AsReadOnlySpan().ToArray();
            BufferProtocol.Release(ts, source, buffer);
            return copy;
        }
        if (source is PyInt || source.Type.Slots.Index is not null)
        {
            if (!TextArgs.ToSsize(ts, source, out long count))
            {
                if (ts.CurrentException?.Type == ts.Interpreter.ExceptionType(ExceptionKind.OverflowError))
                {
                    ts.FetchError();
                    ts.Raise(ExceptionKind.OverflowError, "cannot fit 'int' into an index-sized integer");
                }
                return null;
            }
            if (count < 0)
            {
                ts.Raise(ExceptionKind.ValueError, "negative count");
                return null;
            }
            if (count > int.MaxValue)
            {
                ts.RaiseNoMemory();
                return null;
            }
            MemoryAccount.Reserve(ts.Interpreter, count);
            return new byte[count];
        }
        if (source.Type.Slots.Iter is null && source.Type.Slots.GetItem is null)
        {
            ts.Raise(ExceptionKind.TypeError, forByteArray
                ? "cannot convert '" + source.Type.Name + "' object to bytearray"
                : "cannot convert '" + source.Type.Name + "' object to bytes");
            return null;
        }
        var items = new List<PyObject>();
        if (!TextInterop.ToList(ts, source, items)) return null;
        var result = new byte[items.Count];
        for (int i = 0; i < items.Count; i++)
        {
            if (!ByteValue(ts, items[i], out result[i], forByteArray ? "byte must be in range(0, 256)" : "bytes must be in range(0, 256)")) return null;
        }
        return result;
    }

    /// <summary>An item stored into bytes/bytearray: an index in range(256).</summary>
    public static bool ByteValue(ThreadState ts, PyObject item, out byte value, string rangeMessage = "byte must be in range(0, 256)")
    {
        value = 0;
        if (item is not PyInt && item.Type.Slots.Index is null)
        {
            ts.Raise(ExceptionKind.TypeError, $"'{item.Type.Name}' object cannot be interpreted as an integer");
            return false;
        }
        var i = TextArgs.ToInt(ts, item);
        if (i is null) return false;
        if (!i.IsSmall || i.Small < 0 || i.Small > 255)
        {
            ts.Raise(ExceptionKind.ValueError, rangeMessage);
            return false;
        }
        value = (byte)i.Small;
        return true;
    }

    /// <summary>Calls <c>type(obj).__bytes__</c> when it exists. Returns null with no error set
    /// when there is none.</summary>
    public static PyBytes? CallDunderBytes(ThreadState ts, PyObject obj)
    {
        if (obj.GetType() == typeof(PyBytes)) return (PyBytes)obj;
        var method = obj.Type.LookupMro(ts.Interpreter.Intern("__bytes__"));
        if (method is null) return null;
        PyObject? r;
        if (method.Type.Slots.DescrGet is { } get)
        {
            var bound = get(ts, method, obj, obj.Type);
            r = bound is null ? null : Ops.Call(ts, bound);
        }
        else r = Ops.Call(ts, method, obj);
        if (r is null) return null;
        if (r is PyBytes b) return b;
        ts.Raise(ExceptionKind.TypeError, $"__bytes__ returned non-bytes (type {r.Type.Name})");
        return null;
    }

    // ---- repr ----

    /// <summary>repr of bytes content: <paramref name="prefix"/>'...' with CPython's quoting.</summary>
    public static string Repr(ReadOnlySpan<byte> data, string prefix)
    {
        bool hasSingle = data.Contains((byte)'\''), hasDouble = data.Contains((byte)'"');
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(data.Length + 3 + prefix.Length);
        sb.Append(prefix).Append(quote);
        const string hex = "0123456789abcdef";
        foreach (var b in data)
        {
            if (b == quote || b == '\\') sb.Append('\\').Append((char)b);
            else if (b == '\t') sb.Append("\\t");
            else if (b == '\n') sb.Append("\\n");
            else if (b == '\r') sb.Append("\\r");
            else if (b < ' ' || b >= 0x7f) sb.Append("\\x").Append(hex[b >> 4]).Append(hex[b & 15]);
            else sb.Append((char)b);
        }
        sb.Append(quote);
        return sb.ToString();
    }

    // ---- comparison and sequence protocol ----

    static PyObject? RichCompare(ThreadState ts, PyObject self, PyObject other, CompareOp op)
    {
        if (other is not PyBytes o) return ts.Interpreter.NotImplemented;
        return ts.Interpreter.Bool(IntType.CompareResult(Compare(((PyBytes)self).Value, o.Value, op), op));
    }

    /// <summary>Three-way comparison of byte strings (only equality matters for Eq/Ne).</summary>
    public static int Compare(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, CompareOp op)
    {
        if (op is CompareOp.Eq or CompareOp.Ne) return a.SequenceEqual(b) ? 0 : 1;
        int c = a.SequenceCompareTo(b);
        return c < 0 ? -1 : c > 0 ? 1 : 0;
    }

    static PyObject? GetItem(ThreadState ts, PyObject self, PyObject key) =>
        GetItem(ts, self, ((PyBytes)self).Value, key, "index out of range", static (ts, data) => PyBytes.Create(ts.Interpreter, data));

    /// <summary>Indexing (an int) and slicing (a new object from <paramref name="make"/>).</summary>
    public static PyObject? GetItem(ThreadState ts, PyObject self, ReadOnlySpan<byte> data, PyObject key, string rangeMessage,
                                    Func<ThreadState, byte[], PyObject> make)
    {
        if (key is PySlice slice)
        {
            if (!TextArgs.SliceIndices(ts, slice, data.Length, out long start, out _, out long step, out long count)) return null;
            if (step == 1)
            {
                if (count == data.Length && self.GetType() == typeof(PyBytes)) return self;
                return make(ts, data.Slice((int)start, (int)count).ToArray());
            }
            var r = new byte[count];
            for (long k = 0, i = start; k < count; k++, i += step) r[k] = data[(int)i];
            return make(ts, r);
        }
        if (key is PyInt || key.Type.Slots.Index is not null)
        {
            if (!TextArgs.ToSsize(ts, key, out long i))
            {
                if (ts.CurrentException?.Type == ts.Interpreter.ExceptionType(ExceptionKind.OverflowError))
                {
                    ts.FetchError();
                    return ts.Raise(ExceptionKind.IndexError, "cannot fit 'int' into an index-sized integer");
                }
                return null;
            }
            if (i < 0) i += data.Length;
            if (i < 0 || i >= data.Length) return ts.Raise(ExceptionKind.IndexError, rangeMessage);
            return ts.Interpreter.Int(data[(int)i]);
        }
        return ts.Raise(ExceptionKind.TypeError,
            $"{(self is PyByteArray ? "bytearray" : "byte")} indices must be integers or slices, not {key.Type.Name}");
    }

    /// <summary>sq_contains for bytes and bytearray: an int in range(256) or a bytes-like object.</summary>
    public static int Contains(ThreadState ts, PyObject self, PyObject item)
    {
        var data = ((IBuffer)self).AsReadOnlySpan();
        if (BufferProtocol.Exports(ts, item))
        {
            if (!ByteStringMethods.TryArg(ts, item, out var sub)) return -1;
            return data.IndexOf(sub) >= 0 ? 1 : 0;
        }
        if (item is PyInt || item.Type.Slots.Index is not null)
        {
            if (!ByteValue(ts, item, out var b)) return -1;
            return data.Contains(b) ? 1 : 0;
        }
        ts.Raise(ExceptionKind.TypeError, $"a bytes-like object is required, not '{item.Type.Name}'");
        return -1;
    }

    static PyObject? Concat(ThreadState ts, PyObject left, PyObject right)
    {
        if (left is not PyBytes a) return ts.Interpreter.NotImplemented;
        if (!BufferProtocol.Exports(ts, right))
        {
            if (right.Type.HasFlag(TypeFlags.HeapType)) return ts.Interpreter.NotImplemented;
            return ts.Raise(ExceptionKind.TypeError, $"can't concat {right.Type.Name} to bytes");
        }
        if (!ByteStringMethods.TryArg(ts, right, out var b)) return null;
        var r = new byte[a.Value.Length + b.Length];
        a.Value.CopyTo(r, 0);
        b.CopyTo(r.AsSpan(a.Value.Length));
        return PyBytes.Create(ts.Interpreter, r);
    }

    static PyObject? Repeat(ThreadState ts, PyObject left, PyObject right)
    {
        PyBytes b;
        PyObject count;
        if (left is PyBytes lb) { b = lb; count = right; }
        else if (right is PyBytes rb) { b = rb; count = left; }
        else return ts.Interpreter.NotImplemented;
        if (!RepeatCount(ts, count, out long n)) return ReferenceEquals(ts.CurrentException, null) ? ts.Interpreter.NotImplemented : null;
        if (n == 1 && b.GetType() == typeof(PyBytes)) return b;
        var r = RepeatData(ts, b.Value, n);
        return r is null ? null : PyBytes.Create(ts.Interpreter, r);
    }

    /// <summary>The count of a sequence repetition; false with no error set when the operand is a
    /// Python object that may still answer (__rmul__).</summary>
    public static bool RepeatCount(ThreadState ts, PyObject count, out long n)
    {
        n = 0;
        if (count is not PyInt && count.Type.Slots.Index is null)
        {
            if (count.Type.HasFlag(TypeFlags.HeapType)) return false;
            ts.Raise(ExceptionKind.TypeError, $"can't multiply sequence by non-int of type '{count.Type.Name}'");
            return false;
        }
        var i = TextArgs.ToInt(ts, count);
        if (i is null) return false;
        if (!i.IsSmall)
        {
            if (i.Big!.Value.Sign < 0) return true;
            ts.Raise(ExceptionKind.OverflowError, "cannot fit 'int' into an index-sized integer");
            return false;
        }
        n = Math.Max(0, i.Small);
        return true;
    }

    public static byte[]? RepeatData(ThreadState ts, ReadOnlySpan<byte> data, long n)
    {
        if (n <= 0 || data.Length == 0) return [];
        if (n > int.MaxValue / data.Length)   // not Length * n, which can overflow
        {
            ts.RaiseNoMemory();
            return null;
        }
        MemoryAccount.Reserve(ts.Interpreter, data.Length * n);
        // Not zeroed: every byte is written below (zeroing gigabytes would take seconds that no
        // eval-breaker check can cut short).
        var r = GC.AllocateUninitializedArray<byte>((int)(data.Length * n));
        // Doubling copies, at most RepeatChunk bytes between eval-breaker checks: a huge
        // repetition is fast and stays interruptible.
        data.CopyTo(r);
        long done = data.Length;
        while (done < r.Length)
        {
            if (!HostControls.Check(ts)) return null;
            int chunk = (int)Math.Min(Math.Min(done, r.Length - done), SequenceOps.RepeatChunk);
            r.AsSpan(0, chunk).CopyTo(r.AsSpan((int)done));
            done += chunk;
        }
        return r;
    }
}
