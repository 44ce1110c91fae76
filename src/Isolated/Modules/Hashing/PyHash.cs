using Isolated.Objects;

namespace Isolated.Modules.Hashing;

/// <summary>A hash object (hashlib's HASH, HASHXOF, blake2b, blake2s).</summary>
public sealed class PyHash : PyObject
{
    public readonly HashState State;

    public PyHash(PyType type, HashState state) : base(type) => State = state;
}
