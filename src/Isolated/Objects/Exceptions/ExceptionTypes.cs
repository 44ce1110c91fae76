using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>Creates an interpreter's builtin exception classes on first use, from
/// <see cref="ExceptionHierarchy.Table"/>.</summary>
public static class ExceptionTypes
{
    public static PyType Create(Interpreter interp, ExceptionKind kind)
    {
        var entry = ExceptionHierarchy.Table[(int)kind];
        var types = interp.Types;
        if (ExceptionHierarchy.IsRoot(entry))
            return types.NewBuiltin(entry.Name, types.Object, TypeFlags.BaseType | TypeFlags.BaseExceptionSubclass, ConfigureBase);
        var parent = interp.ExceptionType(entry.Parent);
        return types.NewBuiltin(entry.Name, parent, parent.Flags & ~TypeFlags.HeapType, static _ => { });
    }

    static void ConfigureBase(TypeSlots s)
    {
        s.New = static (ts, type, args, kw) => new PyBaseException(type, args.Length == 0 ? ts.Interpreter.EmptyTuple : ts.Interpreter.Tuple(args.ToArray()));
        s.Init = static (ts, self, args, kw) =>
        {
            ((PyBaseException)self).Args = args.Length == 0 ? ts.Interpreter.EmptyTuple : ts.Interpreter.Tuple(args.ToArray());
            return true;
        };
        s.Repr = static (ts, self) =>
        {
            var e = (PyBaseException)self;
            if (e.Args.Count == 1)
                return Ops.Repr(ts, e.Args[0]) is PyStr r ? ts.Interpreter.Str($"{e.Type.Name}({r.Value})") : null;
            return Ops.Repr(ts, e.Args) is PyStr rs ? ts.Interpreter.Str(e.Type.Name + rs.Value) : null;
        };
        s.Str = static (ts, self) =>
        {
            var e = (PyBaseException)self;
            return e.Args.Count switch
            {
                0 => ts.Interpreter.EmptyStr,
                1 => Ops.Str(ts, e.Args[0]),
                _ => Ops.Str(ts, e.Args),
            };
        };
    }
}
