using Isolated.Objects;

namespace Isolated.Modules.Select;

/// <summary>select.epoll: owns an epoll descriptor (-1 once closed).</summary>
public sealed class PyEpoll : PyObject, IInstanceDict
{
    public int Fd = -1;
    public PyDict? InstanceDict { get; set; }

    public PyEpoll(PyType type) : base(type) { }

    ~PyEpoll()
    {
        if (Fd >= 0) Posix.PosixNative.Close(Fd);
    }
}
