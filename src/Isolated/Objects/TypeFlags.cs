namespace Isolated.Objects;

[Flags]
public enum TypeFlags
{
    None = 0,
    /// <summary>Created at run time by a class statement or type(); its __dict__ is writable.</summary>
    HeapType = 1 << 0,
    /// <summary>May be subclassed (CPython's Py_TPFLAGS_BASETYPE).</summary>
    BaseType = 1 << 1,
    /// <summary>Instances carry a __dict__.</summary>
    HasInstanceDict = 1 << 2,
    /// <summary>An abstract class (has __abstractmethods__).</summary>
    IsAbstract = 1 << 3,
    /// <summary>Fast subclass checks, as CPython's Py_TPFLAGS_*_SUBCLASS bits.</summary>
    IntSubclass = 1 << 8,
    StrSubclass = 1 << 9,
    TupleSubclass = 1 << 10,
    ListSubclass = 1 << 11,
    DictSubclass = 1 << 12,
    BytesSubclass = 1 << 13,
    BaseExceptionSubclass = 1 << 14,
    TypeSubclass = 1 << 15,
    /// <summary>Instances are immutable (used when deciding shareability and hashing).</summary>
    Immutable = 1 << 16,
    /// <summary>A type defined by a C extension through PyType_FromSpec.</summary>
    Native = 1 << 17,
    /// <summary>Calling <c>descr(self, *args)</c> equals calling <c>descr.__get__(self)(*args)</c>
    /// (CPython's Py_TPFLAGS_METHOD_DESCRIPTOR): callers may skip creating a bound method.</summary>
    MethodDescriptor = 1 << 18,
    /// <summary>The add slot is a sequence concatenation (CPython's sq_concat, not nb_add): the
    /// type's dict has <c>__add__</c> but no <c>__radd__</c>.</summary>
    SequenceConcat = 1 << 19,
    /// <summary>Instances match sequence patterns in <c>match</c> (CPython's Py_TPFLAGS_SEQUENCE):
    /// set on list, tuple, range, memoryview, deque and array, taken from the first class of the MRO
    /// that has it or <see cref="Mapping"/>, and set by <c>collections.abc.Sequence</c> (its
    /// <c>__abc_tpflags__</c>) and by registering a class with it.</summary>
    Sequence = 1 << 20,
    /// <summary>Instances match mapping patterns (CPython's Py_TPFLAGS_MAPPING): dict,
    /// mappingproxy, and as <see cref="Sequence"/> for <c>collections.abc.Mapping</c>.</summary>
    Mapping = 1 << 21,
    CollectionKinds = Sequence | Mapping,
    /// <summary>The class or a base defines <c>__del__</c>: its instances are finalized when they
    /// become unreachable (<see cref="Runtime.FinalizerQueue"/>). Kept up to date when
    /// <c>__del__</c> is set or deleted on a class later.</summary>
    HasFinalizer = 1 << 22,
}
