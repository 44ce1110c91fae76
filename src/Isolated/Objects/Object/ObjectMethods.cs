using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The methods of <c>object</c> that are not slots: pickling helpers, __format__ and
/// __dir__.</summary>
public static class ObjectMethods
{
    public static PyObject? Format(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "__format__", args, kw, 1, 1)) return null;
        if (args[0] is not PyStr spec)
            return ts.Raise(ExceptionKind.TypeError, $"__format__() argument must be str, not {args[0].Type.Name}");
        if (spec.Value.Length > 0)
            return ts.Raise(ExceptionKind.TypeError, $"unsupported format string passed to {self.Type.Name}.__format__");
        return Ops.Str(ts, self);
    }

    /// <summary>object.__getstate__(): None, the instance dict, or (dict, slots) when __slots__ hold values.</summary>
    public static PyObject? GetState(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "__getstate__", args, kw, 0, 0)) return null;
        var interp = ts.Interpreter;
        PyObject state = Ops.InstanceDict(self) is { Count: > 0 } d ? d : interp.None;
        var inline = (self as ISlotStorage)?.SlotValues;
        PyDict? slots = null;
        foreach (var t in self.Type.Mro)
        {
            if (t.ClassData is not { } cd || cd.OwnSlots.Length == 0) continue;
            // Instances of subclasses of builtin types keep slot values in the declaring class's side table.
            var values = inline ?? cd.FindExternalSlots(self);
            if (values is null) continue;
            int start = cd.SlotCount - cd.OwnSlots.Length;
            for (int i = 0; i < cd.OwnSlots.Length; i++)
                if (start + i < values.Length && values[start + i] is { } v)
                    (slots ??= interp.NewDict()).SetStr(interp.Intern(cd.OwnSlots[i]), v);
        }
        if (slots is not null) return interp.Tuple(state, slots);
        return state;
    }

    public static PyObject? Reduce(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "__reduce__", args, kw, 0, 0)) return null;
        return ReduceWithProtocol(ts, self, 0);
    }

    public static PyObject? ReduceEx(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "__reduce_ex__", args, kw, 1, 1)) return null;
        if (args[0] is not PyInt p)
            return ts.Raise(ExceptionKind.TypeError, $"'{args[0].Type.Name}' object cannot be interpreted as an integer");
        // A class that overrides __reduce__ wins.
        var interp = ts.Interpreter;
        var reduceKey = interp.Intern("__reduce__");
        var overridden = self.Type.LookupMro(reduceKey);
        var objectReduce = interp.Types.Object.Dict.GetStr(reduceKey);
        if (overridden is not null && !ReferenceEquals(overridden, objectReduce))
            return SpecialMethods.CallDescr(ts, overridden, self, default);
        return ReduceWithProtocol(ts, self, p.IsSmall ? p.Small : 4);
    }

    static PyObject? ReduceWithProtocol(ThreadState ts, PyObject self, long protocol)
    {
        var interp = ts.Interpreter;
        // copyreg is imported on first use, as CPython does (plain scripts never import it).
        var copyreg = interp.Modules.GetStr(interp.Intern("copyreg")) ?? Execution.Import.ImportSystem.ImportModule(ts, "copyreg");
        if (copyreg is null) return null;
        if (protocol < 2)
        {
            var f = Ops.GetAttr(ts, copyreg, interp.Intern("_reduce_ex"));
            return f is null ? null : Ops.Call(ts, f, self, interp.Int(protocol));
        }
        var newobj = Ops.GetAttr(ts, copyreg, interp.Intern("__newobj__"));
        if (newobj is null) return null;
        var args = new List<PyObject> { self.Type };
        PyObject callable = newobj;
        var getnewargsEx = SpecialMethods.Call(ts, self, "__getnewargs_ex__", default, out bool foundEx);
        if (foundEx)
        {
            if (getnewargsEx is null) return null;
            if (getnewargsEx is not PyTuple ex)
                return ts.Raise(ExceptionKind.TypeError, $"__getnewargs_ex__ should return a tuple, not '{getnewargsEx.Type.Name}'");
            if (ex.Count != 2)
                return ts.Raise(ExceptionKind.ValueError, $"__getnewargs_ex__ should return a tuple of length 2, not {ex.Count}");
            if (ex[0] is not PyTuple exArgs)
                return ts.Raise(ExceptionKind.TypeError, $"first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{ex[0].Type.Name}'");
            if (ex[1] is not PyDict exKwargs)
                return ts.Raise(ExceptionKind.TypeError, $"second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{ex[1].Type.Name}'");
            if (exKwargs.Count > 0)
            {
                // Keyword arguments need copyreg.__newobj_ex__(cls, args, kwargs).
                var newobjEx = Ops.GetAttr(ts, copyreg, interp.Intern("__newobj_ex__"));
                if (newobjEx is null) return null;
                callable = newobjEx;
                args.Add(exArgs);
                args.Add(exKwargs);
            }
            else args.AddRange(exArgs.Items);
        }
        else
        {
            var getnewargs = SpecialMethods.Call(ts, self, "__getnewargs__", default, out bool found);
            if (found)
            {
                if (getnewargs is null) return null;
                if (getnewargs is not PyTuple t)
                    return ts.Raise(ExceptionKind.TypeError, $"__getnewargs__ should return a tuple, not '{getnewargs.Type.Name}'");
                args.AddRange(t.Items);
            }
            else if (!self.Type.IsSubtypeOf(interp.Types.List) && !self.Type.IsSubtypeOf(interp.Types.Dict) &&
                     HasBuiltinStateBase(interp, self.Type))
            {
                // As CPython: without __getnewargs__, an instance whose builtin base holds state of
                // its own (a generator, a module, a property...) cannot be rebuilt from its __dict__.
                return ts.Raise(ExceptionKind.TypeError, $"cannot pickle '{QualifiedTypeName(self.Type)}' object");
            }
        }
        var state = SpecialMethods.CallRequired(ts, self, "__getstate__", default);
        if (state is null) return null;
        var none = interp.None;
        // Subclasses of list and dict also hand over their items (copy and pickle append them).
        PyObject listItems = none, dictItems = none;
        if (self.Type.IsSubtypeOf(interp.Types.List))
        {
            if ((listItems = Ops.GetIter(ts, self)!) is null) return null;
        }
        else if (self.Type.IsSubtypeOf(interp.Types.Dict))
        {
            var items = Ops.GetAttr(ts, self, interp.Intern("items"));
            var view = items is null ? null : Ops.Call(ts, items);
            if (view is null || (dictItems = Ops.GetIter(ts, view)!) is null) return null;
        }
        return interp.Tuple(callable, interp.Tuple(args.ToArray()), state, listItems, dictItems);
    }

    /// <summary>Whether the first builtin class in the MRO of <paramref name="type"/> is not
    /// <c>object</c> and does not define how its instances are pickled (__reduce__,
    /// __reduce_ex__ or __getstate__ of its own).</summary>
    static bool HasBuiltinStateBase(Interpreter interp, PyType type)
    {
        foreach (var t in type.Mro)
        {
            if (t.HasFlag(TypeFlags.HeapType)) continue;
            if (ReferenceEquals(t, interp.Types.Object)) return false;
            var d = t.Dict;
            return d.GetStr("__reduce__") is null && d.GetStr("__reduce_ex__") is null && d.GetStr("__getstate__") is null;
        }
        return false;
    }

    /// <summary>A builtin type's name as CPython's tp_name spells it: with its module unless that
    /// is builtins (<c>_thread.lock</c>, <c>re.Match</c>).</summary>
    static string QualifiedTypeName(PyType type) =>
        type.Dict.GetStr("__module__") is PyStr { Value: var module and not "builtins" } ? module + "." + type.Name : type.Name;

    /// <summary>object.__dir__(): the instance dict's keys plus every attribute of the class and
    /// its bases.</summary>
    public static PyObject? Dir(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (!ArgBinder.CheckPositional(ts, "__dir__", args, kw, 0, 0)) return null;
        var interp = ts.Interpreter;
        var names = interp.NewDict();
        int found = Ops.LookupAttr(ts, self, interp.Intern("__dict__"), out var d);
        if (found < 0) return null;
        if (found > 0 && d is PyDict dict) MergeKeys(ts, names, dict);
        found = Ops.LookupAttr(ts, self, interp.Intern("__class__"), out var cls);
        if (found < 0) return null;
        if (found > 0 && cls is PyType t) MergeClassAttributes(ts, names, t);
        return ListHelper.FromDictKeys(ts, names);
    }

    internal static void MergeKeys(ThreadState ts, PyDict into, PyDict from)
    {
        int pos = 0;
        while (from.Next(ref pos, out var k, out _, out long h)) into.TrySetItem(ts, k, h, ts.Interpreter.None);
    }

    /// <summary>The attributes of a class and, recursively, its bases (type.__dir__).</summary>
    internal static void MergeClassAttributes(ThreadState ts, PyDict into, PyType type)
    {
        foreach (var t in type.Mro) MergeKeys(ts, into, t.Dict);
    }
}
