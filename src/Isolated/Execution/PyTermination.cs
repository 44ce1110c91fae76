using Isolated.Objects;

namespace Isolated.Execution;

/// <summary>The exception a termination request (<see cref="Runtime.EvalBreaker.Terminate"/>)
/// raises: no <c>except</c> clause matches it and no <c>__exit__</c> can suppress it, so only
/// finally blocks and with-statement cleanup run while it unwinds.</summary>
public sealed class PyTermination : PyBaseException
{
    public PyTermination(PyType type, PyTuple args) : base(type, args) { }
}
