using Isolated.Objects;
using Isolated.Runtime;
using static Isolated.Modules.Io.IoSupport;

namespace Isolated.Modules.Io;

/// <summary><c>_io.IncrementalNewlineDecoder(decoder, translate, errors='strict')</c>.</summary>
public static class NewlineDecoderType
{
    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("IncrementalNewlineDecoder", types.Object, TypeFlags.BaseType, static s =>
        {
            s.New = static (ts, type, args, kw) => new PyNewlineDecoder(type);
            s.Init = static (ts, self, args, kw) =>
            {
                var a = new PyObject?[3];
                if (!ArgBinder.Bind(ts, "IncrementalNewlineDecoder", args, kw, ["decoder", "translate", "errors"], 2, a)) return false;
                var d = (PyNewlineDecoder)self;
                int tr = Ops.IsTrue(ts, a[1]!);
                if (tr < 0) return false;
                d.Decoder = ReferenceEquals(a[0], ts.Interpreter.None) ? null : a[0];
                d.Translate = tr > 0;
                d.PendingCR = false;
                d.Seen = 0;
                d.Initialized = true;
                return true;
            };
        }, static (_, t) =>
        {
            t.AddValue("__module__", t.Owner.Str("_io"));
            t.AddMethod("decode", Decode);
            t.AddMethod("getstate", static (ts, self, args, kw) =>
            {
                if (Ready(ts, self) is not { } d) return null;
                var interp = ts.Interpreter;
                PyObject buffer = interp.EmptyBytes;
                long flag = 0;
                if (d.Decoder is not null)
                {
                    var st = CallMethod(ts, d.Decoder, "getstate");
                    if (st is null) return null;
                    if (st is not PyTuple { Count: 2 } tup) return ts.Raise(ExceptionKind.TypeError, "illegal decoder state");
                    buffer = tup.Items[0];
                    if (!IntArg(ts, tup.Items[1], out flag)) return null;
                }
                flag = (flag << 1) | (d.PendingCR ? 1L : 0L);
                return interp.Tuple(buffer, interp.Int(flag));
            });
            t.AddMethod("setstate", static (ts, self, args, kw) =>
            {
                if (!ArgBinder.CheckPositional(ts, "setstate", args, kw, 1, 1) || Ready(ts, self) is not { } d) return null;
                if (args[0] is not PyTuple { Count: 2 } tup) return ts.Raise(ExceptionKind.TypeError, "state argument must be a tuple");
                if (!IntArg(ts, tup.Items[1], out long flag)) return null;
                d.PendingCR = (flag & 1) != 0;
                if (d.Decoder is null) return ts.Interpreter.None;
                var interp = ts.Interpreter;
                return CallMethod(ts, d.Decoder, "setstate", interp.Tuple(tup.Items[0], interp.Int(flag >> 1)));
            });
            t.AddMethod("reset", static (ts, self, args, kw) =>
            {
                if (Ready(ts, self) is not { } d) return null;
                d.Seen = 0;
                d.PendingCR = false;
                return d.Decoder is null ? ts.Interpreter.None : CallMethod(ts, d.Decoder, "reset");
            });
            t.AddGetSet("newlines", static (ts, self) => Ready(ts, self) is { } d ? NewlineKinds.ToPython(ts.Interpreter, d.Seen) : null);
        });

    static PyNewlineDecoder? Ready(ThreadState ts, PyObject self)
    {
        var d = (PyNewlineDecoder)self;
        if (d.Initialized) return d;
        ts.Raise(ExceptionKind.ValueError, "IncrementalNewlineDecoder.__init__() not called");
        return null;
    }

    static PyObject? Decode(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "decode", args, kw, ["input", "final"], 1, a)) return null;
        if (Ready(ts, self) is not { } d) return null;
        bool final = false;
        if (a[1] is not null) { int f = Ops.IsTrue(ts, a[1]!); if (f < 0) return null; final = f > 0; }
        PyObject output = a[0]!;
        if (d.Decoder is not null)
        {
            var decode = Ops.GetAttr(ts, d.Decoder, ts.Interpreter.Intern("decode"));
            if (decode is null) return null;
            var r = Ops.Call(ts, decode, a[0]!, ts.Interpreter.Bool(final));
            if (r is null) return null;
            output = r;
        }
        if (output is not PyStr str)
            return ts.Raise(ExceptionKind.TypeError, $"decoder should return a string result, not '{output.Type.Name}'");
        string s = str.Value;
        if (d.PendingCR && (s.Length > 0 || final))
        {
            s = "\r" + s;
            d.PendingCR = false;
        }
        if (!final && s.EndsWith('\r'))
        {
            s = s[..^1];
            d.PendingCR = true;
        }
        d.Seen |= NewlineKinds.Scan(s);
        if (d.Translate) s = NewlineKinds.Translate(s);
        return ts.Interpreter.Str(s);
    }
}
