using System.Runtime.CompilerServices;
using Isolated.Runtime;

namespace Isolated.Objects;

// The number protocol (CPython's abstract.c PyNumber_*): binary, in-place and unary operator
// dispatch through the type slots, and the conversions __index__ / int() / float().
public static partial class Ops
{
    /// <summary>The binary operator slots, plain then in-place (private: the VM's own enum,
    /// Execution.BinaryOpKind, is mapped onto this in Ops.BinaryOp).</summary>
    enum NumberOp // same order as Execution.BinaryOpKind (Ops.BinaryOp casts)
    {
        Add, Subtract, Multiply, MatrixMultiply, TrueDivide, Remainder, Power, LShift, RShift, Or, Xor, And, FloorDivide,
        InplaceAdd, InplaceSubtract, InplaceMultiply, InplaceMatrixMultiply, InplaceTrueDivide, InplaceRemainder,
        InplacePower, InplaceLShift, InplaceRShift, InplaceOr, InplaceXor, InplaceAnd, InplaceFloorDivide,
    }

    /// <summary>The operator as it appears in error messages ("+", "**=", ...).</summary>
    static string Symbol(NumberOp kind) => kind switch
    {
        NumberOp.Add => "+",
        NumberOp.Subtract => "-",
        NumberOp.Multiply => "*",
        NumberOp.MatrixMultiply => "@",
        NumberOp.TrueDivide => "/",
        NumberOp.Remainder => "%",
        NumberOp.Power => "**",
        NumberOp.LShift => "<<",
        NumberOp.RShift => ">>",
        NumberOp.Or => "|",
        NumberOp.Xor => "^",
        NumberOp.And => "&",
        NumberOp.FloorDivide => "//",
        NumberOp.InplaceAdd => "+=",
        NumberOp.InplaceSubtract => "-=",
        NumberOp.InplaceMultiply => "*=",
        NumberOp.InplaceMatrixMultiply => "@=",
        NumberOp.InplaceTrueDivide => "/=",
        NumberOp.InplaceRemainder => "%=",
        NumberOp.InplacePower => "**=",
        NumberOp.InplaceLShift => "<<=",
        NumberOp.InplaceRShift => ">>=",
        NumberOp.InplaceOr => "|=",
        NumberOp.InplaceXor => "^=",
        NumberOp.InplaceAnd => "&=",
        NumberOp.InplaceFloorDivide => "//=",
        _ => "?",
    };

    static BinaryFunc? BinarySlot(TypeSlots s, NumberOp kind) => kind switch
    {
        NumberOp.Add => s.Add,
        NumberOp.And => s.And,
        NumberOp.FloorDivide => s.FloorDivide,
        NumberOp.LShift => s.LShift,
        NumberOp.MatrixMultiply => s.MatrixMultiply,
        NumberOp.Multiply => s.Multiply,
        NumberOp.Remainder => s.Remainder,
        NumberOp.Or => s.Or,
        NumberOp.RShift => s.RShift,
        NumberOp.Subtract => s.Subtract,
        NumberOp.TrueDivide => s.TrueDivide,
        NumberOp.Xor => s.Xor,
        NumberOp.InplaceAdd => s.InplaceAdd,
        NumberOp.InplaceAnd => s.InplaceAnd,
        NumberOp.InplaceFloorDivide => s.InplaceFloorDivide,
        NumberOp.InplaceLShift => s.InplaceLShift,
        NumberOp.InplaceMatrixMultiply => s.InplaceMatrixMultiply,
        NumberOp.InplaceMultiply => s.InplaceMultiply,
        NumberOp.InplaceRemainder => s.InplaceRemainder,
        NumberOp.InplaceOr => s.InplaceOr,
        NumberOp.InplaceRShift => s.InplaceRShift,
        NumberOp.InplaceSubtract => s.InplaceSubtract,
        NumberOp.InplaceTrueDivide => s.InplaceTrueDivide,
        NumberOp.InplaceXor => s.InplaceXor,
        _ => null,
    };

    /// <summary>CPython's binary_op1: the left operand's slot, then the right's — the right's
    /// first when its type is a proper subclass of the left's with a different slot. Returns
    /// NotImplemented when neither applies.</summary>
    static PyObject? BinaryOp1(ThreadState ts, PyObject a, PyObject b, NumberOp kind) =>
        BinaryOp1(ts, a, b, BinarySlot(a.Type.Slots, kind), BinarySlot(b.Type.Slots, kind));

    /// <summary>The dispatch of <see cref="BinaryOp1(ThreadState, PyObject, PyObject, NumberOp)"/>
    /// over a given pair of slots (also divmod's, which has no NumberOp).</summary>
    static PyObject? BinaryOp1(ThreadState ts, PyObject a, PyObject b, BinaryFunc? slotA, BinaryFunc? slotB)
    {
        var notImpl = ts.Interpreter.NotImplemented;
        var at = a.Type;
        var bt = b.Type;
        if (ReferenceEquals(at, bt)) slotB = null;
        if (slotB is not null && ReferenceEquals(slotA, slotB)) slotB = null;
        if (slotA is not null)
        {
            if (slotB is not null && bt.IsSubtypeOf(at))
            {
                var r = slotB(ts, a, b);
                if (r is null || !ReferenceEquals(r, notImpl)) return r;
                slotB = null;
            }
            var x = slotA(ts, a, b);
            if (x is null || !ReferenceEquals(x, notImpl)) return x;
        }
        if (slotB is not null) return slotB(ts, a, b);
        return notImpl;
    }

    // No recursion guard here: a slot that runs Python code does so through Ops.Call, which has one.
    static PyObject? Binary(ThreadState ts, PyObject a, PyObject b, NumberOp kind)
    {
        var r = BinaryOp1(ts, a, b, kind);
        if (r is not null && ReferenceEquals(r, ts.Interpreter.NotImplemented))
            return RaiseUnsupported(ts, kind, a, b);
        return r;
    }

    /// <summary>CPython's binary_iop: the left operand's in-place slot, then the plain operator.</summary>
    static PyObject? InplaceBinary(ThreadState ts, PyObject a, PyObject b, NumberOp inplaceKind, NumberOp kind)
    {
        var notImpl = ts.Interpreter.NotImplemented;
        if (BinarySlot(a.Type.Slots, inplaceKind) is { } slot)
        {
            var x = slot(ts, a, b);
            if (x is null || !ReferenceEquals(x, notImpl)) return x;
        }
        var r = BinaryOp1(ts, a, b, kind);
        if (r is not null && ReferenceEquals(r, notImpl))
            return RaiseUnsupported(ts, inplaceKind, a, b);
        return r;
    }

    static PyObject? RaiseUnsupported(ThreadState ts, NumberOp kind, PyObject a, PyObject b)
    {
        if (kind is NumberOp.Add or NumberOp.InplaceAdd or NumberOp.Multiply or NumberOp.InplaceMultiply)
        {
            // The builtin sequences answer NotImplemented to a Python class (its reflected method
            // gets its turn); when that declined too, the sequence's own concat/repeat has the
            // last word, as CPython's sq_concat / sq_repeat fallback does.
            var r = SequenceFallback(ts, kind, a, b, out bool handled);
            if (handled) return r;
        }
        string symbol = kind == NumberOp.Power ? "** or pow()" : Symbol(kind);
        return ts.Raise(ExceptionKind.TypeError,
            $"unsupported operand type(s) for {symbol}: '{a.Type.TpName}' and '{b.Type.TpName}'");
    }

    static bool IsBuiltinSequence(PyObject o) =>
        o is PyStr or PyList or PyTuple or PyBytes or PyByteArray
        or Isolated.Modules.Collections.PyDeque or Isolated.Modules.Arrays.PyArray;

    /// <summary>seq + x and seq * x (either order for *) once both operands declined: the
    /// sequence's concat error, or the repeat itself when the count has __index__.</summary>
    static PyObject? SequenceFallback(ThreadState ts, NumberOp kind, PyObject a, PyObject b, out bool handled)
    {
        handled = true;
        if (kind is NumberOp.Add or NumberOp.InplaceAdd)
        {
            string bn = b.Type.Name;
            switch (a)
            {
                case PyStr: return ts.Raise(ExceptionKind.TypeError, $"can only concatenate str (not \"{bn}\") to str");
                case PyList: return ts.Raise(ExceptionKind.TypeError, $"can only concatenate list (not \"{bn}\") to list");
                case PyTuple: return ts.Raise(ExceptionKind.TypeError, $"can only concatenate tuple (not \"{bn}\") to tuple");
                case PyBytes: return ts.Raise(ExceptionKind.TypeError, $"can't concat {bn} to bytes");
                case PyByteArray: return ts.Raise(ExceptionKind.TypeError, $"can't concat {bn} to bytearray");
            }
            handled = false;
            return null;
        }
        PyObject seq, count;
        if (IsBuiltinSequence(a)) (seq, count) = (a, b);
        else if (IsBuiltinSequence(b)) (seq, count) = (b, a);
        else
        {
            handled = false;
            return null;
        }
        if (count.Type.Slots.Index is null)
            return ts.Raise(ExceptionKind.TypeError, $"can't multiply sequence by non-int of type '{count.Type.Name}'");
        if (!IndexValue(ts, count, out long n, overflow: ExceptionKind.OverflowError)) return null;
        var intCount = ts.Interpreter.Int(n);
        return kind == NumberOp.InplaceMultiply && ReferenceEquals(seq, a) ? InplaceMultiply(ts, seq, intCount) : Multiply(ts, seq, intCount);
    }

    // ---- the binary operators ----

    public static PyObject? Add(ThreadState ts, PyObject a, PyObject b)
    {
        if (a.GetType() == typeof(PyFloat) && b.GetType() == typeof(PyFloat))
            return FloatType.New(ts.Interpreter, ((PyFloat)a).Value + ((PyFloat)b).Value);
        return Binary(ts, a, b, NumberOp.Add);
    }

    public static PyObject? Subtract(ThreadState ts, PyObject a, PyObject b)
    {
        if (a.GetType() == typeof(PyFloat) && b.GetType() == typeof(PyFloat))
            return FloatType.New(ts.Interpreter, ((PyFloat)a).Value - ((PyFloat)b).Value);
        return Binary(ts, a, b, NumberOp.Subtract);
    }

    public static PyObject? Multiply(ThreadState ts, PyObject a, PyObject b)
    {
        if (a.GetType() == typeof(PyFloat) && b.GetType() == typeof(PyFloat))
            return FloatType.New(ts.Interpreter, ((PyFloat)a).Value * ((PyFloat)b).Value);
        return Binary(ts, a, b, NumberOp.Multiply);
    }

    public static PyObject? TrueDivide(ThreadState ts, PyObject a, PyObject b) => Binary(ts, a, b, NumberOp.TrueDivide);
    public static PyObject? FloorDivide(ThreadState ts, PyObject a, PyObject b) => Binary(ts, a, b, NumberOp.FloorDivide);
    public static PyObject? Remainder(ThreadState ts, PyObject a, PyObject b) => Binary(ts, a, b, NumberOp.Remainder);
    public static PyObject? LShift(ThreadState ts, PyObject a, PyObject b) => Binary(ts, a, b, NumberOp.LShift);
    public static PyObject? RShift(ThreadState ts, PyObject a, PyObject b) => Binary(ts, a, b, NumberOp.RShift);
    public static PyObject? And(ThreadState ts, PyObject a, PyObject b) => Binary(ts, a, b, NumberOp.And);
    public static PyObject? Or(ThreadState ts, PyObject a, PyObject b) => Binary(ts, a, b, NumberOp.Or);
    public static PyObject? Xor(ThreadState ts, PyObject a, PyObject b) => Binary(ts, a, b, NumberOp.Xor);
    public static PyObject? MatrixMultiply(ThreadState ts, PyObject a, PyObject b) => Binary(ts, a, b, NumberOp.MatrixMultiply);

    /// <summary>divmod(a, b).</summary>
    public static PyObject? DivMod(ThreadState ts, PyObject a, PyObject b)
    {
        var r = BinaryOp1(ts, a, b, a.Type.Slots.DivMod, b.Type.Slots.DivMod);
        if (r is not null && ReferenceEquals(r, ts.Interpreter.NotImplemented))
            return ts.Raise(ExceptionKind.TypeError,
                $"unsupported operand type(s) for divmod(): '{a.Type.TpName}' and '{b.Type.TpName}'");
        return r;
    }

    /// <summary>pow(a, b, c) and a ** b (c is None). CPython's ternary_op: the third operand's
    /// slot is tried last.</summary>
    public static PyObject? Power(ThreadState ts, PyObject a, PyObject b, PyObject c)
    {
        var r = PowerCore(ts, a, b, c);
        if (r is not null && ReferenceEquals(r, ts.Interpreter.NotImplemented))
            return RaisePowerUnsupported(ts, "** or pow()", a, b, c);
        return r;
    }

    public static PyObject? Power(ThreadState ts, PyObject a, PyObject b) => Power(ts, a, b, ts.Interpreter.None);

    static PyObject? PowerCore(ThreadState ts, PyObject a, PyObject b, PyObject c)
    {
        var notImpl = ts.Interpreter.NotImplemented;
        var at = a.Type;
        var bt = b.Type;
        var slotA = at.Slots.Power;
        var slotB = ReferenceEquals(at, bt) ? null : bt.Slots.Power;
        if (slotB is not null && ReferenceEquals(slotA, slotB)) slotB = null;
        if (slotA is not null)
        {
            if (slotB is not null && bt.IsSubtypeOf(at))
            {
                var r = slotB(ts, a, b, c);
                if (r is null || !ReferenceEquals(r, notImpl)) return r;
                slotB = null;
            }
            var x = slotA(ts, a, b, c);
            if (x is null || !ReferenceEquals(x, notImpl)) return x;
        }
        if (slotB is not null)
        {
            var y = slotB(ts, a, b, c);
            if (y is null || !ReferenceEquals(y, notImpl)) return y;
        }
        if (!ReferenceEquals(c, ts.Interpreter.None) && c.Type.Slots.Power is { } slotC
            && !ReferenceEquals(slotC, slotA) && !ReferenceEquals(slotC, slotB))
        {
            return slotC(ts, a, b, c);
        }
        return notImpl;
    }

    static PyObject? RaisePowerUnsupported(ThreadState ts, string symbol, PyObject a, PyObject b, PyObject c)
    {
        if (ReferenceEquals(c, ts.Interpreter.None))
            return ts.Raise(ExceptionKind.TypeError,
                $"unsupported operand type(s) for {symbol}: '{a.Type.TpName}' and '{b.Type.TpName}'");
        return ts.Raise(ExceptionKind.TypeError,
            $"unsupported operand type(s) for {symbol}: '{a.Type.TpName}', '{b.Type.TpName}', '{c.Type.TpName}'");
    }

    // ---- in-place operators ----

    public static PyObject? InplaceAdd(ThreadState ts, PyObject a, PyObject b) => InplaceBinary(ts, a, b, NumberOp.InplaceAdd, NumberOp.Add);
    public static PyObject? InplaceSubtract(ThreadState ts, PyObject a, PyObject b) => InplaceBinary(ts, a, b, NumberOp.InplaceSubtract, NumberOp.Subtract);
    public static PyObject? InplaceMultiply(ThreadState ts, PyObject a, PyObject b) => InplaceBinary(ts, a, b, NumberOp.InplaceMultiply, NumberOp.Multiply);
    public static PyObject? InplaceTrueDivide(ThreadState ts, PyObject a, PyObject b) => InplaceBinary(ts, a, b, NumberOp.InplaceTrueDivide, NumberOp.TrueDivide);
    public static PyObject? InplaceFloorDivide(ThreadState ts, PyObject a, PyObject b) => InplaceBinary(ts, a, b, NumberOp.InplaceFloorDivide, NumberOp.FloorDivide);
    public static PyObject? InplaceRemainder(ThreadState ts, PyObject a, PyObject b) => InplaceBinary(ts, a, b, NumberOp.InplaceRemainder, NumberOp.Remainder);
    public static PyObject? InplaceLShift(ThreadState ts, PyObject a, PyObject b) => InplaceBinary(ts, a, b, NumberOp.InplaceLShift, NumberOp.LShift);
    public static PyObject? InplaceRShift(ThreadState ts, PyObject a, PyObject b) => InplaceBinary(ts, a, b, NumberOp.InplaceRShift, NumberOp.RShift);
    public static PyObject? InplaceAnd(ThreadState ts, PyObject a, PyObject b) => InplaceBinary(ts, a, b, NumberOp.InplaceAnd, NumberOp.And);
    public static PyObject? InplaceOr(ThreadState ts, PyObject a, PyObject b) => InplaceBinary(ts, a, b, NumberOp.InplaceOr, NumberOp.Or);
    public static PyObject? InplaceXor(ThreadState ts, PyObject a, PyObject b) => InplaceBinary(ts, a, b, NumberOp.InplaceXor, NumberOp.Xor);
    public static PyObject? InplaceMatrixMultiply(ThreadState ts, PyObject a, PyObject b) => InplaceBinary(ts, a, b, NumberOp.InplaceMatrixMultiply, NumberOp.MatrixMultiply);

    /// <summary>a **= b: the in-place power slot, then the ternary protocol.</summary>
    public static PyObject? InplacePower(ThreadState ts, PyObject a, PyObject b, PyObject c)
    {
        var notImpl = ts.Interpreter.NotImplemented;
        if (a.Type.Slots.InplacePower is { } slot)
        {
            var x = slot(ts, a, b, c);
            if (x is null || !ReferenceEquals(x, notImpl)) return x;
        }
        var r = PowerCore(ts, a, b, c);
        if (r is not null && ReferenceEquals(r, notImpl))
            return RaisePowerUnsupported(ts, "**=", a, b, c);
        return r;
    }

    public static PyObject? InplacePower(ThreadState ts, PyObject a, PyObject b) => InplacePower(ts, a, b, ts.Interpreter.None);

    // ---- unary operators ----

    public static PyObject? Negative(ThreadState ts, PyObject o) =>
        o.Type.Slots.Negative is { } f ? f(ts, o) : ts.Raise(ExceptionKind.TypeError, $"bad operand type for unary -: '{o.Type.TpName}'");

    public static PyObject? Positive(ThreadState ts, PyObject o) =>
        o.Type.Slots.Positive is { } f ? f(ts, o) : ts.Raise(ExceptionKind.TypeError, $"bad operand type for unary +: '{o.Type.TpName}'");

    public static PyObject? Invert(ThreadState ts, PyObject o) =>
        o.Type.Slots.Invert is { } f ? f(ts, o) : ts.Raise(ExceptionKind.TypeError, $"bad operand type for unary ~: '{o.Type.TpName}'");

    /// <summary>abs(o).</summary>
    public static PyObject? Absolute(ThreadState ts, PyObject o) =>
        o.Type.Slots.Absolute is { } f ? f(ts, o) : ts.Raise(ExceptionKind.TypeError, $"bad operand type for abs(): '{o.Type.TpName}'");

    // ---- conversions ----

    /// <summary>PyNumber_Index (operator.index): an exact int, via __index__. Null with TypeError
    /// set when <paramref name="o"/> is not an integer.</summary>
    public static PyInt? Index(ThreadState ts, PyObject o)
    {
        if (o is PyInt i) return IntType.Exact(ts, i);
        var slot = o.Type.Slots.Index;
        if (slot is null)
        {
            ts.Raise(ExceptionKind.TypeError, $"'{o.Type.TpName}' object cannot be interpreted as an integer");
            return null;
        }
        var r = slot(ts, o);
        if (r is null) return null;
        if (r is not PyInt ri)
        {
            ts.Raise(ExceptionKind.TypeError, $"__index__ returned non-int (type {r.Type.Name})");
            return null;
        }
        return IntType.Exact(ts, ri);
    }

    /// <summary>PyLong_AsLong (through __index__): false with OverflowError "Python int too large
    /// to convert to C long" or TypeError set.</summary>
    public static bool AsLong(ThreadState ts, PyObject o, out long value)
    {
        if (o is PyInt fast && fast.IsSmall) { value = fast.Small; return true; }
        value = 0;
        var i = Index(ts, o);
        if (i is null) return false;
        if (!i.IsSmall)
        {
            ts.Raise(ExceptionKind.OverflowError, "Python int too large to convert to C long");
            return false;
        }
        value = i.Small;
        return true;
    }

    /// <summary>PyLong_AsInt: as <see cref="AsLong"/> with the C int range.</summary>
    public static bool AsInt32(ThreadState ts, PyObject o, out int value)
    {
        value = 0;
        if (!AsLong(ts, o, out long l))
        {
            if (ts.CurrentException?.Type == ts.Interpreter.ExceptionType(ExceptionKind.OverflowError))
            {
                ts.FetchError();
                ts.Raise(ExceptionKind.OverflowError, "Python int too large to convert to C int");
            }
            return false;
        }
        if (l < int.MinValue || l > int.MaxValue)
        {
            ts.Raise(ExceptionKind.OverflowError, "Python int too large to convert to C int");
            return false;
        }
        value = (int)l;
        return true;
    }

    /// <summary>PyNumber_AsSsize_t: an index-sized integer. With <paramref name="clamp"/> a value
    /// out of range is clamped (as slicing does); otherwise OverflowError "cannot fit 'int' into
    /// an index-sized integer" (IndexError when <paramref name="indexError"/>).</summary>
    public static bool AsIndexSize(ThreadState ts, PyObject o, out long value, bool clamp = false, bool indexError = false)
    {
        if (o is PyInt fast && fast.IsSmall) { value = fast.Small; return true; }
        value = 0;
        var i = Index(ts, o);
        if (i is null) return false;
        if (i.IsSmall) { value = i.Small; return true; }
        if (clamp)
        {
            value = i.Big!.Value.Sign < 0 ? long.MinValue : long.MaxValue;
            return true;
        }
        ts.Raise(indexError ? ExceptionKind.IndexError : ExceptionKind.OverflowError,
            $"cannot fit '{o.Type.TpName}' into an index-sized integer");
        return false;
    }

    /// <summary>PyFloat_AsDouble: a float's value, or __float__ / __index__ converted. False with
    /// TypeError "must be real number, not X" when not a number.</summary>
    public static bool AsDouble(ThreadState ts, PyObject o, out double value)
    {
        if (o is PyFloat f) { value = f.Value; return true; }
        value = 0;
        if (o is PyInt || o.Type.Slots.Float is not null || o.Type.Slots.Index is not null)
        {
            var r = ToFloat(ts, o, fromString: false);
            if (r is null) return false;
            value = r.Value;
            return true;
        }
        ts.Raise(ExceptionKind.TypeError, $"must be real number, not {o.Type.Name}");
        return false;
    }

    /// <summary>PyNumber_Float (float(x)): __float__, then __index__, then parsing a str.</summary>
    public static PyFloat? ToFloat(ThreadState ts, PyObject o) => ToFloat(ts, o, fromString: true);

    static PyFloat? ToFloat(ThreadState ts, PyObject o, bool fromString)
    {
        var interp = ts.Interpreter;
        if (o.GetType() == typeof(PyFloat) && ReferenceEquals(o.Type, interp.Types.Float)) return (PyFloat)o;
        if (o is PyInt i && o.GetType() != typeof(PyIntSubclass))
            return IntToFloat(ts, i);
        if (o.Type.Slots.Float is { } floatSlot)
        {
            var r = floatSlot(ts, o);
            if (r is null) return null;
            if (r is not PyFloat rf)
            {
                ts.Raise(ExceptionKind.TypeError, $"{o.Type.Name}.__float__ returned non-float (type {r.Type.Name})");
                return null;
            }
            return ReferenceEquals(rf.Type, interp.Types.Float) ? rf : FloatType.New(interp, rf.Value);
        }
        if (o.Type.Slots.Index is not null)
        {
            var idx = Index(ts, o);
            return idx is null ? null : IntToFloat(ts, idx);
        }
        if (fromString && o is PyStr s) return FloatType.Parse(ts, s.Value);
        if (fromString && o is IBuffer) return FloatType.ParseBytes(ts, o);
        ts.Raise(ExceptionKind.TypeError, $"float() argument must be a string or a real number, not '{o.Type.TpName}'");
        return null;
    }

    static PyFloat? IntToFloat(ThreadState ts, PyInt i)
    {
        double d = FloatMath.IntToDouble(i);
        if (double.IsInfinity(d))
        {
            ts.Raise(ExceptionKind.OverflowError, "int too large to convert to float");
            return null;
        }
        return FloatType.New(ts.Interpreter, d);
    }

    /// <summary>PyNumber_Long (int(x)): __int__, __index__, __trunc__, then parsing a str.</summary>
    public static PyInt? ToInt(ThreadState ts, PyObject o)
    {
        var interp = ts.Interpreter;
        if (o is PyInt exact && ReferenceEquals(o.Type, interp.Types.Int)) return exact;
        if (o.Type.Slots.Int is { } intSlot)
        {
            var r = intSlot(ts, o);
            if (r is null) return null;
            if (r is not PyInt ri)
            {
                ts.Raise(ExceptionKind.TypeError, $"__int__ returned non-int (type {r.Type.Name})");
                return null;
            }
            return IntType.Exact(ts, ri);
        }
        if (o.Type.Slots.Index is not null) return Index(ts, o);
        var truncName = interp.Intern("__trunc__");
        if (o.Type.LookupMro(truncName) is not null)
        {
            var t = CallSpecial(ts, o, truncName, ReadOnlySpan<PyObject>.Empty);
            if (t is null) return null;
            if (t is PyInt ti) return IntType.Exact(ts, ti);
            if (t.Type.Slots.Index is null)
            {
                ts.Raise(ExceptionKind.TypeError, $"__trunc__ returned non-Integral (type {t.Type.Name})");
                return null;
            }
            return Index(ts, t);
        }
        if (o is PyStr s) return IntType.Parse(ts, s.Value, 10, s);
        if (o is IBuffer) return IntType.ParseBytes(ts, o, 10);
        ts.Raise(ExceptionKind.TypeError,
            $"int() argument must be a string, a bytes-like object or a real number, not '{o.Type.TpName}'");
        return null;
    }

    /// <summary>True when <paramref name="o"/> supports __index__ (PyIndex_Check).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsIndex(PyObject o) => o is PyInt || o.Type.Slots.Index is not null;
}
