using Isolated.Objects;

namespace Isolated.Modules.Hashing;

/// <summary>An _hashlib.HMAC object.</summary>
public sealed class PyHmac : PyObject
{
    public readonly HmacState State;

    public PyHmac(PyType type, HmacState state) : base(type) => State = state;
}
