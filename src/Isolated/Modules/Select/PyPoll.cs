using Isolated.Objects;

namespace Isolated.Modules.Select;

/// <summary>select.poll(): the registered descriptors and their event masks, in registration order.</summary>
public sealed class PyPoll : PyObject
{
    public readonly Dictionary<int, short> Registered = new();
    public readonly List<int> Order = new();
    public bool Polling;

    public PyPoll(PyType type) : base(type) { }
}
