using Isolated.Objects;

namespace Isolated.Modules.Socket;

/// <summary>An instance of a Python subclass of _socket.socket (socket.socket): with a __dict__.</summary>
public sealed class PySocketSubclass : PySocket, IInstanceDict
{
    public PyDict? InstanceDict { get; set; }

    public PySocketSubclass(PyType type) : base(type) { }
}
