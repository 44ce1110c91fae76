namespace Isolated.Objects;

/// <summary>builtin_function_or_method: a C# function, possibly bound to <see cref="Self"/>
/// (a module for module-level functions, an instance for bound builtin methods).</summary>
public sealed class PyBuiltinFunction : PyObject
{
    public readonly string Name;
    public readonly PyObject Self;
    public readonly BuiltinMethod Function;
    public readonly string? Doc;
    /// <summary>__module__ for module-level functions, null for bound methods.</summary>
    public PyObject? Module;

    public PyBuiltinFunction(PyType type, string name, PyObject self, BuiltinMethod function, string? doc = null)
        : base(type)
    {
        Name = name;
        Self = self;
        Function = function;
        Doc = doc;
    }
}
