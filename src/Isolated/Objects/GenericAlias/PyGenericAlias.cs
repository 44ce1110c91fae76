namespace Isolated.Objects;

/// <summary><c>types.GenericAlias</c>: what <c>list[int]</c> evaluates to (PEP 585): the origin
/// class and the type arguments.</summary>
public sealed class PyGenericAlias : PyObject
{
    public readonly PyObject Origin;
    public readonly PyTuple Args;

    /// <summary>__parameters__, computed on first use.</summary>
    public PyTuple? Parameters;

    public PyGenericAlias(PyType type, PyObject origin, PyTuple args) : base(type)
    {
        Origin = origin;
        Args = args;
    }
}
