namespace Isolated.Modules.Io;

/// <summary>An <c>_io.FileIO</c>: a raw stream over a POSIX file descriptor (-1 once closed).</summary>
public sealed class PyFileIO : PyIOBase
{
    public int Fd = -1;
    public bool Readable, Writable, Appending, Created, CloseFd = true;
    /// <summary>Cached seekability: -1 unknown, 0 no, 1 yes.</summary>
    public int Seekable = -1;

    public PyFileIO(Isolated.Objects.PyType type) : base(type) { }

    public string Mode =>
        Created ? (Readable ? "xb+" : "xb")
        : Appending ? (Readable ? "ab+" : "ab")
        : Readable ? (Writable ? "rb+" : "rb")
        : "wb";
}
