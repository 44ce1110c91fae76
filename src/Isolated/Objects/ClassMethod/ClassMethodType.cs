using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>classmethod</c> type.</summary>
public static class ClassMethodType
{
    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("classmethod", types.Object, TypeFlags.BaseType | TypeFlags.HasInstanceDict, s =>
        {
            s.New = static (ts, type, args, kw) => new PyClassMethod(type, ts.Interpreter.None);
            s.Init = static (ts, self, args, kw) =>
            {
                if (!ArgBinder.CheckPositional(ts, "classmethod", args, kw, 1, 1)) return false;
                var cm = (PyClassMethod)self;
                cm.Callable = args[0];
                return WrapperAttributes.Copy(ts, cm, args[0]);
            };
            s.DescrGet = static (ts, descr, instance, owner) =>
            {
                var cm = (PyClassMethod)descr;
                var cls = (PyObject?)owner ?? instance!.Type;
                // Binding goes through the callable's own __get__ when it has one (functions).
                if (cm.Callable.Type.Slots.DescrGet is { } get)
                    return get(ts, cm.Callable, cls, cls.Type);
                return BoundCallable.Bind(ts, cm.Callable, cls);
            };
            s.Repr = static (ts, self) =>
                Ops.Repr(ts, ((PyClassMethod)self).Callable) is PyStr r ? ts.Interpreter.Str($"<classmethod({r.Value})>") : null;
        }, FillDict);

    static void FillDict(ThreadState? ts, PyType type)
    {
        type.AddGetSet("__func__", static (ts, self) => ((PyClassMethod)self).Callable);
        type.AddGetSet("__wrapped__", static (ts, self) => ((PyClassMethod)self).Callable);
        type.AddGetSet("__isabstractmethod__", static (ts, self) =>
        {
            int r = AbstractFlag.IsAbstract(ts, ((PyClassMethod)self).Callable);
            return r < 0 ? null : ts.Interpreter.Bool(r > 0);
        });
        type.AddGetSet("__dict__", static (ts, self) => ((PyClassMethod)self).InstanceDict ??= ts.Interpreter.NewDict());
    }
}
