using Isolated.Runtime;

namespace Isolated.Objects;

public static partial class Ops
{
    /// <summary>format(value, spec) (PyObject_Format): calls <c>__format__</c> looked up on the
    /// type, so a Python override wins. The VM's f-strings call this. Exact str and int with an
    /// empty spec take a fast path.</summary>
    public static PyObject? Format(ThreadState ts, PyObject value, PyStr? spec)
    {
        var interp = ts.Interpreter;
        spec ??= interp.EmptyStr;
        if (value.GetType() == typeof(PyStr))
            return spec.Value.Length == 0 ? value : FormatSpec.FormatStr(ts, (PyStr)value, spec.Value);
        // Exact int and float: what their (immutable, builtin) __format__ does, without looking
        // it up and binding it.
        if (value.GetType() == typeof(PyInt))
            return spec.Value.Length == 0 ? Str(ts, value) : NumberFormatter.FormatInt(ts, (PyInt)value, spec.Value);
        if (value.GetType() == typeof(PyFloat) && spec.Value.Length != 0)
            return NumberFormatter.FormatFloat(ts, ((PyFloat)value).Value, spec.Value);
        var method = value.Type.LookupMro(interp.Intern("__format__"));
        if (method is null)
        {
            if (spec.Value.Length == 0) return Str(ts, value);
            return ts.Raise(ExceptionKind.TypeError, $"unsupported format string passed to {value.Type.Name}.__format__");
        }
        PyObject? result;
        if (method.Type.Slots.DescrGet is { } get)
        {
            var bound = get(ts, method, value, value.Type);
            if (bound is null) return null;
            result = Call(ts, bound, spec);
        }
        else result = Call(ts, method, value, spec);
        if (result is null) return null;
        if (result is not PyStr)
            return ts.Raise(ExceptionKind.TypeError, $"__format__ must return a str, not {result.Type.Name}");
        return result;
    }

    /// <summary>format(value, spec) with a .NET spec string.</summary>
    public static PyObject? Format(ThreadState ts, PyObject value, string spec) =>
        Format(ts, value, ts.Interpreter.Str(spec));
}
