using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>Calls a builtin type's slot function (<paramref name="slot"/>) as its dunder method:
/// converts the method's arguments to the slot's signature and the slot's result back to an object.</summary>
public delegate PyObject? SlotWrapperFunc(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames, Delegate slot);
