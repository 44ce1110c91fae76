using Isolated.Modules.Hashing;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Operator;

/// <summary><c>_operator</c>: every function of the operator module (operator.py takes them all
/// with <c>from _operator import *</c>, as on CPython), plus attrgetter, itemgetter and
/// methodcaller (<see cref="AttrGetterType"/>, <see cref="ItemGetterType"/>,
/// <see cref="MethodCallerType"/>) and <c>_compare_digest</c> (shared with
/// <c>_hashlib.compare_digest</c>). Argument errors are CPython's: "add expected 2 arguments,
/// got 1" for the positional-only ones, "_operator.not_() takes exactly one argument" for the
/// one-argument ones.</summary>
public static class OperatorModule
{
    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "_operator");
        m.Dict.SetStr("__doc__", interp.Str("Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience."));
        Add(m, "_compare_digest", HashModules.CompareDigest, null);
        foreach (var (name, fn, doc) in BinaryFunctions)
            Add(m, name, (ts, self, args, kw) => CheckArguments(ts, name, args, kw, 2, 2) ? fn(ts, args[0], args[1]) : null, doc);
        foreach (var (name, fn, doc) in UnaryFunctions)
            Add(m, name, (ts, self, args, kw) => CheckOne(ts, name, args, kw) ? fn(ts, args[0]) : null, doc);
        Add(m, "setitem", static (ts, self, args, kw) =>
            CheckArguments(ts, "setitem", args, kw, 3, 3) ? Ops.SetItem(ts, args[0], args[1], args[2]) ? ts.Interpreter.None : null : null,
            "Same as a[b] = c.");
        Add(m, "call", static (ts, self, args, kw) =>
        {
            if (args.Length - (kw?.Count ?? 0) < 1) return ts.Raise(ExceptionKind.TypeError, $"call expected at least 1 argument, got {args.Length - (kw?.Count ?? 0)}");
            return Ops.Call(ts, args[0], args[1..], kw);
        }, "Same as obj(*args, **kwargs).");
        Add(m, "length_hint", LengthHint, "Return an estimate of the number of items in obj.\n\nThis is useful for presizing containers when building from an iterable.\n\nIf the object supports len(), the result will be exact.\nOtherwise, it may over- or under-estimate by an arbitrary amount.\nThe result will be an integer >= 0.");
        m.Dict.SetStr("attrgetter", AttrGetterType.Create(interp.Types));
        m.Dict.SetStr("itemgetter", ItemGetterType.Create(interp.Types));
        m.Dict.SetStr("methodcaller", MethodCallerType.Create(interp.Types));
        return m;
    }

    static void Add(PyModule m, string name, BuiltinMethod fn, string? doc)
    {
        var interp = m.Type.Owner;
        var f = interp.NewBuiltinFunction(name, m, fn, doc);
        f.Module = interp.Str("_operator");
        m.Dict.SetStr(interp.Intern(name), f);
    }

    /// <summary>The check of CPython's positional-only functions ("add expected 2 arguments, got 1").</summary>
    static bool CheckArguments(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kw, int min, int max)
    {
        if (kw is { Count: > 0 })
        {
            ts.Raise(ExceptionKind.TypeError, $"_operator.{name}() takes no keyword arguments");
            return false;
        }
        if (args.Length >= min && args.Length <= max) return true;
        string expected = min == max ? $"{min} argument{(min == 1 ? "" : "s")}"
            : args.Length < min ? $"at least {min} argument{(min == 1 ? "" : "s")}" : $"at most {max} argument{(max == 1 ? "" : "s")}";
        ts.Raise(ExceptionKind.TypeError, $"{name} expected {expected}, got {args.Length}");
        return false;
    }

    /// <summary>The check of CPython's one-argument (METH_O) functions.</summary>
    static bool CheckOne(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is { Count: > 0 })
        {
            ts.Raise(ExceptionKind.TypeError, $"_operator.{name}() takes no keyword arguments");
            return false;
        }
        if (args.Length == 1) return true;
        ts.Raise(ExceptionKind.TypeError, $"_operator.{name}() takes exactly one argument ({args.Length} given)");
        return false;
    }

    static readonly (string Name, BinaryFunc Function, string Doc)[] BinaryFunctions =
    [
        ("add", Ops.Add, "Same as a + b."),
        ("and_", Ops.And, "Same as a & b."),
        ("concat", Concat, "Same as a + b, for a and b sequences."),
        ("contains", Contains, "Same as b in a (note reversed operands)."),
        ("countOf", CountOf, "Return the number of items in a which are, or which equal, b."),
        ("delitem", DelItem, "Same as del a[b]."),
        ("eq", Eq, "Same as a == b."),
        ("floordiv", Ops.FloorDivide, "Same as a // b."),
        ("ge", Ge, "Same as a >= b."),
        ("getitem", Ops.GetItem, "Same as a[b]."),
        ("gt", Gt, "Same as a > b."),
        ("iadd", Ops.InplaceAdd, "Same as a += b."),
        ("iand", Ops.InplaceAnd, "Same as a &= b."),
        ("iconcat", InplaceConcat, "Same as a += b, for a and b sequences."),
        ("ifloordiv", Ops.InplaceFloorDivide, "Same as a //= b."),
        ("ilshift", Ops.InplaceLShift, "Same as a <<= b."),
        ("imatmul", Ops.InplaceMatrixMultiply, "Same as a @= b."),
        ("imod", Ops.InplaceRemainder, "Same as a %= b."),
        ("imul", Ops.InplaceMultiply, "Same as a *= b."),
        ("indexOf", IndexOf, "Return the first index of b in a."),
        ("ior", Ops.InplaceOr, "Same as a |= b."),
        ("ipow", Ops.InplacePower, "Same as a **= b."),
        ("irshift", Ops.InplaceRShift, "Same as a >>= b."),
        ("is_", Is, "Same as a is b."),
        ("is_not", IsNot, "Same as a is not b."),
        ("isub", Ops.InplaceSubtract, "Same as a -= b."),
        ("itruediv", Ops.InplaceTrueDivide, "Same as a /= b."),
        ("ixor", Ops.InplaceXor, "Same as a ^= b."),
        ("le", Le, "Same as a <= b."),
        ("lshift", Ops.LShift, "Same as a << b."),
        ("lt", Lt, "Same as a < b."),
        ("matmul", Ops.MatrixMultiply, "Same as a @ b."),
        ("mod", Ops.Remainder, "Same as a % b."),
        ("mul", Ops.Multiply, "Same as a * b."),
        ("ne", Ne, "Same as a != b."),
        ("or_", Ops.Or, "Same as a | b."),
        ("pow", Ops.Power, "Same as a ** b."),
        ("rshift", Ops.RShift, "Same as a >> b."),
        ("sub", Ops.Subtract, "Same as a - b."),
        ("truediv", Ops.TrueDivide, "Same as a / b."),
        ("xor", Ops.Xor, "Same as a ^ b."),
    ];

    static readonly (string Name, UnaryFunc Function, string Doc)[] UnaryFunctions =
    [
        ("abs", Ops.Absolute, "Same as abs(a)."),
        ("index", Ops.Index, "Same as a.__index__()"),
        ("inv", Ops.Invert, "Same as ~a."),
        ("invert", Ops.Invert, "Same as ~a."),
        ("neg", Ops.Negative, "Same as -a."),
        ("not_", Not, "Same as not a."),
        ("pos", Ops.Positive, "Same as +a."),
        ("truth", Truth, "Return True if a is true, False otherwise."),
    ];

    static PyObject? Lt(ThreadState ts, PyObject a, PyObject b) => Ops.RichCompare(ts, a, b, CompareOp.Lt);
    static PyObject? Le(ThreadState ts, PyObject a, PyObject b) => Ops.RichCompare(ts, a, b, CompareOp.Le);
    static PyObject? Eq(ThreadState ts, PyObject a, PyObject b) => Ops.RichCompare(ts, a, b, CompareOp.Eq);
    static PyObject? Ne(ThreadState ts, PyObject a, PyObject b) => Ops.RichCompare(ts, a, b, CompareOp.Ne);
    static PyObject? Gt(ThreadState ts, PyObject a, PyObject b) => Ops.RichCompare(ts, a, b, CompareOp.Gt);
    static PyObject? Ge(ThreadState ts, PyObject a, PyObject b) => Ops.RichCompare(ts, a, b, CompareOp.Ge);
    static PyObject? Is(ThreadState ts, PyObject a, PyObject b) => ts.Interpreter.Bool(ReferenceEquals(a, b));
    static PyObject? IsNot(ThreadState ts, PyObject a, PyObject b) => ts.Interpreter.Bool(!ReferenceEquals(a, b));
    static PyObject? DelItem(ThreadState ts, PyObject a, PyObject b) => Ops.DelItem(ts, a, b) ? ts.Interpreter.None : null;

    static PyObject? Truth(ThreadState ts, PyObject a)
    {
        int r = Ops.IsTrue(ts, a);
        return r < 0 ? null : ts.Interpreter.Bool(r == 1);
    }

    static PyObject? Not(ThreadState ts, PyObject a)
    {
        int r = Ops.IsTrue(ts, a);
        return r < 0 ? null : ts.Interpreter.Bool(r == 0);
    }

    static PyObject? Contains(ThreadState ts, PyObject a, PyObject b)
    {
        int r = Ops.Contains(ts, a, b);
        return r < 0 ? null : ts.Interpreter.Bool(r == 1);
    }

    /// <summary>Walks <paramref name="seq"/> comparing each item with <paramref name="item"/>
    /// (identity first, then ==); countOf counts the matches, indexOf stops at the first.</summary>
    static long Search(ThreadState ts, PyObject seq, PyObject item, bool count)
    {
        var it = Ops.GetIter(ts, seq);
        if (it is null)
        {
            if (Ops.IsError(ts, ExceptionKind.TypeError))
            {
                ts.FetchError();
                ts.Raise(ExceptionKind.TypeError, $"argument of type '{seq.Type.Name}' is not iterable");
            }
            return -2;
        }
        long index = 0, found = 0;
        while (true)
        {
            var v = Ops.Next(ts, it);
            if (v is null) return ts.HasError ? -2 : count ? found : -1;
            int eq = ReferenceEquals(v, item) ? 1 : Ops.RichCompareBool(ts, v, item, CompareOp.Eq);
            if (eq < 0) return -2;
            if (eq == 1)
            {
                if (!count) return index;
                found++;
            }
            index++;
        }
    }

    static PyObject? CountOf(ThreadState ts, PyObject a, PyObject b)
    {
        long n = Search(ts, a, b, count: true);
        return n < 0 ? null : ts.Interpreter.Int(n);
    }

    static PyObject? IndexOf(ThreadState ts, PyObject a, PyObject b)
    {
        long i = Search(ts, a, b, count: false);
        if (i == -2) return null;
        return i < 0 ? ts.Raise(ExceptionKind.ValueError, "sequence.index(x): x not in sequence") : ts.Interpreter.Int(i);
    }

    /// <summary>PySequence_Check: indexable and not a mapping.</summary>
    static bool IsSequence(ThreadState ts, PyObject o) =>
        o.Type.Slots.GetItem is not null && !o.Type.IsSubtypeOf(ts.Interpreter.Types.Dict);

    static PyObject? Concat(ThreadState ts, PyObject a, PyObject b) =>
        IsSequence(ts, a) && (IsSequence(ts, b) || !a.Type.HasFlag(TypeFlags.HeapType))
            ? Ops.Add(ts, a, b)
            : ts.Raise(ExceptionKind.TypeError, $"'{a.Type.Name}' object can't be concatenated");

    static PyObject? InplaceConcat(ThreadState ts, PyObject a, PyObject b) =>
        IsSequence(ts, a) && (IsSequence(ts, b) || !a.Type.HasFlag(TypeFlags.HeapType))
            ? Ops.InplaceAdd(ts, a, b)
            : ts.Raise(ExceptionKind.TypeError, $"'{a.Type.Name}' object can't be concatenated");

    static PyObject? LengthHint(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!CheckArguments(ts, "length_hint", args, kw, 1, 2)) return null;
        long defaultValue = 0;
        if (args.Length == 2)
        {
            if (args[1].Type.Slots.Index is null)
                return ts.Raise(ExceptionKind.TypeError, $"'{args[1].Type.Name}' object cannot be interpreted as an integer");
            if (!Ops.SsizeValue(ts, args[1], out defaultValue)) return null;
        }
        long n = Ops.LengthHint(ts, args[0], defaultValue);
        return n < 0 ? null : ts.Interpreter.Int(n);
    }
}
