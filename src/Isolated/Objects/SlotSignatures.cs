using Isolated.Runtime;

namespace Isolated.Objects;

// The signatures of a type's slots (DESIGN §4). Failure protocol (DESIGN §5, "exceptions as
// values"): a slot that fails records the exception on the ThreadState and returns null / false /
// -1; it throws only on cold paths (the VM converts a thrown PyException at its boundary).

/// <summary>tp_repr, tp_str, tp_iter, nb_negative, nb_index, ...: one operand.</summary>
public delegate PyObject? UnaryFunc(ThreadState ts, PyObject self);

/// <summary>nb_add and friends: CPython semantics — called with (left, right) on both operands'
/// types; either may be "self". Returns the interpreter's NotImplemented when it does not apply.</summary>
public delegate PyObject? BinaryFunc(ThreadState ts, PyObject left, PyObject right);

/// <summary>nb_power: the third operand is None when absent.</summary>
public delegate PyObject? TernaryFunc(ThreadState ts, PyObject a, PyObject b, PyObject c);

/// <summary>tp_richcompare.</summary>
public delegate PyObject? RichCompareFunc(ThreadState ts, PyObject left, PyObject right, CompareOp op);

/// <summary>tp_hash: false with an exception set on failure.</summary>
public delegate bool HashFunc(ThreadState ts, PyObject self, out long hash);

/// <summary>nb_bool, sq_contains: 1 true, 0 false, -1 error.</summary>
public delegate int InquiryFunc(ThreadState ts, PyObject self);

/// <summary>sq_contains.</summary>
public delegate int ContainsFunc(ThreadState ts, PyObject self, PyObject item);

/// <summary>sq_length / mp_length: -1 with an exception set on failure.</summary>
public delegate long LengthFunc(ThreadState ts, PyObject self);

/// <summary>mp_ass_subscript: value null means delete.</summary>
public delegate bool SetItemFunc(ThreadState ts, PyObject self, PyObject key, PyObject? value);

/// <summary>tp_getattro. Returns null with AttributeError set when absent.</summary>
public delegate PyObject? GetAttrFunc(ThreadState ts, PyObject self, PyStr name);

/// <summary>tp_setattro: value null means delete.</summary>
public delegate bool SetAttrFunc(ThreadState ts, PyObject self, PyStr name, PyObject? value);

/// <summary>tp_descr_get: instance null when looked up on the class.</summary>
public delegate PyObject? DescrGetFunc(ThreadState ts, PyObject descr, PyObject? instance, PyType? owner);

/// <summary>tp_descr_set: value null means delete.</summary>
public delegate bool DescrSetFunc(ThreadState ts, PyObject descr, PyObject instance, PyObject? value);

/// <summary>tp_iternext: returns null with no exception set when exhausted (no StopIteration is
/// materialised unless Python code asks for it), null with an exception set on error.</summary>
public delegate PyObject? IterNextFunc(ThreadState ts, PyObject self);

/// <summary>Vectorcall convention: <paramref name="args"/> holds the positional arguments followed
/// by the values of the keyword arguments whose names are in <paramref name="kwnames"/>.</summary>
public delegate PyObject? CallFunc(ThreadState ts, PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames);

/// <summary>tp_new, in the vectorcall convention.</summary>
public delegate PyObject? NewFunc(ThreadState ts, PyType type, ReadOnlySpan<PyObject> args, PyTuple? kwnames);

/// <summary>tp_init: false with an exception set on failure.</summary>
public delegate bool InitFunc(ThreadState ts, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames);
