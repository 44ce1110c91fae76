namespace Isolated.Fuzzing;

/// <summary>One fuzz target: Python source defining <c>fuzz(data: bytes)</c>, which feeds the
/// input to the part of the runtime under test. Any Python exception is an acceptable outcome
/// (bad input gets an error); drivers re-raise SystemError so a runtime bug is never swallowed.
/// <see cref="FreshInterpreterPerInput"/>: the input runs in a new interpreter each time (for
/// targets that execute arbitrary code, which may change the interpreter's state).</summary>
public sealed record FuzzTarget(string Name, string Description, string Driver, bool FreshInterpreterPerInput = false);
