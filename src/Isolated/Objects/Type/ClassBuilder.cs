using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>
/// Creating classes at run time (the class statement, type(name, bases, ns)): C3 MRO, __slots__,
/// __init_subclass__, __set_name__, and the slot table of a Python class (a dunder defined in
/// Python replaces the inherited C# slot with one that calls it). Also keeps slots right when a
/// class attribute changes later.
/// </summary>
public static class ClassBuilder
{
    public static PyObject? New(ThreadState ts, PyType metatype, ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        ts.Raise(ExceptionKind.NotImplementedError, "creating classes is not implemented yet");

    /// <summary>Called after a heap type's attribute was set or deleted.</summary>
    public static void AttributeChanged(ThreadState ts, PyType type, PyStr name) => type.Modified();
}
