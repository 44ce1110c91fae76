using Isolated.CApi.Bridge;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.CApi.Extensions;

/// <summary>
/// Type slot functions (the runtime's <see cref="TypeSlots"/> signatures) that call the C
/// functions of a PyType_Spec: each enters the C boundary, passes its operands as references C
/// may keep, and takes the C result back under CPython's error protocol. One closure per slot per
/// type, made once when the type is created.
/// </summary>
internal static unsafe class SlotTrampolines
{
    static nint Call(nint fn, nint a) => ((delegate* unmanaged<nint, nint>)fn)(a);
    static nint Call(nint fn, nint a, nint b) => ((delegate* unmanaged<nint, nint, nint>)fn)(a, b);
    static nint Call(nint fn, nint a, nint b, nint c) => ((delegate* unmanaged<nint, nint, nint, nint>)fn)(a, b, c);
    static int CallInt(nint fn, nint a) => ((delegate* unmanaged<nint, int>)fn)(a);
    static int CallInt(nint fn, nint a, nint b) => ((delegate* unmanaged<nint, nint, int>)fn)(a, b);
    static int CallInt(nint fn, nint a, nint b, nint c) => ((delegate* unmanaged<nint, nint, nint, int>)fn)(a, b, c);

    public static UnaryFunc Unary(nint fn, string what) => (ts, self) =>
    {
        var previous = NativeCall.Enter(ts);
        nint s = NativeCall.Ref(ts, self), r;
        try { r = Call(fn, s); }
        finally { NativeCall.Release(s); NativeCall.Leave(previous); }
        return NativeCall.SlotResult(ts, r, what);
    };

    /// <summary>tp_iternext: NULL without an exception means exhausted (the runtime's protocol too);
    /// a StopIteration C raised also ends the iteration.</summary>
    public static IterNextFunc IterNext(nint fn, string what) => (ts, self) =>
    {
        var previous = NativeCall.Enter(ts);
        nint s = NativeCall.Ref(ts, self), r;
        try { r = Call(fn, s); }
        finally { NativeCall.Release(s); NativeCall.Leave(previous); }
        if (r == 0)
        {
            if (ts.CurrentException is { } e && e.Type.IsSubtypeOf(ts.Interpreter.ExceptionType(ExceptionKind.StopIteration)))
                ts.CurrentException = null;
            return null;
        }
        return NativeCall.SlotResult(ts, r, what);
    };

    public static BinaryFunc Binary(nint fn, string what) => (ts, left, right) =>
    {
        var previous = NativeCall.Enter(ts);
        nint a = NativeCall.Ref(ts, left), b = NativeCall.Ref(ts, right), r;
        try { r = Call(fn, a, b); }
        finally { NativeCall.Release(a); NativeCall.Release(b); NativeCall.Leave(previous); }
        return NativeCall.SlotResult(ts, r, what);
    };

    public static TernaryFunc Ternary(nint fn, string what) => (ts, x, y, z) =>
    {
        var previous = NativeCall.Enter(ts);
        nint a = NativeCall.Ref(ts, x), b = NativeCall.Ref(ts, y), c = NativeCall.Ref(ts, z), r;
        try { r = Call(fn, a, b, c); }
        finally { NativeCall.Release(a); NativeCall.Release(b); NativeCall.Release(c); NativeCall.Leave(previous); }
        return NativeCall.SlotResult(ts, r, what);
    };

    public static InquiryFunc Inquiry(nint fn, string what) => (ts, self) =>
    {
        var previous = NativeCall.Enter(ts);
        nint s = NativeCall.Ref(ts, self);
        int r;
        try { r = CallInt(fn, s); }
        finally { NativeCall.Release(s); NativeCall.Leave(previous); }
        return NativeCall.Status(ts, r, what) ? r : -1;
    };

    public static HashFunc Hash(nint fn, string what) => (ThreadState ts, PyObject self, out long hash) =>
    {
        var previous = NativeCall.Enter(ts);
        nint s = NativeCall.Ref(ts, self);
        try { hash = ((delegate* unmanaged<nint, nint>)fn)(s); }
        finally { NativeCall.Release(s); NativeCall.Leave(previous); }
        if (hash == -1) return NativeCall.Status(ts, -1, what);
        return NativeCall.Status(ts, 0, what);
    };

    public static RichCompareFunc RichCompare(nint fn, string what) => (ts, left, right, op) =>
    {
        var previous = NativeCall.Enter(ts);
        nint a = NativeCall.Ref(ts, left), b = NativeCall.Ref(ts, right), r;
        try { r = ((delegate* unmanaged<nint, nint, int, nint>)fn)(a, b, (int)op); }
        finally { NativeCall.Release(a); NativeCall.Release(b); NativeCall.Leave(previous); }
        return NativeCall.SlotResult(ts, r, what);
    };

    public static GetAttrFunc GetAttr(nint fn, string what) => (ts, self, name) =>
    {
        var previous = NativeCall.Enter(ts);
        nint s = NativeCall.Ref(ts, self), n = NativeCall.Ref(ts, name), r;
        try { r = Call(fn, s, n); }
        finally { NativeCall.Release(s); NativeCall.Release(n); NativeCall.Leave(previous); }
        return NativeCall.SlotResult(ts, r, what);
    };

    public static SetAttrFunc SetAttr(nint fn, string what) => (ts, self, name, value) =>
    {
        var previous = NativeCall.Enter(ts);
        nint s = NativeCall.Ref(ts, self), n = NativeCall.Ref(ts, name), v = NativeCall.RefOrNull(ts, value);
        int r;
        try { r = CallInt(fn, s, n, v); }
        finally { NativeCall.Release(s); NativeCall.Release(n); NativeCall.Release(v); NativeCall.Leave(previous); }
        return NativeCall.Status(ts, r, what);
    };

    /// <summary>Py_tp_getattr: the C function takes the attribute name as a NUL-terminated UTF-8
    /// char* (the older form of Py_tp_getattro, still in the Limited API).</summary>
    public static GetAttrFunc GetAttrByName(nint fn, string what) => (ts, self, name) =>
    {
        if (name is not PyStr text)
            return ts.Raise(ExceptionKind.TypeError, $"attribute name must be string, not '{name.Type.Name}'");
        nint utf8 = NativeInterpreterState.Of(ts.Interpreter).AttributeNames.Get(text.Value, out bool temporary);
        var previous = NativeCall.Enter(ts);
        nint s = NativeCall.Ref(ts, self), r;
        try { r = Call(fn, s, utf8); }
        finally
        {
            NativeCall.Release(s);
            NativeCall.Leave(previous);
            if (temporary) Utf8NameCache.Release(utf8);
        }
        return NativeCall.SlotResult(ts, r, what);
    };

    /// <summary>Py_tp_setattr: as <see cref="SetAttr"/> with the name as a char* (see <see cref="GetAttrByName"/>).</summary>
    public static SetAttrFunc SetAttrByName(nint fn, string what) => (ts, self, name, value) =>
    {
        if (name is not PyStr text)
        {
            ts.Raise(ExceptionKind.TypeError, $"attribute name must be string, not '{name.Type.Name}'");
            return false;
        }
        nint utf8 = NativeInterpreterState.Of(ts.Interpreter).AttributeNames.Get(text.Value, out bool temporary);
        var previous = NativeCall.Enter(ts);
        nint s = NativeCall.Ref(ts, self), v = NativeCall.RefOrNull(ts, value);
        int r;
        try { r = CallInt(fn, s, utf8, v); }
        finally
        {
            NativeCall.Release(s);
            NativeCall.Release(v);
            NativeCall.Leave(previous);
            if (temporary) Utf8NameCache.Release(utf8);
        }
        return NativeCall.Status(ts, r, what);
    };

    public static DescrGetFunc DescrGet(nint fn, string what) => (ts, descr, instance, owner) =>
    {
        var previous = NativeCall.Enter(ts);
        nint d = NativeCall.Ref(ts, descr), i = NativeCall.RefOrNull(ts, instance), o = NativeCall.RefOrNull(ts, owner), r;
        try { r = Call(fn, d, i, o); }
        finally { NativeCall.Release(d); NativeCall.Release(i); NativeCall.Release(o); NativeCall.Leave(previous); }
        return NativeCall.SlotResult(ts, r, what);
    };

    public static DescrSetFunc DescrSet(nint fn, string what) => (ts, descr, instance, value) =>
    {
        var previous = NativeCall.Enter(ts);
        nint d = NativeCall.Ref(ts, descr), i = NativeCall.Ref(ts, instance), v = NativeCall.RefOrNull(ts, value);
        int r;
        try { r = CallInt(fn, d, i, v); }
        finally { NativeCall.Release(d); NativeCall.Release(i); NativeCall.Release(v); NativeCall.Leave(previous); }
        return NativeCall.Status(ts, r, what);
    };

    public static CallFunc CallSlot(nint fn, string what) => (ts, callable, args, kwnames) =>
    {
        var previous = NativeCall.Enter(ts);
        nint s = NativeCall.Ref(ts, callable), r;
        NativeCall.ArgsAndKwargs(ts, args, kwnames, out nint tuple, out nint kwargs);
        try { r = Call(fn, s, tuple, kwargs); }
        finally { NativeCall.Release(s); NativeCall.Release(tuple); NativeCall.Release(kwargs); NativeCall.Leave(previous); }
        return NativeCall.SlotResult(ts, r, what);
    };

    public static InitFunc Init(nint fn, string what) => (ts, self, args, kwnames) =>
    {
        var previous = NativeCall.Enter(ts);
        nint s = NativeCall.Ref(ts, self);
        NativeCall.ArgsAndKwargs(ts, args, kwnames, out nint tuple, out nint kwargs);
        int r;
        try { r = CallInt(fn, s, tuple, kwargs); }
        finally { NativeCall.Release(s); NativeCall.Release(tuple); NativeCall.Release(kwargs); NativeCall.Leave(previous); }
        return NativeCall.Status(ts, r, what);
    };

    public static NewFunc New(nint fn, string what) => (ts, type, args, kwnames) =>
    {
        var previous = NativeCall.Enter(ts);
        nint t = NativeCall.Ref(ts, type), r;
        NativeCall.ArgsAndKwargs(ts, args, kwnames, out nint tuple, out nint kwargs);
        try { r = Call(fn, t, tuple, kwargs); }
        finally { NativeCall.Release(t); NativeCall.Release(tuple); NativeCall.Release(kwargs); NativeCall.Leave(previous); }
        return NativeCall.SlotResult(ts, r, what);
    };

    public static LengthFunc Length(nint fn, string what) => (ts, self) =>
    {
        var previous = NativeCall.Enter(ts);
        nint s = NativeCall.Ref(ts, self), r;
        try { r = Call(fn, s); }
        finally { NativeCall.Release(s); NativeCall.Leave(previous); }
        if (r < 0) return NativeCall.Status(ts, -1, what) ? 0 : -1;
        return NativeCall.Status(ts, 0, what) ? r : -1;
    };

    public static ContainsFunc Contains(nint fn, string what) => (ts, self, item) =>
    {
        var previous = NativeCall.Enter(ts);
        nint s = NativeCall.Ref(ts, self), i = NativeCall.Ref(ts, item);
        int r;
        try { r = CallInt(fn, s, i); }
        finally { NativeCall.Release(s); NativeCall.Release(i); NativeCall.Leave(previous); }
        return NativeCall.Status(ts, r, what) ? r : -1;
    };

    public static SetItemFunc SetItem(nint fn, string what) => (ts, self, key, value) =>
    {
        var previous = NativeCall.Enter(ts);
        nint s = NativeCall.Ref(ts, self), k = NativeCall.Ref(ts, key), v = NativeCall.RefOrNull(ts, value);
        int r;
        try { r = CallInt(fn, s, k, v); }
        finally { NativeCall.Release(s); NativeCall.Release(k); NativeCall.Release(v); NativeCall.Leave(previous); }
        return NativeCall.Status(ts, r, what);
    };

    // ---- sequence slots: C takes a Py_ssize_t where the runtime has an object ----

    /// <summary>The index of <paramref name="key"/> for an sq_ slot: negative indexes count from
    /// the end through sq_length, as CPython's sq_item wrapper does.</summary>
    static bool SequenceIndex(ThreadState ts, PyObject self, PyObject key, nint lengthFn, out long index)
    {
        index = 0;
        if (!Ops.IsIndex(key))
        {
            ts.Raise(ExceptionKind.TypeError, $"'{key.Type.Name}' object cannot be interpreted as an integer");
            return false;
        }
        if (!Ops.AsIndexSize(ts, key, out index, indexError: true)) return false;
        if (index < 0 && lengthFn != 0)
        {
            long n = Length(lengthFn, "__len__")(ts, self);
            if (n < 0) return false;
            index += n;
        }
        return true;
    }

    public static BinaryFunc SequenceItem(nint fn, nint lengthFn, string what) => (ts, self, key) =>
    {
        if (!SequenceIndex(ts, self, key, lengthFn, out long i)) return null;
        var previous = NativeCall.Enter(ts);
        nint s = NativeCall.Ref(ts, self), r;
        try { r = Call(fn, s, (nint)i); }
        finally { NativeCall.Release(s); NativeCall.Leave(previous); }
        return NativeCall.SlotResult(ts, r, what);
    };

    public static SetItemFunc SequenceAssItem(nint fn, nint lengthFn, string what) => (ts, self, key, value) =>
    {
        if (!SequenceIndex(ts, self, key, lengthFn, out long i)) return false;
        var previous = NativeCall.Enter(ts);
        nint s = NativeCall.Ref(ts, self), v = NativeCall.RefOrNull(ts, value);
        int r;
        try { r = CallInt(fn, s, (nint)i, v); }
        finally { NativeCall.Release(s); NativeCall.Release(v); NativeCall.Leave(previous); }
        return NativeCall.Status(ts, r, what);
    };

    /// <summary>sq_concat as the + operator: only when the left operand is of the type (CPython
    /// tries sq_concat of the left operand after both nb_add failed).</summary>
    public static BinaryFunc Concat(nint fn, PyType type, string what)
    {
        var call = Binary(fn, what);
        return (ts, left, right) => left.Type.IsSubtypeOf(type) ? call(ts, left, right) : ts.Interpreter.NotImplemented;
    }

    /// <summary>sq_repeat as the * operator, with the count on either side.</summary>
    public static BinaryFunc Repeat(nint fn, PyType type, string what) => (ts, left, right) =>
    {
        PyObject seq, count;
        if (left.Type.IsSubtypeOf(type) && Ops.IsIndex(right)) { seq = left; count = right; }
        else if (right.Type.IsSubtypeOf(type) && Ops.IsIndex(left)) { seq = right; count = left; }
        else return ts.Interpreter.NotImplemented;
        if (!Ops.AsIndexSize(ts, count, out long n)) return null;
        var previous = NativeCall.Enter(ts);
        nint s = NativeCall.Ref(ts, seq), r;
        try { r = Call(fn, s, (nint)n); }
        finally { NativeCall.Release(s); NativeCall.Leave(previous); }
        return NativeCall.SlotResult(ts, r, what);
    };

    public static BinaryFunc InplaceRepeat(nint fn, string what) => (ts, self, count) =>
    {
        if (!Ops.IsIndex(count)) return ts.Interpreter.NotImplemented;
        if (!Ops.AsIndexSize(ts, count, out long n)) return null;
        var previous = NativeCall.Enter(ts);
        nint s = NativeCall.Ref(ts, self), r;
        try { r = Call(fn, s, (nint)n); }
        finally { NativeCall.Release(s); NativeCall.Leave(previous); }
        return NativeCall.SlotResult(ts, r, what);
    };
}
