using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>NoneType, ellipsis and NotImplementedType: one instance each per interpreter.</summary>
public static class SingletonTypes
{
    static readonly UnaryFunc ReprSlot = static (ts, self) => ts.Interpreter.Str(((PySingleton)self).Repr);

    public static PyType CreateNoneType(Interpreter interp, BuiltinTypes types) =>
        types.NewBuiltin("NoneType", types.Object, TypeFlags.Immutable, s =>
        {
            s.Repr = ReprSlot;
            s.Bool = static (ts, self) => 0;
            s.New = static (ts, type, args, kw) => args.Length == 0 && kw is null
                ? ts.Interpreter.None
                : ts.Raise(ExceptionKind.TypeError, "NoneType takes no arguments");
        });

    public static PyType CreateEllipsisType(Interpreter interp, BuiltinTypes types) =>
        types.NewBuiltin("ellipsis", types.Object, TypeFlags.Immutable, s =>
        {
            s.Repr = ReprSlot;
            s.New = static (ts, type, args, kw) => args.Length == 0 && kw is null
                ? ts.Interpreter.Ellipsis
                : ts.Raise(ExceptionKind.TypeError, "ellipsis takes no arguments");
        }, static (ts, type) => type.AddMethod("__reduce__", static (ts, self, args, kw) => ts.Interpreter.Str("Ellipsis")));

    public static PyType CreateNotImplementedType(Interpreter interp, BuiltinTypes types) =>
        types.NewBuiltin("NotImplementedType", types.Object, TypeFlags.Immutable, s =>
        {
            s.Repr = ReprSlot;
            s.New = static (ts, type, args, kw) => args.Length == 0 && kw is null
                ? ts.Interpreter.NotImplemented
                : ts.Raise(ExceptionKind.TypeError, "NotImplementedType takes no arguments");
        }, static (ts, type) => type.AddMethod("__reduce__", static (ts, self, args, kw) => ts.Interpreter.Str("NotImplemented")));
}
