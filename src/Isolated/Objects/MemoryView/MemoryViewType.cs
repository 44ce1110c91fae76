using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>memoryview</c> type (one-dimensional; native single-character formats).</summary>
public static class MemoryViewType
{
    public static PyType Create(Interpreter interp, BuiltinTypes types) =>
        types.NewBuiltin("memoryview", types.Object, TypeFlags.Sequence, s =>
        {
            s.New = New;
            s.Init = static (ts, self, args, kw) => true;
            s.Repr = static (ts, self) =>
                ts.Interpreter.Str($"<{(((PyMemoryView)self).Released ? "released " : "")}memory at 0x{Ops.Id(self):x}>");
            s.Length = static (ts, self) => ((PyMemoryView)self).CheckUsable(ts) ? ((PyMemoryView)self).Length : -1;
            s.GetItem = GetItem;
            s.SetItem = SetItem;
            s.RichCompare = RichCompare;
            s.Hash = Hash;
            s.Iter = static (ts, self) =>
            {
                var mv = (PyMemoryView)self;
                if (!mv.CheckUsable(ts)) return null;
                if (mv.Format == 'B') return new PyBytesIterator(ts.Interpreter.Types.BytesIterator, mv);
                // Other formats iterate their items through tolist().
                var items = new List<PyObject>(mv.Length);
                for (int i = 0; i < mv.Length; i++) items.Add(Item(ts, mv, i));
                return TextInterop.GetIter(ts, ts.Interpreter.Tuple(items.ToArray()));
            };
        }, FillDict);

    /// <summary>memoryview(obj): a builtin exporter's data, or the view a Python class's
    /// <c>__buffer__</c> returns (PEP 688), wrapped so that releasing it calls the class's
    /// <c>__release_buffer__</c>.</summary>
    public static PyMemoryView? FromObject(ThreadState ts, PyObject obj)
    {
        if (obj is PyMemoryView) return FromBuiltinExporter(ts, obj);
        if (!BufferProtocol.TryAcquire(ts, obj, BufferProtocol.FullReadOnly, out var buffer)) return null;
        if (buffer is null || ReferenceEquals(buffer, obj)) return FromBuiltinExporter(ts, obj);
        var inner = (PyMemoryView)buffer;
        if (!inner.CheckUsable(ts)) return null;
        var outer = new PyMemoryView(ts.Interpreter.Types.MemoryView, obj, inner.Source, inner.Start, inner.Length, inner.Step, inner.ReadOnlyView, inner.Format);
        outer.ReleasesTo(inner);
        return outer;
    }

    /// <summary>A view of a builtin exporter (bytes, bytearray, memoryview, array...), never
    /// consulting a Python <c>__buffer__</c>: what the builtin types' own <c>__buffer__</c> returns.</summary>
    public static PyMemoryView? FromBuiltinExporter(ThreadState ts, PyObject obj)
    {
        var type = ts.Interpreter.Types.MemoryView;
        if (obj is PyMemoryView mv)
        {
            if (!mv.CheckUsable(ts)) return null;
            return new PyMemoryView(type, mv.Obj, mv.Source, mv.Start, mv.Length, mv.Step, mv.ReadOnlyView, mv.Format);
        }
        if (obj is IBuffer b)
        {
            char format = b.ItemFormat;
            int itemSize = MemoryViewItems.ItemSize(format);
            return new PyMemoryView(type, obj, b, 0, b.AsReadOnlySpan().Length / itemSize, itemSize, b.IsReadOnly, format);
        }
        ts.Raise(ExceptionKind.TypeError, $"memoryview: a bytes-like object is required, not '{obj.Type.Name}'");
        return null;
    }

    static readonly string[] NewParams = ["object"];

    static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = new PyObject?[1];
        if (!ArgBinder.Bind(ts, "memoryview", args, kwnames, NewParams, 1, a)) return null;
        return FromObject(ts, a[0]!);
    }

    static PyObject Item(ThreadState ts, PyMemoryView mv, int i) => MemoryViewItems.Read(ts.Interpreter, mv.Format, mv.ItemBytes(i));

    static PyObject? GetItem(ThreadState ts, PyObject self, PyObject key)
    {
        var mv = (PyMemoryView)self;
        if (!mv.CheckUsable(ts)) return null;
        if (key is PySlice slice)
        {
            if (!TextArgs.SliceIndices(ts, slice, mv.Length, out long start, out _, out long step, out long count)) return null;
            return new PyMemoryView(ts.Interpreter.Types.MemoryView, mv.Obj, mv.Source, mv.Start + (int)start * mv.Step,
                                    (int)count, mv.Step * (int)step, mv.ReadOnlyView, mv.Format);
        }
        if (key is PyTuple t && t.Count == 0) return mv;
        if (key is PyInt || key.Type.Slots.Index is not null)
        {
            if (!TextArgs.ToSsize(ts, key, out long i)) return null;
            if (i < 0) i += mv.Length;
            if (i < 0 || i >= mv.Length) return ts.Raise(ExceptionKind.IndexError, "index out of bounds on dimension 1");
            return Item(ts, mv, (int)i);
        }
        return ts.Raise(ExceptionKind.TypeError, "memoryview: invalid slice key");
    }

    static bool SetItem(ThreadState ts, PyObject self, PyObject key, PyObject? value)
    {
        var mv = (PyMemoryView)self;
        if (!mv.CheckUsable(ts)) return false;
        if (mv.ReadOnlyView)
        {
            ts.Raise(ExceptionKind.TypeError, "cannot modify read-only memory");
            return false;
        }
        if (value is null)
        {
            ts.Raise(ExceptionKind.TypeError, "cannot delete memory");
            return false;
        }
        if (key is PySlice slice)
        {
            if (!TextArgs.SliceIndices(ts, slice, mv.Length, out long start, out _, out long step, out long count)) return false;
            if (!ByteStringMethods.TryArg(ts, value, out var data)) return false;
            if (value is PyMemoryView src && src.Format != mv.Format || data.Length != count * mv.ItemSize)
            {
                ts.Raise(ExceptionKind.ValueError, "memoryview assignment: lvalue and rvalue have different structures");
                return false;
            }
            var copy = data.ToArray();
            mv.CheckSourceCovers();
            var target = mv.Source.AsWritableSpan();
            for (long k = 0, i = start; k < count; k++, i += step)
                copy.AsSpan((int)k * mv.ItemSize, mv.ItemSize).CopyTo(target.Slice(mv.Start + (int)i * mv.Step));
            return true;
        }
        if (key is PyInt || key.Type.Slots.Index is not null)
        {
            if (!TextArgs.ToSsize(ts, key, out long i)) return false;
            if (i < 0) i += mv.Length;
            if (i < 0 || i >= mv.Length)
            {
                ts.Raise(ExceptionKind.IndexError, "index out of bounds on dimension 1");
                return false;
            }
            Span<byte> item = stackalloc byte[8];
            if (!MemoryViewItems.Write(ts, mv.Format, value, item)) return false;
            mv.CheckSourceCovers();
            item[..mv.ItemSize].CopyTo(mv.Source.AsWritableSpan().Slice(mv.Start + (int)i * mv.Step));
            return true;
        }
        ts.Raise(ExceptionKind.TypeError, "memoryview: invalid slice key");
        return false;
    }

    static PyObject? RichCompare(ThreadState ts, PyObject self, PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne)) return ts.Interpreter.NotImplemented;
        var mv = (PyMemoryView)self;
        // A view equals itself unless it holds floats (NaN != NaN).
        if (ReferenceEquals(self, other) && mv.Format is not ('e' or 'f' or 'd')) return ts.Interpreter.Bool(op == CompareOp.Eq);
        if (mv.Released || other is PyMemoryView { Released: true })
            return ts.Interpreter.Bool(op == CompareOp.Ne);
        if (other is not IBuffer ob) return ts.Interpreter.NotImplemented;
        if (!MemoryViewItems.IsByteFormat(mv.Format) || other is PyMemoryView { Format: var f2 } && !MemoryViewItems.IsByteFormat(f2))
            return CompareItems(ts, mv, other, op);
        var a = mv.ToArray();
        var b = other is PyMemoryView omv ? omv.ToArray() : ob.AsReadOnlySpan();
        bool equal = a.AsSpan().SequenceEqual(b) && (other is not PyMemoryView m2 || SameValues(mv.Format, m2.Format, a));
        return ts.Interpreter.Bool(equal == (op == CompareOp.Eq));
    }

    /// <summary>Equality item by item, for views whose formats are not both byte formats.</summary>
    static PyObject? CompareItems(ThreadState ts, PyMemoryView mv, PyObject other, CompareOp op)
    {
        var right = other as PyMemoryView ?? FromObject(ts, other);
        if (right is null) return null;
        bool equal = mv.Length == right.Length;
        for (int i = 0; equal && i < mv.Length; i++)
        {
            int eq = Ops.RichCompareBool(ts, Item(ts, mv, i), Item(ts, right, i), CompareOp.Eq);
            if (eq < 0) return null;
            equal = eq == 1;
        }
        if (!ReferenceEquals(right, other)) right.Release(ts);
        return ts.Interpreter.Bool(equal == (op == CompareOp.Eq));
    }

    static bool SameValues(char f1, char f2, byte[] data)
    {
        if (f1 == f2) return true;
        if (f1 == 'c' || f2 == 'c') return data.Length == 0;
        // 'b' and 'B' agree only where no byte has the sign bit.
        foreach (var x in data) if (x >= 0x80) return false;
        return true;
    }

    static bool Hash(ThreadState ts, PyObject self, out long hash)
    {
        hash = -1;
        var mv = (PyMemoryView)self;
        if (!mv.CheckUsable(ts)) return false;
        if (!mv.ReadOnlyView)
        {
            ts.Raise(ExceptionKind.ValueError, "cannot hash writable memoryview object");
            return false;
        }
        if (!MemoryViewItems.IsByteFormat(mv.Format))
        {
            ts.Raise(ExceptionKind.ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
            return false;
        }
        hash = PyBytes.Create(ts.Interpreter, mv.ToArray()).Hash;
        return true;
    }

    static void FillDict(ThreadState? ts0, PyType type)
    {
        BufferProtocol.AddMethodsTo(type, withRelease: true);
        type.AddMethod("tobytes", static (ts, self, args, kw) =>
        {
            var mv = (PyMemoryView)self;
            if (!mv.CheckUsable(ts)) return null;
            return PyBytes.Create(ts.Interpreter, mv.ToArray());
        });
        type.AddMethod("tolist", static (ts, self, args, kw) =>
        {
            if (!StrType.NoArgs(ts, "memoryview.tolist", args, kw)) return null;
            var mv = (PyMemoryView)self;
            if (!mv.CheckUsable(ts)) return null;
            var items = new List<PyObject>(mv.Length);
            for (int i = 0; i < mv.Length; i++) items.Add(Item(ts, mv, i));
            return TextInterop.NewList(ts, items);
        });
        type.AddMethod("hex", ByteStringMethods.Hex);
        type.AddMethod("release", static (ts, self, args, kw) =>
        {
            if (!StrType.NoArgs(ts, "memoryview.release", args, kw)) return null;
            return ((PyMemoryView)self).Release(ts) ? ts.Interpreter.None : null;
        });
        type.AddMethod("toreadonly", static (ts, self, args, kw) =>
        {
            var mv = (PyMemoryView)self;
            if (!mv.CheckUsable(ts)) return null;
            return new PyMemoryView(ts.Interpreter.Types.MemoryView, mv.Obj, mv.Source, mv.Start, mv.Length, mv.Step, true, mv.Format);
        });
        type.AddMethod("cast", Cast);
        type.AddMethod("__enter__", static (ts, self, args, kw) =>
        {
            var mv = (PyMemoryView)self;
            if (!mv.CheckUsable(ts)) return null;
            mv.Hold();
            return self;
        });
        type.AddMethod("__exit__", static (ts, self, args, kw) =>
            ((PyMemoryView)self).Release(ts) ? ts.Interpreter.None : null);
        type.AddGetSet("obj", static (ts, self) => ((PyMemoryView)self).CheckUsable(ts) ? ((PyMemoryView)self).Obj : null);
        type.AddGetSet("nbytes", static (ts, self) => ((PyMemoryView)self).CheckUsable(ts) ? ts.Interpreter.Int(((PyMemoryView)self).ByteLength) : null);
        type.AddGetSet("readonly", static (ts, self) => ((PyMemoryView)self).CheckUsable(ts) ? ts.Interpreter.Bool(((PyMemoryView)self).ReadOnlyView) : null);
        type.AddGetSet("itemsize", static (ts, self) => ((PyMemoryView)self).CheckUsable(ts) ? ts.Interpreter.Int(((PyMemoryView)self).ItemSize) : null);
        type.AddGetSet("format", static (ts, self) => ((PyMemoryView)self).CheckUsable(ts) ? ts.Interpreter.Str(((PyMemoryView)self).Format.ToString()) : null);
        type.AddGetSet("ndim", static (ts, self) => ((PyMemoryView)self).CheckUsable(ts) ? ts.Interpreter.Int(1) : null);
        type.AddGetSet("shape", static (ts, self) => ((PyMemoryView)self).CheckUsable(ts) ? ts.Interpreter.Tuple(ts.Interpreter.Int(((PyMemoryView)self).Length)) : null);
        type.AddGetSet("strides", static (ts, self) => ((PyMemoryView)self).CheckUsable(ts) ? ts.Interpreter.Tuple(ts.Interpreter.Int(((PyMemoryView)self).Step)) : null);
        type.AddGetSet("suboffsets", static (ts, self) => ((PyMemoryView)self).CheckUsable(ts) ? ts.Interpreter.EmptyTuple : null);
        type.AddGetSet("released", static (ts, self) => ts.Interpreter.Bool(((PyMemoryView)self).Released));
        type.AddGetSet("c_contiguous", static (ts, self) => ((PyMemoryView)self).CheckUsable(ts) ? ts.Interpreter.Bool(((PyMemoryView)self).IsContiguous) : null);
        type.AddGetSet("f_contiguous", static (ts, self) => ((PyMemoryView)self).CheckUsable(ts) ? ts.Interpreter.Bool(((PyMemoryView)self).IsContiguous) : null);
        type.AddGetSet("contiguous", static (ts, self) => ((PyMemoryView)self).CheckUsable(ts) ? ts.Interpreter.Bool(((PyMemoryView)self).IsContiguous) : null);
    }

    static readonly string[] CastParams = ["format", "shape"];

    /// <summary>memoryview.cast(format[, shape]): a C-contiguous view reinterpreted in another
    /// native format, one-dimensional (a shape must be that one dimension).</summary>
    static PyObject? Cast(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "cast", args, kw, CastParams, 1, a)) return null;
        var mv = (PyMemoryView)self;
        if (!mv.CheckUsable(ts)) return null;
        if (a[0] is not PyStr f)
            return ts.Raise(ExceptionKind.TypeError, $"cast() argument 'format' must be str, not {a[0]!.Type.Name}");
        if (!mv.IsContiguous)
            return ts.Raise(ExceptionKind.TypeError, "memoryview: casts are restricted to C-contiguous views");
        var format = f.Value.StartsWith('@') ? f.Value.Substring(1) : f.Value;
        int itemSize = format.Length == 1 ? MemoryViewItems.ItemSize(format[0]) : 0;
        if (itemSize == 0)
            return ts.Raise(ExceptionKind.ValueError, "memoryview: destination format must be a native single character format prefixed with an optional '@'");
        if (!MemoryViewItems.IsByteFormat(mv.Format) && !MemoryViewItems.IsByteFormat(format[0]))
            return ts.Raise(ExceptionKind.TypeError, "memoryview: cannot cast between two non-byte formats");
        int bytes = mv.ByteLength;
        if (bytes % itemSize != 0)
            return ts.Raise(ExceptionKind.TypeError, "memoryview: length is not a multiple of itemsize");
        int count = bytes / itemSize;
        if (a[1] is { } shape)
        {
            if (shape is not (PyList or PyTuple))
                return ts.Raise(ExceptionKind.TypeError, "shape must be a list or a tuple");
            var dims = shape is PyList l ? l.Items.AsSpan(0, l.Count) : ((PyTuple)shape).Items.AsSpan();
            if (dims.Length != 1)
                return ts.Raise(ExceptionKind.NotImplementedError, "memoryview: multi-dimensional casts are not supported by this runtime");
            if (!Ops.AsLong(ts, dims[0], out long n)) return null;
            if (n <= 0) return ts.Raise(ExceptionKind.ValueError, "memoryview.cast(): elements of shape must be integers > 0");
            if (n != count) return ts.Raise(ExceptionKind.TypeError, "memoryview: product(shape) * itemsize != buffer size");
        }
        return new PyMemoryView(ts.Interpreter.Types.MemoryView, mv.Obj, mv.Source, mv.Start, count, itemSize, mv.ReadOnlyView, format[0]);
    }
}
