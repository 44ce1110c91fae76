using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>property</c> type.</summary>
public static class PropertyType
{
    static readonly string[] InitNames = ["fget", "fset", "fdel", "doc"];

    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("property", types.Object, TypeFlags.BaseType, s =>
        {
            s.New = static (ts, type, args, kw) =>
                ReferenceEquals(type, ts.Interpreter.Types.Property) ? new PyProperty(type) : new PyPropertySubclass(type);
            s.Init = Init;
            s.DescrGet = DescrGet;
            s.DescrSet = DescrSet;
        }, FillDict);

    static bool Init(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        Span<PyObject?> a = new PyObject?[4];
        if (!ArgBinder.Bind(ts, "property", args, kwnames, InitNames, 0, a)) return false;
        var p = (PyProperty)self;
        var none = ts.Interpreter.None;
        p.Get = NoneToNull(ts, a[0]);
        p.Set = NoneToNull(ts, a[1]);
        p.Delete = NoneToNull(ts, a[2]);
        p.Doc = NoneToNull(ts, a[3]);
        p.DocFromGetter = false;
        if (p.Doc is null && p.Get is not null)
        {
            // The getter's docstring becomes the property's.
            int found = Ops.LookupAttr(ts, p.Get, ts.Interpreter.Intern("__doc__"), out var doc);
            if (found < 0) return false;
            if (found > 0 && !ReferenceEquals(doc, none))
            {
                p.Doc = doc;
                p.DocFromGetter = true;
            }
        }
        if (p is PyPropertySubclass sub && p.Doc is not null)
            (sub.InstanceDict ??= ts.Interpreter.NewDict()).SetStr(ts.Interpreter.Intern("__doc__"), p.Doc);
        return true;
    }

    static PyObject? NoneToNull(ThreadState ts, PyObject? o) => o is null || ReferenceEquals(o, ts.Interpreter.None) ? null : o;

    static string Describe(ThreadState ts, PyProperty p, PyObject instance, string what)
    {
        if (p.Name is PyStr n)
            return $"property '{n.Value}' of '{instance.Type.Name}' object has no {what}";
        return $"property of '{instance.Type.Name}' object has no {what}";
    }

    static PyObject? DescrGet(ThreadState ts, PyObject descr, PyObject? instance, PyType? owner)
    {
        var p = (PyProperty)descr;
        if (instance is null) return p;
        if (p.Get is null) return ts.Raise(ExceptionKind.AttributeError, Describe(ts, p, instance, "getter"));
        return Ops.Call(ts, p.Get, instance);
    }

    static bool DescrSet(ThreadState ts, PyObject descr, PyObject instance, PyObject? value)
    {
        var p = (PyProperty)descr;
        var f = value is null ? p.Delete : p.Set;
        if (f is null)
        {
            ts.Raise(ExceptionKind.AttributeError, Describe(ts, p, instance, value is null ? "deleter" : "setter"));
            return false;
        }
        return (value is null ? Ops.Call(ts, f, instance) : Ops.Call(ts, f, instance, value)) is not null;
    }

    /// <summary>getter/setter/deleter: a copy of the property (of the same type) with one function replaced.</summary>
    static PyObject? Copy(ThreadState ts, PyProperty p, PyObject? get, PyObject? set, PyObject? delete)
    {
        var interp = ts.Interpreter;
        var none = interp.None;
        var doc = p.DocFromGetter && get is not null ? none : p.Doc ?? none;
        var copy = Ops.Call(ts, p.Type, [get ?? p.Get ?? none, set ?? p.Set ?? none, delete ?? p.Delete ?? none, doc]);
        if (copy is PyProperty cp && cp.Name is null) cp.Name = p.Name;
        return copy;
    }

    static void FillDict(ThreadState? ts, PyType type)
    {
        type.AddMethod("getter", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "getter", args, kw, 1, 1) ? Copy(ts, (PyProperty)self, args[0], null, null) : null,
            "Descriptor to obtain a copy of the property with a different getter.");
        type.AddMethod("setter", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "setter", args, kw, 1, 1) ? Copy(ts, (PyProperty)self, null, args[0], null) : null,
            "Descriptor to obtain a copy of the property with a different setter.");
        type.AddMethod("deleter", static (ts, self, args, kw) =>
            ArgBinder.CheckPositional(ts, "deleter", args, kw, 1, 1) ? Copy(ts, (PyProperty)self, null, null, args[0]) : null,
            "Descriptor to obtain a copy of the property with a different deleter.");
        type.AddMethod("__set_name__", static (ts, self, args, kw) =>
        {
            if (!ArgBinder.CheckPositional(ts, "__set_name__", args, kw, 2, 2)) return null;
            ((PyProperty)self).Name = args[1];
            return ts.Interpreter.None;
        }, "Method to set name of a property.");
        type.AddGetSet("fget", static (ts, self) => ((PyProperty)self).Get ?? ts.Interpreter.None);
        type.AddGetSet("fset", static (ts, self) => ((PyProperty)self).Set ?? ts.Interpreter.None);
        type.AddGetSet("fdel", static (ts, self) => ((PyProperty)self).Delete ?? ts.Interpreter.None);
        type.AddGetSet("__doc__", static (ts, self) => ((PyProperty)self).Doc ?? ts.Interpreter.None,
            static (ts, self, value) =>
            {
                var p = (PyProperty)self;
                p.Doc = value is null || ReferenceEquals(value, ts.Interpreter.None) ? null : value;
                p.DocFromGetter = false;
                return true;
            });
        type.AddGetSet("__isabstractmethod__", static (ts, self) =>
        {
            var p = (PyProperty)self;
            foreach (var f in (ReadOnlySpan<PyObject?>)[p.Get, p.Set, p.Delete])
            {
                if (f is null) continue;
                int r = AbstractFlag.IsAbstract(ts, f);
                if (r < 0) return null;
                if (r > 0) return ts.Interpreter.True;
            }
            return ts.Interpreter.False;
        });
    }
}
