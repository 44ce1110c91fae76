using System.Numerics;
using Isolated.Modules;
using Isolated.Objects;
using Isolated.Runtime;
using Xunit;

namespace Isolated.Tests.Numbers;

/// <summary>The number protocol's dispatch and errors, subclasses, conversions and per-interpreter
/// state; expected messages are CPython 3.12's.</summary>
public class NumberOpsTests : NumberTestBase
{
    [Fact]
    public void UnsupportedOperandMessages()
    {
        Assert.Equal("TypeError: unsupported operand type(s) for +: 'int' and 'str'", Error(() => Ops.Add(Ts, I(1), S("a"))));
        Assert.Equal("TypeError: unsupported operand type(s) for +=: 'int' and 'str'", Error(() => Ops.InplaceAdd(Ts, I(1), S("a"))));
        Assert.Equal("TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'", Error(() => Ops.Power(Ts, I(1), S("a"))));
        Assert.Equal("TypeError: unsupported operand type(s) for ** or pow(): 'int', 'int', 'str'", Error(() => Ops.Power(Ts, I(1), I(2), S("a"))));
        Assert.Equal("TypeError: unsupported operand type(s) for **=: 'float' and 'str'", Error(() => Ops.InplacePower(Ts, F(1), S("a"))));
        Assert.Equal("TypeError: unsupported operand type(s) for @: 'int' and 'int'", Error(() => Ops.MatrixMultiply(Ts, I(1), I(2))));
        Assert.Equal("TypeError: unsupported operand type(s) for divmod(): 'complex' and 'int'", Error(() => Ops.DivMod(Ts, C(0, 1), I(1))));
        Assert.Equal("TypeError: unsupported operand type(s) for //: 'complex' and 'int'", Error(() => Ops.FloorDivide(Ts, C(0, 1), I(1))));
        Assert.Equal("TypeError: bad operand type for unary -: 'str'", Error(() => Ops.Negative(Ts, S("a"))));
        Assert.Equal("TypeError: bad operand type for unary +: 'str'", Error(() => Ops.Positive(Ts, S("a"))));
        Assert.Equal("TypeError: bad operand type for unary ~: 'float'", Error(() => Ops.Invert(Ts, F(1.5))));
        Assert.Equal("TypeError: bad operand type for abs(): 'str'", Error(() => Ops.Absolute(Ts, S("a"))));
    }

    [Fact]
    public void ArithmeticErrors()
    {
        Assert.Equal("ZeroDivisionError: division by zero", Error(() => Ops.TrueDivide(Ts, I(1), I(0))));
        Assert.Equal("ZeroDivisionError: integer division or modulo by zero", Error(() => Ops.FloorDivide(Ts, I(1), I(0))));
        Assert.Equal("ZeroDivisionError: integer modulo by zero", Error(() => Ops.Remainder(Ts, I(1), I(0))));
        Assert.Equal("ZeroDivisionError: float division by zero", Error(() => Ops.TrueDivide(Ts, I(1), F(0))));
        Assert.Equal("ZeroDivisionError: float floor division by zero", Error(() => Ops.FloorDivide(Ts, F(1), I(0))));
        Assert.Equal("ZeroDivisionError: float modulo", Error(() => Ops.Remainder(Ts, F(1), F(0))));
        Assert.Equal("ZeroDivisionError: float divmod()", Error(() => Ops.DivMod(Ts, F(1), I(0))));
        Assert.Equal("ZeroDivisionError: complex division by zero", Error(() => Ops.TrueDivide(Ts, C(1, 1), I(0))));
        Assert.Equal("ZeroDivisionError: 0.0 cannot be raised to a negative power", Error(() => Ops.Power(Ts, I(0), I(-1))));
        Assert.Equal("OverflowError: (34, 'Numerical result out of range')", Error(() => Ops.Power(Ts, F(10), F(400))));
        Assert.Equal("ValueError: negative shift count", Error(() => Ops.LShift(Ts, I(1), I(-1))));
        Assert.Equal("OverflowError: too many digits in integer", Error(() => Ops.LShift(Ts, I(1), I(BigInteger.One << 70))));
        Assert.Equal("ValueError: pow() 3rd argument cannot be 0", Error(() => Ops.Power(Ts, I(2), I(3), I(0))));
        Assert.Equal("ValueError: base is not invertible for the given modulus", Error(() => Ops.Power(Ts, I(2), I(-1), I(4))));
        Assert.Equal("TypeError: pow() 3rd argument not allowed unless all arguments are integers", Error(() => Ops.Power(Ts, F(2), I(3), I(4))));
        Assert.Equal("OverflowError: integer division result too large for a float", Error(() => Ops.TrueDivide(Ts, I(BigInteger.Pow(10, 400)), I(1))));
        Assert.Equal("OverflowError: int too large to convert to float", Error(() => Ops.Add(Ts, I(BigInteger.Pow(10, 400)), F(1))));
    }

    [Fact]
    public void ConversionsAndTheirErrors()
    {
        Assert.Equal(5, Ok(Ops.Index(Ts, I(5))).Small);
        Assert.Same(Interp.Types.Int, Ok(Ops.Index(Ts, Interp.True)).Type);
        Assert.Equal("TypeError: 'float' object cannot be interpreted as an integer", Error(() => Ops.Index(Ts, F(1.5))));
        Assert.False(Ops.AsLong(Ts, I(BigInteger.One << 64), out _));
        Assert.Equal("Python int too large to convert to C long", ((PyStr)Ts.FetchError()!.Args[0]).Value);
        Assert.False(Ops.AsInt32(Ts, I(1L << 40), out _));
        Assert.Equal("Python int too large to convert to C int", ((PyStr)Ts.FetchError()!.Args[0]).Value);
        Assert.True(Ops.AsIndexSize(Ts, I(BigInteger.One << 70), out long clamped, clamp: true));
        Assert.Equal(long.MaxValue, clamped);
        Assert.False(Ops.AsIndexSize(Ts, I(BigInteger.One << 70), out _, indexError: true));
        Assert.Equal("cannot fit 'int' into an index-sized integer", ((PyStr)Ts.FetchError()!.Args[0]).Value);
        Assert.True(Ops.AsDouble(Ts, I(3), out double d) && d == 3.0);
        Assert.Equal("TypeError: must be real number, not str", Error(() => Ops.AsDouble(Ts, S("1"), out _) ? F(0) : null));

        Assert.Equal(12, Ok(Ops.ToInt(Ts, S(" 12 "))).Small);
        Assert.Equal(-3, Ok(Ops.ToInt(Ts, F(-3.9))).Small);
        Assert.Equal("OverflowError: cannot convert float infinity to integer", Error(() => Ops.ToInt(Ts, F(double.PositiveInfinity))));
        Assert.Equal("ValueError: cannot convert float NaN to integer", Error(() => Ops.ToInt(Ts, F(double.NaN))));
        Assert.Equal("TypeError: int() argument must be a string, a bytes-like object or a real number, not 'tuple'",
            Error(() => Ops.ToInt(Ts, Interp.EmptyTuple)));
        Assert.Equal(2.5, Ok(Ops.ToFloat(Ts, S("2.5"))).Value);
        Assert.Equal("ValueError: could not convert string to float: 'x'", Error(() => Ops.ToFloat(Ts, S("x"))));
        Assert.Equal("TypeError: float() argument must be a string or a real number, not 'tuple'", Error(() => Ops.ToFloat(Ts, Interp.EmptyTuple)));
    }

    [Fact]
    public void ConstructorArgumentErrors()
    {
        Assert.Equal("TypeError: 'x' is an invalid keyword argument for int()",
            Error(() => Ops.Call(Ts, Interp.Types.Int, [S("5")], Interp.Tuple(S("x")))));
        Assert.Equal("TypeError: int() missing string argument",
            Error(() => Ops.Call(Ts, Interp.Types.Int, [I(10)], Interp.Tuple(S("base")))));
        Assert.Equal("ValueError: int() base must be >= 2 and <= 36, or 0", Error(() => Ops.Call(Ts, Interp.Types.Int, S("5"), I(40))));
        Assert.Equal("TypeError: int() can't convert non-string with explicit base", Error(() => Ops.Call(Ts, Interp.Types.Int, I(5), I(10))));
        Assert.Equal("TypeError: float() takes no keyword arguments", Error(() => Ops.Call(Ts, Interp.Types.Float, [I(1)], Interp.Tuple(S("x")))));
        Assert.Equal("TypeError: float expected at most 1 argument, got 2", Error(() => Ops.Call(Ts, Interp.Types.Float, I(1), I(2))));
        Assert.Equal("TypeError: complex() can't take second arg if first is a string", Error(() => Ops.Call(Ts, Interp.Types.Complex, S("1"), I(2))));
        Assert.Equal("TypeError: complex() second arg can't be a string", Error(() => Ops.Call(Ts, Interp.Types.Complex, I(1), S("2"))));
        Assert.Equal("TypeError: complex() first argument must be a string or a number, not 'NoneType'",
            Error(() => Ops.Call(Ts, Interp.Types.Complex, Interp.None)));
        Assert.Equal("(-1+1j)", Repr(Ok(Ops.Call(Ts, Interp.Types.Complex, C(0, 1), C(0, 1)))));
        Assert.Equal("(1+2j)", Repr(Ok(Ops.Call(Ts, Interp.Types.Complex, [I(1), I(2)], Interp.Tuple(S("real"), S("imag"))))));
    }

    [Fact]
    public void BoolArithmetic()
    {
        Assert.Same(Interp.True, Ops.And(Ts, Interp.True, Interp.True));
        Assert.Same(Interp.True, Ops.Or(Ts, Interp.False, Interp.True));
        Assert.Same(Interp.False, Ops.Xor(Ts, Interp.True, Interp.True));
        Assert.Equal("i:1", Encode(Ops.Or(Ts, Interp.True, I(0))));
        Assert.Equal("i:2", Encode(Ops.Add(Ts, Interp.True, Interp.True)));
        Assert.Equal("i:-2", Encode(Ops.Invert(Ts, Interp.True)));
        Assert.Equal("i:-1", Encode(Ops.Negative(Ts, Interp.True)));
        Assert.Equal("True", Repr(Interp.True));
    }

    [Fact]
    public void SubclassesOfNumbersKeepTheirValueAndGetADict()
    {
        var ns = Interp.NewDict();
        var myInt = (PyType)Ok(Ops.Call(Ts, Interp.Types.Type, [S("MyInt"), Interp.Tuple(Interp.Types.Int), ns]));
        var v = Ok(Ops.Call(Ts, myInt, S("42")));
        var sub = Assert.IsType<PyIntSubclass>(v);
        Assert.Same(myInt, sub.Type);
        Assert.Equal(42, sub.Small);
        Assert.Equal("42", Repr(v));
        var sum = Ok(Ops.Add(Ts, v, I(1)));
        Assert.Same(Interp.Types.Int, sum.Type);
        Assert.Equal(43, ((PyInt)sum).Small);
        Assert.Same(Interp.Types.Int, Ok(Ops.Positive(Ts, v)).Type);
        Assert.True(Ops.Hash(Ts, v, out long h) && h == 42);

        var myFloat = (PyType)Ok(Ops.Call(Ts, Interp.Types.Type, [S("MyFloat"), Interp.Tuple(Interp.Types.Float), Interp.NewDict()]));
        var f = Assert.IsType<PyFloatSubclass>(Ok(Ops.Call(Ts, myFloat, S("1.5"))));
        Assert.Equal(1.5, f.Value);
        Assert.Equal("f:4008000000000000", Encode(Ops.Multiply(Ts, f, I(2))));

        var myComplex = (PyType)Ok(Ops.Call(Ts, Interp.Types.Type, [S("MyComplex"), Interp.Tuple(Interp.Types.Complex), Interp.NewDict()]));
        var c = Assert.IsType<PyComplexSubclass>(Ok(Ops.Call(Ts, myComplex, I(1), I(2))));
        Assert.Equal("(1+2j)", Repr(c));
    }

    [Fact]
    public void IntStrDigitLimitIsPerInterpreter()
    {
        var big = I(BigInteger.Pow(10, 5000));
        Assert.Equal("ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
            Error(() => Ops.Repr(Ts, big)));
        var other = Rt.CreateInterpreter(new InterpreterConfig());
        var ots = other.NewThreadState();
        other.IntMaxStrDigits = 0;
        var r = Ops.Repr(ots, other.Int(BigInteger.Pow(10, 5000)));
        Assert.Equal(5001, ((PyStr)r!).Value.Length);
        Assert.Null(Ops.Repr(Ts, big));
        Ts.FetchError();
        // Powers of two bases are never limited.
        Assert.StartsWith("0x31e20801036510f3c591fde5361dc61", IntType.ToPrefixedString((PyInt)big, 16));
    }

    [Fact]
    public void NumericTypesBelongToTheirInterpreter()
    {
        var other = Rt.CreateInterpreter(new InterpreterConfig());
        Assert.NotSame(Interp.Types.Float, other.Types.Float);
        Assert.NotSame(Interp.Types.Complex, other.Types.Complex);
        Assert.Same(Interp.Types.Float, F(1).Type);
    }

    [Fact]
    public void HashesAgreeAcrossTypes()
    {
        foreach (var v in new[] { 0L, 1L, -1L, 42L, -2L, 1L << 40, 1L << 61, 1L << 62, long.MinValue })
        {
            Assert.True(Ops.Hash(Ts, I(v), out long hi));
            Assert.True(Ops.Hash(Ts, F(v), out long hf));
            Assert.True(Ops.Hash(Ts, C(v, 0), out long hc));
            Assert.Equal((v, hi), (v, hf));
            Assert.Equal((v, hi), (v, hc));
        }
        Assert.True(Ops.Hash(Ts, F(0.5), out long half));
        Assert.Equal(1152921504606846976L, half);
        Assert.True(Ops.Hash(Ts, I(BigInteger.Pow(2, 100)), out long h100));
        Assert.True(Ops.Hash(Ts, F(Math.Pow(2, 100)), out long hf100));
        Assert.Equal(h100, hf100);
    }

    [Fact]
    public void BuiltinFunctions()
    {
        var b = BuiltinsModule.Create(Interp);
        PyObject Fn(string name) => b.Dict.GetStr(name)!;
        Assert.Same(Interp.Types.Float, b.Dict.GetStr("float"));
        Assert.Same(Interp.Types.Complex, b.Dict.GetStr("complex"));
        Assert.Equal("i:5", Encode(Ops.Call(Ts, Fn("abs"), I(-5))));
        Assert.Equal("TypeError: abs() takes exactly one argument (2 given)", Error(() => Ops.Call(Ts, Fn("abs"), I(1), I(2))));
        Assert.Equal("t:i:-4|i:1", Encode(Ops.Call(Ts, Fn("divmod"), I(-7), I(2))));
        Assert.Equal("TypeError: divmod expected 2 arguments, got 1", Error(() => Ops.Call(Ts, Fn("divmod"), I(1))));
        Assert.Equal("i:8", Encode(Ops.Call(Ts, Fn("pow"), [I(2), I(3)], Interp.Tuple(S("base"), S("exp")))));
        Assert.Equal("i:4", Encode(Ops.Call(Ts, Fn("pow"), [I(3), I(-1), I(11)])));
        Assert.Equal("TypeError: pow() missing required argument 'exp' (pos 2)", Error(() => Ops.Call(Ts, Fn("pow"), I(1))));
        Assert.Equal("TypeError: type str doesn't define __round__ method", Error(() => Ops.Call(Ts, Fn("round"), S("a"))));
        Assert.Equal("i:2", Encode(Ops.Call(Ts, Fn("round"), F(2.5), Interp.None)));
        Assert.Equal("s:-0b101", Encode(Ops.Call(Ts, Fn("bin"), I(-5))));
        Assert.Equal("s:0o10", Encode(Ops.Call(Ts, Fn("oct"), I(8))));
        Assert.Equal("s:-0xff", Encode(Ops.Call(Ts, Fn("hex"), I(-255))));
        Assert.Equal("TypeError: 'float' object cannot be interpreted as an integer", Error(() => Ops.Call(Ts, Fn("hex"), F(1.5))));
    }

    [Fact]
    public void FormatterEntryPoints()
    {
        Assert.Equal("1,234.50", ((PyStr)Ok(NumberFormatter.FormatFloat(Ts, 1234.5, ",.2f"))).Value);
        Assert.Equal("0x00ff", ((PyStr)Ok(NumberFormatter.FormatInt(Ts, I(255), "#06x"))).Value);
        Assert.Equal(" 1.00+2.00j ", ((PyStr)Ok(NumberFormatter.FormatComplex(Ts, 1, 2, "^12.2f"))).Value);
        Assert.Equal("ValueError: Unknown format code 'x' for object of type 'float'", Error(() => NumberFormatter.FormatFloat(Ts, 1.5, "x")));
        Assert.Equal("0.1", NumberFormatter.FloatRepr(0.1));
        Assert.Equal("1e+16", NumberFormatter.FloatRepr(1e16));
        Assert.Equal("-0.0", NumberFormatter.FloatRepr(-0.0));
        Assert.Equal("1.2345678901234568e+17", NumberFormatter.FloatRepr(123456789012345678.0));
    }

    [Fact]
    public void IntMethodsAndAttributes()
    {
        Assert.Equal("t:i:-7|i:1", Encode(CallMethod(I(-7), "as_integer_ratio")));
        Assert.Equal("b:True", Encode(CallMethod(I(3), "is_integer")));
        Assert.Equal("i:5", Encode(CallMethod(Interp.Int(5), "conjugate")));
        Assert.Equal("i:1", Encode(Ops.GetAttr(Ts, Interp.True, "real")));
        Assert.Same(Interp.Types.Int, Ops.GetAttr(Ts, Interp.True, "numerator")!.Type);
        Assert.Equal("i:0", Encode(Ops.GetAttr(Ts, I(9), "imag")));
        Assert.Equal("i:1", Encode(Ops.GetAttr(Ts, I(9), "denominator")));
        Assert.Equal("i:12300", Encode(CallMethod(I(12345), "__round__", I(-2))));
        Assert.Equal("i:20", Encode(CallMethod(I(25), "__round__", I(-1))));
        Assert.Equal("t:i:7", Encode(CallMethod(I(7), "__getnewargs__")));
        Assert.Equal("TypeError: int.bit_length() takes no arguments (1 given)", Error(() => CallMethod(I(1), "bit_length", I(1))));
        Assert.Equal("ValueError: byteorder must be either 'little' or 'big'", Error(() => CallMethod(I(1), "to_bytes", I(1), S("x"))));
        Assert.Equal(new byte[] { 0xff, 0xfe }, IntType.ToBytes(Ts, -2, 2, little: false, signed: true));
        Assert.Null(IntType.ToBytes(Ts, 256, 1, little: false, signed: false));
        Assert.Equal("int too big to convert", ((PyStr)Ts.FetchError()!.Args[0]).Value);
        Assert.Null(IntType.ToBytes(Ts, -1, 1, little: false, signed: false));
        Assert.Equal("can't convert negative int to unsigned", ((PyStr)Ts.FetchError()!.Args[0]).Value);
        Assert.Equal(new BigInteger(-2), IntType.FromBytes([0xfe, 0xff], little: true, signed: true));
        Assert.Equal("i:258", Encode(Ops.Call(Ts, Ops.GetAttr(Ts, Interp.Types.Int, "from_bytes")!, Interp.Tuple(I(1), I(2)), S("big"))));
    }

    [Fact]
    public void FloatAndComplexMethods()
    {
        Assert.Equal("s:IEEE, little-endian", Encode(Ops.Call(Ts, Ops.GetAttr(Ts, Interp.Types.Float, "__getformat__")!, S("double"))));
        Assert.Equal("f:4004000000000000", Encode(CallMethod(F(2.5), "conjugate")));
        Assert.Equal("f:0000000000000000", Encode(Ops.GetAttr(Ts, F(2.5), "imag")));
        Assert.Equal("2.67", Repr(Ok(CallMethod(F(2.675), "__round__", I(2)))));
        Assert.Equal("c:3ff0000000000000,c000000000000000", Encode(CallMethod(C(1, 2), "conjugate")));
        Assert.Equal("f:4000000000000000", Encode(Ops.GetAttr(Ts, C(1, 2), "imag")));
        Assert.Equal("c:3ff0000000000000,4000000000000000", Encode(CallMethod(C(1, 2), "__complex__")));
        Assert.Equal("f:4014000000000000", Encode(Ops.Absolute(Ts, C(3, 4))));
        Assert.Equal("(nan+infj)", Repr(C(double.NaN, double.PositiveInfinity)));
        Assert.Equal("-0j", Repr(C(0, -0.0)));
        Assert.Equal("(-0-0j)", Repr(C(-0.0, -0.0)));
    }

    [Fact]
    public void LongFastPathsOverflowIntoBigIntegers()
    {
        // Results that fit a long stay small; overflow goes to BigInteger and back.
        var max = I(long.MaxValue);
        var sum = (PyInt)Ok(Ops.Add(Ts, max, I(1)));
        Assert.False(sum.IsSmall);
        var back = (PyInt)Ok(Ops.Subtract(Ts, sum, I(1)));
        Assert.True(back.IsSmall);
        Assert.Equal(long.MaxValue, back.Small);
        Assert.Equal("i:9223372036854775808", Encode(Ops.FloorDivide(Ts, I(long.MinValue), I(-1))));
        Assert.Equal("i:0", Encode(Ops.Remainder(Ts, I(long.MinValue), I(-1))));
        Assert.Equal("i:9223372036854775808", Encode(Ops.Negative(Ts, I(long.MinValue))));
        Assert.Equal("i:85070591730234615847396907784232501249", Encode(Ops.Multiply(Ts, max, max)));
    }
}
