using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>super</c> type. Zero-argument super() asks the VM for the frame's
/// <c>__class__</c> cell and first argument (Eval.ZeroArgSuper).</summary>
public static class SuperType
{
    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("super", types.Object, TypeFlags.BaseType, s =>
        {
            s.New = static (ts, type, args, kw) => new PySuper(type);
            s.Init = Init;
            s.GetAttr = GetAttr;
            s.DescrGet = static (ts, descr, instance, owner) =>
            {
                var su = (PySuper)descr;
                if (instance is null || su.Obj is not null) return su;
                return New(ts, su.Type, su.ThisType!, instance);
            };
            s.Repr = static (ts, self) =>
            {
                var su = (PySuper)self;
                string thisRepr = su.ThisType is null ? "NULL" : $"<class '{su.ThisType.Name}'>";
                return ts.Interpreter.Str(su.ObjType is null
                    ? $"<super: {thisRepr}, NULL>"
                    : $"<super: {thisRepr}, <{su.ObjType.Name} object>>");
            };
        }, FillDict);

    /// <summary>super(type, obj) from C#.</summary>
    public static PyObject? New(ThreadState ts, PyType superType, PyType type, PyObject obj)
    {
        var su = new PySuper(superType);
        return Bind(ts, su, type, obj) ? su : null;
    }

    static bool Init(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!ArgBinder.CheckPositional(ts, "super", args, kwnames, 0, 2)) return false;
        var su = (PySuper)self;
        PyObject typeArg;
        PyObject? obj = null;
        if (args.Length == 0)
        {
            if (Execution.Eval.CurrentFrame(ts) is null)
            {
                ts.Raise(ExceptionKind.RuntimeError, "super(): no arguments");
                return false;
            }
            if (!Execution.Eval.ZeroArgSuper(ts, out var cls, out var first)) return false;
            typeArg = cls!;
            obj = first;
        }
        else
        {
            typeArg = args[0];
            if (args.Length > 1 && !ReferenceEquals(args[1], ts.Interpreter.None)) obj = args[1];
        }
        if (typeArg is not PyType type)
        {
            ts.Raise(ExceptionKind.TypeError, $"super() argument 1 must be a type, not {typeArg.Type.Name}");
            return false;
        }
        if (obj is null)
        {
            su.ThisType = type;
            su.Obj = null;
            su.ObjType = null;
            return true;
        }
        return Bind(ts, su, type, obj);
    }

    static bool Bind(ThreadState ts, PySuper su, PyType type, PyObject obj)
    {
        var objType = Check(ts, type, obj);
        if (objType is null) return false;
        su.ThisType = type;
        su.Obj = obj;
        su.ObjType = objType;
        return true;
    }

    /// <summary>The type whose MRO super() searches: obj itself when it is a subclass of type,
    /// else type(obj) (or obj.__class__ for proxies).</summary>
    static PyType? Check(ThreadState ts, PyType type, PyObject obj)
    {
        if (obj is PyType t && t.IsSubtypeOf(type)) return t;
        if (obj.Type.IsSubtypeOf(type)) return obj.Type;
        int found = Ops.LookupAttr(ts, obj, ts.Interpreter.Intern("__class__"), out var cls);
        if (found < 0) return null;
        if (found > 0 && cls is PyType ct && !ReferenceEquals(ct, obj.Type) && ct.IsSubtypeOf(type)) return ct;
        ts.Raise(ExceptionKind.TypeError, "super(type, obj): obj must be an instance or subtype of type");
        return null;
    }

    static PyObject? GetAttr(ThreadState ts, PyObject self, PyStr name)
    {
        var su = (PySuper)self;
        var start = su.ObjType;
        // __class__ is the super object's own; everything else is searched after ThisType.
        if (start is not null && name.Value != "__class__")
        {
            var mro = start.Mro;
            int i = 0;
            while (i < mro.Length && !ReferenceEquals(mro[i], su.ThisType)) i++;
            for (i++; i < mro.Length; i++)
            {
                var res = mro[i].Dict.GetStr(name);
                if (res is null) continue;
                if (res.Type.Slots.DescrGet is { } get)
                    return get(ts, res, ReferenceEquals(su.Obj, start) ? null : su.Obj, start);
                return res;
            }
        }
        return Ops.GenericGetAttr(ts, self, name);
    }

    static void FillDict(ThreadState? ts, PyType type)
    {
        type.AddGetSet("__thisclass__", static (ts, self) => (PyObject?)((PySuper)self).ThisType ?? ts.Interpreter.None,
            doc: "the class invoking super()");
        type.AddGetSet("__self__", static (ts, self) => ((PySuper)self).Obj ?? ts.Interpreter.None,
            doc: "the instance invoking super(); may be None");
        type.AddGetSet("__self_class__", static (ts, self) => (PyObject?)((PySuper)self).ObjType ?? ts.Interpreter.None,
            doc: "the type of the instance invoking super(); may be None");
    }
}
