using Isolated.Runtime;

namespace Isolated.Objects;

public static partial class Ops
{
    /// <summary>Calls <paramref name="callable"/> in the vectorcall convention.</summary>
    public static PyObject? Call(ThreadState ts, PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames = null)
    {
        var call = callable.Type.Slots.Call;
        if (call is null)
            return ts.Raise(ExceptionKind.TypeError, $"'{callable.Type.TpName}' object is not callable");
        if (!EnterRecursiveCall(ts, " while calling a Python object")) return null;
        try
        {
            var result = call(ts, callable, args, kwnames);
            if (result is null && ts.CurrentException is null)
                return ts.Raise(ExceptionKind.SystemError, $"{callable.Type.Name} returned NULL without setting an exception");
            return result;
        }
        catch (PyException e)
        {
            return ts.Raise(e.Value);
        }
        finally
        {
            LeaveRecursiveCall(ts);
        }
    }

    public static PyObject? Call(ThreadState ts, PyObject callable) => Call(ts, callable, ReadOnlySpan<PyObject>.Empty);

    public static PyObject? Call(ThreadState ts, PyObject callable, PyObject arg) => Call(ts, callable, new ReadOnlySpan<PyObject>(in arg));

    public static PyObject? Call(ThreadState ts, PyObject callable, PyObject arg1, PyObject arg2) =>
        Call(ts, callable, [arg1, arg2]);

    /// <summary>Looks up a special method on the type (not the instance, as the language does)
    /// and calls it bound to <paramref name="self"/>. Returns null with no error set when the
    /// type has no such method (check <see cref="ThreadState.HasError"/>).</summary>
    public static PyObject? CallSpecial(ThreadState ts, PyObject self, PyStr name, ReadOnlySpan<PyObject> args)
    {
        var descr = self.Type.LookupMro(name);
        if (descr is null) return null;
        if (descr.Type.Slots.DescrGet is { } get)
        {
            var bound = get(ts, descr, self, self.Type);
            if (bound is null) return null;
            return Call(ts, bound, args);
        }
        return Call(ts, descr, args);
    }
}
