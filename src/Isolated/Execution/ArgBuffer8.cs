using Isolated.Objects;

namespace Isolated.Execution;

/// <summary>Room for up to eight call arguments on the C# stack, so that calling a C# builtin
/// from the VM needs no array per call.</summary>
[System.Runtime.CompilerServices.InlineArray(8)]
public struct ArgBuffer8
{
    PyObject _first;
}
