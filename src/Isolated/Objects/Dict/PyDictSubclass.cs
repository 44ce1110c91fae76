namespace Isolated.Objects;

/// <summary>An instance of a Python subclass of <c>dict</c> (defaultdict, OrderedDict, Counter
/// written in Python...): a dict with a __dict__.</summary>
public sealed class PyDictSubclass : PyDict, IInstanceDict
{
    public PyDict? InstanceDict { get; set; }

    public PyDictSubclass(PyType type) : base(type) { }
}
