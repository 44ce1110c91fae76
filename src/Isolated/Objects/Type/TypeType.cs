using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>type</c> type: attribute lookup on classes, calling a class to make an
/// instance (__new__ then __init__), creating classes (type.__new__, see
/// <see cref="ClassBuilder"/>), and the class attributes (__dict__, __mro__, __subclasses__(),
/// __instancecheck__, ...).</summary>
public static class TypeType
{
    public static readonly GetAttrFunc GetAttrSlot = GetAttr;
    public static readonly NewFunc NewSlot = New;
    public static readonly CallFunc CallSlot = Call;

    public static PyType Create(Interpreter interp, PyType objectType)
    {
        var slots = objectType.Slots.Clone();
        slots.GetAttr = GetAttrSlot;
        slots.SetAttr = SetAttr;
        slots.Repr = Repr;
        slots.Call = CallSlot;
        slots.Or = UnionType.OrSlot;   // int | str (PEP 604)
        slots.New = NewSlot;
        slots.Init = Init;
        var type = new PyType(interp, null, "type", objectType, slots,
            TypeFlags.BaseType | TypeFlags.TypeSubclass, FillDict);
        ClassData.Of(objectType).AddBuiltinSubclass(type);
        return type;
    }

    /// <summary>type.__getattribute__: data descriptors of the metatype, then the class's own
    /// MRO (descriptors bound with no instance), then the metatype's other attributes.</summary>
    static PyObject? GetAttr(ThreadState ts, PyObject self, PyStr name)
    {
        var type = (PyType)self;
        var meta = type.Type;
        var metaAttr = meta.LookupMro(name);
        DescrGetFunc? metaGet = null;
        if (metaAttr is not null)
        {
            metaGet = metaAttr.Type.Slots.DescrGet;
            if (metaGet is not null && metaAttr.Type.Slots.DescrSet is not null)
                return metaGet(ts, metaAttr, type, meta);
        }
        var attr = type.LookupMro(name);
        if (attr is not null)
        {
            if (attr.Type.Slots.DescrGet is { } get)
                return get(ts, attr, null, type);
            return attr;
        }
        if (metaGet is not null) return metaGet(ts, metaAttr!, type, meta);
        if (metaAttr is not null) return metaAttr;
        return ts.Raise(ExceptionKind.AttributeError, $"type object '{type.Name}' has no attribute '{name.Value}'");
    }

    static bool SetAttr(ThreadState ts, PyObject self, PyStr name, PyObject? value)
    {
        var type = (PyType)self;
        if (!type.HasFlag(TypeFlags.HeapType))
        {
            ts.Raise(ExceptionKind.TypeError, value is null
                ? $"cannot delete '{name.Value}' attribute of immutable type '{type.Name}'"
                : $"cannot set '{name.Value}' attribute of immutable type '{type.Name}'");
            return false;
        }
        var metaAttr = type.Type.LookupMro(name);
        if (metaAttr?.Type.Slots.DescrSet is { } set)
            return set(ts, metaAttr, type, value);
        if (value is null)
        {
            if (type.Dict.TryDelItem(ts, name, name.Hash, out _) == 0)
            {
                ts.Raise(ExceptionKind.AttributeError, $"type object '{type.Name}' has no attribute '{name.Value}'");
                return false;
            }
        }
        else
        {
            type.Dict.SetStr(name, value);
        }
        ClassBuilder.AttributeChanged(ts, type, name);
        return true;
    }

    static PyObject? Repr(ThreadState ts, PyObject self)
    {
        var type = (PyType)self;
        string module = Ops.TypeModuleName(type);
        return ts.Interpreter.Str(module == "builtins" ? $"<class '{type.QualName}'>" : $"<class '{module}.{type.QualName}'>");
    }

    /// <summary>Calling a class: __new__, then __init__ when the result is an instance of it.</summary>
    static PyObject? Call(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var type = (PyType)self;
        var interp = ts.Interpreter;
        // type(x) returns the type of x.
        if (ReferenceEquals(type, interp.Types.Type) && args.Length == 1 && kwnames is null)
            return args[0].Type;
        // type(...) itself takes a name, bases and a namespace; a metaclass may take other counts.
        if (ReferenceEquals(type, interp.Types.Type) && args.Length - (kwnames?.Count ?? 0) is var npos && npos != 3)
            return ts.Raise(ExceptionKind.TypeError, npos == 1 ? "type() takes no keyword arguments" : "type() takes 1 or 3 arguments");
        // str(x): what str.__new__ does with one argument (object.__init__ accepts it), without
        // binding arguments by name.
        if (ReferenceEquals(type, interp.Types.Str) && args.Length == 1 && kwnames is null)
            return Ops.Str(ts, args[0]);
        var newSlot = type.Slots.New;
        if (newSlot is null)
            return ts.Raise(ExceptionKind.TypeError, $"cannot create '{type.Name}' instances");
        var obj = newSlot(ts, type, args, kwnames);
        if (obj is null) return null;
        if (obj.Type.HasFlag(TypeFlags.HasFinalizer)) FinalizerQueue.Track(ts, obj);
        if (!obj.Type.IsSubtypeOf(type)) return obj;
        if (obj.Type.Slots.Init is { } init && !init(ts, obj, args, kwnames)) return null;
        return obj;
    }

    static PyObject? New(ThreadState ts, PyType metatype, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (args.Length == 1 && kwnames is null && ReferenceEquals(metatype, ts.Interpreter.Types.Type))
            return args[0].Type;
        return ClassBuilder.New(ts, metatype, args, kwnames);
    }

    static bool Init(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        int nkw = kwnames?.Count ?? 0;
        int npos = args.Length - nkw;
        if (nkw > 0 && npos == 1)
        {
            ts.Raise(ExceptionKind.TypeError, "type.__init__() takes no keyword arguments");
            return false;
        }
        if (npos != 1 && npos != 3)
        {
            ts.Raise(ExceptionKind.TypeError, "type.__init__() takes 1 or 3 arguments");
            return false;
        }
        return true;
    }

    static void FillDict(ThreadState? ts, PyType type)
    {
        type.AddGetSet("__name__", static (ts, self) => ts.Interpreter.Str(((PyType)self).Name),
            static (ts, self, v) =>
            {
                var t = (PyType)self;
                if (!CheckSettable(ts, t, "__name__", v)) return false;
                if (v is not PyStr s)
                {
                    ts.Raise(ExceptionKind.TypeError, $"can only assign string to {t.Name}.__name__, not '{v!.Type.Name}'");
                    return false;
                }
                if (s.Value.Contains('\0'))
                {
                    ts.Raise(ExceptionKind.ValueError, "type name must not contain null characters");
                    return false;
                }
                t.Name = s.Value;
                return true;
            });
        type.AddGetSet("__qualname__", static (ts, self) => ts.Interpreter.Str(((PyType)self).QualName),
            static (ts, self, v) =>
            {
                var t = (PyType)self;
                if (!CheckSettable(ts, t, "__qualname__", v)) return false;
                if (v is not PyStr s)
                {
                    ts.Raise(ExceptionKind.TypeError, $"can only assign string to {t.Name}.__qualname__, not '{v!.Type.Name}'");
                    return false;
                }
                t.QualName = s.Value;
                return true;
            });
        type.AddGetSet("__mro__", static (ts, self) => ts.Interpreter.Tuple([.. ((PyType)self).Mro]));
        type.AddGetSet("__bases__", static (ts, self) => ts.Interpreter.Tuple([.. ((PyType)self).Bases]), SetBases);
        type.AddGetSet("__base__", static (ts, self) => (PyObject?)((PyType)self).Base ?? ts.Interpreter.None);
        type.AddGetSet("__module__", static (ts, self) =>
        {
            var t = (PyType)self;
            if (t.HasFlag(TypeFlags.HeapType))
                return t.Dict.GetStr(ts.Interpreter.Intern("__module__"))
                    ?? ts.Raise(ExceptionKind.AttributeError, "__module__");
            // A builtin type's dict may hold the __module__ getset of its instances: not a name.
            return t.Dict.GetStr(ts.Interpreter.Intern("__module__")) as PyStr ?? ts.Interpreter.Str("builtins");
        }, static (ts, self, v) =>
        {
            var t = (PyType)self;
            if (!CheckSettable(ts, t, "__module__", v)) return false;
            t.Dict.SetStr(ts.Interpreter.Intern("__module__"), v!);
            t.Modified();
            return true;
        });
        type.AddGetSet("__dict__", static (ts, self) => new PyMappingProxy(ts.Interpreter.Types.MappingProxy, ((PyType)self).Dict));
        type.AddGetSet("__doc__", static (ts, self) =>
        {
            var t = (PyType)self;
            var doc = t.Dict.GetStr(ts.Interpreter.Intern("__doc__"));
            if (doc is null) return ts.Interpreter.None;
            // A builtin type's own __doc__ getset serves its instances; the class has no docstring here.
            if (doc is PyGetSetDescriptor && !t.HasFlag(TypeFlags.HeapType)) return ts.Interpreter.None;
            // A descriptor stored as __doc__ is bound to no instance.
            if (doc.Type.Slots.DescrGet is { } g) return g(ts, doc, null, t);
            return doc;
        }, static (ts, self, v) =>
        {
            var t = (PyType)self;
            if (!CheckSettable(ts, t, "__doc__", v)) return false;
            t.Dict.SetStr(ts.Interpreter.Intern("__doc__"), v!);
            t.Modified();
            return true;
        });
        type.AddGetSet("__text_signature__", static (ts, self) =>
            BuiltinSignatures.AsValue(ts.Interpreter, BuiltinSignatures.ForType((PyType)self)));
        type.AddGetSet("__annotations__", static (ts, self) =>
        {
            var t = (PyType)self;
            var key = ts.Interpreter.Intern("__annotations__");
            var ann = t.Dict.GetStr(key);
            if (ann is not null)
                return ann.Type.Slots.DescrGet is { } g ? g(ts, ann, null, t) : ann;
            if (!t.HasFlag(TypeFlags.HeapType))
                return ts.Raise(ExceptionKind.AttributeError, $"type object '{t.Name}' has no attribute '__annotations__'");
            var d = ts.Interpreter.NewDict();
            t.Dict.SetStr(key, d);
            t.Modified();
            return d;
        }, static (ts, self, v) =>
        {
            var t = (PyType)self;
            if (!t.HasFlag(TypeFlags.HeapType))
            {
                ts.Raise(ExceptionKind.TypeError, $"cannot set '__annotations__' attribute of immutable type '{t.Name}'");
                return false;
            }
            var key = ts.Interpreter.Intern("__annotations__");
            if (v is null)
            {
                if (t.Dict.TryDelItem(ts, key, key.Hash, out _) == 0)
                {
                    ts.Raise(ExceptionKind.AttributeError, "__annotations__");
                    return false;
                }
            }
            else t.Dict.SetStr(key, v);
            t.Modified();
            return true;
        });
        type.AddGetSet("__type_params__", static (ts, self) =>
            ((PyType)self).Dict.GetStr(ts.Interpreter.Intern("__type_params__")) ?? ts.Interpreter.EmptyTuple);
        type.AddGetSet("__abstractmethods__", static (ts, self) =>
        {
            var t = (PyType)self;
            // type itself has __abstractmethods__ as a descriptor but no value.
            if (!ReferenceEquals(t, ts.Interpreter.Types.Type)
                && t.Dict.GetStr(ts.Interpreter.Intern("__abstractmethods__")) is { } v) return v;
            return ts.Raise(ExceptionKind.AttributeError, "__abstractmethods__");
        }, static (ts, self, v) =>
        {
            var t = (PyType)self;
            var key = ts.Interpreter.Intern("__abstractmethods__");
            bool abstractNow;
            if (v is null)
            {
                if (t.Dict.TryDelItem(ts, key, key.Hash, out _) == 0)
                {
                    ts.Raise(ExceptionKind.AttributeError, "__abstractmethods__");
                    return false;
                }
                abstractNow = false;
            }
            else
            {
                int truth = Ops.IsTrue(ts, v);
                if (truth < 0) return false;
                abstractNow = truth > 0;
                t.Dict.SetStr(key, v);
            }
            if (abstractNow) t.Flags |= TypeFlags.IsAbstract;
            else t.Flags &= ~TypeFlags.IsAbstract;
            t.Modified();
            return true;
        });
        type.AddGetSet("__basicsize__", static (ts, self) => ts.Interpreter.Int(16 + 8 * (((PyType)self).ClassData?.SlotCount ?? 0)));
        type.AddGetSet("__itemsize__", static (ts, self) => ts.Interpreter.Int(0));
        type.AddGetSet("__flags__", static (ts, self) => ts.Interpreter.Int(CPythonFlags((PyType)self)));
        type.AddGetSet("__weakrefoffset__", static (ts, self) => ts.Interpreter.Int(0));
        type.AddGetSet("__dictoffset__", static (ts, self) => ts.Interpreter.Int(ClassBuilder.HasDict((PyType)self) ? 16 : 0));
        type.AddMethod("mro", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "mro", args, kw, 0, 0)) return null;
            var t = (PyType)self;
            var mro = Mro.Compute(ts, t, t.Bases.Length == 0 ? [] : t.Bases);
            return mro is null ? null : ListHelper.FromItems(ts, [.. mro]);
        }, "Return a type's method resolution order.");
        type.AddMethod("__subclasses__", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "__subclasses__", args, kw, 0, 0)) return null;
            var subs = ((PyType)self).ClassData?.Subclasses() ?? [];
            return ListHelper.FromItems(ts, [.. subs]);
        }, "Return a list of immediate subclasses.");
        type.AddClassMethod("__prepare__", static (ts, cls, args, kw) => ts.Interpreter.NewDict(),
            "__prepare__() -> dict\nused to create the namespace for the class statement");
        type.AddMethod("__instancecheck__", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "__instancecheck__", args, kw, 1, 1)) return null;
            int r = Ops.RecursiveIsInstance(ts, args[0], (PyType)self);
            return r < 0 ? null : ts.Interpreter.Bool(r > 0);
        }, "Check if an object is an instance.");
        type.AddMethod("__subclasscheck__", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "__subclasscheck__", args, kw, 1, 1)) return null;
            int r = Ops.RecursiveIsSubclass(ts, args[0], self);
            return r < 0 ? null : ts.Interpreter.Bool(r > 0);
        }, "Check if a class is a subclass.");
        type.AddMethod("__dir__", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "__dir__", args, kw, 0, 0)) return null;
            var names = ts.Interpreter.NewDict();
            ObjectMethods.MergeClassAttributes(ts, names, (PyType)self);
            return ListHelper.FromDictKeys(ts, names);
        }, "Specialized __dir__ implementation for types.");
        type.AddMethod("__sizeof__", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "__sizeof__", args, kw, 0, 0) ? ts.Interpreter.Int(920) : null,
            "Return memory consumption of the type object.");
    }

    /// <summary>Assigning __bases__ of a class (typing.NamedTuple does it): the new bases must keep
    /// the instance layout; the MRO is recomputed and every slot re-derived from it.</summary>
    /// <summary>Whether the new bases keep the instance layout of <paramref name="oldBase"/>
    /// (instances of a plain class cannot become ints).</summary>
    static bool SameLayout(PyType oldBase, PyType[] bases)
    {
        var solid = ClassBuilder.SolidBase(oldBase);
        foreach (var b in bases)
        {
            var s = ClassBuilder.SolidBase(b);
            if (!solid.IsSubtypeOf(s)) return false;
        }
        return true;
    }

    static bool SetBases(ThreadState ts, PyObject self, PyObject? v)
    {
        var t = (PyType)self;
        if (!CheckSettable(ts, t, "__bases__", v)) return false;
        if (v is not PyTuple tuple || tuple.Count == 0)
        {
            ts.Raise(ExceptionKind.TypeError, $"can only assign non-empty tuple to {t.Name}.__bases__, not {(v is PyTuple ? "()" : v!.Type.Name)}");
            return false;
        }
        var bases = new PyType[tuple.Count];
        for (int i = 0; i < bases.Length; i++)
        {
            if (tuple.Items[i] is not PyType b)
            {
                ts.Raise(ExceptionKind.TypeError, $"{t.Name}.__bases__ must be tuple of classes, not '{tuple.Items[i].Type.Name}'");
                return false;
            }
            if (b.IsSubtypeOf(t))
            {
                ts.Raise(ExceptionKind.TypeError, "a __bases__ item causes an inheritance cycle");
                return false;
            }
            bases[i] = b;
        }
        var mro = Mro.Compute(ts, t, bases);
        if (mro is null) return false;
        if (t.Base is { } layout && (Array.IndexOf(mro, layout) < 0 || !SameLayout(layout, bases)))
        {
            ts.Raise(ExceptionKind.TypeError, $"__bases__ assignment: '{bases[0].Name}' object layout differs from '{layout.Name}'");
            return false;
        }
        foreach (var old in t.Bases) old.ClassData?.RemoveSubclass(t);
        foreach (var b in bases) ClassData.Of(b).AddSubclass(t);
        t.Bases = bases;
        t.Mro = mro;
        foreach (var names in SlotWrappers.NamesBySlot)
            foreach (var n in names) SlotUpdater.AttributeChanged(t, n);
        t.Modified();
        return true;
    }

    static bool CheckSettable(ThreadState ts, PyType t, string name, PyObject? v)
    {
        if (!t.HasFlag(TypeFlags.HeapType))
        {
            ts.Raise(ExceptionKind.TypeError, $"cannot set '{name}' attribute of immutable type '{t.Name}'");
            return false;
        }
        if (v is null)
        {
            ts.Raise(ExceptionKind.TypeError, $"cannot delete '{name}' attribute of immutable type '{t.Name}'");
            return false;
        }
        return true;
    }

    /// <summary>type.__flags__ with CPython's bit values for the flags code commonly tests.</summary>
    static long CPythonFlags(PyType t)
    {
        long f = 0;
        if (t.HasFlag(TypeFlags.HeapType)) f |= 1L << 9;
        if (t.HasFlag(TypeFlags.BaseType)) f |= 1L << 10;
        if (t.HasFlag(TypeFlags.IsAbstract)) f |= 1L << 20;
        if (t.HasFlag(TypeFlags.IntSubclass)) f |= 1L << 24;
        if (t.HasFlag(TypeFlags.ListSubclass)) f |= 1L << 25;
        if (t.HasFlag(TypeFlags.TupleSubclass)) f |= 1L << 26;
        if (t.HasFlag(TypeFlags.BytesSubclass)) f |= 1L << 27;
        if (t.HasFlag(TypeFlags.StrSubclass)) f |= 1L << 28;
        if (t.HasFlag(TypeFlags.DictSubclass)) f |= 1L << 29;
        if (t.HasFlag(TypeFlags.BaseExceptionSubclass)) f |= 1L << 30;
        if (t.HasFlag(TypeFlags.TypeSubclass)) f |= 1L << 31;
        if (t.HasFlag(TypeFlags.Immutable)) f |= 1L << 8;
        return f;
    }
}
