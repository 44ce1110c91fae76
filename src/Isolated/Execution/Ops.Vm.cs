using Isolated.Execution;
using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>
/// Object-protocol helpers the VM needs and that no other area provides (yet). Named Vm* so that
/// they never collide with the protocol functions the owning areas add; each is a candidate to
/// move next to its area's code.
/// </summary>
public static partial class Ops
{
    public static PyObject VmMakeFloat(ThreadState ts, double value) => new PyFloat(ts.Interpreter.Types.Float, value);

    public static PyObject VmMakeComplex(ThreadState ts, double real, double imag) => new PyComplex(ts.Interpreter.Types.Complex, real, imag);

    public static PyObject VmMakeBytes(ThreadState ts, byte[] value) => new PyBytes(ts.Interpreter.Types.Bytes, value);

    /// <summary>Looks up a builtin by name in the interpreter's builtins module (for types the VM
    /// builds but whose C# classes live in another area).</summary>
    public static PyObject? VmBuiltin(ThreadState ts, string name)
    {
        var b = ExecutionState.Of(ts.Interpreter).BuiltinsDict.GetStr(ts.Interpreter.Str(name));
        return b ?? ts.Raise(ExceptionKind.SystemError, $"builtins.{name} is missing");
    }

    /// <summary>obj.name(*args): looks the method up and calls it.</summary>
    public static PyObject? VmCallMethod(ThreadState ts, PyObject obj, string name, ReadOnlySpan<PyObject> args)
    {
        var m = GetAttr(ts, obj, ts.Interpreter.Str(name));
        return m is null ? null : Call(ts, m, args);
    }

    /// <summary>A new set holding <paramref name="items"/>.</summary>
    public static PyObject? VmNewSet(ThreadState ts, ReadOnlySpan<PyObject> items)
    {
        var setType = VmBuiltin(ts, "set");
        if (setType is null) return null;
        if (items.Length == 0) return Call(ts, setType);
        return Call(ts, setType, ts.Interpreter.Tuple(items.ToArray()));
    }

    /// <summary>dict.update(other) for dict displays ({**a}) and, with <paramref name="callee"/>
    /// set, the stricter merge of f(**a) (duplicate keys are an error).</summary>
    public static bool VmDictUpdate(ThreadState ts, PyDict dict, PyObject other, PyObject? callee)
    {
        if (other is PyDict od)
        {
            int pos = 0;
            while (od.Next(ref pos, out var k, out var v))
            {
                if (callee is not null && !VmCheckDuplicate(ts, dict, k, callee)) return false;
                if (!dict.TrySetItem(ts, k, v)) return false;
            }
            return true;
        }
        var keysMethod = GetAttr(ts, other, ts.Interpreter.Str("keys"));
        if (keysMethod is null)
        {
            if (!IsError(ts, ExceptionKind.AttributeError)) return false;
            ts.CurrentException = null;
            if (callee is not null)
                ts.Raise(ExceptionKind.TypeError, $"{VmCalleeName(ts, callee)} argument after ** must be a mapping, not {other.Type.Name}");
            else
                ts.Raise(ExceptionKind.TypeError, $"'{other.Type.Name}' object is not a mapping");
            return false;
        }
        var keys = Call(ts, keysMethod);
        if (keys is null) return false;
        var it = GetIter(ts, keys);
        if (it is null) return false;
        while (true)
        {
            var k = Next(ts, it);
            if (k is null) return ts.CurrentException is null;
            if (callee is not null && !VmCheckDuplicate(ts, dict, k, callee)) return false;
            var v = GetItem(ts, other, k);
            if (v is null || !dict.TrySetItem(ts, k, v)) return false;
        }
    }

    static bool VmCheckDuplicate(ThreadState ts, PyDict dict, PyObject key, PyObject callee)
    {
        if (key is not PyStr ks)
        {
            ts.Raise(ExceptionKind.TypeError, "keywords must be strings");
            return false;
        }
        if (!dict.TryGetItem(ts, key, out var existing)) return false;
        if (existing is null) return true;
        ts.Raise(ExceptionKind.TypeError, $"{VmCalleeName(ts, callee)} got multiple values for keyword argument '{ks.Value}'");
        return false;
    }

    /// <summary>How CPython names a callable in call errors: "f()" for functions, "T()" for types,
    /// otherwise the type's name plus " object".</summary>
    /// <summary>How CPython names a callee in call errors: "module.qualname()", the module left out
    /// for builtins (its _PyObject_FunctionStr). Only used on error paths.</summary>
    public static string VmCalleeName(ThreadState ts, PyObject callee)
    {
        if (callee is PyMethod { Function: { } inner }) callee = inner;
        var saved = ts.CurrentException;
        try
        {
            var qualname = GetAttr(ts, callee, "__qualname__") as PyStr;
            if (qualname is null) return callee.Type.Name + " object";
            var module = GetAttr(ts, callee, "__module__") as PyStr;
            return module is null || module.Value == "builtins" ? qualname.Value + "()" : $"{module.Value}.{qualname.Value}()";
        }
        finally { ts.CurrentException = saved; }
    }

    /// <summary>The exception class for <c>except T</c>: a class deriving from BaseException or a
    /// flat tuple of them, every item checked before matching (as CPython does: a nested tuple is
    /// a TypeError, so a hostile 10^5-deep tuple cannot recurse).</summary>
    public static int VmExceptionMatches(ThreadState ts, PyObject exc, PyObject spec)
    {
        if (spec is PyTuple t)
        {
            foreach (var item in t.Items)
                if (!IsExceptionClass(ts, item)) return RaiseNotExceptionClass(ts);
            foreach (var item in t.Items)
                if (exc.Type.IsSubtypeOf((PyType)item)) return 1;
            return 0;
        }
        if (!IsExceptionClass(ts, spec)) return RaiseNotExceptionClass(ts);
        return exc.Type.IsSubtypeOf((PyType)spec) ? 1 : 0;
    }

    static bool IsExceptionClass(ThreadState ts, PyObject spec) =>
        spec is PyType type && type.IsSubtypeOf(ts.Interpreter.ExceptionType(ExceptionKind.BaseException));

    static int RaiseNotExceptionClass(ThreadState ts)
    {
        ts.Raise(ExceptionKind.TypeError, "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }

    /// <summary>format(value, spec) with the f-string conversion applied first.</summary>
    public static PyObject? VmFormatValue(ThreadState ts, PyObject value, int conversion, PyObject? spec)
    {
        switch (conversion)
        {
            case 1: value = Str(ts, value)!; break;
            case 2: value = Repr(ts, value)!; break;
            case 3:
                var r = Repr(ts, value);
                if (r is null) return null;
                value = ts.Interpreter.Str(VmAscii(((PyStr)r).Value));
                break;
        }
        if (value is null) return null;
        if (spec is null && value.GetType() == typeof(PyStr)) return value;
        return Format(ts, value, spec as PyStr);
    }

    /// <summary>ascii(): repr with non-ASCII characters escaped.</summary>
    public static string VmAscii(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c < 0x80) { sb.Append(c); continue; }
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                sb.Append($"\\U{char.ConvertToUtf32(c, s[i + 1]):x8}");
                i++;
            }
            else if (c <= 0xFF) sb.Append($"\\x{(int)c:x2}");
            else sb.Append($"\\u{(int)c:x4}");
        }
        return sb.ToString();
    }
}
