namespace Isolated.Objects;

/// <summary>
/// Carries a Python exception through .NET code on cold paths (DESIGN §5). The VM and the C API
/// catch it at their boundary and turn it back into the thread's error indicator; hot paths use
/// the value protocol (null return + <see cref="Runtime.ThreadState.CurrentException"/>) instead.
/// </summary>
public sealed class PyException : Exception
{
    public readonly PyBaseException Value;

    public PyException(PyBaseException value) : base(value.ToString()) => Value = value;
}
