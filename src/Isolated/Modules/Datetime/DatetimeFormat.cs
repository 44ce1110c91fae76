using System.Text;
using Isolated.Execution.Import;
using Isolated.Objects;
using Isolated.Runtime;
using Isolated.Text;

namespace Isolated.Modules.Datetime;

/// <summary>
/// strftime and __format__ for date, time and datetime: the directives that need the object itself
/// (%z, %:z, %Z from its tzinfo, %f from its microseconds) are substituted first, then the rest goes
/// to time.strftime with the object's time tuple, as CPython's _datetime does.
/// </summary>
public static class DatetimeFormat
{
    /// <summary><paramref name="self"/> is a date, time or datetime; <paramref name="timetuple"/> what
    /// time.strftime gets. Returns the formatted str or null with an exception set.</summary>
    public static PyObject? Strftime(ThreadState ts, PyObject self, PyObject format, PyObject timetuple)
    {
        if (format is not PyStr fmtStr)
            return ts.Raise(ExceptionKind.TypeError, $"strftime() argument 1 must be str, not {TzInfoCalls.TypeName(format.Type)}");
        string fmt = fmtStr.Value;
        PyObject? tzinfo;
        PyObject tzArg;
        int microsecond;
        switch (self)
        {
            case PyDateTime dt: tzinfo = dt.TzInfo; tzArg = dt; microsecond = dt.Microsecond; break;
            case PyTime t: tzinfo = t.TzInfo; tzArg = ts.Interpreter.None; microsecond = t.Microsecond; break;
            default: tzinfo = null; tzArg = ts.Interpreter.None; microsecond = 0; break;
        }
        PyObject converted = fmtStr;
        if (fmt.Contains('%'))
        {
            var sb = new StringBuilder(fmt.Length + 16);
            string? zText = null, colonZText = null, nameText = null;
            for (int i = 0; i < fmt.Length; i++)
            {
                char c = fmt[i];
                if (c != '%' || i + 1 == fmt.Length)
                {
                    sb.Append(c);
                    continue;
                }
                char d = fmt[i + 1];
                if (d == 'z')
                {
                    zText ??= OffsetText(ts, tzinfo, tzArg, "");
                    if (zText is null) return null;
                    sb.Append(zText);
                    i++;
                }
                else if (d == ':' && i + 2 < fmt.Length && fmt[i + 2] == 'z')
                {
                    colonZText ??= OffsetText(ts, tzinfo, tzArg, ":");
                    if (colonZText is null) return null;
                    sb.Append(colonZText);
                    i += 2;
                }
                else if (d == 'Z')
                {
                    if (nameText is null)
                    {
                        var name = TzInfoCalls.TzName(ts, tzinfo, tzArg);
                        if (name is null) return null;
                        nameText = EscapedName(ts, name);
                        if (nameText is null) return null;
                    }
                    sb.Append(nameText);
                    i++;
                }
                else if (d == 'f')
                {
                    sb.Append(microsecond.ToString("D6"));
                    i++;
                }
                else
                {
                    sb.Append(c).Append(d);
                    i++;
                }
            }
            converted = ts.Interpreter.Str(sb.ToString());
        }
        var time = ImportSystem.ImportModule(ts, "time");
        if (time is null) return null;
        var strftime = Ops.GetAttr(ts, time, "strftime");
        return strftime is null ? null : Ops.Call(ts, strftime, converted, timetuple);
    }

    /// <summary>__format__(spec): str(self) for an empty spec, else self.strftime(spec) (a subclass's strftime wins).</summary>
    public static PyObject? Format(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "__format__", args, kw, 1, 1)) return null;
        if (args[0] is not PyStr spec)
            return ts.Raise(ExceptionKind.TypeError, $"format() argument 2 must be str, not {TzInfoCalls.TypeName(args[0].Type)}");
        if (spec.Value.Length == 0) return Ops.Str(ts, self);
        var strftime = Ops.GetAttr(ts, self, "strftime");
        return strftime is null ? null : Ops.Call(ts, strftime, spec);
    }

    /// <summary>The tzname as text for time.strftime, its '%' doubled so that it is not read as a directive.
    /// A str subclass's own replace() is called, as CPython does (and must return a str).</summary>
    static string? EscapedName(ThreadState ts, PyObject name)
    {
        if (name is not PyStr s) return "";
        // CPython encodes the name to UTF-8 first: a lone surrogate is an error, not text.
        for (int i = 0; i < s.Value.Length; i++)
        {
            if (char.IsSurrogatePair(s.Value, i)) i++;
            else if (char.IsSurrogate(s.Value[i]))
            {
                CodecErrorHandler.RaiseEncode(ts, "utf-8", s.Value, i, i + 1, "surrogates not allowed");
                return null;
            }
        }
        if (ReferenceEquals(s.Type, ts.Interpreter.Types.Str)) return s.Value.Replace("%", "%%");
        var replace = Ops.GetAttr(ts, s, "replace");
        var result = replace is null ? null : Ops.Call(ts, replace, ts.Interpreter.Str("%"), ts.Interpreter.Str("%%"));
        if (result is null) return null;
        if (result is PyStr r) return r.Value;
        ts.Raise(ExceptionKind.TypeError, "tzname.replace() did not return a string");
        return null;
    }

    static string? OffsetText(ThreadState ts, PyObject? tzinfo, PyObject tzArg, string separator)
    {
        if (!TzInfoCalls.UtcOffset(ts, tzinfo, tzArg, out bool known, out long us)) return null;
        if (!known) return "";
        var sb = new StringBuilder(16);
        ClockText.AppendOffset(sb, us, separator);
        return sb.ToString();
    }
}
