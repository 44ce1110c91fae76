using Isolated.Objects;

namespace Isolated.Modules.Typing;

/// <summary><c>P.args</c> / <c>P.kwargs</c> of a ParamSpec P (typing.ParamSpecArgs / ParamSpecKwargs).</summary>
public sealed class PyParamSpecComponent : PyObject
{
    public readonly PyObject Origin;

    public PyParamSpecComponent(PyType type, PyObject origin) : base(type) => Origin = origin;
}
