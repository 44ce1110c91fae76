using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>The <c>staticmethod</c> type.</summary>
public static class StaticMethodType
{
    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("staticmethod", types.Object, TypeFlags.BaseType | TypeFlags.HasInstanceDict, s =>
        {
            s.New = static (ts, type, args, kw) => new PyStaticMethod(type, ts.Interpreter.None);
            s.Init = static (ts, self, args, kw) =>
            {
                if (!ArgBinder.CheckPositional(ts, "staticmethod", args, kw, 1, 1)) return false;
                var sm = (PyStaticMethod)self;
                sm.Callable = args[0];
                return WrapperAttributes.Copy(ts, sm, args[0]);
            };
            s.DescrGet = static (ts, descr, instance, owner) => ((PyStaticMethod)descr).Callable;
            s.Call = static (ts, self, args, kw) => Ops.Call(ts, ((PyStaticMethod)self).Callable, args, kw);
            s.Repr = static (ts, self) =>
                Ops.Repr(ts, ((PyStaticMethod)self).Callable) is PyStr r ? ts.Interpreter.Str($"<staticmethod({r.Value})>") : null;
        }, FillDict);

    static void FillDict(ThreadState? ts, PyType type)
    {
        type.AddGetSet("__func__", static (ts, self) => ((PyStaticMethod)self).Callable);
        type.AddGetSet("__wrapped__", static (ts, self) => ((PyStaticMethod)self).Callable);
        type.AddGetSet("__isabstractmethod__", static (ts, self) =>
        {
            int r = AbstractFlag.IsAbstract(ts, ((PyStaticMethod)self).Callable);
            return r < 0 ? null : ts.Interpreter.Bool(r > 0);
        });
        type.AddGetSet("__dict__", static (ts, self) => ((PyStaticMethod)self).InstanceDict ??= ts.Interpreter.NewDict());
    }
}
