using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>A getset descriptor's getter: null with the error set on failure.</summary>
public delegate PyObject? GetterFunc(ThreadState ts, PyObject self);

/// <summary>A getset descriptor's setter: value null means delete; false with the error set on failure.</summary>
public delegate bool SetterFunc(ThreadState ts, PyObject self, PyObject? value);
