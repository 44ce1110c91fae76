using Xunit;
using System.Globalization;
using System.Numerics;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Tests.Numbers;

/// <summary>One interpreter per test class, plus the value encoding used by the generated tables
/// (see tools/gen_tables.py): i:int, b:bool, f:bits, c:bits,bits, t:a|b, s:text, E:Type:message.</summary>
public abstract class NumberTestBase
{
    protected readonly Isolated.Runtime.Runtime Rt = new();
    protected readonly Interpreter Interp;
    protected readonly Isolated.Runtime.ThreadState Ts;

    protected NumberTestBase()
    {
        Interp = Rt.Main;
        Ts = Interp.NewThreadState();
    }

    protected PyInt I(long v) => Interp.Int(v);
    protected PyInt I(BigInteger v) => Interp.Int(v);
    protected PyFloat F(double v) => FloatType.New(Interp, v);
    protected PyComplex C(double re, double im) => ComplexType.New(Interp, re, im);
    protected PyStr S(string s) => Interp.Str(s);

    protected PyObject Decode(string e)
    {
        string body = e[2..];
        switch (e[0])
        {
            case 'i': return Interp.Int(BigInteger.Parse(body, CultureInfo.InvariantCulture));
            case 'b': return Interp.Bool(body == "True");
            case 'f': return F(Bits(body));
            case 'c':
            {
                var parts = body.Split(',');
                return C(Bits(parts[0]), Bits(parts[1]));
            }
            case 's': return S(body);
            default: throw new ArgumentException(e);
        }
    }

    static double Bits(string hex) => hex == "nan" ? double.NaN : BitConverter.Int64BitsToDouble(unchecked((long)ulong.Parse(hex, NumberStyles.HexNumber)));

    static string BitsOf(double d) => double.IsNaN(d) ? "nan" : ((ulong)BitConverter.DoubleToInt64Bits(d)).ToString("x16");

    protected string Encode(PyObject? r)
    {
        if (r is null)
        {
            var exc = Ts.FetchError();
            if (exc is null) return "E:<no exception set>";
            string message = exc.Args.Count == 1 && exc.Args[0] is PyStr m ? m.Value
                : exc.Args.Count == 0 ? "" : Repr(exc.Args);
            return $"E:{exc.Type.Name}:{message}";
        }
        return r switch
        {
            PyBool b => "b:" + (b.Value ? "True" : "False"),
            PyInt i => "i:" + i.ToBigInteger().ToString(CultureInfo.InvariantCulture),
            PyFloat f => "f:" + BitsOf(f.Value),
            PyComplex c => "c:" + BitsOf(c.Real) + "," + BitsOf(c.Imag),
            PyTuple t => "t:" + string.Join("|", t.Items.Select(Encode)),
            PyStr s => "s:" + s.Value,
            _ => "?:" + r.Type.Name,
        };
    }

    protected string Repr(PyObject o)
    {
        var r = Ops.Repr(Ts, o);
        if (r is null) throw Ts.ErrorAsException();
        return ((PyStr)r).Value;
    }

    protected T Ok<T>(T? value) where T : class
    {
        if (value is null) throw Ts.ErrorAsException();
        return value;
    }

    /// <summary>Runs <paramref name="f"/> and returns "Type: message" of the error it sets.</summary>
    protected string Error(Func<PyObject?> f)
    {
        var r = f();
        Assert.Null(r);
        var exc = Ts.FetchError();
        Assert.NotNull(exc);
        string message = exc!.Args.Count == 1 && exc.Args[0] is PyStr m ? m.Value : Repr(exc.Args);
        return $"{exc.Type.Name}: {message}";
    }

    protected PyObject? CallMethod(PyObject self, string name, params PyObject[] args)
    {
        var attr = Ops.GetAttr(Ts, self, Interp.Str(name));
        if (attr is null) return null;
        return Ops.Call(Ts, attr, args);
    }
}
