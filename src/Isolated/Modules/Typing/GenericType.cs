using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Typing;

/// <summary>typing.Generic: the base of generic classes. Subscription and subclass checks are
/// typing.py's (_generic_class_getitem, _generic_init_subclass), as in CPython.</summary>
public static class GenericType
{
    public static PyType Create(BuiltinTypes types) =>
        types.NewBuiltin("Generic", types.Object, TypeFlags.BaseType, static s => { }, static (ts0, type) =>
        {
            var interp = type.Owner;
            type.AddValue("__module__", interp.Str("typing"));
            type.AddValue("__slots__", interp.EmptyTuple);
            type.AddClassMethod("__class_getitem__", static (ts, cls, args, kw) =>
                ArgBinder.CheckPositional(ts, "__class_getitem__", args, kw, 1, 1) ? TypingCalls.Call(ts, "_generic_class_getitem", cls, args[0]) : null);
            type.AddClassMethod("__init_subclass__", static (ts, cls, args, kw) =>
            {
                var all = new PyObject[args.Length + 1];
                all[0] = cls;
                args.CopyTo(all.AsSpan(1));
                return TypingCalls.Call(ts, "_generic_init_subclass", all, kw);
            });
        });
}
