using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Struct;

/// <summary><c>_struct.Struct</c> and its iter_unpack iterator.</summary>
public static class StructType
{
    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("Struct", types.Object, TypeFlags.BaseType, s =>
        {
            s.New = static (ts, type, args, kw) =>
                ReferenceEquals(type, ts.Interpreter.Types.Binary.Struct) ? new PyStruct(type) : new PyStructSubclass(type);
            s.Init = Init;
        }, FillDict);

    public static PyType CreateUnpackIterator(BuiltinTypes types) =>
        types.NewBuiltin("unpack_iterator", types.Object, TypeFlags.None, s =>
        {
            s.New = null;
            s.Iter = static (ts, self) => self;
            s.IterNext = static (ts, self) =>
            {
                var it = (PyUnpackIterator)self;
                if (it.Offset >= it.Data.Length) return null;
                var r = StructCodec.Unpack(ts, it.Layout, it.Data.AsSpan(it.Offset, it.Layout.Size));
                it.Offset += it.Layout.Size;
                return r;
            };
        }, static (ts, t) =>
        {
            t.AddValue("__module__", t.Owner.Str("_struct"));
            t.AddMethod("__length_hint__", static (ts, self, a, k) =>
            {
                var it = (PyUnpackIterator)self;
                return ts.Interpreter.Int((it.Data.Length - it.Offset) / it.Layout.Size);
            });
        });

    static readonly string[] InitParams = ["format"];

    static bool Init(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[1];
        if (!ArgBinder.Bind(ts, "Struct", args, kw, InitParams, 1, a)) return false;
        var layout = StructModule.CompileFormat(ts, a[0]!);
        if (layout is null) return false;
        var st = (PyStruct)self;
        st.Layout = layout;
        st.FormatObject = ts.Interpreter.Str(layout.Format);
        return true;
    }

    /// <summary>The compiled layout of an initialized Struct; null with an error otherwise.</summary>
    static StructLayout? LayoutOf(ThreadState ts, PyObject self)
    {
        var layout = ((PyStruct)self).Layout;
        if (layout is null) ts.Raise(ExceptionKind.ValueError, "Struct object is not initialized (call __init__ first)");
        return layout;
    }

    static void FillDict(ThreadState? ts0, PyType type)
    {
        type.AddValue("__module__", type.Owner.Str("_struct"));
        type.AddMethod("pack", static (ts, self, a, k) =>
        {
            if (!ArgBinder.NoKeywords(ts, "pack", k)) return null;
            var layout = LayoutOf(ts, self);
            return layout is null ? null : Pack(ts, layout, a);
        });
        type.AddMethod("pack_into", static (ts, self, a, k) =>
        {
            if (!ArgBinder.NoKeywords(ts, "pack_into", k)) return null;
            var layout = LayoutOf(ts, self);
            return layout is null ? null : PackInto(ts, layout, a);
        });
        type.AddMethod("unpack", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "unpack", a, k, 1, 1)) return null;
            var layout = LayoutOf(ts, self);
            return layout is null ? null : Unpack(ts, layout, a[0]);
        });
        type.AddMethod("unpack_from", static (ts, self, a, k) =>
        {
            var layout = LayoutOf(ts, self);
            return layout is null ? null : UnpackFrom(ts, layout, a, k);
        });
        type.AddMethod("iter_unpack", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "iter_unpack", a, k, 1, 1)) return null;
            var layout = LayoutOf(ts, self);
            return layout is null ? null : IterUnpack(ts, layout, a[0]);
        });
        type.AddMethod("__sizeof__", static (ts, self, a, k) =>
            ts.Interpreter.Int(64 + 16 * (((PyStruct)self).Layout?.Codes.Length ?? 0)));
        type.AddGetSet("format", static (ts, self) => ((PyStruct)self).FormatObject ?? ts.Interpreter.None);
        type.AddGetSet("size", static (ts, self) => LayoutOf(ts, self) is { } l ? ts.Interpreter.Int(l.Size) : null);
    }

    public static PyObject? Pack(ThreadState ts, StructLayout layout, ReadOnlySpan<PyObject> values)
    {
        if (values.Length != layout.ItemCount)
        {
            StructModule.RaiseError(ts, $"pack expected {layout.ItemCount} items for packing (got {values.Length})");
            return null;
        }
        var result = new byte[layout.Size];
        return StructCodec.Pack(ts, layout, values, result) ? PyBytes.Create(ts.Interpreter, result) : null;
    }

    public static PyObject? PackInto(ThreadState ts, StructLayout layout, ReadOnlySpan<PyObject> args)
    {
        if (args.Length < 1)
        {
            StructModule.RaiseError(ts, "pack_into expected buffer argument");
            return null;
        }
        if (args.Length < 2)
        {
            StructModule.RaiseError(ts, "pack_into expected offset argument");
            return null;
        }
        if (args.Length - 2 != layout.ItemCount)
        {
            StructModule.RaiseError(ts, $"pack_into expected {layout.ItemCount} items for packing (got {args.Length - 2})");
            return null;
        }
        if (args[0] is not IBuffer buffer || buffer.IsReadOnly || args[0] is PyMemoryView { IsContiguous: false })
            return ts.Raise(ExceptionKind.TypeError, $"argument must be read-write bytes-like object, not {args[0].Type.Name}");
        if (args[0] is PyMemoryView mv && !mv.CheckUsable(ts)) return null;
        if (!Ops.AsIndexSize(ts, args[1], out long offset)) return null;
        int length = buffer.AsReadOnlySpan().Length;
        if (offset < 0)
        {
            if (offset + layout.Size > 0)
            {
                StructModule.RaiseError(ts, $"no space to pack {layout.Size} bytes at offset {offset}");
                return null;
            }
            if (offset + length < 0)
            {
                StructModule.RaiseError(ts, $"offset {offset} out of range for {length}-byte buffer");
                return null;
            }
            offset += length;
        }
        if (length - offset < layout.Size)
        {
            StructModule.RaiseError(ts, $"pack_into requires a buffer of at least {layout.Size + offset} bytes for packing {layout.Size} bytes at offset {offset} (actual buffer size is {length})");
            return null;
        }
        // Pack into a scratch copy so that a failing item leaves the target untouched.
        var scratch = new byte[layout.Size];
        if (!StructCodec.Pack(ts, layout, args[2..], scratch)) return null;
        scratch.CopyTo(buffer.AsWritableSpan().Slice((int)offset));
        return ts.Interpreter.None;
    }

    public static PyObject? Unpack(ThreadState ts, StructLayout layout, PyObject buffer)
    {
        if (!ByteStringMethods.TryArg(ts, buffer, out var data)) return null;
        if (data.Length != layout.Size)
        {
            StructModule.RaiseError(ts, $"unpack requires a buffer of {layout.Size} bytes");
            return null;
        }
        return StructCodec.Unpack(ts, layout, data);
    }

    static readonly string[] UnpackFromParams = ["buffer", "offset"];

    public static PyObject? UnpackFrom(ThreadState ts, StructLayout layout, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "unpack_from", args, kw, UnpackFromParams, 1, a)) return null;
        return UnpackFrom(ts, layout, a[0]!, a[1]);
    }

    public static PyObject? UnpackFrom(ThreadState ts, StructLayout layout, PyObject buffer, PyObject? offsetArg)
    {
        long offset = 0;
        if (offsetArg is not null && !Ops.AsIndexSize(ts, offsetArg, out offset)) return null;
        if (!ByteStringMethods.TryArg(ts, buffer, out var data)) return null;
        int length = data.Length;
        if (offset < 0)
        {
            if (offset + length < 0)
            {
                StructModule.RaiseError(ts, $"offset {offset} out of range for {length}-byte buffer");
                return null;
            }
            if (offset + layout.Size > 0)
            {
                StructModule.RaiseError(ts, $"not enough data to unpack {layout.Size} bytes at offset {offset}");
                return null;
            }
            offset += length;
        }
        if (length - offset < layout.Size)
        {
            StructModule.RaiseError(ts, $"unpack_from requires a buffer of at least {layout.Size + offset} bytes for unpacking {layout.Size} bytes at offset {offset} (actual buffer size is {length})");
            return null;
        }
        return StructCodec.Unpack(ts, layout, data.Slice((int)offset, layout.Size));
    }

    public static PyObject? IterUnpack(ThreadState ts, StructLayout layout, PyObject buffer)
    {
        if (layout.Size == 0)
        {
            StructModule.RaiseError(ts, "cannot iteratively unpack with a struct of length 0");
            return null;
        }
        if (!ByteStringMethods.TryArg(ts, buffer, out var data)) return null;
        if (data.Length % layout.Size != 0)
        {
            StructModule.RaiseError(ts, $"iterative unpacking requires a buffer of a multiple of {layout.Size} bytes");
            return null;
        }
        return new PyUnpackIterator(ts.Interpreter.Types.Binary.UnpackIterator, layout, data.ToArray());
    }
}
