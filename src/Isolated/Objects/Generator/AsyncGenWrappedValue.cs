namespace Isolated.Objects;

/// <summary>A value yielded by an async generator's own <c>yield</c>, as opposed to one its awaits
/// pass up to the event loop (never visible to Python code).</summary>
public sealed class AsyncGenWrappedValue : PyObject
{
    public readonly PyObject Value;

    public AsyncGenWrappedValue(PyType type, PyObject value) : base(type) => Value = value;
}
