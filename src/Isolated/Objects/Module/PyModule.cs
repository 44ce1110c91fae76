namespace Isolated.Objects;

/// <summary>A module object: a namespace dict (its globals) plus, for extension modules, the
/// C API's per-module state.</summary>
public sealed class PyModule : PyObject, IInstanceDict
{
    public PyDict Dict;

    /// <summary>State owned by the C API bridge for extension modules (PEP 489 m_size state).</summary>
    public object? NativeState;

    public PyModule(PyType type, PyDict dict) : base(type) => Dict = dict;

    PyDict? IInstanceDict.InstanceDict
    {
        get => Dict;
        set => Dict = value ?? throw new InvalidOperationException("a module's __dict__ cannot be removed");
    }

    public string Name => Dict.GetStr("__name__") is PyStr s ? s.Value : "?";
}
