using System.Numerics;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Datetime;

/// <summary>datetime.timedelta: a duration kept as normalised days, seconds and microseconds.</summary>
public static class TimeDeltaType
{
    public const int MaxDays = 999_999_999;
    const long MicrosecondsPerSecond = 1_000_000;
    const long MicrosecondsPerDay = 86_400_000_000;

    static readonly string[] ConstructorNames = ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"];
    // Each constructor argument's unit in microseconds, in ConstructorNames order.
    static readonly long[] UnitMicroseconds = [MicrosecondsPerDay, MicrosecondsPerSecond, 1, 1000, 60 * MicrosecondsPerSecond, 3600 * MicrosecondsPerSecond, 7 * MicrosecondsPerDay];

    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("timedelta", types.Object, TypeFlags.BaseType | TypeFlags.Immutable, s =>
        {
            s.New = NewFromArguments;
            s.Init = null;
            s.Repr = Repr;
            s.Str = Str;
            s.Hash = Hash;
            s.RichCompare = RichCompare;
            s.Bool = static (ts, self) => ((PyTimeDelta)self).IsZero ? 0 : 1;
            s.Add = Add;
            s.Subtract = Subtract;
            s.Multiply = Multiply;
            s.TrueDivide = TrueDivide;
            s.FloorDivide = FloorDivide;
            s.Remainder = Remainder;
            s.DivMod = DivMod;
            s.Negative = static (ts, self) => Negate(ts, (PyTimeDelta)self);
            s.Positive = static (ts, self) => Exact(ts, (PyTimeDelta)self);
            s.Absolute = static (ts, self) => ((PyTimeDelta)self).Days < 0 ? Negate(ts, (PyTimeDelta)self) : Exact(ts, (PyTimeDelta)self);
        }, FillDict);

    static void FillDict(ThreadState? _, PyType type)
    {
        var interp = type.Owner;
        type.AddValue("__module__", interp.Str("datetime"));
        type.AddValue("__doc__", interp.Str("Difference between two datetime values.\n\ntimedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)\n\nAll arguments are optional and default to 0.\nArguments may be integers or floats, and may be positive or negative."));
        type.AddGetSet("days", static (ts, self) => ts.Interpreter.Int(((PyTimeDelta)self).Days), null, "Number of days.");
        type.AddGetSet("seconds", static (ts, self) => ts.Interpreter.Int(((PyTimeDelta)self).Seconds), null, "Number of seconds (>= 0 and less than 1 day).");
        type.AddGetSet("microseconds", static (ts, self) => ts.Interpreter.Int(((PyTimeDelta)self).Microseconds), null, "Number of microseconds (>= 0 and less than 1 second).");
        type.AddMethod("total_seconds", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "total_seconds", a, k, 0, 0)) return null;
            return FloatType.New(ts.Interpreter, FloatMath.TrueDivide(((PyTimeDelta)self).TotalMicroseconds, MicrosecondsPerSecond));
        }, "Total seconds in the duration.");
        type.AddMethod("__reduce__", static (ts, self, a, k) =>
        {
            if (!ArgBinder.CheckPositional(ts, "__reduce__", a, k, 0, 0)) return null;
            var d = (PyTimeDelta)self;
            var interp = ts.Interpreter;
            return interp.Tuple(self.Type, interp.Tuple(interp.Int(d.Days), interp.Int(d.Seconds), interp.Int(d.Microseconds)));
        }, "__reduce__() -> (cls, state)");
        type.AddValue("min", new PyTimeDelta(type, -MaxDays, 0, 0));
        type.AddValue("max", new PyTimeDelta(type, MaxDays, 86399, 999_999));
        type.AddValue("resolution", new PyTimeDelta(type, 0, 0, 1));
    }

    // ---- construction ----

    /// <summary>An exact timedelta from possibly unnormalised parts (each |part| below 2^62);
    /// null with OverflowError set when the days leave ±999999999.</summary>
    public static PyTimeDelta? New(ThreadState ts, long days, long seconds, long microseconds) =>
        New(ts, ts.Interpreter.Types.Datetime.TimeDelta, days, seconds, microseconds);

    static PyTimeDelta? New(ThreadState ts, PyType type, long days, long seconds, long microseconds)
    {
        seconds += FloorDivRem(microseconds, MicrosecondsPerSecond, out long us);
        days += FloorDivRem(seconds, 86400, out long secs);
        if (days < -MaxDays || days > MaxDays)
        {
            ts.Raise(ExceptionKind.OverflowError, $"days={days}; must have magnitude <= {MaxDays}");
            return null;
        }
        return Make(ts, type, (int)days, (int)secs, (int)us);
    }

    /// <summary>An exact timedelta of <paramref name="microseconds"/>, or null with OverflowError set.</summary>
    public static PyTimeDelta? FromMicroseconds(ThreadState ts, BigInteger microseconds) =>
        FromMicroseconds(ts, ts.Interpreter.Types.Datetime.TimeDelta, microseconds);

    static PyTimeDelta? FromMicroseconds(ThreadState ts, PyType type, BigInteger microseconds)
    {
        var days = BigInteger.DivRem(microseconds, MicrosecondsPerDay, out var rest);
        if (rest.Sign < 0)
        {
            days -= 1;
            rest += MicrosecondsPerDay;
        }
        if (days < -MaxDays || days > MaxDays)
        {
            if (days < int.MinValue || days > int.MaxValue)
                ts.Raise(ExceptionKind.OverflowError, "Python int too large to convert to C int");
            else
                ts.Raise(ExceptionKind.OverflowError, $"days={days}; must have magnitude <= {MaxDays}");
            return null;
        }
        long r = (long)rest;
        return Make(ts, type, (int)days, (int)(r / MicrosecondsPerSecond), (int)(r % MicrosecondsPerSecond));
    }

    static PyTimeDelta Make(ThreadState ts, PyType type, int days, int seconds, int microseconds) =>
        ReferenceEquals(type, ts.Interpreter.Types.Datetime.TimeDelta)
            ? new PyTimeDelta(type, days, seconds, microseconds)
            : new PyTimeDeltaSubclass(type, days, seconds, microseconds);

    static long FloorDivRem(long a, long b, out long remainder)
    {
        long q = Math.DivRem(a, b, out remainder);
        if (remainder < 0)
        {
            q--;
            remainder += b;
        }
        return q;
    }

    static PyTimeDelta Exact(ThreadState ts, PyTimeDelta d) =>
        d.GetType() == typeof(PyTimeDelta) ? d : new PyTimeDelta(ts.Interpreter.Types.Datetime.TimeDelta, d.Days, d.Seconds, d.Microseconds);

    static PyObject? Negate(ThreadState ts, PyTimeDelta d) => New(ts, -(long)d.Days, -(long)d.Seconds, -(long)d.Microseconds);

    /// <summary>timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
    /// integers add exactly; the fractions of floats are summed apart and rounded half to even once.</summary>
    static PyObject? NewFromArguments(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is not null)
        {
            foreach (var name in kw.Items)
                if (Array.IndexOf(ConstructorNames, ((PyStr)name).Value) < 0)
                    return ts.Raise(ExceptionKind.TypeError, $"'{((PyStr)name).Value}' is an invalid keyword argument for __new__()");
        }
        Span<PyObject?> given = new PyObject?[ConstructorNames.Length];
        if (!ArgBinder.Bind(ts, "__new__", args, kw, ConstructorNames, 0, given)) return null;
        BigInteger total = BigInteger.Zero;
        double leftover = 0;
        bool anyFloat = false;
        for (int i = 0; i < given.Length; i++)
        {
            var v = given[i];
            if (v is null) continue;
            long unit = UnitMicroseconds[i];
            if (v is PyInt n)
            {
                total += n.ToBigInteger() * unit;
            }
            else if (v is PyFloat f)
            {
                double x = f.Value;
                if (double.IsNaN(x)) return ts.Raise(ExceptionKind.ValueError, "cannot convert float NaN to integer");
                if (double.IsInfinity(x)) return ts.Raise(ExceptionKind.OverflowError, "cannot convert float infinity to integer");
                double whole = Math.Truncate(x);
                total += new BigInteger(whole) * unit;
                double scaledFraction = (x - whole) * unit;
                double wholeMicroseconds = Math.Truncate(scaledFraction);
                total += new BigInteger(wholeMicroseconds);
                leftover += scaledFraction - wholeMicroseconds;
                anyFloat = true;
            }
            else
                return ts.Raise(ExceptionKind.TypeError, $"unsupported type for timedelta {ConstructorNames[i]} component: {v.Type.Name}");
        }
        if (anyFloat && leftover != 0)
        {
            double rounded = Math.Round(leftover, MidpointRounding.AwayFromZero);
            if (Math.Abs(rounded - leftover) == 0.5)
            {
                // Exactly halfway: round the whole sum (integer part plus leftover) to even.
                double lower = Math.Floor(leftover);
                rounded = (total + new BigInteger(lower)).IsEven ? lower : lower + 1;
            }
            total += new BigInteger(rounded);
        }
        return FromMicroseconds(ts, type, total);
    }

    // ---- object protocol ----

    static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var d = (PyTimeDelta)self;
        string name = DatetimeTypes.ReprName(self.Type);
        if (d.IsZero) return ts.Interpreter.Str(name + "(0)");
        var sb = new System.Text.StringBuilder(name).Append('(');
        string sep = "";
        if (d.Days != 0) { sb.Append("days=").Append(d.Days); sep = ", "; }
        if (d.Seconds != 0) { sb.Append(sep).Append("seconds=").Append(d.Seconds); sep = ", "; }
        if (d.Microseconds != 0) sb.Append(sep).Append("microseconds=").Append(d.Microseconds);
        return ts.Interpreter.Str(sb.Append(')').ToString());
    }

    static PyObject? Str(ThreadState ts, PyObject self)
    {
        var d = (PyTimeDelta)self;
        int hours = d.Seconds / 3600, minutes = d.Seconds / 60 % 60, seconds = d.Seconds % 60;
        string clock = d.Microseconds != 0
            ? $"{hours}:{minutes:D2}:{seconds:D2}.{d.Microseconds:D6}"
            : $"{hours}:{minutes:D2}:{seconds:D2}";
        if (d.Days == 0) return ts.Interpreter.Str(clock);
        string plural = d.Days is 1 or -1 ? "" : "s";
        return ts.Interpreter.Str($"{d.Days} day{plural}, {clock}");
    }

    static bool Hash(ThreadState ts, PyObject self, out long hash)
    {
        var d = (PyTimeDelta)self;
        var interp = ts.Interpreter;
        // The hash of the (days, seconds, microseconds) state, as CPython's.
        return Ops.Hash(ts, interp.Tuple(interp.Int(d.Days), interp.Int(d.Seconds), interp.Int(d.Microseconds)), out hash);
    }

    public static int Compare(PyTimeDelta a, PyTimeDelta b)
    {
        int c = a.Days.CompareTo(b.Days);
        if (c == 0) c = a.Seconds.CompareTo(b.Seconds);
        if (c == 0) c = a.Microseconds.CompareTo(b.Microseconds);
        return c;
    }

    static PyObject? RichCompare(ThreadState ts, PyObject left, PyObject right, CompareOp op)
    {
        if (left is not PyTimeDelta a || right is not PyTimeDelta b) return ts.Interpreter.NotImplemented;
        return ts.Interpreter.Bool(DatetimeTypes.CompareResult(Compare(a, b), op));
    }

    // ---- arithmetic ----

    static PyObject? Add(ThreadState ts, PyObject left, PyObject right)
    {
        if (left is PyTimeDelta a && right is PyTimeDelta b)
            return New(ts, (long)a.Days + b.Days, (long)a.Seconds + b.Seconds, (long)a.Microseconds + b.Microseconds);
        return ts.Interpreter.NotImplemented;
    }

    static PyObject? Subtract(ThreadState ts, PyObject left, PyObject right)
    {
        if (left is PyTimeDelta a && right is PyTimeDelta b)
            return New(ts, (long)a.Days - b.Days, (long)a.Seconds - b.Seconds, (long)a.Microseconds - b.Microseconds);
        return ts.Interpreter.NotImplemented;
    }

    static PyObject? Multiply(ThreadState ts, PyObject left, PyObject right)
    {
        var (delta, factor) = left is PyTimeDelta l ? (l, right) : (right as PyTimeDelta, left);
        if (delta is null) return ts.Interpreter.NotImplemented;
        if (factor is PyInt n) return FromMicroseconds(ts, delta.TotalMicroseconds * n.ToBigInteger());
        if (factor is PyFloat f)
        {
            if (!Ratio(ts, f, out var num, out var den)) return null;
            if (den.IsZero) return ts.Raise(ExceptionKind.ZeroDivisionError, "integer division or modulo by zero");
            return FromMicroseconds(ts, DivideHalfEven(delta.TotalMicroseconds * num, den));
        }
        return ts.Interpreter.NotImplemented;
    }

    static PyObject? TrueDivide(ThreadState ts, PyObject left, PyObject right)
    {
        if (left is not PyTimeDelta delta) return ts.Interpreter.NotImplemented;
        if (right is PyTimeDelta divisor)
        {
            var d = divisor.TotalMicroseconds;
            if (d.IsZero) return ts.Raise(ExceptionKind.ZeroDivisionError, "division by zero");
            return FloatType.New(ts.Interpreter, FloatMath.TrueDivide(delta.TotalMicroseconds, d));
        }
        if (right is PyInt n)
        {
            var d = n.ToBigInteger();
            if (d.IsZero) return ts.Raise(ExceptionKind.ZeroDivisionError, "integer division or modulo by zero");
            return FromMicroseconds(ts, DivideHalfEven(delta.TotalMicroseconds, d));
        }
        if (right is PyFloat f)
        {
            if (!Ratio(ts, f, out var num, out var den)) return null;
            if (num.IsZero) return ts.Raise(ExceptionKind.ZeroDivisionError, "integer division or modulo by zero");
            return FromMicroseconds(ts, DivideHalfEven(delta.TotalMicroseconds * den, num));
        }
        return ts.Interpreter.NotImplemented;
    }

    static PyObject? FloorDivide(ThreadState ts, PyObject left, PyObject right)
    {
        if (left is not PyTimeDelta delta) return ts.Interpreter.NotImplemented;
        if (right is PyTimeDelta divisor)
        {
            var d = divisor.TotalMicroseconds;
            if (d.IsZero) return ts.Raise(ExceptionKind.ZeroDivisionError, "integer division or modulo by zero");
            return ts.Interpreter.Int(FloorDivide(delta.TotalMicroseconds, d));
        }
        if (right is PyInt n)
        {
            var d = n.ToBigInteger();
            if (d.IsZero) return ts.Raise(ExceptionKind.ZeroDivisionError, "integer division or modulo by zero");
            return FromMicroseconds(ts, FloorDivide(delta.TotalMicroseconds, d));
        }
        return ts.Interpreter.NotImplemented;
    }

    static PyObject? Remainder(ThreadState ts, PyObject left, PyObject right)
    {
        if (left is not PyTimeDelta a || right is not PyTimeDelta b) return ts.Interpreter.NotImplemented;
        var d = b.TotalMicroseconds;
        if (d.IsZero) return ts.Raise(ExceptionKind.ZeroDivisionError, "integer modulo by zero");
        var n = a.TotalMicroseconds;
        return FromMicroseconds(ts, n - FloorDivide(n, d) * d);
    }

    static PyObject? DivMod(ThreadState ts, PyObject left, PyObject right)
    {
        if (left is not PyTimeDelta a || right is not PyTimeDelta b) return ts.Interpreter.NotImplemented;
        var d = b.TotalMicroseconds;
        if (d.IsZero) return ts.Raise(ExceptionKind.ZeroDivisionError, "integer division or modulo by zero");
        var n = a.TotalMicroseconds;
        var q = FloorDivide(n, d);
        var rest = FromMicroseconds(ts, n - q * d);
        return rest is null ? null : ts.Interpreter.Tuple(ts.Interpreter.Int(q), rest);
    }

    /// <summary>The float's exact ratio; a float subclass's as_integer_ratio() is called, as CPython does.</summary>
    static bool Ratio(ThreadState ts, PyFloat f, out BigInteger numerator, out BigInteger denominator)
    {
        numerator = denominator = BigInteger.One;
        if (f.GetType() == typeof(PyFloat) && ReferenceEquals(f.Type, ts.Interpreter.Types.Float))
        {
            double value = f.Value;
            if (double.IsNaN(value)) { ts.Raise(ExceptionKind.ValueError, "cannot convert NaN to integer ratio"); return false; }
            if (double.IsInfinity(value)) { ts.Raise(ExceptionKind.OverflowError, "cannot convert Infinity to integer ratio"); return false; }
            (numerator, denominator) = FloatMath.ExactRatio(Math.Abs(value));
            if (value < 0) numerator = -numerator;
            return true;
        }
        var method = Ops.GetAttr(ts, f, "as_integer_ratio");
        var ratio = method is null ? null : Ops.Call(ts, method);
        if (ratio is null) return false;
        if (ratio is not PyTuple t)
        {
            ts.Raise(ExceptionKind.TypeError, $"unexpected return type from as_integer_ratio(): expected tuple, got '{ratio.Type.Name}'");
            return false;
        }
        if (t.Count != 2)
        {
            ts.Raise(ExceptionKind.ValueError, "as_integer_ratio() must return a 2-tuple");
            return false;
        }
        if (t.Items[0] is not PyInt n || t.Items[1] is not PyInt d)
        {
            ts.Raise(ExceptionKind.TypeError, "non-integer arguments in division");
            return false;
        }
        numerator = n.ToBigInteger();
        denominator = d.ToBigInteger();
        return true;
    }

    public static BigInteger FloorDivide(BigInteger n, BigInteger d)
    {
        var q = BigInteger.DivRem(n, d, out var r);
        if (!r.IsZero && (r.Sign < 0) != (d.Sign < 0)) q -= 1;
        return q;
    }

    /// <summary>n / d rounded to the nearest integer, ties to even.</summary>
    public static BigInteger DivideHalfEven(BigInteger n, BigInteger d)
    {
        if (d.Sign < 0) { n = -n; d = -d; }
        var q = FloorDivide(n, d);
        var r2 = (n - q * d) * 2;
        int c = r2.CompareTo(d);
        if (c > 0 || c == 0 && !q.IsEven) q += 1;
        return q;
    }
}
