using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>Looking up a special method on an object's type (never the instance, as the language
/// specifies) and calling it with the object as self, without creating a bound method when the
/// descriptor allows it.</summary>
public static class SpecialMethods
{
    /// <summary>The interned name for a dunder (one PyStr per interpreter).</summary>
    public static PyStr Name(ThreadState ts, string name) => ts.Interpreter.Intern(name);

    /// <summary>Calls <paramref name="descr"/> (found on the type of <paramref name="self"/>) as a
    /// method of <paramref name="self"/>.</summary>
    public static PyObject? CallDescr(ThreadState ts, PyObject descr, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames = null)
    {
        var dtype = descr.Type;
        // Python functions and method-like descriptors take self as the first argument: no
        // bound method is created.
        if (descr is PyFunction || dtype.HasFlag(TypeFlags.MethodDescriptor))
        {
            if (descr is PyMethodDescriptor md && self.Type.IsSubtypeOf(md.ObjectType))
                return Guarded(ts, md.Function, self, args, kwnames);
            switch (args.Length)
            {
                case 0: return Ops.Call(ts, descr, [self], kwnames);
                case 1: return Ops.Call(ts, descr, [self, args[0]], kwnames);
                case 2: return Ops.Call(ts, descr, [self, args[0], args[1]], kwnames);
                default:
                    var all = new PyObject[args.Length + 1];
                    all[0] = self;
                    args.CopyTo(all.AsSpan(1));
                    return Ops.Call(ts, descr, all, kwnames);
            }
        }
        if (dtype.Slots.DescrGet is { } get)
        {
            var bound = get(ts, descr, self, self.Type);
            if (bound is null) return null;
            return Ops.Call(ts, bound, args, kwnames);
        }
        return Ops.Call(ts, descr, args, kwnames);
    }

    static PyObject? Guarded(ThreadState ts, BuiltinMethod fn, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!Ops.EnterRecursiveCall(ts, " while calling a Python object")) return null;
        try
        {
            return fn(ts, self, args, kwnames);
        }
        catch (PyException e)
        {
            return ts.Raise(e.Value);
        }
        finally
        {
            Ops.LeaveRecursiveCall(ts);
        }
    }

    /// <summary>Calls type(self).name(self, *args). <paramref name="found"/> is false (and nothing
    /// is called or raised) when the type has no such attribute.</summary>
    public static PyObject? Call(ThreadState ts, PyObject self, string name, ReadOnlySpan<PyObject> args, out bool found)
    {
        var descr = self.Type.LookupMro(Name(ts, name));
        if (descr is null)
        {
            found = false;
            return null;
        }
        found = true;
        return CallDescr(ts, descr, self, args);
    }

    /// <summary>Like <see cref="Call(ThreadState, PyObject, string, ReadOnlySpan{PyObject}, out bool)"/>,
    /// but an absent method gives NotImplemented (binary operators).</summary>
    public static PyObject? CallOrNotImplemented(ThreadState ts, PyObject self, string name, ReadOnlySpan<PyObject> args)
    {
        var r = Call(ts, self, name, args, out bool found);
        return found ? r : ts.Interpreter.NotImplemented;
    }

    /// <summary>Calls a special method that must exist (object provides it); AttributeError otherwise.</summary>
    public static PyObject? CallRequired(ThreadState ts, PyObject self, string name, ReadOnlySpan<PyObject> args)
    {
        var r = Call(ts, self, name, args, out bool found);
        if (!found) return ts.Raise(ExceptionKind.AttributeError, name);
        return r;
    }

    public static bool IsNone(ThreadState ts, PyObject? o) => ReferenceEquals(o, ts.Interpreter.None);

    /// <summary>True when the error indicator holds an instance of <paramref name="kind"/>.</summary>
    public static bool ErrorMatches(ThreadState ts, ExceptionKind kind) =>
        ts.CurrentException is { } e && e.Type.IsSubtypeOf(ts.Interpreter.ExceptionType(kind));
}
