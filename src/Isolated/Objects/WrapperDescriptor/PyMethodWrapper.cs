namespace Isolated.Objects;

/// <summary>method-wrapper: a slot wrapper bound to an instance, e.g. <c>(1).__add__</c>.</summary>
public sealed class PyMethodWrapper : PyObject
{
    public readonly PyWrapperDescriptor Descriptor;
    public readonly PyObject Self;

    public PyMethodWrapper(PyType type, PyWrapperDescriptor descriptor, PyObject self) : base(type)
    {
        Descriptor = descriptor;
        Self = self;
    }
}
