namespace Isolated.Objects;

/// <summary>dict_keys / dict_values / dict_items: a live view of a dict.</summary>
public sealed class PyDictView : PyObject
{
    public readonly PyDict Dict;
    public readonly DictViewKind Kind;

    public PyDictView(PyType type, PyDict dict, DictViewKind kind) : base(type)
    {
        Dict = dict;
        Kind = kind;
    }
}
