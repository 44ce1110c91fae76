using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules;

// The numeric builtins: abs, divmod, pow, round, bin, oct, hex; and the float and complex types.
public static partial class BuiltinsModule
{
    static readonly string[] PowParams = ["base", "exp", "mod"];
    static readonly string[] RoundParams = ["number", "ndigits"];

    static partial void AddNumberFunctions(Interpreter interp, PyModule m)
    {
        m.Dict.SetStr("float", interp.Types.Float);
        m.Dict.SetStr("complex", interp.Types.Complex);
        AddFunction(m, "abs", static (ts, self, args, kw) =>
            OneArgument(ts, "abs", args, kw) ? Ops.Absolute(ts, args[0]) : null,
            "Return the absolute value of the argument.");
        AddFunction(m, "divmod", static (ts, self, args, kw) =>
        {
            if (kw is not null && kw.Count > 0) return ts.Raise(ExceptionKind.TypeError, "divmod() takes no keyword arguments");
            if (args.Length != 2) return ts.Raise(ExceptionKind.TypeError, $"divmod expected 2 arguments, got {args.Length}");
            return Ops.DivMod(ts, args[0], args[1]);
        }, "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x.");
        AddFunction(m, "pow", static (ts, self, args, kw) =>
        {
            Span<PyObject?> a = new PyObject?[3];
            if (!ArgBinder.Bind(ts, "pow", args, kw, PowParams, 2, a)) return null;
            return Ops.Power(ts, a[0]!, a[1]!, a[2] ?? ts.Interpreter.None);
        }, "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments");
        AddFunction(m, "round", Round,
            "Round a number to a given precision in decimal digits.");
        AddFunction(m, "bin", static (ts, self, args, kw) => Prefixed(ts, "bin", args, kw, 2),
            "Return the binary representation of an integer.");
        AddFunction(m, "oct", static (ts, self, args, kw) => Prefixed(ts, "oct", args, kw, 8),
            "Return the octal representation of an integer.");
        AddFunction(m, "hex", static (ts, self, args, kw) => Prefixed(ts, "hex", args, kw, 16),
            "Return the hexadecimal representation of an integer.");
    }

    /// <summary>CPython's METH_O argument check.</summary>
    static bool OneArgument(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is not null && kw.Count > 0)
        {
            ts.Raise(ExceptionKind.TypeError, $"{name}() takes no keyword arguments");
            return false;
        }
        if (args.Length != 1)
        {
            ts.Raise(ExceptionKind.TypeError, $"{name}() takes exactly one argument ({args.Length} given)");
            return false;
        }
        return true;
    }

    static PyObject? Prefixed(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kw, int radix)
    {
        if (!OneArgument(ts, name, args, kw)) return null;
        var i = Ops.Index(ts, args[0]);
        return i is null ? null : ts.Interpreter.Str(IntType.ToPrefixedString(i, radix));
    }

    static PyObject? Round(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        Span<PyObject?> a = new PyObject?[2];
        if (!ArgBinder.Bind(ts, "round", args, kw, RoundParams, 1, a)) return null;
        var number = a[0]!;
        var ndigits = a[1];
        var interp = ts.Interpreter;
        if (ndigits is not null && ReferenceEquals(ndigits, interp.None)) ndigits = null;
        var name = interp.Intern("__round__");
        if (number.Type.LookupMro(name) is null)
            return ts.Raise(ExceptionKind.TypeError, $"type {number.Type.Name} doesn't define __round__ method");
        return ndigits is null
            ? Ops.CallSpecial(ts, number, name, ReadOnlySpan<PyObject>.Empty)
            : Ops.CallSpecial(ts, number, name, new ReadOnlySpan<PyObject>(in ndigits));
    }
}
