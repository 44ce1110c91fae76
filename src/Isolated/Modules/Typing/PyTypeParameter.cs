using Isolated.Objects;

namespace Isolated.Modules.Typing;

/// <summary>An instance of <c>typing.TypeVar</c>, <c>typing.ParamSpec</c> or <c>typing.TypeVarTuple</c>
/// (the three kinds of PEP 695 type parameter; which one is told by the Python type). The instance
/// dict holds <c>__module__</c>, the module that created the parameter, as CPython records it.</summary>
public sealed class PyTypeParameter : PyObject, IInstanceDict
{
    public readonly PyStr Name;
    public PyObject? Bound;
    public PyTuple? Constraints;
    public bool Covariant, Contravariant, InferVariance;

    public PyDict? InstanceDict { get; set; }

    public PyTypeParameter(PyType type, PyStr name) : base(type) => Name = name;

    /// <summary>'+' covariant, '-' contravariant, '~' invariant, nothing when the variance is inferred.</summary>
    public string VariancePrefix => InferVariance ? "" : Covariant ? "+" : Contravariant ? "-" : "~";
}
