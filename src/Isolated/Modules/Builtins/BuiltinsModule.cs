using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules;

/// <summary>
/// The <c>builtins</c> module, one per interpreter. Its functions are contributed by area, each
/// in its own partial file (core/VM-related, numbers, strings, sequences and iteration); an area
/// implements its partial method below.
/// </summary>
public static partial class BuiltinsModule
{
    public static PyModule Create(Interpreter interp)
    {
        var m = ModuleType.New(interp, "builtins");
        m.Dict.SetStr("__doc__", interp.Str("Built-in functions, types, exceptions, and other objects."));
        AddTypesAndConstants(interp, m);
        AddCoreFunctions(interp, m);
        AddNumberFunctions(interp, m);
        AddStringFunctions(interp, m);
        AddSequenceFunctions(interp, m);
        AddIoFunctions(interp, m);
        AddObjectFunctions(interp, m);
        AddOpenFunction(interp, m);
        return m;
    }

    static void AddTypesAndConstants(Interpreter interp, PyModule m)
    {
        var t = interp.Types;
        m.Dict.SetStr("None", interp.None);
        m.Dict.SetStr("Ellipsis", interp.Ellipsis);
        m.Dict.SetStr("NotImplemented", interp.NotImplemented);
        m.Dict.SetStr("True", interp.True);
        m.Dict.SetStr("False", interp.False);
        // True unless optimizing (-O), which Isolated does not do: asserts always run.
        m.Dict.SetStr("__debug__", interp.True);
        m.Dict.SetStr("object", t.Object);
        m.Dict.SetStr("type", t.Type);
        m.Dict.SetStr("int", t.Int);
        m.Dict.SetStr("bool", t.Bool);
        m.Dict.SetStr("str", t.Str);
        m.Dict.SetStr("tuple", t.Tuple);
        m.Dict.SetStr("dict", t.Dict);
        for (var kind = (ExceptionKind)0; kind < ExceptionKind.Count; kind++)
        {
            var type = interp.ExceptionType(kind);
            m.Dict.SetStr(type.Name, type);
        }
        m.Dict.SetStr("EnvironmentError", interp.ExceptionType(ExceptionKind.OSError));
        m.Dict.SetStr("IOError", interp.ExceptionType(ExceptionKind.OSError));
    }

    /// <summary>Adds a module-level builtin function to <paramref name="m"/>.</summary>
    public static void AddFunction(PyModule m, string name, BuiltinMethod fn, string? doc = null)
    {
        var interp = m.Type.Owner;
        var f = interp.NewBuiltinFunction(name, m, fn, doc);
        f.Module = interp.Intern("builtins");
        m.Dict.SetStr(interp.Intern(name), f);
    }

    // Each area implements one of these in its own file (BuiltinsModule.Core.cs, .Numbers.cs,
    // .Strings.cs, .Sequences.cs). Partial methods keep the areas independent.
    static partial void AddCoreFunctions(Interpreter interp, PyModule m);
    static partial void AddNumberFunctions(Interpreter interp, PyModule m);
    static partial void AddStringFunctions(Interpreter interp, PyModule m);
    static partial void AddSequenceFunctions(Interpreter interp, PyModule m);
    static partial void AddIoFunctions(Interpreter interp, PyModule m);
    static partial void AddObjectFunctions(Interpreter interp, PyModule m);
    static partial void AddOpenFunction(Interpreter interp, PyModule m);
}
