using Isolated.Objects;

namespace Isolated.Modules.RandomGenerator;

/// <summary>An instance of a Python subclass of _random.Random (random.Random): one with a __dict__.</summary>
public sealed class PyRandomSubclass : PyRandom, IInstanceDict
{
    public PyDict? InstanceDict { get; set; }

    public PyRandomSubclass(PyType type) : base(type) { }
}
