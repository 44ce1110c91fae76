using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>bytearray</c> type: the shared byte-string methods plus mutation (item and
/// slice assignment and deletion, append/extend/insert/pop/remove/reverse/clear, += and *=).</summary>
public static class ByteArrayType
{
    public static PyType Create(Interpreter interp, BuiltinTypes types) =>
        types.NewBuiltin("bytearray", types.Object, TypeFlags.BaseType | TypeFlags.SequenceConcat, s =>
        {
            s.New = static (ts, type, args, kw) =>
                ReferenceEquals(type, ts.Interpreter.Types.ByteArray) ? new PyByteArray(type, []) : new PyByteArraySubclass(type, []);
            s.Init = Init;
            s.Repr = static (ts, self) =>
            {
                var name = ReferenceEquals(self.Type, ts.Interpreter.Types.ByteArray) ? "bytearray" : self.Type.Name;
                return ts.Interpreter.Str(name + "(" + BytesType.Repr(((PyByteArray)self).AsReadOnlySpan(), "b") + ")");
            };
            s.Str = null;
            s.Hash = null;
            s.RichCompare = RichCompare;
            s.Length = static (ts, self) => ((PyByteArray)self).Count;
            s.GetItem = static (ts, self, key) => BytesType.GetItem(ts, self, ((PyByteArray)self).AsReadOnlySpan(), key,
                "bytearray index out of range", static (ts, data) => new PyByteArray(ts.Interpreter.Types.ByteArray, data));
            s.SetItem = SetItem;
            s.Contains = BytesType.Contains;
            s.Iter = static (ts, self) => new PyBytesIterator(ts.Interpreter.Types.ByteArrayIterator, (PyByteArray)self);
            s.Add = static (ts, left, right) =>
            {
                if (left is not PyByteArray a) return ts.Interpreter.NotImplemented;
                if (!BufferProtocol.Exports(ts, right))
                {
                    if (right.Type.HasFlag(TypeFlags.HeapType)) return ts.Interpreter.NotImplemented;
                    return ts.Raise(ExceptionKind.TypeError, $"can't concat {right.Type.Name} to bytearray");
                }
                if (!ByteStringMethods.TryArg(ts, right, out var b)) return null;
                var r = new PyByteArray(ts.Interpreter.Types.ByteArray, a.ToArray());
                r.AppendRange(b);
                return r;
            };
            s.InplaceAdd = static (ts, left, right) =>
            {
                if (left is not PyByteArray a) return ts.Interpreter.NotImplemented;
                if (!BufferProtocol.Exports(ts, right))
                    return ts.Raise(ExceptionKind.TypeError, $"can't concat {right.Type.Name} to bytearray");
                if (!ByteStringMethods.TryArg(ts, right, out var b)) return null;
                if (b.Length > 0 && !a.CheckResizable(ts)) return null;
                a.AppendRange(b);
                return a;
            };
            s.Multiply = static (ts, left, right) =>
            {
                PyByteArray a;
                PyObject count;
                if (left is PyByteArray la) { a = la; count = right; }
                else if (right is PyByteArray ra) { a = ra; count = left; }
                else return ts.Interpreter.NotImplemented;
                if (!BytesType.RepeatCount(ts, count, out long n)) return ts.HasError ? null : ts.Interpreter.NotImplemented;
                var data = BytesType.RepeatData(ts, a.AsReadOnlySpan(), n);
                return data is null ? null : new PyByteArray(ts.Interpreter.Types.ByteArray, data);
            };
            s.InplaceMultiply = static (ts, left, right) =>
            {
                if (left is not PyByteArray a) return ts.Interpreter.NotImplemented;
                if (!BytesType.RepeatCount(ts, right, out long n)) return ts.HasError ? null : ts.Interpreter.NotImplemented;
                var data = BytesType.RepeatData(ts, a.AsReadOnlySpan(), n);
                if (data is null) return null;
                if (data.Length != a.Count && !a.CheckResizable(ts)) return null;
                a.Splice(0, a.Count, data);
                return a;
            };
            s.Remainder = static (ts, left, right) =>
            {
                if (left is not PyByteArray b) return ts.Interpreter.NotImplemented;
                var r = PercentFormatter.FormatBytes(ts, b.AsReadOnlySpan(), right);
                return r is null ? null : new PyByteArray(ts.Interpreter.Types.ByteArray, r);
            };
        }, FillDict);

    static readonly string[] InitParams = ["source", "encoding", "errors"];

    static bool Init(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = new PyObject?[3];
        if (!ArgBinder.Bind(ts, "bytearray", args, kwnames, InitParams, 0, a)) return false;
        var data = BytesType.FromArguments(ts, a[0], a[1], a[2], forByteArray: true);
        if (data is null) return false;
        var ba = (PyByteArray)self;
        if (!ba.CheckResizable(ts)) return false;
        ba.Splice(0, ba.Count, data);
        return true;
    }

    static PyObject? RichCompare(ThreadState ts, PyObject self, PyObject other, CompareOp op)
    {
        if (other is not IBuffer ob || other is PyMemoryView mv && mv.Released) return ts.Interpreter.NotImplemented;
        var a = ((PyByteArray)self).AsReadOnlySpan();
        var b = other is PyMemoryView view ? view.ToArray() : ob.AsReadOnlySpan();
        return ts.Interpreter.Bool(IntType.CompareResult(BytesType.Compare(a, b, op), op));
    }

    static bool SetItem(ThreadState ts, PyObject self, PyObject key, PyObject? value)
    {
        var ba = (PyByteArray)self;
        if (key is PySlice slice) return SetSlice(ts, ba, slice, value);
        if (key is not PyInt && key.Type.Slots.Index is null)
        {
            ts.Raise(ExceptionKind.TypeError, $"bytearray indices must be integers or slices, not {key.Type.Name}");
            return false;
        }
        if (!TextArgs.ToSsize(ts, key, out long i)) return false;
        if (i < 0) i += ba.Count;
        if (i < 0 || i >= ba.Count)
        {
            ts.Raise(ExceptionKind.IndexError, "bytearray index out of range");
            return false;
        }
        if (value is null)
        {
            if (!ba.CheckResizable(ts)) return false;
            ba.Splice((int)i, 1, []);
            return true;
        }
        if (!BytesType.ByteValue(ts, value, out var b)) return false;
        ba.AsWritableSpan()[(int)i] = b;
        return true;
    }

    static bool SetSlice(ThreadState ts, PyByteArray ba, PySlice slice, PyObject? value)
    {
        if (!TextArgs.SliceIndices(ts, slice, ba.Count, out long start, out long stop, out long step, out long count)) return false;
        byte[] data;
        if (value is null) data = [];
        else if (ReferenceEquals(value, ba)) data = ba.ToArray();
        else if (BufferProtocol.Exports(ts, value))
        {
            if (!ByteStringMethods.TryArg(ts, value, out var span)) return false;
            data = span.ToArray();
        }
        else if (value is PyInt || value.Type.Slots.Iter is null && value.Type.Slots.GetItem is null || value is PyStr)
        {
            ts.Raise(ExceptionKind.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            return false;
        }
        else
        {
            var d = BytesType.FromArguments(ts, value, null, null, forByteArray: true);
            if (d is null) return false;
            data = d;
        }
        if (step == 1)
        {
            if (stop < start) stop = start;
            if (data.Length != stop - start && !ba.CheckResizable(ts)) return false;
            ba.Splice((int)start, (int)(stop - start), data);
            return true;
        }
        if (value is null)
        {
            if (count == 0) return true;
            if (!ba.CheckResizable(ts)) return false;
            // Delete every step-th byte: rebuild keeping the others.
            var keep = new List<byte>(ba.Count);
            var src = ba.AsReadOnlySpan();
            long lo = step > 0 ? start : start + step * (count - 1);
            long absStep = Math.Abs(step);
            for (int i = 0; i < src.Length; i++)
            {
                bool removed = i >= lo && (i - lo) % absStep == 0 && (i - lo) / absStep < count;
                if (!removed) keep.Add(src[i]);
            }
            ba.Splice(0, ba.Count, keep.ToArray());
            return true;
        }
        if (data.Length != count)
        {
            ts.Raise(ExceptionKind.ValueError, $"attempt to assign bytes of size {data.Length} to extended slice of size {count}");
            return false;
        }
        var dst = ba.AsWritableSpan();
        for (long k = 0, i = start; k < count; k++, i += step) dst[(int)i] = data[k];
        return true;
    }

    // ---- methods ----

    static void FillDict(ThreadState? ts0, PyType type)
    {
        BufferProtocol.AddMethodsTo(type, withRelease: true);
        ByteStringMethods.AddTo(type, "bytearray");
        type.AddMethod("append", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "bytearray.append", args, kw, 1, 1)) return null;
            var ba = (PyByteArray)self;
            if (!BytesType.ByteValue(ts, args[0], out var b)) return null;
            if (!ba.CheckResizable(ts)) return null;
            ba.Append(b);
            return ts.Interpreter.None;
        });
        type.AddMethod("extend", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "bytearray.extend", args, kw, 1, 1)) return null;
            var ba = (PyByteArray)self;
            var src = args[0];
            byte[]? data;
            if (BufferProtocol.Exports(ts, src))
            {
                if (!ByteStringMethods.TryArg(ts, src, out var span)) return null;
                data = span.ToArray();
            }
            else
            {
                if (src is PyStr)
                    return ts.Raise(ExceptionKind.TypeError, "expected iterable of integers; got: 'str'");
                if (src.Type.Slots.Iter is null && src.Type.Slots.GetItem is null)
                    return ts.Raise(ExceptionKind.TypeError, $"can't extend bytearray with {src.Type.Name}");
                data = BytesType.FromArguments(ts, src, null, null, forByteArray: true);
                if (data is null) return null;
            }
            if (data.Length > 0 && !ba.CheckResizable(ts)) return null;
            ba.AppendRange(data);
            return ts.Interpreter.None;
        });
        type.AddMethod("insert", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "insert", args, kw, 2, 2)) return null;
            var ba = (PyByteArray)self;
            if (!TextArgs.ToSsize(ts, args[0], out long i)) return null;
            if (!BytesType.ByteValue(ts, args[1], out var b)) return null;
            if (!ba.CheckResizable(ts)) return null;
            long n = ba.Count;
            if (i < 0) { i += n; if (i < 0) i = 0; }
            if (i > n) i = n;
            ba.Splice((int)i, 0, [b]);
            return ts.Interpreter.None;
        });
        type.AddMethod("pop", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "pop", args, kw, 0, 1)) return null;
            var ba = (PyByteArray)self;
            long i = -1;
            if (args.Length > 0 && !TextArgs.ToSsize(ts, args[0], out i)) return null;
            if (ba.Count == 0) return ts.Raise(ExceptionKind.IndexError, "pop from empty bytearray");
            if (i < 0) i += ba.Count;
            if (i < 0 || i >= ba.Count) return ts.Raise(ExceptionKind.IndexError, "pop index out of range");
            if (!ba.CheckResizable(ts)) return null;
            byte b = ba.AsReadOnlySpan()[(int)i];
            ba.Splice((int)i, 1, []);
            return ts.Interpreter.Int(b);
        });
        type.AddMethod("remove", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "bytearray.remove", args, kw, 1, 1)) return null;
            var ba = (PyByteArray)self;
            if (!BytesType.ByteValue(ts, args[0], out var b)) return null;
            int at = ba.AsReadOnlySpan().IndexOf(b);
            if (at < 0) return ts.Raise(ExceptionKind.ValueError, "value not found in bytearray");
            if (!ba.CheckResizable(ts)) return null;
            ba.Splice(at, 1, []);
            return ts.Interpreter.None;
        });
        type.AddMethod("reverse", static (ts, self, args, kw) =>
        {
            if (!StrType.NoArgs(ts, "bytearray.reverse", args, kw)) return null;
            ((PyByteArray)self).AsWritableSpan().Reverse();
            return ts.Interpreter.None;
        });
        type.AddMethod("clear", static (ts, self, args, kw) =>
        {
            if (!StrType.NoArgs(ts, "bytearray.clear", args, kw)) return null;
            var ba = (PyByteArray)self;
            if (!ba.CheckResizable(ts)) return null;
            ba.Clear();
            return ts.Interpreter.None;
        });
        type.AddMethod("copy", static (ts, self, args, kw) =>
            StrType.NoArgs(ts, "bytearray.copy", args, kw) ? new PyByteArray(ts.Interpreter.Types.ByteArray, ((PyByteArray)self).ToArray()) : null);
        type.AddMethod("__alloc__", static (ts, self, args, kw) =>
            StrType.NoArgs(ts, "bytearray.__alloc__", args, kw) ? ts.Interpreter.Int(((PyByteArray)self).Count + 1) : null);
        type.AddMethod("__reduce__", static (ts, self, args, kw) =>
            StrType.NoArgs(ts, "bytearray.__reduce__", args, kw) ? Reduce(ts, (PyByteArray)self, 0) : null);
        type.AddMethod("__reduce_ex__", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "__reduce_ex__", args, kw, 1, 1)) return null;
            if (args[0] is not PyInt proto)
                return ts.Raise(ExceptionKind.TypeError, $"'{args[0].Type.Name}' object cannot be interpreted as an integer");
            return Reduce(ts, (PyByteArray)self, proto.IsSmall ? proto.Small : 4);
        });
        type.AddValue("__hash__", type.Owner.None);
    }

    /// <summary>pickle and copy: (type, (bytes,), __dict__ or None); protocols 0-2, which have no
    /// bytes, get the data as a latin-1 str, as CPython does.</summary>
    static PyObject Reduce(ThreadState ts, PyByteArray self, long protocol)
    {
        var interp = ts.Interpreter;
        var data = self.ToArray();
        PyObject args = protocol < 3
            ? interp.Tuple(interp.Str(System.Text.Encoding.Latin1.GetString(data)), interp.Str("latin-1"))
            : interp.Tuple(PyBytes.Create(interp, data));
        PyObject state = Ops.InstanceDict(self) is { Count: > 0 } d ? d : interp.None;
        return interp.Tuple(self.Type, args, state);
    }
}
