using Isolated.Runtime;

namespace Isolated.Objects;

// complex's methods and attributes (the type's __dict__, filled on first use).
public static partial class ComplexType
{
    static void FillDict(ThreadState? _, PyType type)
    {
        type.AddMethod("conjugate", static (ts, self, args, kw) =>
            IntType.NoArgs(ts, "complex.conjugate", args) ? New(ts.Interpreter, ((PyComplex)self).Real, -((PyComplex)self).Imag) : null);
        type.AddMethod("__complex__", static (ts, self, args, kw) =>
            IntType.NoArgs(ts, "complex.__complex__", args) ? Exact(ts, (PyComplex)self) : null);
        type.AddMethod("__getnewargs__", static (ts, self, args, kw) =>
        {
            if (!IntType.NoArgs(ts, "complex.__getnewargs__", args)) return null;
            var c = (PyComplex)self;
            return ts.Interpreter.Tuple(FloatType.New(ts.Interpreter, c.Real), FloatType.New(ts.Interpreter, c.Imag));
        });
        type.AddMethod("__format__", static (ts, self, args, kw) =>
        {
            if (args.Length != 1 || kw is not null)
                return ts.Raise(ExceptionKind.TypeError, $"complex.__format__() takes exactly one argument ({args.Length} given)");
            if (args[0] is not PyStr spec)
                return ts.Raise(ExceptionKind.TypeError, $"complex.__format__() argument must be str, not {args[0].Type.Name}");
            if (spec.Value.Length == 0) return Ops.Str(ts, self);
            var c = (PyComplex)self;
            return NumberFormatter.FormatComplex(ts, c.Real, c.Imag, spec.Value);
        });
        type.AddMethod("__sizeof__", static (ts, self, args, kw) =>
            IntType.NoArgs(ts, "complex.__sizeof__", args) ? ts.Interpreter.Int(32) : null);
        type.AddGetSet("real", static (ts, self) => FloatType.New(ts.Interpreter, ((PyComplex)self).Real));
        type.AddGetSet("imag", static (ts, self) => FloatType.New(ts.Interpreter, ((PyComplex)self).Imag));
        type.AddValue("__doc__", type.Owner.Str(
            "Create a complex number from a real part and an optional imaginary part.\n\nThis is equivalent to (real + imag*1j) where imag defaults to 0."));
    }
}
