using System.Text;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Arrays;

/// <summary><c>array.array</c>: a mutable sequence of packed numbers (or 'u' characters).</summary>
public static class ArrayType
{
    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("array", types.Object, TypeFlags.BaseType | TypeFlags.Sequence, s =>
        {
            s.New = New;
            s.Init = static (ts, self, a, k) => true;
            s.Repr = Repr;
            s.Hash = null;
            s.Length = static (ts, self) => ((PyArray)self).Count;
            s.Bool = static (ts, self) => ((PyArray)self).Count > 0 ? 1 : 0;
            s.GetItem = GetItem;
            s.SetItem = SetItem;
            s.Contains = static (ts, self, item) =>
            {
                var a = (PyArray)self;
                for (int i = 0; i < a.Count; i++)
                {
                    int eq = Ops.RichCompareBool(ts, Item(ts, a, i), item, CompareOp.Eq);
                    if (eq != 0) return eq;
                }
                return 0;
            };
            s.Iter = static (ts, self) => new PySeqIterator(ts.Interpreter.Types.SeqIterator, self);
            s.RichCompare = RichCompare;
            s.Add = static (ts, a, b) =>
            {
                if (a is not PyArray x) return ts.Interpreter.NotImplemented;
                if (b is not PyArray y) return ts.Raise(ExceptionKind.TypeError, $"can only append array (not \"{b.Type.Name}\") to array");
                if (y.TypeCode != x.TypeCode) return ts.Raise(ExceptionKind.TypeError, "bad argument type for built-in operation");
                var r = NewArray(ts, x.TypeCode);
                r.Resize(x.Count + y.Count);
                x.AsReadOnlySpan().CopyTo(r.Data);
                y.AsReadOnlySpan().CopyTo(r.Data.AsSpan(x.ByteLength));
                return r;
            };
            s.InplaceAdd = static (ts, a, b) =>
            {
                if (b is not PyArray y || y.TypeCode != ((PyArray)a).TypeCode)
                    return ts.Raise(ExceptionKind.TypeError, $"can only extend array with array (not \"{b.Type.Name}\")");
                return Extend(ts, (PyArray)a, b) ? a : null;
            };
            s.Multiply = static (ts, a, b) =>
            {
                if (a is not PyArray x) (a, b) = (b, a);
                if (a is not PyArray arr || b.Type.Slots.Index is null) return ts.Interpreter.NotImplemented;
                if (!Ops.AsIndexSize(ts, b, out long n)) return null;
                var r = NewArray(ts, arr.TypeCode);
                return Repeat(ts, arr, r, n) ? r : null;
            };
            s.InplaceMultiply = static (ts, a, b) =>
            {
                if (!Ops.AsIndexSize(ts, b, out long n)) return null;
                var arr = (PyArray)a;
                if (!Resizable(ts, arr)) return null;
                var copy = NewArray(ts, arr.TypeCode);
                if (!Repeat(ts, arr, copy, n)) return null;
                arr.Data = copy.Data;
                arr.Count = copy.Count;
                return a;
            };
        }, FillDict);

    static PyArray NewArray(ThreadState ts, char code) => new(ts.Interpreter.Types.Binary.Array, code);

    static PyObject Item(ThreadState ts, PyArray a, int i) => ArrayItems.Read(ts.Interpreter, a.TypeCode, a.ItemSpan(i));

    static bool Resizable(ThreadState ts, PyArray a)
    {
        if (a.ExportCount == 0) return true;
        ts.Raise(ExceptionKind.BufferError, "cannot resize an array that is exporting buffers");
        return false;
    }

    static bool Repeat(ThreadState ts, PyArray source, PyArray target, long n)
    {
        if (n < 0) n = 0;
        if (n > 0 && source.ByteLength > int.MaxValue / n)
        {
            ts.RaiseNoMemory();
            return false;
        }
        var bytes = source.AsReadOnlySpan().ToArray();
        target.Resize((int)(source.Count * n));
        for (long k = 0; k < n; k++) bytes.CopyTo(target.Data.AsSpan((int)(k * bytes.Length)));
        return true;
    }

    static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (ReferenceEquals(type, ts.Interpreter.Types.Binary.Array) && !ArgBinder.NoKeywords(ts, "array.array", kw)) return null;
        int n = args.Length - (kw?.Count ?? 0);
        if (n < 1 || n > 2)
            return ts.Raise(ExceptionKind.TypeError, $"array() takes at most 2 arguments ({n} given)");
        if (args[0] is not PyStr code || code.Value.Length != 1)
            return ts.Raise(ExceptionKind.TypeError, $"array() argument 1 must be a unicode character, not {args[0].Type.Name}");
        char c = code.Value[0];
        if (!ArrayItems.TypeCodes.Contains(c))
            return ts.Raise(ExceptionKind.ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        var a = ReferenceEquals(type, ts.Interpreter.Types.Binary.Array) ? new PyArray(type, c) : new PyArraySubclass(type, c);
        if (n == 2)
        {
            var init = args[1];
            if (init is PyStr s)
            {
                if (c != 'u') return ts.Raise(ExceptionKind.TypeError, $"cannot use a str to initialize an array with typecode '{c}'");
                return FromUnicode(ts, a, s.Value) ? a : null;
            }
            if (init is PyBytes or PyByteArray)
                return FromBytes(ts, a, ((IBuffer)init).AsReadOnlySpan()) ? a : null;
            if (init is PyArray other && other.TypeCode == 'u' && c != 'u')
                return ts.Raise(ExceptionKind.TypeError, $"cannot use a unicode array to initialize an array with typecode '{c}'");
            // Unlike extend(), the constructor takes an array of another kind item by item.
            bool filled = init is PyArray differentKind && differentKind.TypeCode != c ? AppendAll(ts, a, init) : Extend(ts, a, init);
            if (!filled) return null;
        }
        return a;
    }

    static bool FromBytes(ThreadState ts, PyArray a, ReadOnlySpan<byte> data)
    {
        if (data.Length % a.ItemSize != 0)
        {
            ts.Raise(ExceptionKind.ValueError, "bytes length not a multiple of item size");
            return false;
        }
        if (!Resizable(ts, a)) return false;
        int old = a.ByteLength;
        var copy = data.ToArray();
        a.Resize(a.Count + copy.Length / a.ItemSize);
        copy.CopyTo(a.Data.AsSpan(old));
        return true;
    }

    static bool FromUnicode(ThreadState ts, PyArray a, string s)
    {
        if (!Resizable(ts, a)) return false;
        int i = a.Count;
        int n = 0;
        for (int k = 0; k < s.Length; k += char.IsSurrogatePair(s, k) ? 2 : 1) n++;
        a.Resize(a.Count + n);
        for (int k = 0; k < s.Length; k += char.IsSurrogatePair(s, k) ? 2 : 1)
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(a.ItemSpan(i++), (uint)char.ConvertToUtf32(s, k));
        return true;
    }

    static bool Append(ThreadState ts, PyArray a, PyObject value)
    {
        Span<byte> item = stackalloc byte[8];
        if (!ArrayItems.Write(ts, a.TypeCode, value, item) || !Resizable(ts, a)) return false;
        a.Resize(a.Count + 1);
        item[..a.ItemSize].CopyTo(a.ItemSpan(a.Count - 1));
        return true;
    }

    static bool Extend(ThreadState ts, PyArray a, PyObject iterable)
    {
        if (iterable is PyArray other)
        {
            if (other.TypeCode != a.TypeCode)
            {
                ts.Raise(ExceptionKind.TypeError, "can only extend with array of same kind");
                return false;
            }
            return FromBytes(ts, a, other.AsReadOnlySpan());
        }
        return AppendAll(ts, a, iterable);
    }

    static bool AppendAll(ThreadState ts, PyArray a, PyObject iterable)
    {
        var it = Ops.GetIter(ts, iterable);
        if (it is null) return false;
        while (true)
        {
            var v = Ops.Next(ts, it);
            if (v is null) return !ts.HasError;
            if (!Append(ts, a, v)) return false;
        }
    }

    static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var a = (PyArray)self;
        var name = a.Type.Name;
        if (a.Count == 0) return ts.Interpreter.Str($"{name}('{a.TypeCode}')");
        PyObject inner = a.TypeCode == 'u' ? ToUnicode(ts, a) : ToList(ts, a);
        var r = Ops.Repr(ts, inner);
        return r is PyStr rs ? ts.Interpreter.Str($"{name}('{a.TypeCode}', {rs.Value})") : null;
    }

    static PyStr ToUnicode(ThreadState ts, PyArray a)
    {
        var sb = new StringBuilder(a.Count);
        for (int i = 0; i < a.Count; i++) sb.Append(char.ConvertFromUtf32((int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(a.ItemSpan(i))));
        return ts.Interpreter.Str(sb.ToString());
    }

    static PyObject ToList(ThreadState ts, PyArray a)
    {
        var items = new List<PyObject>(a.Count);
        for (int i = 0; i < a.Count; i++) items.Add(Item(ts, a, i));
        return TextInterop.NewList(ts, items);
    }

    static PyObject? GetItem(ThreadState ts, PyObject self, PyObject key)
    {
        var a = (PyArray)self;
        if (key is PySlice slice)
        {
            if (!TextArgs.SliceIndices(ts, slice, a.Count, out long start, out _, out long step, out long count)) return null;
            var r = NewArray(ts, a.TypeCode);
            r.Resize((int)count);
            for (long k = 0, i = start; k < count; k++, i += step) a.ItemSpan((int)i).CopyTo(r.ItemSpan((int)k));
            return r;
        }
        if (!Ops.AsIndexSize(ts, key, out long index, indexError: true))
        {
            if (key.Type.Slots.Index is null)
            {
                ts.FetchError();
                return ts.Raise(ExceptionKind.TypeError, "array indices must be integers");
            }
            return null;
        }
        if (index < 0) index += a.Count;
        if (index < 0 || index >= a.Count) return ts.Raise(ExceptionKind.IndexError, "array index out of range");
        return Item(ts, a, (int)index);
    }

    static bool SetItem(ThreadState ts, PyObject self, PyObject key, PyObject? value)
    {
        var a = (PyArray)self;
        if (key is PySlice slice)
        {
            if (!TextArgs.SliceIndices(ts, slice, a.Count, out long start, out long stop, out long step, out long count)) return false;
            if (value is null)
            {
                if (!Resizable(ts, a)) return false;
                var keep = new List<byte>(a.ByteLength);
                var drop = new bool[a.Count];
                for (long k = 0, i = start; k < count; k++, i += step) drop[i] = true;
                for (int i = 0; i < a.Count; i++) if (!drop[i]) keep.AddRange(a.ItemSpan(i).ToArray());
                var bytes = keep.ToArray();
                a.Resize(bytes.Length / a.ItemSize);
                bytes.CopyTo(a.Data, 0);
                return true;
            }
            if (value is not PyArray source || source.TypeCode != a.TypeCode)
            {
                if (value is PyArray) ts.Raise(ExceptionKind.TypeError, "bad argument type for built-in operation");
                else ts.Raise(ExceptionKind.TypeError, $"can only assign array (not \"{value.Type.Name}\") to array slice");
                return false;
            }
            var data = source.AsReadOnlySpan().ToArray();
            if (step == 1)
            {
                if (!Resizable(ts, a) && source.Count != count) return false;
                var tail = a.Data.AsSpan((int)(start + count) * a.ItemSize, a.ByteLength - (int)(start + count) * a.ItemSize).ToArray();
                a.Resize((int)(a.Count - count + source.Count));
                data.CopyTo(a.Data, (int)start * a.ItemSize);
                tail.CopyTo(a.Data, (int)(start + source.Count) * a.ItemSize);
                return true;
            }
            if (source.Count != count)
            {
                ts.Raise(ExceptionKind.ValueError, $"attempt to assign array of size {source.Count} to extended slice of size {count}");
                return false;
            }
            for (long k = 0, i = start; k < count; k++, i += step) data.AsSpan((int)k * a.ItemSize, a.ItemSize).CopyTo(a.ItemSpan((int)i));
            return true;
        }
        if (!Ops.AsIndexSize(ts, key, out long index, indexError: true)) return false;
        if (index < 0) index += a.Count;
        if (index < 0 || index >= a.Count)
        {
            ts.Raise(ExceptionKind.IndexError, value is null ? "array assignment index out of range" : "array assignment index out of range");
            return false;
        }
        if (value is null)
        {
            if (!Resizable(ts, a)) return false;
            a.Data.AsSpan(((int)index + 1) * a.ItemSize, a.ByteLength - ((int)index + 1) * a.ItemSize).CopyTo(a.Data.AsSpan((int)index * a.ItemSize));
            a.Count--;
            return true;
        }
        Span<byte> item = stackalloc byte[8];
        if (!ArrayItems.Write(ts, a.TypeCode, value, item)) return false;
        item[..a.ItemSize].CopyTo(a.ItemSpan((int)index));
        return true;
    }

    static PyObject? RichCompare(ThreadState ts, PyObject self, PyObject other, CompareOp op)
    {
        if (other is not PyArray b) return ts.Interpreter.NotImplemented;
        var a = (PyArray)self;
        if (a.Count != b.Count && op is CompareOp.Eq or CompareOp.Ne) return ts.Interpreter.Bool(op == CompareOp.Ne);
        int n = Math.Min(a.Count, b.Count);
        for (int i = 0; i < n; i++)
        {
            PyObject x = Item(ts, a, i), y = Item(ts, b, i);
            int eq = Ops.RichCompareBool(ts, x, y, CompareOp.Eq);
            if (eq < 0) return null;
            if (eq == 0)
            {
                if (op == CompareOp.Eq) return ts.Interpreter.False;
                if (op == CompareOp.Ne) return ts.Interpreter.True;
                return Ops.RichCompare(ts, x, y, op);
            }
        }
        bool result = op switch
        {
            CompareOp.Lt => a.Count < b.Count,
            CompareOp.Le => a.Count <= b.Count,
            CompareOp.Eq => a.Count == b.Count,
            CompareOp.Ne => a.Count != b.Count,
            CompareOp.Gt => a.Count > b.Count,
            _ => a.Count >= b.Count,
        };
        return ts.Interpreter.Bool(result);
    }

    static void FillDict(ThreadState? ts0, PyType type)
    {
        BufferProtocol.AddMethodsTo(type, withRelease: true);
        var interp = type.Owner;
        type.AddValue("__module__", interp.Str("array"));
        type.AddGetSet("typecode", static (ts, self) => ts.Interpreter.Str(((PyArray)self).TypeCode.ToString()));
        type.AddGetSet("itemsize", static (ts, self) => ts.Interpreter.Int(((PyArray)self).ItemSize));
        type.AddMethod("append", static (ts, self, a, k) =>
            ArgBinder.CheckPositional(ts, "append", a, k, 1, 1) && Append(ts, (PyArray)self, a[0]) ? ts.Interpreter.None : null);
        type.AddMethod("extend", static (ts, self, a, k) =>
            ArgBinder.CheckPositional(ts, "extend", a, k, 1, 1) && Extend(ts, (PyArray)self, a[0]) ? ts.Interpreter.None : null);
        type.AddMethod("fromlist", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "fromlist", a, k, 1, 1)) return null;
            if (a[0] is not PyList) return ts.Raise(ExceptionKind.TypeError, "arg must be list");
            var arr = (PyArray)self;
            int old = arr.Count;
            if (Extend(ts, arr, a[0])) return ts.Interpreter.None;
            arr.Count = old;
            return null;
        });
        type.AddMethod("frombytes", static (ts, self, a, k) =>
            ArgBinder.CheckPositional(ts, "frombytes", a, k, 1, 1) && ByteStringMethods.TryArg(ts, a[0], out var d) && FromBytes(ts, (PyArray)self, d) ? ts.Interpreter.None : null);
        type.AddMethod("fromunicode", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "fromunicode", a, k, 1, 1)) return null;
            if (a[0] is not PyStr s) return ts.Raise(ExceptionKind.TypeError, $"fromunicode() argument must be str, not {a[0].Type.Name}");
            if (((PyArray)self).TypeCode != 'u') return ts.Raise(ExceptionKind.ValueError, "fromunicode() may only be called on unicode type arrays");
            return FromUnicode(ts, (PyArray)self, s.Value) ? ts.Interpreter.None : null;
        });
        type.AddMethod("tobytes", static (ts, self, a, k) =>
            ArgBinder.CheckPositional(ts, "tobytes", a, k, 0, 0) ? PyBytes.Create(ts.Interpreter, ((PyArray)self).AsReadOnlySpan().ToArray()) : null);
        type.AddMethod("tolist", static (ts, self, a, k) =>
            ArgBinder.CheckPositional(ts, "tolist", a, k, 0, 0) ? ToList(ts, (PyArray)self) : null);
        type.AddMethod("tounicode", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "tounicode", a, k, 0, 0)) return null;
            if (((PyArray)self).TypeCode != 'u') return ts.Raise(ExceptionKind.ValueError, "tounicode() may only be called on unicode type arrays");
            return ToUnicode(ts, (PyArray)self);
        });
        type.AddMethod("insert", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "insert", a, k, 2, 2) || !Ops.AsIndexSize(ts, a[0], out long i)) return null;
            var arr = (PyArray)self;
            Span<byte> item = stackalloc byte[8];
            if (!ArrayItems.Write(ts, arr.TypeCode, a[1], item) || !Resizable(ts, arr)) return null;
            if (i < 0) i = Math.Max(0, i + arr.Count);
            i = Math.Min(i, arr.Count);
            arr.Resize(arr.Count + 1);
            arr.Data.AsSpan((int)i * arr.ItemSize, arr.ByteLength - ((int)i + 1) * arr.ItemSize).CopyTo(arr.Data.AsSpan(((int)i + 1) * arr.ItemSize));
            item[..arr.ItemSize].CopyTo(arr.ItemSpan((int)i));
            return ts.Interpreter.None;
        });
        type.AddMethod("pop", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "pop", a, k, 0, 1)) return null;
            var arr = (PyArray)self;
            long i = -1;
            if (a.Length == 1 && !Ops.AsIndexSize(ts, a[0], out i)) return null;
            if (arr.Count == 0) return ts.Raise(ExceptionKind.IndexError, "pop from empty array");
            if (i < 0) i += arr.Count;
            if (i < 0 || i >= arr.Count) return ts.Raise(ExceptionKind.IndexError, "pop index out of range");
            var v = Item(ts, arr, (int)i);
            return SetItem(ts, self, ts.Interpreter.Int(i), null) ? v : null;
        });
        type.AddMethod("remove", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "remove", a, k, 1, 1)) return null;
            long i = IndexOf(ts, (PyArray)self, a[0], 0, long.MaxValue);
            if (i == -2) return null;
            if (i < 0) return ts.Raise(ExceptionKind.ValueError, "array.remove(x): x not in array");
            return SetItem(ts, self, ts.Interpreter.Int(i), null) ? ts.Interpreter.None : null;
        });
        type.AddMethod("index", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "index", a, k, 1, 3)) return null;
            var arr = (PyArray)self;
            long start = 0, stop = long.MaxValue;
            if (a.Length > 1 && !Ops.AsIndexSize(ts, a[1], out start, clamp: true)) return null;
            if (a.Length > 2 && !Ops.AsIndexSize(ts, a[2], out stop, clamp: true)) return null;
            if (start < 0) start = Math.Max(0, start + arr.Count);
            if (stop < 0) stop = Math.Max(0, stop + arr.Count);
            long i = IndexOf(ts, arr, a[0], start, stop);
            if (i == -2) return null;
            return i < 0 ? ts.Raise(ExceptionKind.ValueError, "array.index(x): x not in array") : ts.Interpreter.Int(i);
        });
        type.AddMethod("count", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "count", a, k, 1, 1)) return null;
            var arr = (PyArray)self;
            long n = 0;
            for (int i = 0; i < arr.Count; i++)
            {
                int eq = Ops.RichCompareBool(ts, Item(ts, arr, i), a[0], CompareOp.Eq);
                if (eq < 0) return null;
                n += eq;
            }
            return ts.Interpreter.Int(n);
        });
        type.AddMethod("reverse", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "reverse", a, k, 0, 0)) return null;
            var arr = (PyArray)self;
            Span<byte> tmp = stackalloc byte[8];
            for (int i = 0, j = arr.Count - 1; i < j; i++, j--)
            {
                arr.ItemSpan(i).CopyTo(tmp);
                arr.ItemSpan(j).CopyTo(arr.ItemSpan(i));
                tmp[..arr.ItemSize].CopyTo(arr.ItemSpan(j));
            }
            return ts.Interpreter.None;
        });
        type.AddMethod("byteswap", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "byteswap", a, k, 0, 0)) return null;
            var arr = (PyArray)self;
            for (int i = 0; i < arr.Count; i++) arr.ItemSpan(i).Reverse();
            return ts.Interpreter.None;
        });
        type.AddMethod("buffer_info", static (ts, self, a, k) =>
        {
            var arr = (PyArray)self;
            // There is no stable address in a moving heap; the identity stands in for it.
            return ts.Interpreter.Tuple(ts.Interpreter.Int(Ops.Id(self)), ts.Interpreter.Int(arr.Count));
        });
        type.AddMethod("__copy__", static (ts, self, a, k) => GetItem(ts, self, new PySlice(ts.Interpreter.Types.Slice, ts.Interpreter.None, ts.Interpreter.None, ts.Interpreter.None)));
        type.AddMethod("__deepcopy__", static (ts, self, a, k) => GetItem(ts, self, new PySlice(ts.Interpreter.Types.Slice, ts.Interpreter.None, ts.Interpreter.None, ts.Interpreter.None)));
        type.AddMethod("__reduce_ex__", static (ts, self, a, k) =>
        {
            var arr = (PyArray)self;
            var interp = ts.Interpreter;
            PyObject state = arr is IInstanceDict { InstanceDict: { } d } ? d : interp.None;
            PyObject init = arr.TypeCode == 'u' ? ToUnicode(ts, arr) : ToList(ts, arr);
            return interp.Tuple(arr.Type, interp.Tuple(interp.Str(arr.TypeCode.ToString()), init), state);
        });
        type.AddMethod("tofile", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "tofile", a, k, 1, 1)) return null;
            var write = Ops.GetAttr(ts, a[0], "write");
            if (write is null) return null;
            return Ops.Call(ts, write, PyBytes.Create(ts.Interpreter, ((PyArray)self).AsReadOnlySpan().ToArray())) is null ? null : ts.Interpreter.None;
        });
        type.AddMethod("fromfile", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "fromfile", a, k, 2, 2) || !Ops.AsIndexSize(ts, a[1], out long n)) return null;
            if (n < 0) return ts.Raise(ExceptionKind.ValueError, "negative count");
            var arr = (PyArray)self;
            var read = Ops.GetAttr(ts, a[0], "read");
            if (read is null) return null;
            var data = Ops.Call(ts, read, ts.Interpreter.Int(n * arr.ItemSize));
            if (data is null) return null;
            if (data is not PyBytes b) return ts.Raise(ExceptionKind.TypeError, "read() didn't return bytes");
            int whole = b.Value.Length / arr.ItemSize * arr.ItemSize;
            if (!FromBytes(ts, arr, b.Value.AsSpan(0, whole))) return null;
            if (b.Value.Length != n * arr.ItemSize) return ts.Raise(ExceptionKind.EOFError, "read() didn't return enough bytes");
            return ts.Interpreter.None;
        });
    }

    /// <summary>First index of <paramref name="x"/> in [start, stop), -1 when absent, -2 on error.</summary>
    static long IndexOf(ThreadState ts, PyArray a, PyObject x, long start, long stop)
    {
        for (long i = start; i < Math.Min(stop, a.Count); i++)
        {
            int eq = Ops.RichCompareBool(ts, Item(ts, a, (int)i), x, CompareOp.Eq);
            if (eq < 0) return -2;
            if (eq == 1) return i;
        }
        return -1;
    }
}
