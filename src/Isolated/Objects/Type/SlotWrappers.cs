using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>
/// The slot table (CPython's slotdefs): which dunder maps to which slot and how a slot function is
/// called as that dunder. A builtin type's non-inherited slots appear in its __dict__ as slot
/// wrappers (<c>int.__add__</c>, <c>object.__repr__</c>), added when the dict is first filled, so
/// the engineers writing builtin types only set slots.
/// </summary>
public static class SlotWrappers
{
    static readonly string[] CompareNames = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

    public static readonly SlotDef[] Table = BuildTable();

    /// <summary>The dunder names that map to each slot, indexed by <see cref="SlotId"/>.</summary>
    public static readonly string[][] NamesBySlot = BuildNamesBySlot();

    /// <summary>The function behind every builtin type's <c>__new__</c> (bound to the type).</summary>
    public static readonly BuiltinMethod TpNewWrapper = TpNew;

    static SlotDef[] BuildTable()
    {
        var t = new List<SlotDef>
        {
            new("__repr__", SlotId.Repr, Unary, "Return repr(self)."),
            new("__hash__", SlotId.Hash, HashWrapper, "Return hash(self)."),
            new("__call__", SlotId.Call, CallWrapper, "Call self as a function."),
            new("__str__", SlotId.Str, Unary, "Return str(self)."),
            new("__getattribute__", SlotId.GetAttr, GetAttrWrapper, "Return getattr(self, name)."),
            new("__setattr__", SlotId.SetAttr, SetAttrWrapper, "Implement setattr(self, name, value)."),
            new("__delattr__", SlotId.SetAttr, DelAttrWrapper, "Implement delattr(self, name)."),
        };
        for (int op = 0; op < 6; op++)
        {
            var cop = (CompareOp)op;
            t.Add(new(CompareNames[op], SlotId.RichCompare,
                (ts, self, args, kw, slot) => CheckArgs(ts, CompareNames[(int)cop], args, kw, 1)
                    ? ((RichCompareFunc)slot)(ts, self, args[0], cop) : null,
                $"Return self{Ops.Symbol(cop)}value."));
        }
        t.Add(new("__iter__", SlotId.Iter, Unary, "Implement iter(self)."));
        t.Add(new("__next__", SlotId.IterNext, NextWrapper, "Implement next(self)."));
        t.Add(new("__get__", SlotId.DescrGet, GetWrapper, "Return an attribute of instance, which is of type owner."));
        t.Add(new("__set__", SlotId.DescrSet, SetWrapper, "Set an attribute of instance to value."));
        t.Add(new("__delete__", SlotId.DescrSet, DeleteWrapper, "Delete an attribute of instance."));
        t.Add(new("__init__", SlotId.Init, InitWrapper, "Initialize self.  See help(type(self)) for accurate signature."));
        AddBinary(t, SlotId.Add, "add", "+");
        AddBinary(t, SlotId.Subtract, "sub", "-");
        AddBinary(t, SlotId.Multiply, "mul", "*");
        AddBinary(t, SlotId.Remainder, "mod", "%");
        AddBinary(t, SlotId.DivMod, "divmod", "divmod");
        t.Add(new("__pow__", SlotId.Power, PowWrapper, "Return pow(self, value, mod)."));
        t.Add(new("__rpow__", SlotId.Power, RPowWrapper, "Return pow(value, self, mod)."));
        t.Add(new("__neg__", SlotId.Negative, Unary, "-self"));
        t.Add(new("__pos__", SlotId.Positive, Unary, "+self"));
        t.Add(new("__abs__", SlotId.Absolute, Unary, "abs(self)"));
        t.Add(new("__bool__", SlotId.Bool, BoolWrapper, "True if self else False"));
        t.Add(new("__invert__", SlotId.Invert, Unary, "~self"));
        AddBinary(t, SlotId.LShift, "lshift", "<<");
        AddBinary(t, SlotId.RShift, "rshift", ">>");
        AddBinary(t, SlotId.And, "and", "&");
        AddBinary(t, SlotId.Xor, "xor", "^");
        AddBinary(t, SlotId.Or, "or", "|");
        t.Add(new("__int__", SlotId.Int, Unary, "int(self)"));
        t.Add(new("__float__", SlotId.Float, Unary, "float(self)"));
        AddInplace(t, SlotId.InplaceAdd, "iadd", "+=");
        AddInplace(t, SlotId.InplaceSubtract, "isub", "-=");
        AddInplace(t, SlotId.InplaceMultiply, "imul", "*=");
        AddInplace(t, SlotId.InplaceRemainder, "imod", "%=");
        t.Add(new("__ipow__", SlotId.InplacePower, IPowWrapper, "Return self**=value."));
        AddInplace(t, SlotId.InplaceLShift, "ilshift", "<<=");
        AddInplace(t, SlotId.InplaceRShift, "irshift", ">>=");
        AddInplace(t, SlotId.InplaceAnd, "iand", "&=");
        AddInplace(t, SlotId.InplaceXor, "ixor", "^=");
        AddInplace(t, SlotId.InplaceOr, "ior", "|=");
        AddBinary(t, SlotId.FloorDivide, "floordiv", "//");
        AddBinary(t, SlotId.TrueDivide, "truediv", "/");
        AddInplace(t, SlotId.InplaceFloorDivide, "ifloordiv", "//=");
        AddInplace(t, SlotId.InplaceTrueDivide, "itruediv", "/=");
        t.Add(new("__index__", SlotId.Index, Unary, "Return self converted to an integer, if self is suitable for use as an index into a list."));
        AddBinary(t, SlotId.MatrixMultiply, "matmul", "@");
        AddInplace(t, SlotId.InplaceMatrixMultiply, "imatmul", "@=");
        t.Add(new("__len__", SlotId.Length, LenWrapper, "Return len(self)."));
        t.Add(new("__getitem__", SlotId.GetItem, GetItemWrapper, "Return self[key]."));
        t.Add(new("__setitem__", SlotId.SetItem, SetItemWrapper, "Set self[key] to value."));
        t.Add(new("__delitem__", SlotId.SetItem, DelItemWrapper, "Delete self[key]."));
        t.Add(new("__contains__", SlotId.Contains, ContainsWrapper, "Return bool(key in self)."));
        return t.ToArray();
    }

    static void AddBinary(List<SlotDef> t, SlotId id, string stem, string symbol)
    {
        string name = $"__{stem}__", rname = $"__r{stem}__";
        t.Add(new(name, id, (ts, self, args, kw, slot) => CheckArgs(ts, name, args, kw, 1)
            ? ((BinaryFunc)slot)(ts, self, args[0]) : null,
            symbol == "divmod" ? "Return divmod(self, value)." : $"Return self{symbol}value."));
        t.Add(new(rname, id, (ts, self, args, kw, slot) => CheckArgs(ts, rname, args, kw, 1)
            ? ((BinaryFunc)slot)(ts, args[0], self) : null,
            symbol == "divmod" ? "Return divmod(value, self)." : $"Return value{symbol}self."));
    }

    static void AddInplace(List<SlotDef> t, SlotId id, string stem, string symbol)
    {
        string name = $"__{stem}__";
        t.Add(new(name, id, (ts, self, args, kw, slot) => CheckArgs(ts, name, args, kw, 1)
            ? ((BinaryFunc)slot)(ts, self, args[0]) : null, $"Return self{symbol}value."));
    }

    static string[][] BuildNamesBySlot()
    {
        var lists = new List<string>[(int)SlotId.Count];
        for (int i = 0; i < lists.Length; i++) lists[i] = new List<string>();
        foreach (var d in Table) lists[(int)d.Slot].Add(d.Name);
        lists[(int)SlotId.New].Add("__new__");
        // __getattr__ is not a slot wrapper, but defining it changes the getattr slot.
        lists[(int)SlotId.GetAttr].Add("__getattr__");
        var r = new string[lists.Length][];
        for (int i = 0; i < r.Length; i++) r[i] = lists[i].ToArray();
        return r;
    }

    // ---- adding wrappers to a builtin type's dict ----

    /// <summary>Adds a slot wrapper for each slot <paramref name="type"/> defines itself (not
    /// inherited unchanged from its base), unless the dict already has that name; a slot the type
    /// removed (hash of a mutable type) becomes <c>__hash__ = None</c>.</summary>
    public static void AddToDict(PyType type)
    {
        var interp = type.Owner;
        var dict = type.Dict;
        var baseSlots = type.Base?.Slots;
        foreach (var def in Table)
        {
            var slot = SlotAccess.Get(type.Slots, def.Slot);
            var inherited = baseSlots is null ? null : SlotAccess.Get(baseSlots, def.Slot);
            var key = interp.Intern(def.Name);
            if (dict.GetStr(key) is not null) continue;
            if (slot is null)
            {
                if (def.Slot == SlotId.Hash && inherited is not null) dict.SetStr(key, interp.None);
                continue;
            }
            if (ReferenceEquals(slot, inherited)) continue;
            if (def.Slot == SlotId.Add && type.HasFlag(TypeFlags.SequenceConcat) && def.Name == "__radd__") continue;
            // A builtin type built on the generic slots (rare) has no C# function to expose.
            if (ReferenceEquals(slot, SlotDispatch.Generic[(int)def.Slot])) continue;
            dict.SetStr(key, new PyWrapperDescriptor(interp.Types.WrapperDescriptor, type, def, slot));
        }
        // Every type has __doc__ (None when it has no docstring); a builtins type CPython's.
        var docKey = interp.Intern("__doc__");
        if (dict.GetStr(docKey) is null)
            dict.SetStr(docKey, BuiltinDocs.ForType(type, dict) is { } doc ? interp.Str(doc) : interp.None);
        var newKey = interp.Intern("__new__");
        if (type.Slots.New is { } newSlot && !ReferenceEquals(newSlot, type.Base?.Slots.New) && dict.GetStr(newKey) is null
            && !ReferenceEquals(newSlot, SlotDispatch.New))
        {
            dict.SetStr(newKey, interp.NewBuiltinFunction("__new__", type, TpNewWrapper,
                "Create and return a new object.  See help(type) for accurate signature."));
        }
    }

    // ---- T.__new__(S, ...) for builtin T ----

    static PyObject? TpNew(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var type = (PyType)self;
        int positional = args.Length - (kwnames?.Count ?? 0);
        if (positional < 1)
            return ts.Raise(ExceptionKind.TypeError, $"{type.Name}.__new__(): not enough arguments");
        if (args[0] is not PyType subtype)
            return ts.Raise(ExceptionKind.TypeError, $"{type.Name}.__new__(X): X is not a type object ({args[0].Type.Name})");
        if (!subtype.IsSubtypeOf(type))
            return ts.Raise(ExceptionKind.TypeError, $"{type.Name}.__new__({subtype.Name}): {subtype.Name} is not a subtype of {type.Name}");
        // The most derived base whose __new__ is not written in Python must use this same
        // __new__: object.__new__(int) would build an object without int's storage.
        var staticBase = subtype;
        while (staticBase is not null && ReferenceEquals(staticBase.Slots.New, SlotDispatch.New)) staticBase = staticBase.Base;
        if (staticBase is not null && !ReferenceEquals(staticBase.Slots.New, type.Slots.New))
            return ts.Raise(ExceptionKind.TypeError,
                $"{type.Name}.__new__({subtype.Name}) is not safe, use {staticBase.Name}.__new__()");
        var obj = type.Slots.New!(ts, subtype, args[1..], kwnames);
        if (obj is not null && obj.Type.HasFlag(TypeFlags.HasFinalizer)) FinalizerQueue.Track(ts, obj);
        return obj;
    }

    // ---- the wrappers ----

    static bool CheckArgs(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames, int n)
    {
        if (kwnames is not null && kwnames.Count > 0)
        {
            ts.Raise(ExceptionKind.TypeError, $"wrapper {name}() takes no keyword arguments");
            return false;
        }
        if (args.Length == n) return true;
        ts.Raise(ExceptionKind.TypeError, $"expected {n} argument{(n == 1 ? "" : "s")}, got {args.Length}");
        return false;
    }

    static bool CheckRange(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kwnames, int min, int max)
    {
        if (kwnames is not null && kwnames.Count > 0)
        {
            ts.Raise(ExceptionKind.TypeError, $"wrapper {name}() takes no keyword arguments");
            return false;
        }
        if (args.Length >= min && args.Length <= max) return true;
        ts.Raise(ExceptionKind.TypeError, args.Length < min
            ? $"{name} expected at least {min} argument{(min == 1 ? "" : "s")}, got {args.Length}"
            : $"{name} expected at most {max} argument{(max == 1 ? "" : "s")}, got {args.Length}");
        return false;
    }

    static PyObject? Unary(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, Delegate slot) =>
        CheckArgs(ts, "", args, kw, 0) ? ((UnaryFunc)slot)(ts, self) : null;

    static PyObject? HashWrapper(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, Delegate slot)
    {
        if (!CheckArgs(ts, "__hash__", args, kw, 0)) return null;
        return ((HashFunc)slot)(ts, self, out long h) ? ts.Interpreter.Int(h) : null;
    }

    static PyObject? CallWrapper(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, Delegate slot) =>
        ((CallFunc)slot)(ts, self, args, kw);

    static PyStr? AttrName(ThreadState ts, PyObject name)
    {
        if (name is PyStr s) return s;
        ts.Raise(ExceptionKind.TypeError, $"attribute name must be string, not '{name.Type.Name}'");
        return null;
    }

    static PyObject? GetAttrWrapper(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, Delegate slot)
    {
        if (!CheckArgs(ts, "__getattribute__", args, kw, 1) || AttrName(ts, args[0]) is not { } name) return null;
        return ((GetAttrFunc)slot)(ts, self, name);
    }

    static PyObject? SetAttrWrapper(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, Delegate slot)
    {
        if (!CheckArgs(ts, "__setattr__", args, kw, 2) || AttrName(ts, args[0]) is not { } name) return null;
        if (!CheckSetAttrTarget(ts, self, slot, "__setattr__")) return null;
        return ((SetAttrFunc)slot)(ts, self, name, args[1]) ? ts.Interpreter.None : null;
    }

    static PyObject? DelAttrWrapper(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, Delegate slot)
    {
        if (!CheckArgs(ts, "__delattr__", args, kw, 1) || AttrName(ts, args[0]) is not { } name) return null;
        if (!CheckSetAttrTarget(ts, self, slot, "__delattr__")) return null;
        return ((SetAttrFunc)slot)(ts, self, name, null) ? ts.Interpreter.None : null;
    }

    /// <summary>Refuses object.__setattr__(int, ...): a builtin type's own setattr must not be
    /// bypassed (CPython's "hackcheck").</summary>
    static bool CheckSetAttrTarget(ThreadState ts, PyObject self, Delegate slot, string what)
    {
        if (self is not PyType t || t.HasFlag(TypeFlags.HeapType)) return true;
        if (ReferenceEquals(t.Type.Slots.SetAttr, slot)) return true;
        ts.Raise(ExceptionKind.TypeError, $"can't apply this {what} to {t.Type.Name} object");
        return false;
    }

    static PyObject? NextWrapper(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, Delegate slot)
    {
        if (!CheckArgs(ts, "__next__", args, kw, 0)) return null;
        var r = ((IterNextFunc)slot)(ts, self);
        if (r is null && !ts.HasError)
            ts.Raise(new PyBaseException(ts.Interpreter.ExceptionType(ExceptionKind.StopIteration), ts.Interpreter.EmptyTuple));
        return r;
    }

    static PyObject? GetWrapper(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, Delegate slot)
    {
        if (!CheckRange(ts, "__get__", args, kw, 1, 2)) return null;
        var none = ts.Interpreter.None;
        PyObject? instance = ReferenceEquals(args[0], none) ? null : args[0];
        PyObject? owner = args.Length > 1 && !ReferenceEquals(args[1], none) ? args[1] : null;
        if (instance is null && owner is null)
            return ts.Raise(ExceptionKind.TypeError, "__get__(None, None) is invalid");
        return ((DescrGetFunc)slot)(ts, self, instance, owner as PyType);
    }

    static PyObject? SetWrapper(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, Delegate slot) =>
        CheckArgs(ts, "__set__", args, kw, 2) && ((DescrSetFunc)slot)(ts, self, args[0], args[1]) ? ts.Interpreter.None : null;

    static PyObject? DeleteWrapper(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, Delegate slot) =>
        CheckArgs(ts, "__delete__", args, kw, 1) && ((DescrSetFunc)slot)(ts, self, args[0], null) ? ts.Interpreter.None : null;

    static PyObject? InitWrapper(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, Delegate slot) =>
        ((InitFunc)slot)(ts, self, args, kw) ? ts.Interpreter.None : null;

    static PyObject? PowWrapper(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, Delegate slot)
    {
        if (!CheckRange(ts, "", args, kw, 1, 2)) return null;
        return ((TernaryFunc)slot)(ts, self, args[0], args.Length > 1 ? args[1] : ts.Interpreter.None);
    }

    static PyObject? RPowWrapper(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, Delegate slot)
    {
        if (!CheckRange(ts, "", args, kw, 1, 2)) return null;
        return ((TernaryFunc)slot)(ts, args[0], self, args.Length > 1 ? args[1] : ts.Interpreter.None);
    }

    static PyObject? IPowWrapper(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, Delegate slot)
    {
        if (!CheckRange(ts, "", args, kw, 1, 2)) return null;
        return ((TernaryFunc)slot)(ts, self, args[0], args.Length > 1 ? args[1] : ts.Interpreter.None);
    }

    static PyObject? BoolWrapper(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, Delegate slot)
    {
        if (!CheckArgs(ts, "__bool__", args, kw, 0)) return null;
        int r = ((InquiryFunc)slot)(ts, self);
        return r < 0 ? null : ts.Interpreter.Bool(r > 0);
    }

    static PyObject? LenWrapper(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, Delegate slot)
    {
        if (!CheckArgs(ts, "__len__", args, kw, 0)) return null;
        long n = ((LengthFunc)slot)(ts, self);
        return n < 0 ? null : ts.Interpreter.Int(n);
    }

    static PyObject? GetItemWrapper(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, Delegate slot) =>
        CheckArgs(ts, "__getitem__", args, kw, 1) ? ((BinaryFunc)slot)(ts, self, args[0]) : null;

    static PyObject? SetItemWrapper(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, Delegate slot) =>
        CheckArgs(ts, "__setitem__", args, kw, 2) && ((SetItemFunc)slot)(ts, self, args[0], args[1]) ? ts.Interpreter.None : null;

    static PyObject? DelItemWrapper(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, Delegate slot) =>
        CheckArgs(ts, "__delitem__", args, kw, 1) && ((SetItemFunc)slot)(ts, self, args[0], null) ? ts.Interpreter.None : null;

    static PyObject? ContainsWrapper(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw, Delegate slot)
    {
        if (!CheckArgs(ts, "__contains__", args, kw, 1)) return null;
        int r = ((ContainsFunc)slot)(ts, self, args[0]);
        return r < 0 ? null : ts.Interpreter.Bool(r > 0);
    }
}
