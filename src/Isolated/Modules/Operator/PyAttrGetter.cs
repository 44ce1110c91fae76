using Isolated.Objects;

namespace Isolated.Modules.Operator;

/// <summary>operator.attrgetter: per requested attribute, its dotted path split into interned
/// names (the lookups) and the name as given (repr and pickling).</summary>
public sealed class PyAttrGetter(PyType type, PyStr[][] paths, PyStr[] names) : PyObject(type)
{
    public readonly PyStr[][] Paths = paths;
    public readonly PyStr[] Names = names;
}
