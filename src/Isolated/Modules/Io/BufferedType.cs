using Isolated.Objects;
using Isolated.Runtime;
using static Isolated.Modules.Io.IoSupport;

namespace Isolated.Modules.Io;

/// <summary><c>_io.BufferedReader</c>, <c>BufferedWriter</c>, <c>BufferedRandom</c> and
/// <c>BufferedRWPair</c>: one implementation, with each class getting the methods of its kind.
/// The raw stream is called by name (raw.readinto, raw.write, raw.seek, ...), with a direct path
/// for an exact FileIO.</summary>
public static class BufferedType
{
    public static PyType Create(BuiltinTypes types, PyType bufferedBase, BufferedKind kind)
    {
        string name = kind switch
        {
            BufferedKind.Reader => "BufferedReader",
            BufferedKind.Writer => "BufferedWriter",
            BufferedKind.Random => "BufferedRandom",
            _ => "BufferedRWPair",
        };
        Action<ThreadState?, PyType> fill = kind switch
        {
            BufferedKind.Reader => static (_, t) => Fill(t, BufferedKind.Reader),
            BufferedKind.Writer => static (_, t) => Fill(t, BufferedKind.Writer),
            BufferedKind.Random => static (_, t) => Fill(t, BufferedKind.Random),
            _ => static (_, t) => Fill(t, BufferedKind.RWPair),
        };
        Action<TypeSlots> configure = kind switch
        {
            BufferedKind.Reader => static s => Configure(s, BufferedKind.Reader),
            BufferedKind.Writer => static s => Configure(s, BufferedKind.Writer),
            BufferedKind.Random => static s => Configure(s, BufferedKind.Random),
            _ => static s => Configure(s, BufferedKind.RWPair),
        };
        return types.NewBuiltin(name, bufferedBase, TypeFlags.BaseType | TypeFlags.HasInstanceDict, configure, fill);
    }

    static void Configure(TypeSlots s, BufferedKind kind)
    {
        s.New = kind switch
        {
            BufferedKind.Reader => static (ts, type, args, kw) => new PyBuffered(type, BufferedKind.Reader),
            BufferedKind.Writer => static (ts, type, args, kw) => new PyBuffered(type, BufferedKind.Writer),
            BufferedKind.Random => static (ts, type, args, kw) => new PyBuffered(type, BufferedKind.Random),
            _ => static (ts, type, args, kw) => new PyBuffered(type, BufferedKind.RWPair),
        };
        s.Init = kind == BufferedKind.RWPair ? InitPair : Init;
        s.Repr = Repr;
        if (kind != BufferedKind.Writer)
        {
            s.IterNext = static (ts, self) =>
            {
                var b = Reading((PyBuffered)self);
                if (!Ready(ts, b) || !CheckNotClosed(ts, b, "readline")) return null;
                if (!IsBuiltinBuffered(ts, self.Type))
                {
                    // A Python subclass's readline wins.
                    var r = CallMethod(ts, self, "readline");
                    if (r is null) return null;
                    long n = Ops.Length(ts, r);
                    return n <= 0 ? null : r;
                }
                var line = ReadLine(ts, b, -1);
                if (line is null) return null;
                return line.Length == 0 ? null : PyBytes.Create(ts.Interpreter, line);
            };
        }
    }

    static bool IsBuiltinBuffered(ThreadState ts, PyType t)
    {
        var io = IoTypes.Of(ts);
        return ReferenceEquals(t, io.BufferedReader) || ReferenceEquals(t, io.BufferedRandom) || ReferenceEquals(t, io.BufferedRWPair);
    }

    static void Fill(PyType t, BufferedKind kind)
    {
        t.AddValue("__module__", t.Owner.Str("_io"));
        bool reads = kind != BufferedKind.Writer, writes = kind != BufferedKind.Reader;
        if (reads)
        {
            t.AddMethod("read", Read);
            t.AddMethod("read1", Read1);
            t.AddMethod("peek", Peek);
            t.AddMethod("readline", static (ts, self, args, kw) =>
            {
                if (!OptionalSize(ts, "readline", args, kw, out long limit)) return null;
                var b = Reading((PyBuffered)self);
                if (!Ready(ts, b) || !CheckNotClosed(ts, b, "readline")) return null;
                var line = ReadLine(ts, b, limit);
                return line is null ? null : Bytes(ts, line);
            });
            t.AddMethod("readinto", static (ts, self, args, kw) => ReadInto(ts, self, args, kw, one: false));
            t.AddMethod("readinto1", static (ts, self, args, kw) => ReadInto(ts, self, args, kw, one: true));
        }
        if (writes)
        {
            t.AddMethod("write", Write);
        }
        t.AddMethod("flush", static (ts, self, args, kw) =>
        {
            var b = Writing((PyBuffered)self);
            if (b is null) return ts.Interpreter.None;
            if (!Ready(ts, b) || !CheckNotClosed(ts, b, "flush of closed file")) return null;
            return FlushWrites(ts, b) ? ts.Interpreter.None : null;
        });
        t.AddMethod("close", Close);
        t.AddGetSet("closed", static (ts, self) =>
        {
            var b = (PyBuffered)self;
            if (b.Kind == BufferedKind.RWPair) return Ops.GetAttr(ts, b.PairWriter!, ts.Interpreter.Intern("closed"));
            if (!Ready(ts, b)) return null;
            return Ops.GetAttr(ts, b.Raw!, ts.Interpreter.Intern("closed"));
        });
        t.AddMethod("readable", static (ts, self, args, kw) => Forward(ts, Reading((PyBuffered)self), "readable"));
        t.AddMethod("writable", static (ts, self, args, kw) => Forward(ts, Writing((PyBuffered)self), "writable"));
        t.AddMethod("isatty", static (ts, self, args, kw) =>
        {
            var b = (PyBuffered)self;
            if (b.Kind != BufferedKind.RWPair) return Forward(ts, b, "isatty");
            var r = Forward(ts, b.PairWriter, "isatty");
            if (r is null) return null;
            return ReferenceEquals(r, ts.Interpreter.True) ? r : Forward(ts, b.PairReader, "isatty");
        });
        if (kind == BufferedKind.RWPair) return;
        t.AddMethod("seekable", static (ts, self, args, kw) => Forward(ts, (PyBuffered)self, "seekable"));
        t.AddMethod("fileno", static (ts, self, args, kw) => Forward(ts, (PyBuffered)self, "fileno"));
        t.AddMethod("seek", Seek);
        t.AddMethod("tell", static (ts, self, args, kw) =>
        {
            var b = (PyBuffered)self;
            if (!Ready(ts, b)) return null;
            var r = CallMethod(ts, b.Raw!, "tell");
            if (r is null || !IntArg(ts, r, out long pos)) return null;
            if (pos < 0) return ts.Raise(ExceptionKind.OSError, $"Raw stream returned invalid position {pos}");
            return ts.Interpreter.Int(System.Math.Max(0, pos - b.Buffered + b.WriteCount));
        });
        t.AddMethod("truncate", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "truncate", args, kw, 0, 1)) return null;
            var b = (PyBuffered)self;
            if (!Ready(ts, b) || !CheckNotClosed(ts, b, "truncate of closed file")) return null;
            if (b.Kind == BufferedKind.Reader) return RaiseUnsupported(ts, "truncate");
            if (!FlushWrites(ts, b) || !RewindReadAhead(ts, b)) return null;
            return args.Length == 0 ? CallMethod(ts, b.Raw!, "truncate") : CallMethod(ts, b.Raw!, "truncate", args[0]);
        });
        t.AddMethod("detach", static (ts, self, args, kw) =>
        {
            var b = (PyBuffered)self;
            if (!Ready(ts, b)) return null;
            if (b.Kind != BufferedKind.Reader && !FlushWrites(ts, b)) return null;
            var raw = b.Raw!;
            b.Raw = null;
            b.Detached = true;
            return raw;
        });
        t.AddGetSet("raw", static (ts, self) => Ready(ts, (PyBuffered)self) ? ((PyBuffered)self).Raw : null);
        t.AddGetSet("name", static (ts, self) => Ready(ts, (PyBuffered)self) ? Ops.GetAttr(ts, ((PyBuffered)self).Raw!, ts.Interpreter.Intern("name")) : null);
        t.AddGetSet("mode", static (ts, self) => Ready(ts, (PyBuffered)self) ? Ops.GetAttr(ts, ((PyBuffered)self).Raw!, ts.Interpreter.Intern("mode")) : null);
        t.AddMethod("__sizeof__", static (ts, self, args, kw) => ts.Interpreter.Int(((PyBuffered)self).BufferSize + 64));
    }

    static PyBuffered Reading(PyBuffered b) => b.Kind == BufferedKind.RWPair ? b.PairReader ?? b : b;
    static PyBuffered? Writing(PyBuffered b) => b.Kind switch
    {
        BufferedKind.RWPair => b.PairWriter ?? b,
        BufferedKind.Reader => null,
        _ => b,
    };

    static PyObject? Forward(ThreadState ts, PyBuffered? b, string method)
    {
        if (b is null) return ts.Interpreter.False;
        return Ready(ts, b) ? CallMethod(ts, b.Raw!, method) : null;
    }

    static bool Ready(ThreadState ts, PyBuffered b)
    {
        if (b.Detached) { ts.Raise(ExceptionKind.ValueError, "raw stream has been detached"); return false; }
        if (!b.Initialized) { ts.Raise(ExceptionKind.ValueError, "I/O operation on uninitialized object"); return false; }
        return true;
    }

    /// <summary>ValueError "<what> of closed file" (or the full message when it contains "file").</summary>
    static bool CheckNotClosed(ThreadState ts, PyBuffered b, string what)
    {
        int c = IsClosed(ts, b.Raw!);
        if (c < 0) return false;
        if (c == 0) return true;
        // A closed raw stream with data still buffered may still be read (as CPython allows).
        if (b.Buffered > 0 && !what.Contains(' ')) return true;
        ts.Raise(ExceptionKind.ValueError, what.Contains(' ') ? what : what + " of closed file");
        return false;
    }

    static bool Init(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var b = (PyBuffered)self;
        var a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, b.Type.Name, args, kw, ["raw", "buffer_size"], 1, a)) return false;
        long size = DefaultBufferSize;
        if (a[1] is not null && !IntArg(ts, a[1]!, out size)) return false;
        if (size <= 0) { ts.Raise(ExceptionKind.ValueError, "buffer size must be strictly positive"); return false; }
        var raw = a[0]!;
        if (b.Kind != BufferedKind.Writer && !Require(ts, raw, "readable", "File or stream is not readable.")) return false;
        if (b.Kind != BufferedKind.Reader && !Require(ts, raw, "writable", "File or stream is not writable.")) return false;
        if (b.Kind == BufferedKind.Random && !Require(ts, raw, "seekable", "File or stream is not seekable.")) return false;
        b.Raw = raw;
        b.BufferSize = (int)System.Math.Min(size, int.MaxValue / 2);
        b.ReadBuffer = new byte[b.BufferSize];
        b.DropReadBuffer();
        b.WriteBuffer = b.Kind == BufferedKind.Reader ? [] : new byte[b.BufferSize];
        b.WriteCount = 0;
        b.Detached = false;
        b.Initialized = true;
        if (b.Kind != BufferedKind.Reader) IoTypes.Of(ts).TrackWriter(b);
        return true;
    }

    static bool InitPair(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var b = (PyBuffered)self;
        if (kw is not null && kw.Count > 0) { ts.Raise(ExceptionKind.TypeError, "BufferedRWPair() takes no keyword arguments"); return false; }
        if (!ArgBinder.CheckPositional(ts, "BufferedRWPair", args, null, 2, 3)) return false;
        var io = IoTypes.Of(ts);
        var reader = new PyBuffered(io.BufferedReader, BufferedKind.Reader);
        var writer = new PyBuffered(io.BufferedWriter, BufferedKind.Writer);
        ReadOnlySpan<PyObject> ra = args.Length == 3 ? [args[0], args[2]] : [args[0]];
        ReadOnlySpan<PyObject> wa = args.Length == 3 ? [args[1], args[2]] : [args[1]];
        if (!Init(ts, reader, ra, null) || !Init(ts, writer, wa, null)) return false;
        b.PairReader = reader;
        b.PairWriter = writer;
        b.Raw = args[0];
        b.Initialized = true;
        return true;
    }

    static bool Require(ThreadState ts, PyObject raw, string method, string message)
    {
        var r = CallMethod(ts, raw, method);
        if (r is null) return false;
        int ok = Ops.IsTrue(ts, r);
        if (ok < 0) return false;
        if (ok == 0) { RaiseUnsupported(ts, message); return false; }
        return true;
    }

    static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var b = (PyBuffered)self;
        var interp = ts.Interpreter;
        string typeName = "_io." + b.Type.Name;
        if (b.Raw is null) return interp.Str($"<{typeName}>");
        int found = Ops.LookupAttr(ts, self, interp.Intern("name"), out var name);
        if (found < 0)
        {
            if (!ts.HasError) return null;
            ts.FetchError();
            found = 0;
        }
        if (found == 0) return interp.Str($"<{typeName}>");
        if (!Ops.EnterRecursiveCall(ts, " while getting the repr of an object")) return null;
        var r = Ops.Repr(ts, name!);
        Ops.LeaveRecursiveCall(ts);
        return r is PyStr s ? interp.Str($"<{typeName} name={s.Value}>") : null;
    }

    // ---- reading ----

    /// <summary>One raw read into the free part of the read buffer. Returns bytes read (0 at EOF),
    /// -1 on error, -2 when the raw stream had nothing (non-blocking, returned None).</summary>
    static long FillOnce(ThreadState ts, PyBuffered b)
    {
        if (b.ReadPos == b.ReadEnd) b.DropReadBuffer();
        else if (b.ReadEnd == b.ReadBuffer.Length)
        {
            Array.Copy(b.ReadBuffer, b.ReadPos, b.ReadBuffer, 0, b.Buffered);
            b.ReadEnd -= b.ReadPos;
            b.ReadPos = 0;
        }
        var free = b.ReadBuffer.AsSpan(b.ReadEnd);
        long n = RawRead(ts, b.Raw!, free);
        if (n > 0) b.ReadEnd += (int)n;
        return n;
    }

    /// <summary>Reads from the raw stream into <paramref name="target"/>.</summary>
    static long RawRead(ThreadState ts, PyObject raw, Span<byte> target)
    {
        if (raw is PyFileIO f && ReferenceEquals(raw.Type, IoTypes.Of(ts).FileIO) && f.Fd >= 0 && f.Readable)
            return FileIOType.ReadRaw(ts, f, target);
        var data = CallMethod(ts, raw, "read", ts.Interpreter.Int(target.Length));
        if (data is null) return -1;
        if (ReferenceEquals(data, ts.Interpreter.None)) return -2;
        if (!BytesLike(ts, data, out var span)) return -1;
        if (span.Length > target.Length)
        {
            ts.Raise(ExceptionKind.OSError, $"raw read() returned invalid length {span.Length} (should have been between 0 and {target.Length})");
            return -1;
        }
        span.CopyTo(target);
        return span.Length;
    }

    static bool PrepareRead(ThreadState ts, PyBuffered b, string what)
    {
        if (!Ready(ts, b) || !CheckNotClosed(ts, b, what)) return false;
        return b.Kind != BufferedKind.Random || FlushWrites(ts, b);
    }

    static PyObject? Read(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!OptionalSize(ts, "read", args, kw, out long size)) return null;
        var b = Reading((PyBuffered)self);
        if (!PrepareRead(ts, b, "read")) return null;
        if (size < -1) return ts.Raise(ExceptionKind.ValueError, "read length must be non-negative or -1");
        if (size < 0)
        {
            var all = new List<byte>(b.Buffered);
            all.AddRange(b.Available);
            b.DropReadBuffer();
            int hasReadAll = Ops.LookupAttr(ts, b.Raw!, ts.Interpreter.Intern("readall"), out var readall);
            if (hasReadAll < 0) return null;
            while (true)
            {
                var rest = hasReadAll > 0 ? Ops.Call(ts, readall!) : CallMethod(ts, b.Raw!, "read", ts.Interpreter.Int(b.BufferSize));
                if (rest is null) return null;
                if (ReferenceEquals(rest, ts.Interpreter.None)) return all.Count == 0 ? rest : Bytes(ts, all.ToArray());
                if (!BytesLike(ts, rest, out var restSpan)) return null;
                all.AddRange(restSpan);
                if (hasReadAll > 0 || restSpan.Length == 0) return Bytes(ts, all.ToArray());
            }
        }
        if (size <= b.Buffered)
        {
            var s = b.ReadBuffer.AsSpan(b.ReadPos, (int)size);
            b.ReadPos += (int)size;
            return Bytes(ts, s);
        }
        var result = new byte[size];
        int count = b.Buffered;
        b.Available.CopyTo(result);
        b.DropReadBuffer();
        while (count < size)
        {
            long want = size - count;
            long n;
            if (want >= b.BufferSize)
            {
                n = RawRead(ts, b.Raw!, result.AsSpan(count));
                if (n > 0) count += (int)n;
            }
            else
            {
                n = FillOnce(ts, b);
                if (n > 0)
                {
                    int take = (int)System.Math.Min(want, b.Buffered);
                    b.ReadBuffer.AsSpan(b.ReadPos, take).CopyTo(result.AsSpan(count));
                    b.ReadPos += take;
                    count += take;
                }
            }
            if (n == -1) return null;
            if (n == -2) return count == 0 ? ts.Interpreter.None : Bytes(ts, result.AsSpan(0, count));
            if (n == 0) break;
        }
        return Bytes(ts, result.AsSpan(0, count));
    }

    static PyObject? Read1(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!OptionalSize(ts, "read1", args, kw, out long size)) return null;
        var b = Reading((PyBuffered)self);
        if (!PrepareRead(ts, b, "read of closed file")) return null;
        if (size < 0) size = b.BufferSize;
        if (size == 0) return ts.Interpreter.EmptyBytes;
        if (b.Buffered == 0)
        {
            long n = FillOnce(ts, b);
            if (n == -1) return null;
        }
        int take = (int)System.Math.Min(size, b.Buffered);
        var s = b.ReadBuffer.AsSpan(b.ReadPos, take);
        b.ReadPos += take;
        return Bytes(ts, s);
    }

    static PyObject? Peek(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "peek", args, kw, 0, 1)) return null;
        var b = Reading((PyBuffered)self);
        if (!PrepareRead(ts, b, "peek")) return null;
        if (b.Buffered == 0 && FillOnce(ts, b) == -1) return null;
        return Bytes(ts, b.Available);
    }

    static PyObject? ReadInto(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, bool one)
    {
        if (!ArgBinder.CheckPositional(ts, one ? "readinto1" : "readinto", args, kw, 1, 1)) return null;
        var b = Reading((PyBuffered)self);
        if (!PrepareRead(ts, b, "readinto of closed file")) return null;
        if (args[0] is not IBuffer { IsReadOnly: false } target)
            return ts.Raise(ExceptionKind.TypeError, $"readinto() argument must be read-write bytes-like object, not {args[0].Type.Name}");
        var span = target.AsWritableSpan();
        int count = 0;
        while (count < span.Length)
        {
            if (b.Buffered > 0)
            {
                int take = System.Math.Min(span.Length - count, b.Buffered);
                b.ReadBuffer.AsSpan(b.ReadPos, take).CopyTo(span[count..]);
                b.ReadPos += take;
                count += take;
                continue;
            }
            if (one && count > 0) break;
            long n = span.Length - count >= b.BufferSize ? RawRead(ts, b.Raw!, span[count..]) : FillOnce(ts, b);
            if (n == -1) return null;
            if (n <= 0) break;
            if (span.Length - count >= b.BufferSize) count += (int)n;
            if (one && count > 0) break;
        }
        return ts.Interpreter.Int(count);
    }

    /// <summary>One line (through '\n'), at most <paramref name="limit"/> bytes when non-negative;
    /// null with an exception set on failure.</summary>
    static byte[]? ReadLine(ThreadState ts, PyBuffered b, long limit)
    {
        if (b.Kind == BufferedKind.Random && !FlushWrites(ts, b)) return null;
        List<byte>? line = null;
        while (true)
        {
            var avail = b.Available;
            int nl = avail.IndexOf((byte)'\n');
            int take = nl >= 0 ? nl + 1 : avail.Length;
            long have = line?.Count ?? 0;
            if (limit >= 0 && have + take > limit) take = (int)(limit - have);
            var piece = avail[..take];
            b.ReadPos += take;
            if ((nl >= 0 && take == nl + 1) || (limit >= 0 && have + take >= limit))
            {
                if (line is null) return piece.ToArray();
                line.AddRange(piece);
                return line.ToArray();
            }
            (line ??= new List<byte>()).AddRange(piece);
            long n = FillOnce(ts, b);
            if (n == -1) return null;
            if (n <= 0) return line.ToArray();
        }
    }

    // ---- writing ----

    static PyObject? Write(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "write", args, kw, 1, 1)) return null;
        var b = Writing((PyBuffered)self)!;
        if (!Ready(ts, b)) return null;
        if (!BytesLike(ts, args[0], out var data)) return null;
        if (!CheckNotClosed(ts, b, "write to closed file")) return null;
        if (b.Buffered > 0 && !RewindReadAhead(ts, b)) return null;
        int n = data.Length;
        if (b.WriteCount + n > b.WriteBuffer.Length)
        {
            if (!FlushWrites(ts, b)) return null;
            if (n >= b.WriteBuffer.Length)
            {
                if (!WriteAll(ts, b.Raw!, data)) return null;
                return ts.Interpreter.Int(n);
            }
        }
        data.CopyTo(b.WriteBuffer.AsSpan(b.WriteCount));
        b.WriteCount += n;
        return ts.Interpreter.Int(n);
    }

    /// <summary>Before writing where read-ahead exists (BufferedRandom): move the raw position back
    /// to the logical one and forget the read-ahead.</summary>
    static bool RewindReadAhead(ThreadState ts, PyBuffered b)
    {
        if (b.Buffered == 0) { b.DropReadBuffer(); return true; }
        var r = CallMethod(ts, b.Raw!, "seek", ts.Interpreter.Int(-b.Buffered), ts.Interpreter.Int(1));
        b.DropReadBuffer();
        return r is not null;
    }

    static bool FlushWrites(ThreadState ts, PyBuffered b)
    {
        if (b.WriteCount == 0) return true;
        int count = b.WriteCount;
        b.WriteCount = 0;
        if (WriteAll(ts, b.Raw!, b.WriteBuffer.AsSpan(0, count))) return true;
        return false;
    }

    static bool WriteAll(ThreadState ts, PyObject raw, ReadOnlySpan<byte> data)
    {
        bool fast = raw is PyFileIO f0 && ReferenceEquals(raw.Type, IoTypes.Of(ts).FileIO);
        while (data.Length > 0)
        {
            long n;
            if (fast && raw is PyFileIO f && f.Fd >= 0 && f.Writable)
                n = FileIOType.WriteRaw(ts, f, data);
            else
            {
                var r = CallMethod(ts, raw, "write", Bytes(ts, data));
                if (r is null) return false;
                if (ReferenceEquals(r, ts.Interpreter.None)) n = -2;
                else if (!IntArg(ts, r, out n)) return false;
            }
            if (n == -1) return false;
            if (n == -2)
            {
                ts.Raise(ExceptionKind.BlockingIOError, "write could not complete without blocking");
                return false;
            }
            if (n < 0 || n > data.Length)
            {
                ts.Raise(ExceptionKind.OSError, $"raw write() returned invalid length {n} (should have been between 0 and {data.Length})");
                return false;
            }
            data = data[(int)n..];
        }
        return true;
    }

    // ---- positioning and closing ----

    static PyObject? Seek(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "seek", args, kw, 1, 2)) return null;
        var b = (PyBuffered)self;
        if (!IntArg(ts, args[0], out long target)) return null;
        long whence = 0;
        if (args.Length > 1 && !IntArg(ts, args[1], out whence)) return null;
        if (whence is < 0 or > 2) return ts.Raise(ExceptionKind.ValueError, $"whence value {whence} unsupported");
        if (!Ready(ts, b) || !CheckNotClosed(ts, b, "seek of closed file")) return null;
        var seekable = CallMethod(ts, b.Raw!, "seekable");
        if (seekable is null) return null;
        if (!ReferenceEquals(seekable, ts.Interpreter.True)) return RaiseUnsupported(ts, "File or stream is not seekable.");
        if (!FlushWrites(ts, b)) return null;
        if (whence == 1) target -= b.Buffered;
        b.DropReadBuffer();
        return CallMethod(ts, b.Raw!, "seek", ts.Interpreter.Int(target), ts.Interpreter.Int(whence));
    }

    static PyObject? Close(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var b = (PyBuffered)self;
        if (b.Kind == BufferedKind.RWPair)
        {
            var w = Close(ts, b.PairWriter!, args, kw);
            var r = Close(ts, b.PairReader!, args, kw);
            return w is null ? null : r;
        }
        if (!Ready(ts, b)) return null;
        int closed = IsClosed(ts, b.Raw!);
        if (closed != 0) return closed < 0 ? null : ts.Interpreter.None;
        // Flush through the (possibly overridden) flush method, then close the raw stream even
        // when flushing failed; the flush error wins.
        var flushed = ReferenceEquals(b.Type, IoTypes.Of(ts).BufferedWriter) || ReferenceEquals(b.Type, IoTypes.Of(ts).BufferedRandom)
            ? (FlushWrites(ts, b) ? ts.Interpreter.None : null)
            : CallMethod(ts, self, "flush");
        var flushError = flushed is null ? ts.FetchError() : null;
        var r2 = CallMethod(ts, b.Raw!, "close");
        b.DropReadBuffer();
        if (flushError is not null)
        {
            if (r2 is null) ts.FetchError();
            ts.Raise(flushError);
            return null;
        }
        return r2 is null ? null : ts.Interpreter.None;
    }

    /// <summary>Flushes from C# (TextIOWrapper, interpreter shutdown).</summary>
    public static bool Flush(ThreadState ts, PyBuffered b) => Writing(b) is not { } w || !w.Initialized || w.Raw is null || FlushWrites(ts, w);
}
