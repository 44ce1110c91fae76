using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Thread;

/// <summary>_thread._local (threading.local): a subclass's __init__ runs again, with the
/// constructor's arguments, the first time each new thread touches the object.</summary>
public static class LocalType
{
    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("_local", types.Object, TypeFlags.BaseType, s =>
        {
            s.New = static (ts, type, args, kw) =>
            {
                var interp = ts.Interpreter;
                if (args.Length > 0 && ReferenceEquals(type, interp.Types.ThreadLocal))
                    return ts.Raise(ExceptionKind.TypeError, "Initialization arguments are not supported");
                var l = new PyLocal(type) { InitArgs = args.ToArray(), InitKwnames = kw };
                l.DictForCurrentThread(out _);
                return l;
            };
            s.Init = static (ts, self, args, kw) => true;
            s.GetAttr = static (ts, self, name) => EnsureInitialized(ts, self) ? Ops.GenericGetAttr(ts, self, name) : null;
            s.SetAttr = static (ts, self, name, value) =>
            {
                if (!EnsureInitialized(ts, self)) return false;
                if (name.Value == "__dict__")
                {
                    ts.Raise(ExceptionKind.AttributeError, $"'{self.Type.Name}' object attribute '__dict__' is read-only");
                    return false;
                }
                return Ops.GenericSetAttr(ts, self, name, value);
            };
        }, static (ts, type) => type.AddValue("__module__", type.Owner.Str("_thread")));

    static bool EnsureInitialized(ThreadState ts, PyObject self)
    {
        var l = (PyLocal)self;
        l.DictForCurrentThread(out bool created);
        if (!created || ReferenceEquals(l.Type, ts.Interpreter.Types.ThreadLocal)) return true;
        var init = Ops.GetAttr(ts, l.Type, "__init__");
        if (init is null) return false;
        var args = new PyObject[l.InitArgs.Length + 1];
        args[0] = l;
        l.InitArgs.CopyTo(args, 1);
        return Ops.Call(ts, init, args, l.InitKwnames) is not null;
    }
}
