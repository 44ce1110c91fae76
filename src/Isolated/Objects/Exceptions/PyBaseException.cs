namespace Isolated.Objects;

/// <summary>An instance of BaseException or any subclass, builtin or Python-defined.</summary>
public class PyBaseException : PyObject
{
    public PyTuple Args;
    public PyObject? Traceback;
    public PyBaseException? Cause;
    public PyBaseException? Context;
    public bool SuppressContext;
    /// <summary>Attributes set on the instance (exceptions always carry a __dict__, as in CPython).</summary>
    public PyDict? Dict;

    public PyBaseException(PyType type, PyTuple args) : base(type) => Args = args;

    /// <summary>The message for diagnostics in .NET code (not Python's str()).</summary>
    public override string ToString()
    {
        string msg = Args.Count == 1 ? Args[0] is PyStr s ? s.Value : Args[0].ToString()! : "";
        return msg.Length == 0 ? Type.Name : $"{Type.Name}: {msg}";
    }
}
