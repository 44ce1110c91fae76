using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>object</c> type: the root of every class, with the generic attribute protocol,
/// identity hashing and equality, the default repr, and object's methods (__reduce_ex__,
/// __format__, __dir__, __init_subclass__, ...).</summary>
public static class ObjectType
{
    // The slot delegates, kept so that subclasses can tell whether a slot was overridden.
    public static readonly RichCompareFunc RichCompareSlot = RichCompare;
    public static readonly NewFunc NewSlot = New;
    public static readonly InitFunc InitSlot = Init;
    public static readonly UnaryFunc StrSlot = static (ts, self) => Ops.Repr(ts, self);
    public static readonly UnaryFunc ReprSlot = static (ts, self) => Ops.DefaultRepr(ts, self);
    public static readonly HashFunc HashSlot = static (ThreadState ts, PyObject self, out long h) => { h = Ops.IdentityHash(self); return true; };

    public static PyType Create(Interpreter interp)
    {
        var slots = new TypeSlots
        {
            GetAttr = Ops.GenericGetAttrSlot,
            SetAttr = Ops.GenericSetAttrSlot,
            Repr = ReprSlot,
            Str = StrSlot,
            Hash = HashSlot,
            RichCompare = RichCompareSlot,
            New = NewSlot,
            Init = InitSlot,
        };
        // metatype is patched by BuiltinTypes once `type` exists.
        return new PyType(interp, null, "object", null, slots, TypeFlags.BaseType, FillDict);
    }

    static PyObject? RichCompare(ThreadState ts, PyObject self, PyObject other, CompareOp op)
    {
        var interp = ts.Interpreter;
        switch (op)
        {
            case CompareOp.Eq:
                return ReferenceEquals(self, other) ? interp.True : interp.NotImplemented;
            case CompareOp.Ne:
                // By default __ne__ delegates to __eq__ and inverts the result.
                if (self.Type.Slots.RichCompare is { } eq && !ReferenceEquals(eq, RichCompareSlot))
                {
                    var r = eq(ts, self, other, CompareOp.Eq);
                    if (r is null || ReferenceEquals(r, interp.NotImplemented)) return r;
                    int t = Ops.IsTrue(ts, r);
                    return t < 0 ? null : interp.Bool(t == 0);
                }
                return ReferenceEquals(self, other) ? interp.False : interp.NotImplemented;
            default:
                return interp.NotImplemented;
        }
    }

    static PyObject? New(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (args.Length > 0)
        {
            if (!ReferenceEquals(type.Slots.New, NewSlot))
                return ts.Raise(ExceptionKind.TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
            if (ReferenceEquals(type.Slots.Init, InitSlot))
                return ts.Raise(ExceptionKind.TypeError, $"{type.Name}() takes no arguments");
        }
        if (type.HasFlag(TypeFlags.IsAbstract)) return RaiseAbstract(ts, type);
        int slots = type.ClassData?.SlotCount ?? 0;
        if (type.HasFlag(TypeFlags.HasInstanceDict)) return new PyInstance(type, slots);
        return new PySlotsInstance(type, slots);
    }

    static PyObject? RaiseAbstract(ThreadState ts, PyType type)
    {
        var names = new List<string>();
        if (type.LookupMro(ts.Interpreter.Intern("__abstractmethods__")) is { } am && IterationHelper.ToList(ts, am) is { } items)
            foreach (var i in items)
                if (i is PyStr s) names.Add(s.Value);
        ts.CurrentException = null;
        names.Sort(StringComparer.Ordinal);
        string list = string.Join(", ", names.ConvertAll(n => $"'{n}'"));
        return ts.Raise(ExceptionKind.TypeError,
            $"Can't instantiate abstract class {type.Name} without an implementation for abstract method{(names.Count == 1 ? "" : "s")} {list}");
    }

    static bool Init(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (args.Length > 0)
        {
            var type = self.Type;
            if (!ReferenceEquals(type.Slots.Init, InitSlot))
            {
                ts.Raise(ExceptionKind.TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
                return false;
            }
            if (ReferenceEquals(type.Slots.New, NewSlot))
            {
                ts.Raise(ExceptionKind.TypeError, $"{type.Name}.__init__() takes exactly one argument (the instance to initialize)");
                return false;
            }
        }
        return true;
    }

    static void FillDict(ThreadState? ts, PyType type)
    {
        type.AddGetSet("__class__", static (ts, self) => self.Type, SetClass, "the object's class");
        type.AddValue("__doc__", type.Owner.Str("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"));
        type.AddMethod("__reduce_ex__", ObjectMethods.ReduceEx, "Helper for pickle.");
        type.AddMethod("__reduce__", ObjectMethods.Reduce, "Helper for pickle.");
        type.AddMethod("__getstate__", ObjectMethods.GetState, "Helper for pickle.");
        type.AddClassMethod("__subclasshook__", static (ts, cls, args, kw) => ts.Interpreter.NotImplemented,
            "Abstract classes can override this to customize issubclass().");
        type.AddClassMethod("__init_subclass__", static (ts, cls, args, kw) =>
        {
            var name = cls is PyType t ? t.Name : cls.Type.Name;
            if (kw is not null && kw.Count > 0)
                return ts.Raise(ExceptionKind.TypeError, $"{name}.__init_subclass__() takes no keyword arguments");
            if (args.Length > 0)
                return ts.Raise(ExceptionKind.TypeError, $"{name}.__init_subclass__() takes no arguments ({args.Length} given)");
            return ts.Interpreter.None;
        }, "This method is called when a class is subclassed.");
        type.AddMethod("__format__", ObjectMethods.Format, "Default object formatter.");
        type.AddMethod("__sizeof__", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "__sizeof__", args, kw, 0, 0)) return null;
            int slots = self.Type.ClassData?.SlotCount ?? 0;
            return ts.Interpreter.Int(16 + 8 * slots + (Ops.InstanceDict(self) is not null || self is IInstanceDict ? 8 : 0));
        }, "Size of object in memory, in bytes.");
        type.AddMethod("__dir__", ObjectMethods.Dir, "Default dir() implementation.");
    }

    /// <summary>obj.__class__ = C: allowed between heap types whose instances have the same layout.</summary>
    static bool SetClass(ThreadState ts, PyObject self, PyObject? value)
    {
        if (value is null)
        {
            ts.Raise(ExceptionKind.TypeError, "can't delete __class__ attribute");
            return false;
        }
        if (value is not PyType newType)
        {
            ts.Raise(ExceptionKind.TypeError, $"__class__ must be set to a class, not '{value.Type.Name}' object");
            return false;
        }
        var old = self.Type;
        bool moduleLike = self is PyModule;
        if (!(old.HasFlag(TypeFlags.HeapType) && newType.HasFlag(TypeFlags.HeapType)) && !moduleLike)
        {
            ts.Raise(ExceptionKind.TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
            return false;
        }
        bool compatible = ReferenceEquals(ClassBuilder.SolidBase(old), ClassBuilder.SolidBase(newType))
            && ClassBuilder.HasDict(old) == ClassBuilder.HasDict(newType)
            && (old.ClassData?.SlotCount ?? 0) == (newType.ClassData?.SlotCount ?? 0);
        if (!compatible)
        {
            ts.Raise(ExceptionKind.TypeError, $"__class__ assignment: '{newType.Name}' object layout differs from '{old.Name}'");
            return false;
        }
        self.Type = newType;
        return true;
    }
}
