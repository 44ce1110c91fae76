namespace Isolated.Objects;

/// <summary>
/// The root of every Python object. A Python object is a C# object deriving from this class; it
/// knows its Python type (which belongs to exactly one interpreter) and, once it has crossed into
/// C, the address of its native header (DESIGN §6).
/// </summary>
public abstract class PyObject
{
    /// <summary>ob_type. Mutable only for <c>__class__</c> assignment on instances.</summary>
    public PyType Type;

    /// <summary>Address of the native <c>{ ob_refcnt, ob_type, handle }</c> header, 0 until the
    /// object first crosses into C. Owned by the C API bridge.</summary>
    public nint NativeHeader;

    protected PyObject(PyType type) => Type = type;

    /// <summary>The interpreter this object belongs to (through its type).</summary>
    public Runtime.Interpreter Interpreter => Type.Owner;

    public override string ToString() => $"<{Type.Name} object>";
}
