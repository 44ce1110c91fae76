using Isolated.Runtime;

namespace Isolated.Objects;

// complex(): the constructor, __complex__, and parsing from text.
public static partial class ComplexType
{
    static readonly string[] NewParams = ["real", "imag"];

    static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "complex", args, kwnames, NewParams, 0, a)) return null;
        var interp = ts.Interpreter;
        PyObject? r = a[0], i = a[1];
        double re = 0, im = 0;
        if (r is PyStr s)
        {
            if (i is not null) return ts.Raise(ExceptionKind.TypeError, "complex() can't take second arg if first is a string");
            if (!TryParse(s.Value, out re, out im)) return ts.Raise(ExceptionKind.ValueError, "complex() arg is a malformed string");
            return Result(ts, type, re, im);
        }
        if (i is PyStr) return ts.Raise(ExceptionKind.TypeError, "complex() second arg can't be a string");
        bool realIsComplex = false;
        double crImag = 0;
        if (r is not null)
        {
            if (r.GetType() == typeof(PyComplex) && i is null && ReferenceEquals(type, interp.Types.Complex)
                && ReferenceEquals(r.Type, interp.Types.Complex))
                return r;
            var special = ComplexOf(ts, r, out bool found);
            if (found)
            {
                if (special is null) return null;
                re = special.Value.Re;
                crImag = special.Value.Im;
                realIsComplex = true;
            }
            else if (r is PyComplex rc)
            {
                re = rc.Real;
                crImag = rc.Imag;
                realIsComplex = true;
            }
            else
            {
                if (!IsNumber(r))
                    return ts.Raise(ExceptionKind.TypeError, $"complex() first argument must be a string or a number, not '{r.Type.Name}'");
                var f = Ops.ToFloat(ts, r);
                if (f is null) return null;
                re = f.Value;
            }
        }
        if (i is not null)
        {
            if (i is PyComplex ic)
            {
                // (a+bj) + (c+dj)*1j
                re -= ic.Imag;
                im = ic.Real;
            }
            else
            {
                if (!IsNumber(i))
                    return ts.Raise(ExceptionKind.TypeError, $"complex() second argument must be a number, not '{i.Type.Name}'");
                var f = Ops.ToFloat(ts, i);
                if (f is null) return null;
                im = f.Value;
            }
            if (realIsComplex) im += crImag;
        }
        else if (realIsComplex)
        {
            im = crImag;
        }
        return Result(ts, type, re, im);
    }

    static bool IsNumber(PyObject o) =>
        o is PyInt or PyFloat || o.Type.Slots.Float is not null || o.Type.Slots.Index is not null;

    static PyObject Result(ThreadState ts, PyType type, double re, double im) =>
        ReferenceEquals(type, ts.Interpreter.Types.Complex)
            ? New(ts.Interpreter, re, im)
            : new PyComplexSubclass(type, re, im);

    /// <summary>Calls <c>__complex__</c> when the type has one (<paramref name="found"/>); null with
    /// the error set on failure.</summary>
    public static Value? ComplexOf(ThreadState ts, PyObject o, out bool found)
    {
        found = false;
        if (o.GetType() == typeof(PyComplex)) return null;
        var name = ts.Interpreter.Intern("__complex__");
        if (o.Type.LookupMro(name) is null) return null;
        found = true;
        var r = Ops.CallSpecial(ts, o, name, ReadOnlySpan<PyObject>.Empty);
        if (r is null) return null;
        if (r is not PyComplex c)
        {
            ts.Raise(ExceptionKind.TypeError, $"__complex__ returned non-complex (type {r.Type.Name})");
            return null;
        }
        return new Value(c.Real, c.Imag);
    }

    /// <summary>Parses complex()'s string syntax: optional parentheses, "a", "bj", "a+bj", "j".</summary>
    public static bool TryParse(string text, out double re, out double im)
    {
        re = im = 0;
        var s = FloatMath.TrimPythonWhitespace(text);
        if (s.Length >= 2 && s[0] == '(' && s[^1] == ')') s = FloatMath.TrimPythonWhitespace(s[1..^1]);
        if (s.IsEmpty) return false;
        if (s[^1] is not ('j' or 'J')) return FloatMath.TryParseStripped(s, out re);
        var body = s[..^1];
        int split = -1;
        for (int k = body.Length - 1; k > 0; k--)
        {
            if (body[k] is '+' or '-' && body[k - 1] is not ('e' or 'E'))
            {
                split = k;
                break;
            }
        }
        ReadOnlySpan<char> realText = split > 0 ? body[..split] : default;
        var imagText = split > 0 ? body[split..] : body;
        if (split > 0 && !FloatMath.TryParseStripped(realText, out re)) return false;
        if (imagText.IsEmpty || imagText is "+") { im = 1; return true; }
        if (imagText is "-") { im = -1; return true; }
        return FloatMath.TryParseStripped(imagText, out im);
    }
}
