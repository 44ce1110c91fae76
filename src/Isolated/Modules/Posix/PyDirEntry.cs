using Isolated.Objects;

namespace Isolated.Modules.Posix;

/// <summary>os.DirEntry: one scandir() result, with the d_type readdir gave and lazily cached stats.</summary>
public sealed class PyDirEntry : PyObject
{
    public PyObject Name = null!;
    public PyObject Path = null!;
    public string NativePath = "";
    public byte DType;
    public ulong Inode;
    public PyObject? Stat, LStat;

    public PyDirEntry(PyType type) : base(type) { }
}
