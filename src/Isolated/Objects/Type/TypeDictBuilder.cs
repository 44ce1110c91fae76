using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>Helpers that builtin types use to fill their __dict__ lazily (see <see cref="PyType.Dict"/>).</summary>
public static class TypeDictBuilder
{
    public static void AddMethod(this PyType type, string name, BuiltinMethod fn, string? doc = null) =>
        type.Dict.SetStr(type.Owner.Intern(name), new PyMethodDescriptor(type.Owner.Types.MethodDescriptor, type, name, fn, doc));

    public static void AddClassMethod(this PyType type, string name, BuiltinMethod fn, string? doc = null) =>
        type.Dict.SetStr(type.Owner.Intern(name), new PyClassMethodDescriptor(type.Owner.Types.ClassMethodDescriptor, type, name, fn, doc));

    public static void AddGetSet(this PyType type, string name, GetterFunc? getter, SetterFunc? setter = null, string? doc = null) =>
        type.Dict.SetStr(type.Owner.Intern(name), new PyGetSetDescriptor(type.Owner.Types.GetSetDescriptor, type, name, getter, setter, doc));

    public static void AddValue(this PyType type, string name, PyObject value) =>
        type.Dict.SetStr(type.Owner.Intern(name), value);

    /// <summary>A module-level builtin function (or one bound to <paramref name="self"/>).</summary>
    public static PyBuiltinFunction NewBuiltinFunction(this Interpreter interp, string name, PyObject self, BuiltinMethod fn, string? doc = null) =>
        new(interp.Types.BuiltinFunction, name, self, fn, doc);
}
