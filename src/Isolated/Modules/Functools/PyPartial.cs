using Isolated.Objects;

namespace Isolated.Modules.Functools;

/// <summary>A functools.partial object: the callable, the positional arguments put before the
/// call's, and the keywords the call's override. Partial objects carry a __dict__ (as CPython's).</summary>
public sealed class PyPartial : PyObject, IInstanceDict
{
    public PyObject Function;
    public PyTuple Args;
    public PyDict Keywords;
    public PyDict? InstanceDict { get; set; }

    public PyPartial(PyType type, PyObject function, PyTuple args, PyDict keywords) : base(type)
    {
        Function = function;
        Args = args;
        Keywords = keywords;
    }
}
