using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules;

// builtins for text and binary data: repr, ascii, chr, ord, format, and the bytes types.
public static partial class BuiltinsModule
{
    static partial void AddStringFunctions(Interpreter interp, PyModule m)
    {
        var t = interp.Types;
        m.Dict.SetStr("bytes", t.Bytes);
        m.Dict.SetStr("bytearray", t.ByteArray);
        m.Dict.SetStr("memoryview", t.MemoryView);
        AddFunction(m, "repr", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "repr", args, kw, 1, 1) ? Ops.Repr(ts, args[0]) : null,
            "Return the canonical string representation of the object.");
        AddFunction(m, "ascii", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "ascii", args, kw, 1, 1)) return null;
            return Ascii(ts, args[0]);
        }, "Return an ASCII-only representation of an object.");
        AddFunction(m, "chr", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "chr", args, kw, 1, 1)) return null;
            return Chr(ts, args[0]);
        }, "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff.");
        AddFunction(m, "ord", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "ord", args, kw, 1, 1)) return null;
            return Ord(ts, args[0]);
        }, "Return the Unicode code point for a one-character string.");
        AddFunction(m, "format", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "format", args, kw, 1, 2)) return null;
            PyStr? spec = null;
            if (args.Length > 1)
            {
                if (args[1] is not PyStr s)
                    return ts.Raise(ExceptionKind.TypeError, $"format() argument 2 must be str, not {args[1].Type.Name}");
                spec = s;
            }
            return Ops.Format(ts, args[0], spec);
        }, "Return type(value).__format__(value, format_spec)");
    }

    /// <summary>ascii(obj): repr with non-ASCII characters escaped.</summary>
    public static PyObject? Ascii(ThreadState ts, PyObject obj)
    {
        var r = Ops.Repr(ts, obj);
        if (r is null) return null;
        var s = ((PyStr)r).Value;
        var escaped = StrType.AsciiRepr(s);
        return ReferenceEquals(escaped, s) ? r : ts.Interpreter.Str(escaped);
    }

    /// <summary>chr(i).</summary>
    public static PyObject? Chr(ThreadState ts, PyObject arg)
    {
        if (arg is not PyInt && arg.Type.Slots.Index is null)
            return ts.Raise(ExceptionKind.TypeError, $"'{arg.Type.Name}' object cannot be interpreted as an integer");
        var i = TextArgs.ToInt(ts, arg);
        if (i is null) return null;
        if (!i.IsSmall)
            return ts.Raise(ExceptionKind.OverflowError, "Python int too large to convert to C int");
        long v = i.Small;
        if (v < int.MinValue || v > int.MaxValue)
            return ts.Raise(ExceptionKind.OverflowError, v < 0 ? "signed integer is less than minimum" : "signed integer is greater than maximum");
        if (v < 0 || v > 0x10FFFF) return ts.Raise(ExceptionKind.ValueError, "chr() arg not in range(0x110000)");
        return ts.Interpreter.Str(v < 0x10000 ? ((char)v).ToString() : char.ConvertFromUtf32((int)v));
    }

    /// <summary>ord(c) for a one-character str, bytes or bytearray.</summary>
    public static PyObject? Ord(ThreadState ts, PyObject arg)
    {
        if (arg is PyStr s)
        {
            if (s.CodePointLength != 1)
                return ts.Raise(ExceptionKind.TypeError, $"ord() expected a character, but string of length {s.CodePointLength} found");
            int i = 0;
            return ts.Interpreter.Int(PyStr.NextCodePoint(s.Value, ref i));
        }
        if (arg is PyBytes or PyByteArray)
        {
            var data = ((IBuffer)arg).AsReadOnlySpan();
            if (data.Length != 1)
                return ts.Raise(ExceptionKind.TypeError, $"ord() expected a character, but string of length {data.Length} found");
            return ts.Interpreter.Int(data[0]);
        }
        return ts.Raise(ExceptionKind.TypeError, $"ord() expected string of length 1, but {arg.Type.Name} found");
    }
}
