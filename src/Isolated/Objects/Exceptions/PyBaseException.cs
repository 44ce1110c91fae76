namespace Isolated.Objects;

/// <summary>An instance of BaseException or any subclass, builtin or Python-defined. The
/// attributes specific to some exception families (OSError.errno, SyntaxError.lineno,
/// StopIteration.value, ...) live in <see cref="Fields"/>, laid out per family by
/// <see cref="ExceptionLayouts"/>; when an exception was created from C# with only args, the
/// fields are derived from args on first access.</summary>
public class PyBaseException : PyObject
{
    public PyTuple Args;
    public PyObject? Traceback;
    public PyBaseException? Cause;
    public PyBaseException? Context;
    public bool SuppressContext;
    /// <summary>Attributes set on the instance (exceptions always carry a __dict__, as in CPython).</summary>
    public PyDict? Dict;
    /// <summary>Family-specific attributes (null until initialised or first read).</summary>
    public PyObject?[]? Fields;

    public PyBaseException(PyType type, PyTuple args) : base(type) => Args = args;

    /// <summary>The message for diagnostics in .NET code (not Python's str()).</summary>
    public override string ToString()
    {
        string msg = Args.Count == 1 ? Args[0] is PyStr s ? s.Value : Args[0].ToString()! : "";
        return msg.Length == 0 ? Type.Name : $"{Type.Name}: {msg}";
    }
}
