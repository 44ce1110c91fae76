namespace Isolated.Execution;

/// <summary>One row of a code object's exception table (instead of a block stack): an exception
/// raised by an instruction in [<see cref="Start"/>, <see cref="End"/>) unwinds the stack to
/// <see cref="Depth"/> values, pushes the exception and jumps to <see cref="Handler"/>.
/// <see cref="Cleanup"/> marks cleanup-only handlers that run for termination too (finally, with).</summary>
public readonly record struct ExceptionTableEntry(int Start, int End, int Handler, int Depth, bool Cleanup);
