using Isolated.Objects;

namespace Isolated.Modules.Posix;

/// <summary>The iterator scandir() returns: entries read ahead into a list (the directory is
/// closed at once, so close() and the context manager only mark it exhausted).</summary>
public sealed class PyScandirIterator : PyObject
{
    public readonly List<PyDirEntry> Entries;
    public int Position;

    public PyScandirIterator(PyType type, List<PyDirEntry> entries) : base(type) => Entries = entries;
}
