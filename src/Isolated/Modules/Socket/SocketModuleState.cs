using Isolated.Objects;

namespace Isolated.Modules.Socket;

/// <summary>One _socket module's state: its socket type and the default timeout
/// (socket.setdefaulttimeout; negative for None).</summary>
public sealed class SocketModuleState
{
    public PyType Type = null!;
    public PyType GaiError = null!, HError = null!;
    public double DefaultTimeout = -1;
}
