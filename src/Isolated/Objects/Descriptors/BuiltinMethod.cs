using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>
/// A builtin function or method implemented in C#, in the vectorcall convention: <paramref name="self"/>
/// is the bound object (the module for module-level functions), <paramref name="args"/> the
/// positional arguments followed by the keyword values named in <paramref name="kwnames"/>.
/// Returns null with the error set on the ThreadState on failure.
/// </summary>
public delegate PyObject? BuiltinMethod(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames);
