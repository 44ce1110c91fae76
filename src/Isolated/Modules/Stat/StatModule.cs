using System.Numerics;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Stat;

/// <summary><c>_stat</c>: the file mode constants and tests of Linux (stat.py ends with
/// <c>from _stat import *</c>), with CPython's conversions of the mode argument (an int that fits
/// a C mode_t).</summary>
public static class StatModule
{
    const uint IFMT = 0xF000, IFDIR = 0x4000, IFCHR = 0x2000, IFBLK = 0x6000, IFREG = 0x8000,
        IFIFO = 0x1000, IFLNK = 0xA000, IFSOCK = 0xC000;

    static readonly (string Name, long Value)[] Constants =
    [
        ("S_IFDIR", IFDIR), ("S_IFCHR", IFCHR), ("S_IFBLK", IFBLK), ("S_IFREG", IFREG), ("S_IFIFO", IFIFO),
        ("S_IFLNK", IFLNK), ("S_IFSOCK", IFSOCK), ("S_IFDOOR", 0), ("S_IFPORT", 0), ("S_IFWHT", 0),
        ("S_ISUID", 0x800), ("S_ISGID", 0x400), ("S_ISVTX", 0x200), ("S_ENFMT", 0x400),
        ("S_IREAD", 0x100), ("S_IWRITE", 0x80), ("S_IEXEC", 0x40),
        ("S_IRWXU", 0x1C0), ("S_IRUSR", 0x100), ("S_IWUSR", 0x80), ("S_IXUSR", 0x40),
        ("S_IRWXG", 0x38), ("S_IRGRP", 0x20), ("S_IWGRP", 0x10), ("S_IXGRP", 0x8),
        ("S_IRWXO", 0x7), ("S_IROTH", 0x4), ("S_IWOTH", 0x2), ("S_IXOTH", 0x1),
        ("UF_NODUMP", 0x1), ("UF_IMMUTABLE", 0x2), ("UF_APPEND", 0x4), ("UF_OPAQUE", 0x8), ("UF_NOUNLINK", 0x10),
        ("UF_COMPRESSED", 0x20), ("UF_HIDDEN", 0x8000), ("SF_ARCHIVED", 0x10000), ("SF_IMMUTABLE", 0x20000),
        ("SF_APPEND", 0x40000), ("SF_NOUNLINK", 0x100000), ("SF_SNAPSHOT", 0x200000),
        ("ST_MODE", 0), ("ST_INO", 1), ("ST_DEV", 2), ("ST_NLINK", 3), ("ST_UID", 4), ("ST_GID", 5),
        ("ST_SIZE", 6), ("ST_ATIME", 7), ("ST_MTIME", 8), ("ST_CTIME", 9),
    ];

    /// <summary>The S_ISxxx tests: the file type each one checks (0: a type Linux does not have).</summary>
    static readonly (string Name, uint Type, string What)[] Tests =
    [
        ("S_ISDIR", IFDIR, "a directory"), ("S_ISCHR", IFCHR, "a character special device file"),
        ("S_ISBLK", IFBLK, "a block special device file"), ("S_ISREG", IFREG, "a regular file"),
        ("S_ISFIFO", IFIFO, "a FIFO pipe"), ("S_ISLNK", IFLNK, "a symbolic link"), ("S_ISSOCK", IFSOCK, "a socket"),
        ("S_ISDOOR", 0, "a door"), ("S_ISPORT", 0, "an event port"), ("S_ISWHT", 0, "a whiteout"),
    ];

    public static PyModule? Create(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var m = ModuleType.New(interp, "_stat");
        m.Dict.SetStr("__doc__", interp.Str("S_IFMT_: file type bits\nS_IFDIR: directory\nS_IFCHR: character device\nS_IFBLK: block device\nS_IFREG: regular file\nS_IFIFO: fifo (named pipe)\nS_IFLNK: symbolic link\nS_IFSOCK: socket file\nS_IFDOOR: door\nS_IFPORT: evports\nS_IFWHT: whiteout\n\nS_ISUID: set UID bit\nS_ISGID: set GID bit\nS_ENFMT: file locking enforcement\nS_ISVTX: sticky bit\nS_IREAD: Unix V7 synonym for S_IRUSR\nS_IWRITE: Unix V7 synonym for S_IWUSR\nS_IEXEC: Unix V7 synonym for S_IXUSR\nS_IRWXU: mask for owner permissions\nS_IRUSR: read by owner\nS_IWUSR: write by owner\nS_IXUSR: execute by owner\nS_IRWXG: mask for group permissions\nS_IRGRP: read by group\nS_IWGRP: write by group\nS_IXGRP: execute by group\nS_IRWXO: mask for others (not in group) permissions\nS_IROTH: read by others\nS_IWOTH: write by others\nS_IXOTH: execute by others\n\nUF_NODUMP: do not dump file\nUF_IMMUTABLE: file may not be changed\nUF_APPEND: file may only be appended to\nUF_OPAQUE: directory is opaque when viewed through a union stack\nUF_NOUNLINK: file may not be renamed or deleted\nUF_COMPRESSED: OS X: file is hfs-compressed\nUF_HIDDEN: OS X: file should not be displayed\nSF_ARCHIVED: file may be archived\nSF_IMMUTABLE: file may not be changed\nSF_APPEND: file may only be appended to\nSF_NOUNLINK: file may not be renamed or deleted\nSF_SNAPSHOT: file is a snapshot file\n\nST_MODE\nST_INO\nST_DEV\nST_NLINK\nST_UID\nST_GID\nST_SIZE\nST_ATIME\nST_MTIME\nST_CTIME\n\nFILE_ATTRIBUTE_*: Windows file attribute constants\n                   (only present on Windows)\n"));
        foreach (var (name, value) in Constants) m.Dict.SetStr(name, interp.Int(value));
        foreach (var (name, type, what) in Tests)
            Add(m, name, (ts, self, a, k) => One(ts, name, a, k) && Mode(ts, a[0], out uint mode)
                ? ts.Interpreter.Bool(type != 0 && (mode & IFMT) == type) : null,
                $"{name}(mode) -> bool\n\nReturn True if mode is from {what}.");
        Add(m, "S_IMODE", static (ts, self, a, k) => One(ts, "S_IMODE", a, k) && Mode(ts, a[0], out uint mode) ? ts.Interpreter.Int(mode & 0xFFF) : null,
            "Return the portion of the file's mode that can be set by os.chmod().");
        Add(m, "S_IFMT", static (ts, self, a, k) => One(ts, "S_IFMT", a, k) && Mode(ts, a[0], out uint mode) ? ts.Interpreter.Int(mode & IFMT) : null,
            "Return the portion of the file's mode that describes the file type.");
        Add(m, "filemode", static (ts, self, a, k) => One(ts, "filemode", a, k) && Mode(ts, a[0], out uint mode) ? ts.Interpreter.Str(FileMode(mode)) : null,
            "Convert a file's mode to a string of the form '-rwxrwxrwx'");
        return m;
    }

    static void Add(PyModule m, string name, BuiltinMethod fn, string doc)
    {
        var interp = m.Type.Owner;
        var f = interp.NewBuiltinFunction(name, m, fn, doc);
        f.Module = interp.Str("_stat");
        m.Dict.SetStr(interp.Intern(name), f);
    }

    static bool One(ThreadState ts, string name, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        if (kw is { Count: > 0 })
        {
            ts.Raise(ExceptionKind.TypeError, $"_stat.{name}() takes no keyword arguments");
            return false;
        }
        if (args.Length == 1) return true;
        ts.Raise(ExceptionKind.TypeError, $"_stat.{name}() takes exactly one argument ({args.Length} given)");
        return false;
    }

    /// <summary>The mode argument as a C mode_t, with CPython's errors.</summary>
    static bool Mode(ThreadState ts, PyObject o, out uint mode)
    {
        mode = 0;
        if (o is not PyInt i)
        {
            ts.Raise(ExceptionKind.TypeError, "an integer is required");
            return false;
        }
        var value = i.IsSmall ? new BigInteger(i.Small) : i.Big!.Value;
        if (value.Sign < 0)
        {
            ts.Raise(ExceptionKind.OverflowError, "can't convert negative value to unsigned int");
            return false;
        }
        if (value > ulong.MaxValue)
        {
            ts.Raise(ExceptionKind.OverflowError, "Python int too large to convert to C unsigned long");
            return false;
        }
        if (value > uint.MaxValue)
        {
            ts.Raise(ExceptionKind.OverflowError, "mode out of range");
            return false;
        }
        mode = (uint)value;
        return true;
    }

    static string FileMode(uint mode)
    {
        Span<char> s = stackalloc char[10];
        s[0] = (mode & IFMT) switch
        {
            IFLNK => 'l', IFSOCK => 's', IFREG => '-', IFBLK => 'b', IFDIR => 'd', IFCHR => 'c', IFIFO => 'p', _ => '?',
        };
        s[1] = (mode & 0x100) != 0 ? 'r' : '-';
        s[2] = (mode & 0x80) != 0 ? 'w' : '-';
        s[3] = Exec(mode & 0x40, mode & 0x800, 's');
        s[4] = (mode & 0x20) != 0 ? 'r' : '-';
        s[5] = (mode & 0x10) != 0 ? 'w' : '-';
        s[6] = Exec(mode & 0x8, mode & 0x400, 's');
        s[7] = (mode & 0x4) != 0 ? 'r' : '-';
        s[8] = (mode & 0x2) != 0 ? 'w' : '-';
        s[9] = Exec(mode & 0x1, mode & 0x200, 't');
        return new string(s);
    }

    /// <summary>An execute position: the special bit shows as s/t (with execute) or S/T (without).</summary>
    static char Exec(uint execute, uint special, char mark) =>
        special != 0 ? (execute != 0 ? mark : char.ToUpperInvariant(mark)) : execute != 0 ? 'x' : '-';
}
