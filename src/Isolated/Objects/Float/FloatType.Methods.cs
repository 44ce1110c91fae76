using System.Numerics;
using Isolated.Runtime;

namespace Isolated.Objects;

// float's methods and attributes (the type's __dict__, filled on first use).
public static partial class FloatType
{
    static double V(PyObject self) => ((PyFloat)self).Value;

    static void FillDict(ThreadState? _, PyType type)
    {
        type.AddMethod("is_integer", static (ts, self, args, kw) =>
            IntType.NoArgs(ts, "float.is_integer", args) ? ts.Interpreter.Bool(double.IsFinite(V(self)) && Math.Floor(V(self)) == V(self)) : null);
        type.AddMethod("as_integer_ratio", static (ts, self, args, kw) =>
        {
            if (!IntType.NoArgs(ts, "float.as_integer_ratio", args)) return null;
            double v = V(self);
            if (double.IsInfinity(v)) return ts.Raise(ExceptionKind.OverflowError, "cannot convert Infinity to integer ratio");
            if (double.IsNaN(v)) return ts.Raise(ExceptionKind.ValueError, "cannot convert NaN to integer ratio");
            var (num, den) = FloatMath.ExactRatio(Math.Abs(v));
            if (v < 0) num = -num;
            return ts.Interpreter.Tuple(ts.Interpreter.Int(num), ts.Interpreter.Int(den));
        });
        type.AddMethod("hex", static (ts, self, args, kw) =>
            IntType.NoArgs(ts, "float.hex", args) ? ts.Interpreter.Str(FloatMath.ToHex(V(self))) : null);
        type.AddClassMethod("fromhex", static (ts, cls, args, kw) =>
        {
            if (args.Length != 1 || kw is not null)
                return ts.Raise(ExceptionKind.TypeError, $"float.fromhex() takes exactly one argument ({args.Length} given)");
            if (args[0] is not PyStr s)
                return ts.Raise(ExceptionKind.TypeError, $"fromhex() argument must be str, not {args[0].Type.Name}");
            if (!FloatMath.TryParseHex(s.Value, out double d, out bool overflow))
                return ts.Raise(ExceptionKind.ValueError, "invalid hexadecimal floating-point string");
            if (overflow)
                return ts.Raise(ExceptionKind.OverflowError, "hexadecimal value too large to represent as a float");
            var f = New(ts.Interpreter, d);
            if (ReferenceEquals(cls, ts.Interpreter.Types.Float)) return f;
            return Ops.Call(ts, cls, f);
        });
        type.AddMethod("conjugate", static (ts, self, args, kw) =>
            IntType.NoArgs(ts, "float.conjugate", args) ? Exact(ts, (PyFloat)self) : null);
        type.AddMethod("__trunc__", static (ts, self, args, kw) =>
            IntType.NoArgs(ts, "float.__trunc__", args) ? ToInt(ts, V(self)) : null);
        type.AddMethod("__floor__", static (ts, self, args, kw) =>
            IntType.NoArgs(ts, "float.__floor__", args) ? ToInt(ts, Math.Floor(V(self))) : null);
        type.AddMethod("__ceil__", static (ts, self, args, kw) =>
            IntType.NoArgs(ts, "float.__ceil__", args) ? ToInt(ts, Math.Ceiling(V(self))) : null);
        type.AddMethod("__round__", Round);
        type.AddMethod("__getnewargs__", static (ts, self, args, kw) =>
            IntType.NoArgs(ts, "float.__getnewargs__", args) ? ts.Interpreter.Tuple(New(ts.Interpreter, V(self))) : null);
        type.AddMethod("__format__", static (ts, self, args, kw) =>
        {
            if (args.Length != 1 || kw is not null)
                return ts.Raise(ExceptionKind.TypeError, $"float.__format__() takes exactly one argument ({args.Length} given)");
            if (args[0] is not PyStr spec)
                return ts.Raise(ExceptionKind.TypeError, $"float.__format__() argument must be str, not {args[0].Type.Name}");
            if (spec.Value.Length == 0) return Ops.Str(ts, self);
            return NumberFormatter.FormatFloat(ts, V(self), spec.Value);
        });
        type.AddClassMethod("__getformat__", static (ts, cls, args, kw) =>
        {
            if (args.Length != 1 || kw is not null)
                return ts.Raise(ExceptionKind.TypeError, $"float.__getformat__() takes exactly one argument ({args.Length} given)");
            if (args[0] is not PyStr s)
                return ts.Raise(ExceptionKind.TypeError, $"__getformat__() argument must be str, not {args[0].Type.Name}");
            if (s.Value != "double" && s.Value != "float")
                return ts.Raise(ExceptionKind.ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
            return ts.Interpreter.Str("IEEE, little-endian");
        });
        type.AddMethod("__sizeof__", static (ts, self, args, kw) =>
            IntType.NoArgs(ts, "float.__sizeof__", args) ? ts.Interpreter.Int(24) : null);
        type.AddGetSet("real", static (ts, self) => Exact(ts, (PyFloat)self));
        type.AddGetSet("imag", static (ts, self) => New(ts.Interpreter, 0.0));
        type.AddValue("__doc__", type.Owner.Str("Convert a string or number to a floating point number, if possible."));
    }

    /// <summary>float.__round__(ndigits=None): an int without ndigits (ties to even), else a float
    /// rounded correctly in decimal.</summary>
    static PyObject? Round(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (args.Length > 1)
            return ts.Raise(ExceptionKind.TypeError, $"float.__round__ expected at most 1 argument, got {args.Length}");
        double v = V(self);
        if (args.Length == 0 || ReferenceEquals(args[0], ts.Interpreter.None))
        {
            double r = Math.Round(v, MidpointRounding.ToEven);
            return ToInt(ts, r);
        }
        var nd = Ops.Index(ts, args[0]);
        if (nd is null) return null;
        long ndigits = nd.IsSmall ? nd.Small : (nd.Big!.Value.Sign < 0 ? long.MinValue : long.MaxValue);
        if (!FloatMath.Round(v, ndigits, out double result))
            return ts.Raise(ExceptionKind.OverflowError, "rounded value too large to represent");
        return New(ts.Interpreter, result);
    }
}
