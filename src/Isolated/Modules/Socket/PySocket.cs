using Isolated.Objects;

namespace Isolated.Modules.Socket;

/// <summary>_socket.socket: a descriptor (-1 once closed or detached), its family/type/proto and
/// its timeout mode (negative: blocking, 0: non-blocking, positive: seconds).</summary>
public class PySocket : PyObject
{
    public int Fd = -1;
    public int Family, Kind, Proto;
    public double Timeout = -1;

    public PySocket(PyType type) : base(type) { }

    ~PySocket()
    {
        // CPython closes a forgotten socket (with a ResourceWarning); never leak the descriptor.
        if (Fd >= 0) SocketNative.Close(Fd);
    }
}
