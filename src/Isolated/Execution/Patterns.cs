using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Execution;

/// <summary>Runtime support of the match statement: sequence/mapping tests, key lookup and class
/// patterns (with <c>__match_args__</c>), as CPython's MATCH_* instructions.</summary>
public static class Patterns
{
    public static bool IsSequence(ThreadState ts, PyObject o) => o.Type.HasFlag(TypeFlags.Sequence);

    public static bool IsMapping(ThreadState ts, PyObject o) => o.Type.HasFlag(TypeFlags.Mapping);

    /// <summary>The values for <paramref name="keys"/> as a tuple, or None if a key is missing.</summary>
    public static PyObject? MatchKeys(ThreadState ts, PyObject subject, PyTuple keys)
    {
        var interp = ts.Interpreter;
        if (keys.Count == 0) return interp.EmptyTuple;
        var values = new PyObject[keys.Count];
        var seen = interp.NewDict();
        PyObject? get = null;
        var sentinel = new PyInstance(interp.Types.Object);
        for (int i = 0; i < keys.Count; i++)
        {
            var k = keys[i];
            if (!seen.TryGetItem(ts, k, out var dup)) return null;
            if (dup is not null)
            {
                var r = Ops.Repr(ts, k);
                return ts.Raise(ExceptionKind.ValueError, $"mapping pattern checks duplicate key ({(r as PyStr)?.Value})");
            }
            if (!seen.TrySetItem(ts, k, k)) return null;
            PyObject? v;
            if (subject.GetType() == typeof(PyDict))
            {
                if (!((PyDict)subject).TryGetItem(ts, k, out v)) return null;
            }
            else
            {
                get ??= Ops.GetAttr(ts, subject, interp.Str("get"));
                if (get is null) return null;
                v = Ops.Call(ts, get, k, sentinel);
                if (v is null) return null;
                if (ReferenceEquals(v, sentinel)) v = null;
            }
            if (v is null) return interp.None;
            values[i] = v;
        }
        return interp.Tuple(values);
    }

    public static PyObject? CopyWithoutKeys(ThreadState ts, PyObject subject, PyTuple keys)
    {
        var interp = ts.Interpreter;
        var d = interp.NewDict();
        if (!Ops.VmDictUpdate(ts, d, subject, null)) return null;
        foreach (var k in keys.Items)
            if (d.TryDelItem(ts, k, out _) < 0) return null;
        return d;
    }

    static readonly string[] SelfMatching = ["bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"];

    /// <summary>The attributes a class pattern extracts, or null (no error) when it does not match.</summary>
    public static PyObject? MatchClass(ThreadState ts, PyObject subject, PyObject cls, int npos, PyTuple kwnames)
    {
        var interp = ts.Interpreter;
        if (cls is not PyType type)
            return ts.Raise(ExceptionKind.TypeError, "called match pattern must be a class");
        if (!subject.Type.IsSubtypeOf(type)) return null;
        var attrs = new List<PyObject>();
        var seen = new HashSet<string>();
        if (npos > 0)
        {
            int found = Ops.LookupAttr(ts, type, interp.Str("__match_args__"), out var matchArgs);
            if (found < 0) return null;
            bool selfMatch = false;
            if (found == 0)
            {
                foreach (var b in type.Mro)
                    if (b.Owner == interp && Array.IndexOf(SelfMatching, b.Name) >= 0 && !b.HasFlag(TypeFlags.HeapType)) { selfMatch = true; break; }
                if (selfMatch && npos == 1) attrs.Add(subject);
                else if (selfMatch || npos > 0)
                {
                    if (!selfMatch || npos > 1)
                        return ts.Raise(ExceptionKind.TypeError, $"{type.Name}() accepts {(selfMatch ? 1 : 0)} positional sub-pattern{(selfMatch ? "" : "s")} ({npos} given)");
                }
            }
            else
            {
                if (matchArgs is not PyTuple ma)
                    return ts.Raise(ExceptionKind.TypeError, $"{type.Name}.__match_args__ must be a tuple (got {matchArgs!.Type.Name})");
                if (npos > ma.Count)
                    return ts.Raise(ExceptionKind.TypeError, $"{type.Name}() accepts {ma.Count} positional sub-pattern{(ma.Count == 1 ? "" : "s")} ({npos} given)");
                for (int i = 0; i < npos; i++)
                {
                    if (ma[i] is not PyStr name)
                        return ts.Raise(ExceptionKind.TypeError, $"__match_args__ elements must be strings (got {ma[i].Type.Name})");
                    seen.Add(name.Value);
                    int r = Ops.LookupAttr(ts, subject, name, out var v);
                    if (r < 0) return null;
                    if (r == 0) return null;
                    attrs.Add(v!);
                }
            }
        }
        foreach (var k in kwnames.Items)
        {
            var name = (PyStr)k;
            if (!seen.Add(name.Value))
                return ts.Raise(ExceptionKind.TypeError, $"{type.Name}() got multiple sub-patterns for attribute '{name.Value}'");
            int r = Ops.LookupAttr(ts, subject, name, out var v);
            if (r < 0) return null;
            if (r == 0) return null;
            attrs.Add(v!);
        }
        return interp.Tuple([.. attrs]);
    }
}
