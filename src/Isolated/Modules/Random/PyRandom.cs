using Isolated.Objects;

namespace Isolated.Modules.RandomGenerator;

/// <summary>A <c>_random.Random</c>: one Mersenne Twister.</summary>
public class PyRandom : PyObject
{
    public readonly MersenneTwister Generator = new();

    public PyRandom(PyType type) : base(type) { }
}
