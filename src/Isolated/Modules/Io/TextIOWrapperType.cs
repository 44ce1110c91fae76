using System.Text;
using Isolated.Objects;
using Isolated.Runtime;
using Isolated.Text;
using static Isolated.Modules.Io.IoSupport;

namespace Isolated.Modules.Io;

/// <summary><c>_io.TextIOWrapper(buffer, encoding=None, errors=None, newline=None,
/// line_buffering=False, write_through=False)</c>.</summary>
public static class TextIOWrapperType
{
    const int ChunkSize = 8192;

    public static PyType Create(BuiltinTypes types, PyType textBase) =>
        types.NewBuiltin("TextIOWrapper", textBase, TypeFlags.BaseType | TypeFlags.HasInstanceDict, static s =>
        {
            s.New = static (ts, type, args, kw) => new PyTextIOWrapper(type);
            s.Init = Init;
            s.Repr = Repr;
            s.IterNext = static (ts, self) =>
            {
                if (!ReferenceEquals(self.Type, IoTypes.Of(ts).TextIOWrapper))
                {
                    var r = CallMethod(ts, self, "readline");
                    if (r is null) return null;
                    if (r is not PyStr rs) return ts.Raise(ExceptionKind.OSError, $"readline() should have returned a str object, not '{r.Type.Name}'");
                    return rs.Value.Length == 0 ? null : r;
                }
                var t = Ready(ts, self);
                if (t is null || !CheckReadable(ts, t)) return null;
                var line = ReadText(ts, t, -1, stopAtLine: true);
                if (line is null) return null;
                return line.Length == 0 ? null : ts.Interpreter.Str(line);
            };
        }, Fill);

    static void Fill(ThreadState? _, PyType t)
    {
        t.AddValue("__module__", t.Owner.Str("_io"));
        t.AddValue("_CHUNK_SIZE", t.Owner.Int(ChunkSize));
        t.AddMethod("read", static (ts, self, args, kw) =>
        {
            if (!OptionalSize(ts, "read", args, kw, out long size)) return null;
            var t = Ready(ts, self);
            if (t is null || !CheckReadable(ts, t)) return null;
            var s = ReadText(ts, t, size, stopAtLine: false);
            return s is null ? null : ts.Interpreter.Str(s);
        });
        t.AddMethod("readline", static (ts, self, args, kw) =>
        {
            if (!OptionalSize(ts, "readline", args, kw, out long size)) return null;
            var t = Ready(ts, self);
            if (t is null || !CheckReadable(ts, t)) return null;
            var s = ReadText(ts, t, size, stopAtLine: true);
            return s is null ? null : ts.Interpreter.Str(s);
        });
        t.AddMethod("write", Write);
        t.AddMethod("flush", static (ts, self, args, kw) =>
        {
            var t = Ready(ts, self);
            if (t is null || !CheckOpen(ts, t)) return null;
            return FlushBuffer(ts, t) ? ts.Interpreter.None : null;
        });
        t.AddMethod("close", static (ts, self, args, kw) =>
        {
            var t = Ready(ts, self);
            if (t is null) return null;
            int closed = IsClosed(ts, t.Buffer!);
            if (closed != 0) return closed < 0 ? null : ts.Interpreter.None;
            var flushed = CallMethod(ts, self, "flush");
            var error = flushed is null ? ts.FetchError() : null;
            var r = CallMethod(ts, t.Buffer!, "close");
            if (error is not null)
            {
                if (r is null) ts.FetchError();
                ts.Raise(error);
                return null;
            }
            return r is null ? null : ts.Interpreter.None;
        });
        t.AddMethod("seek", Seek);
        t.AddMethod("tell", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "tell", args, kw, 0, 0)) return null;
            var t = Ready(ts, self);
            if (t is null || !CheckOpen(ts, t)) return null;
            return Tell(ts, t, out long pos) ? ts.Interpreter.Int(pos) : null;
        });
        t.AddMethod("truncate", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "truncate", args, kw, 0, 1)) return null;
            var t = Ready(ts, self);
            if (t is null || !FlushBuffer(ts, t)) return null;
            return args.Length == 0 ? CallMethod(ts, t.Buffer!, "truncate") : CallMethod(ts, t.Buffer!, "truncate", args[0]);
        });
        t.AddMethod("detach", static (ts, self, args, kw) =>
        {
            var t = Ready(ts, self);
            if (t is null || !FlushBuffer(ts, t)) return null;
            var b = t.Buffer!;
            t.Buffer = null;
            t.Detached = true;
            return b;
        });
        t.AddMethod("reconfigure", Reconfigure);
        t.AddMethod("fileno", static (ts, self, args, kw) => Ready(ts, self) is { } t ? CallMethod(ts, t.Buffer!, "fileno") : null);
        t.AddMethod("isatty", static (ts, self, args, kw) => Ready(ts, self) is { } t ? CallMethod(ts, t.Buffer!, "isatty") : null);
        t.AddMethod("readable", static (ts, self, args, kw) => Ready(ts, self) is { } t ? CallMethod(ts, t.Buffer!, "readable") : null);
        t.AddMethod("writable", static (ts, self, args, kw) => Ready(ts, self) is { } t ? CallMethod(ts, t.Buffer!, "writable") : null);
        t.AddMethod("seekable", static (ts, self, args, kw) => Ready(ts, self) is { } t ? CallMethod(ts, t.Buffer!, "seekable") : null);
        t.AddGetSet("closed", static (ts, self) => Ready(ts, self) is { } t ? Ops.GetAttr(ts, t.Buffer!, ts.Interpreter.Intern("closed")) : null);
        t.AddGetSet("name", static (ts, self) => Ready(ts, self) is { } t ? Ops.GetAttr(ts, t.Buffer!, ts.Interpreter.Intern("name")) : null);
        t.AddGetSet("buffer", static (ts, self) => Ready(ts, self) is { } t ? t.Buffer : null);
        t.AddGetSet("encoding", static (ts, self) => Initialized(ts, self) is { } t ? ts.Interpreter.Str(t.Encoding) : null);
        t.AddGetSet("errors", static (ts, self) => Initialized(ts, self) is { } t ? ts.Interpreter.Str(t.Errors) : null);
        t.AddGetSet("line_buffering", static (ts, self) => Initialized(ts, self) is { } t ? ts.Interpreter.Bool(t.LineBuffering) : null);
        t.AddGetSet("write_through", static (ts, self) => Initialized(ts, self) is { } t ? ts.Interpreter.Bool(t.WriteThrough) : null);
        t.AddGetSet("newlines", static (ts, self) =>
            Initialized(ts, self) is { } t ? (t.ReadUniversal && t.Readable ? NewlineKinds.ToPython(ts.Interpreter, t.SeenNewlines) : ts.Interpreter.None) : null);
    }

    static PyTextIOWrapper? Initialized(ThreadState ts, PyObject self)
    {
        var t = (PyTextIOWrapper)self;
        if (t.Initialized) return t;
        ts.Raise(ExceptionKind.ValueError, "I/O operation on uninitialized object");
        return null;
    }

    static PyTextIOWrapper? Ready(ThreadState ts, PyObject self)
    {
        var t = Initialized(ts, self);
        if (t is null) return null;
        if (!t.Detached) return t;
        ts.Raise(ExceptionKind.ValueError, "underlying buffer has been detached");
        return null;
    }

    static bool CheckOpen(ThreadState ts, PyTextIOWrapper t) => IoSupport.CheckOpen(ts, t.Buffer!);

    static bool CheckReadable(ThreadState ts, PyTextIOWrapper t)
    {
        if (!CheckOpen(ts, t)) return false;
        if (t.Readable) return true;
        RaiseUnsupported(ts, "not readable");
        return false;
    }

    static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var t = (PyTextIOWrapper)self;
        var interp = ts.Interpreter;
        if (!t.Initialized || t.Detached) return interp.Str("<_io.TextIOWrapper>");
        if (!Ops.EnterRecursiveCall(ts, " while getting the repr of an object")) return null;
        try
        {
            var sb = new StringBuilder("<_io.TextIOWrapper");
            foreach (var attr in (ReadOnlySpan<string>)["name", "mode"])
            {
                int found = Ops.LookupAttr(ts, self, interp.Intern(attr), out var value);
                if (found < 0)
                {
                    if (ts.CurrentException is null || !Ops.IsError(ts, ExceptionKind.ValueError)) return null;
                    ts.FetchError();
                    continue;
                }
                if (found == 0) continue;
                if (Ops.Repr(ts, value!) is not PyStr r) return null;
                sb.Append(' ').Append(attr).Append('=').Append(r.Value);
            }
            sb.Append(" encoding='").Append(t.Encoding).Append("'>");
            return interp.Str(sb.ToString());
        }
        finally
        {
            Ops.LeaveRecursiveCall(ts);
        }
    }

    // ---- construction ----

    static bool Init(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new PyObject?[6];
        if (!ArgBinder.Bind(ts, "TextIOWrapper", args, kw, ["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"], 1, a))
            return false;
        var t = (PyTextIOWrapper)self;
        t.Initialized = false;
        if (!StrOrNone(ts, a[1], "encoding", out var encoding) || !StrOrNone(ts, a[2], "errors", out var errors)) return false;
        if (a[3] is not null && a[3] is not PyStr && !ReferenceEquals(a[3], ts.Interpreter.None))
        {
            ts.Raise(ExceptionKind.TypeError, $"TextIOWrapper() argument 'newline' must be str or None, not {a[3]!.Type.Name}");
            return false;
        }
        if (!NewlineKinds.Parse(ts, a[3], out var newline, null, quote: false)) return false;
        bool lineBuffering = false, writeThrough = false;
        if (a[4] is not null) { int v = Ops.IsTrue(ts, a[4]!); if (v < 0) return false; lineBuffering = v > 0; }
        if (a[5] is not null) { int v = Ops.IsTrue(ts, a[5]!); if (v < 0) return false; writeThrough = v > 0; }
        if (!SetEncoding(ts, t, encoding, errors)) return false;
        var buffer = a[0]!;
        t.Buffer = buffer;
        t.Newline = newline;
        t.LineBuffering = lineBuffering;
        t.WriteThrough = writeThrough;
        t.Detached = false;
        t.ResetReading();
        t.SeenNewlines = 0;
        t.DecoderStarted = t.EncoderStarted = false;
        t.BigEndian = null;
        if (!Ability(ts, buffer, "readable", out t.Readable) || !Ability(ts, buffer, "writable", out t.Writable)
            || !Ability(ts, buffer, "seekable", out t.Seekable)) return false;
        // A BOM is written only at the start of the stream (appending to a file writes none).
        if (t.Writable && t.Seekable && HasBom(t.Codec))
        {
            var pos = CallMethod(ts, buffer, "tell");
            if (pos is null) return false;
            if (pos is not PyInt { IsSmall: true, Small: 0 }) t.EncoderStarted = t.DecoderStarted = true;
        }
        t.Initialized = true;
        if (t.Writable) IoTypes.Of(ts).TrackWriter(t);
        return true;
    }

    static bool HasBom(Codecs.Codec c) => c is Codecs.Codec.Utf16 or Codecs.Codec.Utf32 or Codecs.Codec.Utf8Sig;

    static bool StrOrNone(ThreadState ts, PyObject? arg, string name, out string? value)
    {
        value = null;
        if (arg is null || ReferenceEquals(arg, ts.Interpreter.None)) return true;
        if (arg is PyStr s) { value = s.Value; return true; }
        ts.Raise(ExceptionKind.TypeError, $"TextIOWrapper() argument '{name}' must be str or None, not {arg.Type.Name}");
        return false;
    }

    static bool SetEncoding(ThreadState ts, PyTextIOWrapper t, string? encoding, string? errors)
    {
        if (encoding is null || encoding == "locale") encoding = "utf-8"; // UTF-8 mode
        var codec = Codecs.Lookup(encoding);
        if (errors is not null && errors.Contains('\0')) { ts.Raise(ExceptionKind.ValueError, "embedded null character"); return false; }
        PyObject? encoder = null, decoder = null;
        if (codec == Codecs.Codec.Unknown && !RegistryCodec(ts, encoding, errors ?? "strict", out encoder, out decoder)) return false;
        t.IncrementalEncoder = encoder;
        t.IncrementalDecoder = decoder;
        t.Encoding = encoding;
        t.Codec = codec;
        t.Errors = errors ?? "strict";
        return true;
    }

    /// <summary>Any other text encoding comes from the codec registry (the encodings package):
    /// the wrapper drives its incremental encoder and decoder.</summary>
    static bool RegistryCodec(ThreadState ts, string encoding, string errors, out PyObject? encoder, out PyObject? decoder)
    {
        encoder = decoder = null;
        var info = Isolated.Modules.TextCodecs.CodecRegistry.Of(ts.Interpreter).Lookup(ts, encoding);
        if (info is null) return false;
        int found = Ops.LookupAttr(ts, info, ts.Interpreter.Intern("_is_text_encoding"), out var isText);
        if (found < 0) return false;
        if (found > 0)
        {
            int truth = Ops.IsTrue(ts, isText!);
            if (truth < 0) return false;
            if (truth == 0)
            {
                ts.Raise(ExceptionKind.LookupError, $"'{encoding}' is not a text encoding; use codecs.open() to handle arbitrary codecs");
                return false;
            }
        }
        var errorsObj = ts.Interpreter.Str(errors);
        encoder = CallMethod(ts, info, "incrementalencoder", errorsObj);
        if (encoder is null) return false;
        decoder = CallMethod(ts, info, "incrementaldecoder", errorsObj);
        return decoder is not null;
    }

    static bool Ability(ThreadState ts, PyObject buffer, string method, out bool value)
    {
        value = false;
        var r = CallMethod(ts, buffer, method);
        if (r is null) return false;
        int v = Ops.IsTrue(ts, r);
        value = v > 0;
        return v >= 0;
    }

    static PyObject? Reconfigure(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new PyObject?[5];
        if (!ArgBinder.Bind(ts, "reconfigure", args, kw, ["encoding", "errors", "newline", "line_buffering", "write_through"], 0, a, keywordOnlyFrom: 0))
            return null;
        var t = Ready(ts, self);
        if (t is null) return null;
        var none = ts.Interpreter.None;
        bool changesDecoding = (a[0] is not null && !ReferenceEquals(a[0], none)) || (a[1] is not null && !ReferenceEquals(a[1], none))
                               || a[2] is not null;
        if (changesDecoding && t.Decoded.Length - t.Index + t.Pending.Length > 0)
            return RaiseUnsupported(ts, "It is not possible to set the encoding or newline of stream after the first read");
        string? newline = t.Newline;
        if (a[2] is not null && !NewlineKinds.Parse(ts, a[2], out newline, t.Newline, quote: false)) return null;
        if (!StrOrNone(ts, a[0], "encoding", out var encoding) || !StrOrNone(ts, a[1], "errors", out var errors)) return null;
        if (!FlushBuffer(ts, t)) return null;
        if (encoding is not null)
        {
            if (!SetEncoding(ts, t, encoding, errors ?? "strict")) return null;
        }
        else if (errors is not null) t.Errors = errors;
        t.Newline = newline;
        if (a[3] is not null && !ReferenceEquals(a[3], none)) { int v = Ops.IsTrue(ts, a[3]!); if (v < 0) return null; t.LineBuffering = v > 0; }
        if (a[4] is not null && !ReferenceEquals(a[4], none)) { int v = Ops.IsTrue(ts, a[4]!); if (v < 0) return null; t.WriteThrough = v > 0; }
        return none;
    }

    // ---- writing ----

    static PyObject? Write(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "write", args, kw, 1, 1)) return null;
        var t = Ready(ts, self);
        if (t is null) return null;
        if (args[0] is not PyStr s) return ts.Raise(ExceptionKind.TypeError, $"write() argument must be str, not {args[0].Type.Name}");
        if (!CheckOpen(ts, t)) return null;
        if (!t.Writable) return RaiseUnsupported(ts, "not writable");
        string text = s.Value;
        bool hasNewline = text.Contains('\n') || text.Contains('\r');
        if (t.Newline is "\r" or "\r\n" && text.Contains('\n')) text = text.Replace("\n", t.Newline);
        // Writing after reading drops the read-ahead without seeking back (as CPython does: the
        // text goes where the buffer's position is).
        t.ResetReading();
        var bytes = Encode(ts, t, text);
        if (bytes is null) return null;
        // Encoded text waits in PendingWrite (CPython's pending_bytes) until a chunk is full.
        t.PendingWrite.AddRange(bytes);
        bool lineFlush = t.LineBuffering && hasNewline;
        if (t.PendingWrite.Count >= ChunkSize || t.WriteThrough || lineFlush)
        {
            if (!FlushPending(ts, t)) return null;
        }
        if (lineFlush && CallMethod(ts, t.Buffer!, "flush") is null) return null;
        return ts.Interpreter.Int(s.CodePointLength);
    }

    static byte[]? Encode(ThreadState ts, PyTextIOWrapper t, string text)
    {
        string encoding = t.Encoding;
        if (t.EncoderStarted && HasBom(t.Codec)) encoding = NoBomName(t);
        else if (text.Length > 0) t.EncoderStarted = true;
        if (text.Length == 0) return [];
        if (t.IncrementalEncoder is { } encoder)
        {
            var r = CallMethod(ts, encoder, "encode", ts.Interpreter.Str(text));
            if (r is null) return null;
            if (r is not PyBytes b)
            {
                ts.Raise(ExceptionKind.TypeError, $"encoder should return a bytes object, not '{r.Type.Name}'");
                return null;
            }
            return b.Value;
        }
        return Codecs.Encode(ts, text, encoding, t.Errors);
    }

    /// <summary>The codec that continues a stream whose BOM is already written or read.</summary>
    static string NoBomName(PyTextIOWrapper t) => t.Codec switch
    {
        Codecs.Codec.Utf16 => t.BigEndian == true ? "utf-16-be" : "utf-16-le",
        Codecs.Codec.Utf32 => t.BigEndian == true ? "utf-32-be" : "utf-32-le",
        Codecs.Codec.Utf8Sig => "utf-8",
        _ => t.Encoding,
    };

    static bool FlushBuffer(ThreadState ts, PyTextIOWrapper t) =>
        FlushPending(ts, t) && CallMethod(ts, t.Buffer!, "flush") is not null;

    /// <summary>Hands the encoded text waiting in PendingWrite to buffer.write().</summary>
    static bool FlushPending(ThreadState ts, PyTextIOWrapper t)
    {
        if (t.PendingWrite.Count == 0) return true;
        var data = PyBytes.Create(ts.Interpreter, t.PendingWrite.ToArray());
        t.PendingWrite.Clear();
        return CallMethod(ts, t.Buffer!, "write", data) is not null;
    }

    // ---- reading ----

    /// <summary>Reads more bytes from the buffer and appends their text to Decoded (dropping the
    /// consumed prefix). Sets Eof at the end of the stream. False with an exception set on error.</summary>
    static int FillDecoded(ThreadState ts, PyTextIOWrapper t)
    {
        string rest = t.Index == 0 ? t.Decoded : t.Decoded[t.Index..];
        t.Decoded = rest;
        t.Index = 0;
        if (t.Eof) return 1;
        bool whole = t.Codec is Codecs.Codec.UnicodeEscape or Codecs.Codec.RawUnicodeEscape;
        int found = whole ? 0 : Ops.LookupAttr(ts, t.Buffer!, ts.Interpreter.Intern("read1"), out var read1);
        if (found < 0) return -1;
        PyObject? data = whole || found == 0
            ? CallMethod(ts, t.Buffer!, "read", whole ? ts.Interpreter.Int(-1) : ts.Interpreter.Int(ChunkSize))
            : CallMethod(ts, t.Buffer!, "read1", ts.Interpreter.Int(ChunkSize));
        if (data is null) return -1;
        if (ReferenceEquals(data, ts.Interpreter.None)) return 0;
        if (data is not PyBytes bytes)
        {
            ts.Raise(ExceptionKind.TypeError, $"underlying read1() should have returned a bytes object, not '{data.Type.Name}'");
            return -1;
        }
        ReadOnlySpan<byte> input;
        byte[]? joined = null;
        if (t.Pending.Length > 0)
        {
            joined = new byte[t.Pending.Length + bytes.Value.Length];
            t.Pending.CopyTo(joined, 0);
            bytes.Value.CopyTo(joined, t.Pending.Length);
            input = joined;
        }
        else input = bytes.Value;
        bool final = bytes.Value.Length == 0 || whole;
        if (final) t.Eof = true;
        if (t.IncrementalDecoder is { } decoder)
        {
            // The Python decoder keeps its own partial input.
            t.Pending = [];
            var decoded = CallMethod(ts, decoder, "decode", PyBytes.Create(ts.Interpreter, input.ToArray()), ts.Interpreter.Bool(final));
            if (decoded is null) return -1;
            if (decoded is not PyStr ds)
            {
                ts.Raise(ExceptionKind.TypeError, $"decoder should return a string result, not '{decoded.Type.Name}'");
                return -1;
            }
            t.Decoded = rest.Length == 0 ? ds.Value : rest + ds.Value;
            return 1;
        }
        string encoding = t.Encoding;
        if (!t.DecoderStarted && HasBom(t.Codec))
        {
            if (!final && input.Length < 4) { t.Pending = input.ToArray(); return 1; }
            input = SkipBom(t, input);
            t.DecoderStarted = true;
            encoding = NoBomName(t);
        }
        else if (HasBom(t.Codec)) encoding = NoBomName(t);
        int complete = final ? input.Length : CompletePrefix(t.Codec, input);
        t.Pending = input[complete..].ToArray();
        var text = Codecs.Decode(ts, input[..complete], encoding, t.Errors);
        if (text is null) return -1;
        t.Decoded = rest.Length == 0 ? text : rest + text;
        return 1;
    }

    static ReadOnlySpan<byte> SkipBom(PyTextIOWrapper t, ReadOnlySpan<byte> input)
    {
        switch (t.Codec)
        {
            case Codecs.Codec.Utf8Sig:
                return input.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? input[3..] : input;
            case Codecs.Codec.Utf32:
                if (input.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0])) { t.BigEndian = false; return input[4..]; }
                if (input.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF])) { t.BigEndian = true; return input[4..]; }
                t.BigEndian = false;
                return input;
            default:
                if (input.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) { t.BigEndian = false; return input[2..]; }
                if (input.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) { t.BigEndian = true; return input[2..]; }
                t.BigEndian = false;
                return input;
        }
    }

    /// <summary>How many leading bytes form whole characters (the rest waits for more input).</summary>
    static int CompletePrefix(Codecs.Codec codec, ReadOnlySpan<byte> data)
    {
        int n = data.Length;
        switch (codec)
        {
            case Codecs.Codec.Utf8:
            case Codecs.Codec.Utf8Sig:
                for (int back = 1; back <= System.Math.Min(3, n); back++)
                {
                    byte b = data[n - back];
                    if ((b & 0xC0) == 0x80) continue; // continuation byte
                    int need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
                    return need > back ? n - back : n;
                }
                return n;
            case Codecs.Codec.Utf16:
            case Codecs.Codec.Utf16Le:
            case Codecs.Codec.Utf16Be:
                return n & ~1;
            case Codecs.Codec.Utf32:
            case Codecs.Codec.Utf32Le:
            case Codecs.Codec.Utf32Be:
                return n & ~3;
            default:
                return n;
        }
    }

    /// <summary>Reads up to <paramref name="limit"/> characters (all when negative), stopping after
    /// a line ending when <paramref name="stopAtLine"/>; applies the newline mode.</summary>
    static string? ReadText(ThreadState ts, PyTextIOWrapper t, long limit, bool stopAtLine)
    {
        if (!FlushPending(ts, t)) return null;
        var sb = new StringBuilder();
        while (true)
        {
            string d = t.Decoded;
            int i = t.Index, n = d.Length;
            while (i < n)
            {
                if (limit >= 0 && sb.Length >= limit) { t.Index = i; return sb.ToString(); }
                char c = d[i];
                if (c == '\r')
                {
                    if (t.ReadUniversal || t.Newline == "\r\n")
                    {
                        if (i + 1 >= n && !t.Eof) break; // is it \r\n? read on to know
                        bool crlf = i + 1 < n && d[i + 1] == '\n';
                        if (t.ReadUniversal)
                        {
                            t.SeenNewlines |= crlf ? NewlineKinds.CRLF : NewlineKinds.CR;
                            if (t.ReadTranslate) sb.Append('\n');
                            else sb.Append(crlf ? "\r\n" : "\r");
                            i += crlf ? 2 : 1;
                            if (stopAtLine) { t.Index = i; return sb.ToString(); }
                            continue;
                        }
                        if (crlf)
                        {
                            sb.Append("\r\n");
                            i += 2;
                            if (stopAtLine) { t.Index = i; return sb.ToString(); }
                            continue;
                        }
                        sb.Append('\r');
                        i++;
                        continue;
                    }
                    sb.Append('\r');
                    i++;
                    if (stopAtLine && t.Newline == "\r") { t.Index = i; return sb.ToString(); }
                    continue;
                }
                if (c == '\n')
                {
                    if (t.ReadUniversal) t.SeenNewlines |= NewlineKinds.LF;
                    sb.Append('\n');
                    i++;
                    if (stopAtLine && (t.ReadUniversal || t.Newline == "\n")) { t.Index = i; return sb.ToString(); }
                    continue;
                }
                int j = i + 1;
                while (j < n && d[j] != '\r' && d[j] != '\n') j++;
                if (limit >= 0) j = (int)System.Math.Min(j, i + (limit - sb.Length));
                sb.Append(d, i, j - i);
                i = j;
            }
            t.Index = i;
            if (t.Eof) return sb.ToString();
            int got = FillDecoded(ts, t);
            if (got < 0) return null;
            if (got == 0) return sb.ToString(); // a non-blocking buffer had nothing to give
        }
    }

    // ---- positioning ----

    static bool Tell(ThreadState ts, PyTextIOWrapper t, out long position)
    {
        position = 0;
        if (!t.Seekable) { RaiseUnsupported(ts, "underlying stream is not seekable"); return false; }
        if (!FlushBuffer(ts, t)) return false;
        var r = CallMethod(ts, t.Buffer!, "tell");
        if (r is null || !IntArg(ts, r, out position)) return false;
        int unread = t.Decoded.Length - t.Index;
        if (unread == 0 && t.Pending.Length == 0) return true;
        long bytes = t.Pending.Length;
        if (unread > 0)
        {
            var rest = t.Decoded.Substring(t.Index);
            var encoded = Codecs.Encode(ts, rest, t.DecoderStarted && HasBom(t.Codec) ? NoBomName(t) : t.Encoding, t.Errors);
            if (encoded is null) return false;
            bytes += encoded.Length;
        }
        position -= bytes;
        return true;
    }

    static PyObject? Seek(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "seek", args, kw, 1, 2)) return null;
        var t = Ready(ts, self);
        if (t is null) return null;
        if (!IntArg(ts, args[0], out long cookie)) return null;
        long whence = 0;
        if (args.Length > 1 && !IntArg(ts, args[1], out whence)) return null;
        if (!CheckOpen(ts, t)) return null;
        if (!t.Seekable) return RaiseUnsupported(ts, "underlying stream is not seekable");
        var interp = ts.Interpreter;
        switch (whence)
        {
            case 1:
                if (cookie != 0) return RaiseUnsupported(ts, "can't do nonzero cur-relative seeks");
                if (!Tell(ts, t, out cookie)) return null;
                break;
            case 2:
                if (cookie != 0) return RaiseUnsupported(ts, "can't do nonzero end-relative seeks");
                if (!FlushBuffer(ts, t)) return null;
                t.ResetReading();
                var end = CallMethod(ts, t.Buffer!, "seek", interp.Int(0), interp.Int(2));
                if (end is null) return null;
                t.DecoderStarted = t.EncoderStarted = end is not PyInt { IsSmall: true, Small: 0 };
                return end;
            case 0:
                break;
            default:
                return ts.Raise(ExceptionKind.ValueError, $"invalid whence ({whence}, should be 0, 1 or 2)");
        }
        if (cookie < 0) return ts.Raise(ExceptionKind.ValueError, $"negative seek position {cookie}");
        if (!FlushBuffer(ts, t)) return null;
        t.ResetReading();
        if (CallMethod(ts, t.Buffer!, "seek", interp.Int(cookie)) is null) return null;
        t.DecoderStarted = t.EncoderStarted = cookie != 0;
        return interp.Int(cookie);
    }
}
