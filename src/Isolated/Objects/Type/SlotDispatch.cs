using System.Numerics;
using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>
/// The generic slot functions a Python class gets when it (or a Python base) defines a dunder:
/// each looks the dunder up on the type and calls it, so a Python override always wins over the
/// C# slot it replaces (DESIGN §4). CPython's slot_tp_* / slot_nb_* functions.
/// </summary>
public static class SlotDispatch
{
    static readonly string[] CompareNames = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

    public static readonly UnaryFunc Repr = static (ts, self) => SpecialMethods.CallRequired(ts, self, "__repr__", default);
    public static readonly UnaryFunc Str = static (ts, self) => SpecialMethods.CallRequired(ts, self, "__str__", default);
    public static readonly HashFunc Hash = HashImpl;
    public static readonly RichCompareFunc RichCompare = static (ts, self, other, op) =>
        SpecialMethods.CallOrNotImplemented(ts, self, CompareNames[(int)op], [other]);
    public static readonly GetAttrFunc GetAttr = GetAttrImpl;
    public static readonly SetAttrFunc SetAttr = SetAttrImpl;
    public static readonly DescrGetFunc DescrGet = DescrGetImpl;
    public static readonly DescrSetFunc DescrSet = DescrSetImpl;
    public static readonly CallFunc Call = CallImpl;
    public static readonly UnaryFunc Iter = IterImpl;
    public static readonly IterNextFunc IterNext = IterNextImpl;
    public static readonly NewFunc New = NewImpl;
    public static readonly InitFunc Init = InitImpl;
    public static readonly TernaryFunc Power = PowerImpl;
    public static readonly TernaryFunc InplacePower = static (ts, a, b, c) => SpecialMethods.CallOrNotImplemented(ts, a, "__ipow__", [b]);
    public static readonly InquiryFunc Bool = BoolImpl;
    public static readonly LengthFunc Length = LengthImpl;
    public static readonly BinaryFunc GetItem = static (ts, self, key) => SpecialMethods.CallRequired(ts, self, "__getitem__", [key]);
    public static readonly SetItemFunc SetItem = SetItemImpl;
    public static readonly ContainsFunc Contains = ContainsImpl;

    // Binary operators: one delegate per slot, so that "is this operand's slot the generic one"
    // is a reference comparison.
    public static readonly BinaryFunc Add = (ts, l, r) => Binary(ts, l, r, SlotId.Add, "__add__", "__radd__");
    public static readonly BinaryFunc Subtract = (ts, l, r) => Binary(ts, l, r, SlotId.Subtract, "__sub__", "__rsub__");
    public static readonly BinaryFunc Multiply = (ts, l, r) => Binary(ts, l, r, SlotId.Multiply, "__mul__", "__rmul__");
    public static readonly BinaryFunc TrueDivide = (ts, l, r) => Binary(ts, l, r, SlotId.TrueDivide, "__truediv__", "__rtruediv__");
    public static readonly BinaryFunc FloorDivide = (ts, l, r) => Binary(ts, l, r, SlotId.FloorDivide, "__floordiv__", "__rfloordiv__");
    public static readonly BinaryFunc Remainder = (ts, l, r) => Binary(ts, l, r, SlotId.Remainder, "__mod__", "__rmod__");
    public static readonly BinaryFunc DivMod = (ts, l, r) => Binary(ts, l, r, SlotId.DivMod, "__divmod__", "__rdivmod__");
    public static readonly BinaryFunc LShift = (ts, l, r) => Binary(ts, l, r, SlotId.LShift, "__lshift__", "__rlshift__");
    public static readonly BinaryFunc RShift = (ts, l, r) => Binary(ts, l, r, SlotId.RShift, "__rshift__", "__rrshift__");
    public static readonly BinaryFunc And = (ts, l, r) => Binary(ts, l, r, SlotId.And, "__and__", "__rand__");
    public static readonly BinaryFunc Or = (ts, l, r) => Binary(ts, l, r, SlotId.Or, "__or__", "__ror__");
    public static readonly BinaryFunc Xor = (ts, l, r) => Binary(ts, l, r, SlotId.Xor, "__xor__", "__rxor__");
    public static readonly BinaryFunc MatrixMultiply = (ts, l, r) => Binary(ts, l, r, SlotId.MatrixMultiply, "__matmul__", "__rmatmul__");

    static BinaryFunc Inplace(string name) => (ts, self, other) => SpecialMethods.CallOrNotImplemented(ts, self, name, [other]);
    public static readonly BinaryFunc InplaceAdd = Inplace("__iadd__");
    public static readonly BinaryFunc InplaceSubtract = Inplace("__isub__");
    public static readonly BinaryFunc InplaceMultiply = Inplace("__imul__");
    public static readonly BinaryFunc InplaceTrueDivide = Inplace("__itruediv__");
    public static readonly BinaryFunc InplaceFloorDivide = Inplace("__ifloordiv__");
    public static readonly BinaryFunc InplaceRemainder = Inplace("__imod__");
    public static readonly BinaryFunc InplaceLShift = Inplace("__ilshift__");
    public static readonly BinaryFunc InplaceRShift = Inplace("__irshift__");
    public static readonly BinaryFunc InplaceAnd = Inplace("__iand__");
    public static readonly BinaryFunc InplaceOr = Inplace("__ior__");
    public static readonly BinaryFunc InplaceXor = Inplace("__ixor__");
    public static readonly BinaryFunc InplaceMatrixMultiply = Inplace("__imatmul__");

    static UnaryFunc Unary(string name) => (ts, self) => SpecialMethods.CallRequired(ts, self, name, default);
    public static readonly UnaryFunc Negative = Unary("__neg__");
    public static readonly UnaryFunc Positive = Unary("__pos__");
    public static readonly UnaryFunc Absolute = Unary("__abs__");
    public static readonly UnaryFunc Invert = Unary("__invert__");
    public static readonly UnaryFunc Int = Unary("__int__");
    public static readonly UnaryFunc Float = Unary("__float__");
    public static readonly UnaryFunc Index = Unary("__index__");

    /// <summary>The generic function for each slot, indexed by <see cref="SlotId"/>.</summary>
    public static readonly Delegate[] Generic = BuildTable();

    static Delegate[] BuildTable()
    {
        var t = new Delegate[(int)SlotId.Count];
        t[(int)SlotId.Repr] = Repr; t[(int)SlotId.Str] = Str; t[(int)SlotId.Hash] = Hash;
        t[(int)SlotId.RichCompare] = RichCompare; t[(int)SlotId.GetAttr] = GetAttr; t[(int)SlotId.SetAttr] = SetAttr;
        t[(int)SlotId.DescrGet] = DescrGet; t[(int)SlotId.DescrSet] = DescrSet; t[(int)SlotId.Call] = Call;
        t[(int)SlotId.Iter] = Iter; t[(int)SlotId.IterNext] = IterNext; t[(int)SlotId.New] = New; t[(int)SlotId.Init] = Init;
        t[(int)SlotId.Add] = Add; t[(int)SlotId.Subtract] = Subtract; t[(int)SlotId.Multiply] = Multiply;
        t[(int)SlotId.TrueDivide] = TrueDivide; t[(int)SlotId.FloorDivide] = FloorDivide; t[(int)SlotId.Remainder] = Remainder;
        t[(int)SlotId.DivMod] = DivMod; t[(int)SlotId.LShift] = LShift; t[(int)SlotId.RShift] = RShift;
        t[(int)SlotId.And] = And; t[(int)SlotId.Or] = Or; t[(int)SlotId.Xor] = Xor; t[(int)SlotId.MatrixMultiply] = MatrixMultiply;
        t[(int)SlotId.Power] = Power;
        t[(int)SlotId.InplaceAdd] = InplaceAdd; t[(int)SlotId.InplaceSubtract] = InplaceSubtract;
        t[(int)SlotId.InplaceMultiply] = InplaceMultiply; t[(int)SlotId.InplaceTrueDivide] = InplaceTrueDivide;
        t[(int)SlotId.InplaceFloorDivide] = InplaceFloorDivide; t[(int)SlotId.InplaceRemainder] = InplaceRemainder;
        t[(int)SlotId.InplaceLShift] = InplaceLShift; t[(int)SlotId.InplaceRShift] = InplaceRShift;
        t[(int)SlotId.InplaceAnd] = InplaceAnd; t[(int)SlotId.InplaceOr] = InplaceOr; t[(int)SlotId.InplaceXor] = InplaceXor;
        t[(int)SlotId.InplaceMatrixMultiply] = InplaceMatrixMultiply; t[(int)SlotId.InplacePower] = InplacePower;
        t[(int)SlotId.Negative] = Negative; t[(int)SlotId.Positive] = Positive; t[(int)SlotId.Absolute] = Absolute;
        t[(int)SlotId.Invert] = Invert; t[(int)SlotId.Int] = Int; t[(int)SlotId.Float] = Float; t[(int)SlotId.Index] = Index;
        t[(int)SlotId.Bool] = Bool; t[(int)SlotId.Length] = Length; t[(int)SlotId.GetItem] = GetItem;
        t[(int)SlotId.SetItem] = SetItem; t[(int)SlotId.Contains] = Contains;
        return t;
    }

    /// <summary>CPython's binary-operator semantics for a Python class: called with the class's
    /// instance on either side; the reflected method of a subclass that overrides it runs first.</summary>
    static PyObject? Binary(ThreadState ts, PyObject left, PyObject right, SlotId id, string name, string rname)
    {
        var generic = Generic[(int)id];
        var notImpl = ts.Interpreter.NotImplemented;
        bool sameType = ReferenceEquals(left.Type, right.Type);
        bool doOther = !sameType && ReferenceEquals(SlotAccess.Get(right.Type.Slots, id), generic);
        if (ReferenceEquals(SlotAccess.Get(left.Type.Slots, id), generic))
        {
            if (doOther && right.Type.IsSubtypeOf(left.Type) && IsOverloaded(ts, left.Type, right.Type, rname))
            {
                var r = SpecialMethods.CallOrNotImplemented(ts, right, rname, [left]);
                if (r is null || !ReferenceEquals(r, notImpl)) return r;
                doOther = false;
            }
            var result = SpecialMethods.CallOrNotImplemented(ts, left, name, [right]);
            if (result is null || !ReferenceEquals(result, notImpl) || sameType) return result;
        }
        if (doOther) return SpecialMethods.CallOrNotImplemented(ts, right, rname, [left]);
        return notImpl;
    }

    static bool IsOverloaded(ThreadState ts, PyType left, PyType right, string rname)
    {
        var n = SpecialMethods.Name(ts, rname);
        var b = right.LookupMro(n);
        if (b is null) return false;
        return !ReferenceEquals(left.LookupMro(n), b);
    }

    static PyObject? PowerImpl(ThreadState ts, PyObject a, PyObject b, PyObject c)
    {
        if (SpecialMethods.IsNone(ts, c))
            return Binary(ts, a, b, SlotId.Power, "__pow__", "__rpow__") is { } r ? r : null;
        // Three-argument pow never uses __rpow__.
        if (ReferenceEquals(a.Type.Slots.Power, Power))
            return SpecialMethods.CallOrNotImplemented(ts, a, "__pow__", [b, c]);
        return ts.Interpreter.NotImplemented;
    }

    static bool HashImpl(ThreadState ts, PyObject self, out long hash)
    {
        hash = -1;
        var descr = self.Type.LookupMro(SpecialMethods.Name(ts, "__hash__"));
        if (descr is null || SpecialMethods.IsNone(ts, descr))
        {
            ts.Raise(ExceptionKind.TypeError, $"unhashable type: '{self.Type.Name}'");
            return false;
        }
        var r = SpecialMethods.CallDescr(ts, descr, self, default);
        if (r is null) return false;
        if (r is not PyInt i)
        {
            ts.Raise(ExceptionKind.TypeError, "__hash__ method should return an integer");
            return false;
        }
        // A result that does not fit is reduced with int's own hash, as CPython does.
        hash = i.IsSmall ? (i.Small == -1 ? -2 : i.Small) : IntType.Hash(i);
        return true;
    }

    static PyObject? GetAttrImpl(ThreadState ts, PyObject self, PyStr name)
    {
        var type = self.Type;
        var getattribute = type.LookupMro(SpecialMethods.Name(ts, "__getattribute__"));
        PyObject? result;
        if (getattribute is PyWrapperDescriptor w && ReferenceEquals(w.Slot, (Delegate)Ops.GenericGetAttrSlot))
            result = Ops.GenericGetAttr(ts, self, name);
        else if (getattribute is null)
            result = Ops.GenericGetAttr(ts, self, name);
        else
            result = SpecialMethods.CallDescr(ts, getattribute, self, [name]);
        if (result is not null) return result;
        var getattr = type.LookupMro(SpecialMethods.Name(ts, "__getattr__"));
        if (getattr is null || !SpecialMethods.ErrorMatches(ts, ExceptionKind.AttributeError)) return null;
        ts.CurrentException = null;
        return SpecialMethods.CallDescr(ts, getattr, self, [name]);
    }

    static bool SetAttrImpl(ThreadState ts, PyObject self, PyStr name, PyObject? value)
    {
        var r = value is null
            ? SpecialMethods.CallRequired(ts, self, "__delattr__", [name])
            : SpecialMethods.CallRequired(ts, self, "__setattr__", [name, value]);
        return r is not null;
    }

    static PyObject? DescrGetImpl(ThreadState ts, PyObject descr, PyObject? instance, PyType? owner)
    {
        var none = ts.Interpreter.None;
        var get = descr.Type.LookupMro(SpecialMethods.Name(ts, "__get__"));
        if (get is null) return descr;
        return SpecialMethods.CallDescr(ts, get, descr, [instance ?? none, (PyObject?)owner ?? none]);
    }

    static bool DescrSetImpl(ThreadState ts, PyObject descr, PyObject instance, PyObject? value)
    {
        PyObject? r;
        bool found;
        if (value is null)
        {
            r = SpecialMethods.Call(ts, descr, "__delete__", [instance], out found);
            if (!found) ts.Raise(ExceptionKind.AttributeError, "__delete__");
        }
        else
        {
            r = SpecialMethods.Call(ts, descr, "__set__", [instance, value], out found);
            if (!found) ts.Raise(ExceptionKind.AttributeError, "__set__");
        }
        return r is not null;
    }

    static PyObject? CallImpl(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var descr = self.Type.LookupMro(SpecialMethods.Name(ts, "__call__"));
        if (descr is null)
            return ts.Raise(ExceptionKind.TypeError, $"'{self.Type.Name}' object is not callable");
        return SpecialMethods.CallDescr(ts, descr, self, args, kwnames);
    }

    static PyObject? IterImpl(ThreadState ts, PyObject self)
    {
        var descr = self.Type.LookupMro(SpecialMethods.Name(ts, "__iter__"));
        if (descr is null || SpecialMethods.IsNone(ts, descr))
            return ts.Raise(ExceptionKind.TypeError, $"'{self.Type.Name}' object is not iterable");
        return SpecialMethods.CallDescr(ts, descr, self, default);
    }

    static PyObject? IterNextImpl(ThreadState ts, PyObject self)
    {
        var r = SpecialMethods.CallRequired(ts, self, "__next__", default);
        if (r is null && SpecialMethods.ErrorMatches(ts, ExceptionKind.StopIteration))
            ts.CurrentException = null;  // exhaustion is reported as null with no error
        return r;
    }

    static PyObject? NewImpl(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        // __new__ is a static method: look it up on the class (unwrapping the staticmethod) and
        // pass the class explicitly.
        var fn = Ops.GetAttr(ts, type, SpecialMethods.Name(ts, "__new__"));
        if (fn is null) return null;
        var all = new PyObject[args.Length + 1];
        all[0] = type;
        args.CopyTo(all.AsSpan(1));
        return Ops.Call(ts, fn, all, kwnames);
    }

    static bool InitImpl(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var descr = self.Type.LookupMro(SpecialMethods.Name(ts, "__init__"));
        if (descr is null) return true;
        var r = SpecialMethods.CallDescr(ts, descr, self, args, kwnames);
        if (r is null) return false;
        if (!SpecialMethods.IsNone(ts, r))
        {
            ts.Raise(ExceptionKind.TypeError, $"__init__() should return None, not '{r.Type.Name}'");
            return false;
        }
        return true;
    }

    static int BoolImpl(ThreadState ts, PyObject self)
    {
        var r = SpecialMethods.Call(ts, self, "__bool__", default, out bool found);
        if (found)
        {
            if (r is null) return -1;
            if (r is PyBool b) return b.Value ? 1 : 0;
            ts.Raise(ExceptionKind.TypeError, $"__bool__ should return bool, returned {r.Type.Name}");
            return -1;
        }
        if (self.Type.LookupMro(SpecialMethods.Name(ts, "__len__")) is null) return 1;
        long n = LengthImpl(ts, self);
        return n < 0 ? -1 : n > 0 ? 1 : 0;
    }

    static long LengthImpl(ThreadState ts, PyObject self)
    {
        var r = SpecialMethods.CallRequired(ts, self, "__len__", default);
        if (r is null) return -1;
        PyInt? i = r as PyInt;
        if (i is null)
        {
            if (r.Type.Slots.Index is { } index && index(ts, r) is PyInt ii) i = ii;
            else
            {
                if (!ts.HasError)
                    ts.Raise(ExceptionKind.TypeError, $"'{r.Type.Name}' object cannot be interpreted as an integer");
                return -1;
            }
        }
        if (i.IsSmall ? i.Small < 0 : i.Big!.Value.Sign < 0)
        {
            ts.Raise(ExceptionKind.ValueError, "__len__() should return >= 0");
            return -1;
        }
        if (!i.IsSmall)
        {
            ts.Raise(ExceptionKind.OverflowError, "cannot fit 'int' into an index-sized integer");
            return -1;
        }
        return i.Small;
    }

    static bool SetItemImpl(ThreadState ts, PyObject self, PyObject key, PyObject? value)
    {
        var r = value is null
            ? SpecialMethods.CallRequired(ts, self, "__delitem__", [key])
            : SpecialMethods.CallRequired(ts, self, "__setitem__", [key, value]);
        return r is not null;
    }

    static int ContainsImpl(ThreadState ts, PyObject self, PyObject item)
    {
        var descr = self.Type.LookupMro(SpecialMethods.Name(ts, "__contains__"));
        if (descr is not null)
        {
            if (SpecialMethods.IsNone(ts, descr))
            {
                ts.Raise(ExceptionKind.TypeError, $"'{self.Type.Name}' object is not a container");
                return -1;
            }
            var r = SpecialMethods.CallDescr(ts, descr, self, [item]);
            return r is null ? -1 : Ops.IsTrue(ts, r);
        }
        // No __contains__: search by iteration.
        var iterSlot = self.Type.Slots.Iter;
        if (iterSlot is null)
        {
            ts.Raise(ExceptionKind.TypeError, $"argument of type '{self.Type.Name}' is not iterable");
            return -1;
        }
        var it = iterSlot(ts, self);
        if (it is null) return -1;
        var next = it.Type.Slots.IterNext;
        if (next is null)
        {
            ts.Raise(ExceptionKind.TypeError, $"iter() returned non-iterator of type '{it.Type.Name}'");
            return -1;
        }
        while (true)
        {
            var x = next(ts, it);
            if (x is null) return ts.HasError ? -1 : 0;
            int eq = Ops.RichCompareBool(ts, x, item, CompareOp.Eq);
            if (eq != 0) return eq;
        }
    }
}
