using Isolated.Objects;

namespace Isolated.Modules.Collections;

/// <summary>collections.defaultdict: a dict whose __missing__ calls default_factory.</summary>
public sealed class PyDefaultDict : PyDict, IInstanceDict
{
    public PyObject? DefaultFactory;
    public PyDict? InstanceDict { get; set; }

    public PyDefaultDict(PyType type) : base(type) { }
}
