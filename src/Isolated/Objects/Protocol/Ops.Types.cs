using Isolated.Runtime;

namespace Isolated.Objects;

public static partial class Ops
{
    /// <summary>isinstance(obj, cls): tuples of classes, and metaclass __instancecheck__.
    /// Returns 1, 0, or -1 with the error set.</summary>
    public static int IsInstance(ThreadState ts, PyObject obj, PyObject cls)
    {
        if (ReferenceEquals(obj.Type, cls)) return 1;
        var interp = ts.Interpreter;
        // Plain classes (whose metaclass is exactly type) need no __instancecheck__ call.
        if (cls is PyType t && ReferenceEquals(t.Type, interp.Types.Type))
            return RecursiveIsInstance(ts, obj, t);
        if (cls is PyTuple tuple)
        {
            if (!EnterRecursiveCall(ts, " in __instancecheck__")) return -1;
            try
            {
                foreach (var item in tuple.Items)
                {
                    int r = IsInstance(ts, obj, item);
                    if (r != 0) return r;
                }
                return 0;
            }
            finally
            {
                LeaveRecursiveCall(ts);
            }
        }
        var checker = cls.Type.LookupMro(interp.Intern("__instancecheck__"));
        if (checker is not null)
        {
            if (!EnterRecursiveCall(ts, " in __instancecheck__")) return -1;
            try
            {
                var r = SpecialMethods.CallDescr(ts, checker, cls, [obj]);
                return r is null ? -1 : IsTrue(ts, r);
            }
            finally
            {
                LeaveRecursiveCall(ts);
            }
        }
        return RecursiveIsInstance(ts, obj, cls);
    }

    /// <summary>issubclass(derived, cls): tuples of classes, and metaclass __subclasscheck__.</summary>
    public static int IsSubclass(ThreadState ts, PyObject derived, PyObject cls)
    {
        var interp = ts.Interpreter;
        if (cls is PyType t && ReferenceEquals(t.Type, interp.Types.Type))
        {
            if (ReferenceEquals(derived, cls)) return 1;
            return RecursiveIsSubclass(ts, derived, cls);
        }
        if (cls is PyTuple tuple)
        {
            if (!EnterRecursiveCall(ts, " in __subclasscheck__")) return -1;
            try
            {
                foreach (var item in tuple.Items)
                {
                    int r = IsSubclass(ts, derived, item);
                    if (r != 0) return r;
                }
                return 0;
            }
            finally
            {
                LeaveRecursiveCall(ts);
            }
        }
        var checker = cls.Type.LookupMro(interp.Intern("__subclasscheck__"));
        if (checker is not null)
        {
            if (!EnterRecursiveCall(ts, " in __subclasscheck__")) return -1;
            try
            {
                var r = SpecialMethods.CallDescr(ts, checker, cls, [derived]);
                return r is null ? -1 : IsTrue(ts, r);
            }
            finally
            {
                LeaveRecursiveCall(ts);
            }
        }
        return RecursiveIsSubclass(ts, derived, cls);
    }

    /// <summary>The default isinstance (type.__instancecheck__): the MRO of type(obj), or of
    /// obj.__class__ when that differs (proxies); classes that are not types are checked through
    /// __bases__.</summary>
    public static int RecursiveIsInstance(ThreadState ts, PyObject obj, PyObject cls)
    {
        var interp = ts.Interpreter;
        var classKey = interp.Intern("__class__");
        if (cls is PyType type)
        {
            if (obj.Type.IsSubtypeOf(type)) return 1;
            int found = LookupAttr(ts, obj, classKey, out var c);
            if (found < 0) return -1;
            if (found > 0 && c is PyType ct && !ReferenceEquals(ct, obj.Type)) return ct.IsSubtypeOf(type) ? 1 : 0;
            return 0;
        }
        int ok = CheckClass(ts, cls);
        if (ok <= 0)
        {
            if (ok == 0) ts.Raise(ExceptionKind.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
            return -1;
        }
        int f2 = LookupAttr(ts, obj, classKey, out var icls);
        if (f2 <= 0) return f2;
        return AbstractIsSubclass(ts, icls!, cls);
    }

    /// <summary>The default issubclass (type.__subclasscheck__).</summary>
    public static int RecursiveIsSubclass(ThreadState ts, PyObject derived, PyObject cls)
    {
        if (derived is PyType d && cls is PyType c) return d.IsSubtypeOf(c) ? 1 : 0;
        int ok = CheckClass(ts, derived);
        if (ok <= 0)
        {
            if (ok == 0) ts.Raise(ExceptionKind.TypeError, "issubclass() arg 1 must be a class");
            return -1;
        }
        ok = cls is PyType ? 1 : CheckClass(ts, cls);
        if (ok <= 0)
        {
            if (ok == 0) ts.Raise(ExceptionKind.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
            return -1;
        }
        return AbstractIsSubclass(ts, derived, cls);
    }

    /// <summary>1 when <paramref name="cls"/> has a tuple __bases__ (behaves as a class), 0 when
    /// not, -1 on error.</summary>
    static int CheckClass(ThreadState ts, PyObject cls)
    {
        if (cls is PyType) return 1;
        int found = LookupAttr(ts, cls, ts.Interpreter.Intern("__bases__"), out var bases);
        if (found < 0) return -1;
        return found > 0 && bases is PyTuple ? 1 : 0;
    }

    /// <summary>Walks __bases__ (for class-like objects that are not types).</summary>
    static int AbstractIsSubclass(ThreadState ts, PyObject derived, PyObject cls)
    {
        var basesKey = ts.Interpreter.Intern("__bases__");
        if (!EnterRecursiveCall(ts, " in __issubclass__")) return -1;
        try
        {
            while (true)
            {
                if (ReferenceEquals(derived, cls)) return 1;
                int found = LookupAttr(ts, derived, basesKey, out var b);
                if (found < 0) return -1;
                if (found == 0 || b is not PyTuple bases || bases.Count == 0) return 0;
                if (bases.Count == 1)
                {
                    derived = bases[0];
                    continue;
                }
                foreach (var item in bases.Items)
                {
                    int r = AbstractIsSubclass(ts, item, cls);
                    if (r != 0) return r;
                }
                return 0;
            }
        }
        finally
        {
            LeaveRecursiveCall(ts);
        }
    }
}
