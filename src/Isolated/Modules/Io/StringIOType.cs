using Isolated.Objects;
using Isolated.Runtime;
using static Isolated.Modules.Io.IoSupport;

namespace Isolated.Modules.Io;

/// <summary><c>_io.StringIO(initial_value='', newline='\n')</c>.</summary>
public static class StringIOType
{
    public static PyType Create(BuiltinTypes types, PyType textBase) =>
        types.NewBuiltin("StringIO", textBase, TypeFlags.BaseType | TypeFlags.HasInstanceDict, static s =>
        {
            s.New = static (ts, type, args, kw) => new PyStringIO(type);
            s.Init = Init;
            s.Iter = static (ts, self) => Open(ts, self) is null ? null : self;
            s.IterNext = static (ts, self) =>
            {
                if (Open(ts, self) is not { } f) return null;
                // A subclass overriding readline gets it called, as CPython does.
                if (!ReferenceEquals(self.Type, IoTypes.Of(ts).StringIO))
                {
                    var r = CallMethod(ts, self, "readline");
                    if (r is null) return null;
                    if (r is not PyStr rs) return ts.Raise(ExceptionKind.OSError, $"readline() should have returned a str object, not '{r.Type.Name}'");
                    return rs.Value.Length == 0 ? null : r;
                }
                var line = f.ReadLine(-1);
                return line.Length == 0 ? null : ts.Interpreter.Str(line);
            };
        }, Fill);

    static bool Init(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "StringIO", args, kw, ["initial_value", "newline"], 0, a)) return false;
        var f = (PyStringIO)self;
        if (!NewlineKinds.Parse(ts, a[1], out var newline, "\n")) return false;
        if (a[0] is not null && a[0] is not PyStr && !ReferenceEquals(a[0], ts.Interpreter.None))
        {
            ts.Raise(ExceptionKind.TypeError, $"initial_value must be str or None, not {a[0]!.Type.Name}");
            return false;
        }
        f.Newline = newline;
        f.Text.Clear();
        f.Position = 0;
        f.SeenNewlines = 0;
        f.Closed = false;
        if (a[0] is PyStr initial)
        {
            f.Write(initial.Value);
            f.Position = 0;
        }
        return true;
    }

    static void Fill(ThreadState? _, PyType t)
    {
        t.AddValue("__module__", t.Owner.Str("_io"));
        t.AddMethod("__getstate__", GetState);
        t.AddMethod("__setstate__", SetState);
        t.AddMethod("getvalue", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "getvalue", args, kw, 0, 0) && Open(ts, self) is { } f ? ts.Interpreter.Str(f.Text.ToString()) : null);
        t.AddMethod("read", static (ts, self, args, kw) =>
        {
            if (!OptionalSize(ts, "read", args, kw, out long size) || Open(ts, self) is not { } f) return null;
            int available = System.Math.Max(0, f.Text.Length - f.Position);
            int n = size < 0 ? available : (int)System.Math.Min(size, available);
            var s = n == 0 ? "" : f.Text.ToString(f.Position, n);
            f.Position += n;
            return ts.Interpreter.Str(s);
        });
        t.AddMethod("readline", static (ts, self, args, kw) =>
            OptionalSize(ts, "readline", args, kw, out long size) && Open(ts, self) is { } f ? ts.Interpreter.Str(f.ReadLine(size)) : null);
        t.AddMethod("write", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "write", args, kw, 1, 1)) return null;
            if (args[0] is not PyStr s) return ts.Raise(ExceptionKind.TypeError, $"string argument expected, got '{args[0].Type.Name}'");
            if (Open(ts, self) is not { } f) return null;
            f.Write(s.Value);
            return ts.Interpreter.Int(s.CodePointLength);
        });
        t.AddMethod("seek", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "seek", args, kw, 1, 2) || !IntArg(ts, args[0], out long pos)) return null;
            long whence = 0;
            if (args.Length > 1 && !IntArg(ts, args[1], out whence)) return null;
            if (Open(ts, self) is not { } f) return null;
            if (whence is < 0 or > 2) return ts.Raise(ExceptionKind.ValueError, $"Invalid whence ({whence}, should be 0, 1 or 2)");
            if (whence == 0 && pos < 0) return ts.Raise(ExceptionKind.ValueError, $"Negative seek position {pos}");
            if (whence != 0 && pos != 0)
                return ts.Raise(ExceptionKind.OSError, whence == 1 ? "Can't do nonzero cur-relative seeks" : "Can't do nonzero end-relative seeks");
            if (whence == 2) pos = f.Text.Length;
            else if (whence == 1) pos = f.Position;
            f.Position = (int)pos;
            return ts.Interpreter.Int(pos);
        });
        t.AddMethod("tell", static (ts, self, args, kw) => Open(ts, self) is { } f ? ts.Interpreter.Int(f.Position) : null);
        t.AddMethod("truncate", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "truncate", args, kw, 0, 1) || Open(ts, self) is not { } f) return null;
            long size = f.Position;
            if (args.Length > 0 && !ReferenceEquals(args[0], ts.Interpreter.None) && !IntArg(ts, args[0], out size)) return null;
            if (size < 0) return ts.Raise(ExceptionKind.ValueError, $"Negative size value {size}");
            if (size < f.Text.Length) f.Text.Length = (int)size;
            return ts.Interpreter.Int(size);
        });
        t.AddMethod("readable", static (ts, self, args, kw) => Open(ts, self) is null ? null : ts.Interpreter.True);
        t.AddMethod("writable", static (ts, self, args, kw) => Open(ts, self) is null ? null : ts.Interpreter.True);
        t.AddMethod("seekable", static (ts, self, args, kw) => Open(ts, self) is null ? null : ts.Interpreter.True);
        t.AddMethod("close", static (ts, self, args, kw) =>
        {
            var f = (PyStringIO)self;
            f.Closed = f.IOBaseClosed = true;
            f.Text.Clear();
            return ts.Interpreter.None;
        });
        t.AddGetSet("closed", static (ts, self) => ts.Interpreter.Bool(((PyStringIO)self).Closed));
        t.AddGetSet("line_buffering", static (ts, self) => Open(ts, self) is null ? null : ts.Interpreter.False);
        t.AddGetSet("newlines", static (ts, self) =>
        {
            if (Open(ts, self) is not { } f) return null;
            return f.Newline is null || f.Newline.Length == 0 ? NewlineKinds.ToPython(ts.Interpreter, f.SeenNewlines) : ts.Interpreter.None;
        });
    }

    /// <summary>(value, newline argument, position, copy of __dict__ or None): what pickle and copy save.</summary>
    static PyObject? GetState(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "__getstate__", args, kw, 0, 0) || Open(ts, self) is not { } f) return null;
        var interp = ts.Interpreter;
        return interp.Tuple(interp.Str(f.Text.ToString()), f.Newline is null ? interp.None : interp.Str(f.Newline),
            interp.Int(f.Position), IoSupport.DictState(ts, f));
    }

    /// <summary>Runs __init__ with (value, newline) for the newline mode, then puts the saved text
    /// back verbatim: it was translated once already when first written.</summary>
    static PyObject? SetState(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "__setstate__", args, kw, 1, 1)) return null;
        if (args[0] is not PyTuple { Count: >= 4 } state)
            return ts.Raise(ExceptionKind.TypeError, $"{IoSupport.TypeName(self)}.__setstate__ argument should be 4-tuple, got {args[0].Type.TpName}");
        if (!Init(ts, self, state.Items.AsSpan(0, 2), null)) return null;
        var f = (PyStringIO)self;
        if (state.Items[0] is PyStr text)
        {
            f.Text.Clear();
            f.Text.Append(text.Value);
        }
        if (state.Items[2] is not PyInt position)
            return ts.Raise(ExceptionKind.TypeError, $"third item of state must be an integer, got {state.Items[2].Type.TpName}");
        if (!Ops.AsIndexSize(ts, position, out long pos)) return null;
        if (pos < 0) return ts.Raise(ExceptionKind.ValueError, "position value cannot be negative");
        f.Position = (int)System.Math.Min(pos, int.MaxValue);
        return IoSupport.RestoreDictState(ts, f, state.Items[3], "fourth") ? ts.Interpreter.None : null;
    }

    static PyStringIO? Open(ThreadState ts, PyObject self)
    {
        var f = (PyStringIO)self;
        if (!f.Closed) return f;
        ts.Raise(ExceptionKind.ValueError, "I/O operation on closed file"); // StringIO's message has no period
        return null;
    }
}
