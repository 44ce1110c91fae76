using System.Runtime.CompilerServices;
using Isolated.Runtime;

namespace Isolated.Objects;

public static partial class Ops
{
    public static bool Hash(ThreadState ts, PyObject obj, out long hash)
    {
        // Exact type first: a type test on the non-sealed PyStr would be a cast-helper call.
        if (obj.GetType() == typeof(PyStr))
        {
            hash = Unsafe.As<PyStr>(obj).Hash;
            return true;
        }
        var h = obj.Type.Slots.Hash;
        if (h is null)
        {
            hash = -1;
            ts.Raise(ExceptionKind.TypeError, $"unhashable type: '{obj.Type.TpName}'");
            return false;
        }
        return h(ts, obj, out hash);
    }

    /// <summary>Identity hash for objects without a value-based one (object.__hash__).</summary>
    public static long IdentityHash(PyObject obj)
    {
        long h = RuntimeHelpers.GetHashCode(obj);
        return h == -1 ? -2 : h;
    }

    public static PyObject? Repr(ThreadState ts, PyObject obj)
    {
        if (!EnterRecursiveCall(ts, " while getting the repr of an object")) return null;
        try
        {
            var repr = obj.Type.Slots.Repr;
            var r = repr is null ? DefaultRepr(ts, obj) : repr(ts, obj);
            if (r is not null && r is not PyStr)
                return ts.Raise(ExceptionKind.TypeError, $"__repr__ returned non-string (type {r.Type.Name})");
            return r;
        }
        finally
        {
            LeaveRecursiveCall(ts);
        }
    }

    public static PyObject? Str(ThreadState ts, PyObject obj)
    {
        if (obj.GetType() == typeof(PyStr)) return obj;
        // An exact int's str is its repr, which calls no Python code: no recursion guard needed.
        if (obj.GetType() == typeof(PyInt)) return obj.Type.Slots.Repr!(ts, obj);
        if (!EnterRecursiveCall(ts, " while getting the str of an object")) return null;
        try
        {
            var str = obj.Type.Slots.Str ?? obj.Type.Slots.Repr;
            var r = str is null ? DefaultRepr(ts, obj) : str(ts, obj);
            if (r is not null && r is not PyStr)
                return ts.Raise(ExceptionKind.TypeError, $"__str__ returned non-string (type {r.Type.Name})");
            return r;
        }
        finally
        {
            LeaveRecursiveCall(ts);
        }
    }

    /// <summary>object.__repr__: &lt;module.QualName object at 0x...&gt;.</summary>
    public static PyObject DefaultRepr(ThreadState ts, PyObject obj)
    {
        var type = obj.Type;
        string module = TypeModuleName(type);
        string prefix = module is "builtins" or "" ? type.QualName : module + "." + type.QualName;
        return ts.Interpreter.Str($"<{prefix} object at 0x{Id(obj):x}>");
    }

    /// <summary>The __module__ of a type, "builtins" for builtin types without one.</summary>
    public static string TypeModuleName(PyType type)
    {
        if (type.Dict.GetStr(type.Owner.Str("__module__")) is PyStr m) return m.Value;
        return "builtins";
    }

    /// <summary>id(): unique among live objects of the process for the object's lifetime.</summary>
    public static long Id(PyObject obj) => obj.Type.Owner.ObjectIds.Get(obj);

    /// <summary>PyObject_IsTrue: 1, 0, or -1 on error.</summary>
    public static int IsTrue(ThreadState ts, PyObject obj)
    {
        var interp = ts.Interpreter;
        if (ReferenceEquals(obj, interp.True)) return 1;
        if (ReferenceEquals(obj, interp.False) || ReferenceEquals(obj, interp.None)) return 0;
        var slots = obj.Type.Slots;
        if (slots.Bool is { } b) return b(ts, obj);
        if (slots.Length is { } len)
        {
            long n = len(ts, obj);
            return n < 0 ? -1 : n > 0 ? 1 : 0;
        }
        return 1;
    }

    // ---- C#-level recursion guard (DESIGN §5: no stack overflow, ever) ----

    /// <summary>Guards C# recursion through builtins. Fails with RecursionError when the Python
    /// recursion limit or the real machine stack runs out.</summary>
    public static bool EnterRecursiveCall(ThreadState ts, string where)
    {
        if (++ts.RecursionDepth > ts.Interpreter.RecursionLimit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            ts.RecursionDepth--;
            ts.Raise(ExceptionKind.RecursionError, "maximum recursion depth exceeded" + where);
            return false;
        }
        return true;
    }

    public static void LeaveRecursiveCall(ThreadState ts) => ts.RecursionDepth--;

    /// <summary>RecursionError (false) when the C# stack is close to its end; for C# recursion
    /// that the recursion counter does not see (nested iterators).</summary>
    public static bool EnsureStack(ThreadState ts)
    {
        if (RuntimeHelpers.TryEnsureSufficientExecutionStack()) return true;
        ts.Raise(ExceptionKind.RecursionError, "maximum recursion depth exceeded");
        return false;
    }
}
