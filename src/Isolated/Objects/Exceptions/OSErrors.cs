using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>OSError's constructor: OSError(errno, strerror[, filename[, winerror[, filename2]]])
/// picks the subclass matching errno (ENOENT gives FileNotFoundError) and keeps only
/// (errno, strerror) in args.</summary>
public static class OSErrors
{
    /// <summary>Linux errno values and the subclass each maps to.</summary>
    static readonly (int Errno, ExceptionKind Kind)[] ErrnoMap =
    [
        (11, ExceptionKind.BlockingIOError),   // EAGAIN / EWOULDBLOCK
        (114, ExceptionKind.BlockingIOError),  // EALREADY
        (115, ExceptionKind.BlockingIOError),  // EINPROGRESS
        (10, ExceptionKind.ChildProcessError), // ECHILD
        (32, ExceptionKind.BrokenPipeError),   // EPIPE
        (108, ExceptionKind.BrokenPipeError),  // ESHUTDOWN
        (103, ExceptionKind.ConnectionAbortedError),
        (111, ExceptionKind.ConnectionRefusedError),
        (104, ExceptionKind.ConnectionResetError),
        (17, ExceptionKind.FileExistsError),
        (2, ExceptionKind.FileNotFoundError),
        (21, ExceptionKind.IsADirectoryError),
        (20, ExceptionKind.NotADirectoryError),
        (4, ExceptionKind.InterruptedError),
        (13, ExceptionKind.PermissionError),   // EACCES
        (1, ExceptionKind.PermissionError),    // EPERM
        (3, ExceptionKind.ProcessLookupError), // ESRCH
        (110, ExceptionKind.TimeoutError),
    ];

    /// <summary>The OSError subclass for an errno, or null.</summary>
    public static ExceptionKind? KindForErrno(long errno)
    {
        foreach (var (e, k) in ErrnoMap)
            if (e == errno) return k;
        return null;
    }

    /// <summary>For C# callers (os, io): the OSError subclass instance for <paramref name="errno"/>,
    /// as OSError(errno, strerror[, filename[, None, filename2]]) would make it.</summary>
    public static PyBaseException FromErrno(ThreadState ts, int errno, string strerror, PyObject? filename = null, PyObject? filename2 = null)
    {
        var interp = ts.Interpreter;
        var type = interp.ExceptionType(KindForErrno(errno) ?? ExceptionKind.OSError);
        PyObject[] args = filename2 is not null
            ? [interp.Int(errno), interp.Str(strerror), filename ?? interp.None, interp.None, filename2]
            : filename is not null ? [interp.Int(errno), interp.Str(strerror), filename] : [interp.Int(errno), interp.Str(strerror)];
        var e = new PyBaseException(type, interp.EmptyTuple);
        Fill(ts, e, args);
        return e;
    }

    public static readonly NewFunc New = static (ts, type, args, kwnames) =>
    {
        var interp = ts.Interpreter;
        var positional = args[..(args.Length - (kwnames?.Count ?? 0))];
        if (ReferenceEquals(type, interp.ExceptionType(ExceptionKind.OSError)) && positional.Length >= 2 && positional.Length <= 5
            && positional[0] is PyInt { IsSmall: true } errno && KindForErrno(errno.Small) is { } kind)
            type = interp.ExceptionType(kind);
        var e = new PyBaseException(type, interp.EmptyTuple);
        Fill(ts, e, positional);
        return e;
    };

    public static readonly InitFunc Init = static (ts, self, args, kwnames) =>
    {
        if (kwnames is not null && kwnames.Count > 0)
        {
            ts.Raise(ExceptionKind.TypeError, $"{self.Type.Name}() takes no keyword arguments");
            return false;
        }
        Fill(ts, (PyBaseException)self, args);
        return true;
    };

    static void Fill(ThreadState ts, PyBaseException e, ReadOnlySpan<PyObject> args)
    {
        var interp = ts.Interpreter;
        var all = args.ToArray();
        ExceptionLayouts.FillFromArgs(ts, e, ExceptionLayout.OSError, all, strict: false);
        // With a filename, args keeps only (errno, strerror).
        e.Args = args.Length >= 3 && args.Length <= 5 ? interp.Tuple(all[0], all[1]) : all.Length == 0 ? interp.EmptyTuple : interp.Tuple(all);
        if (args.Length >= 3 && args.Length <= 5 && ReferenceEquals(e.Type, interp.ExceptionType(ExceptionKind.BlockingIOError))
            && all[2] is PyInt)
        {
            e.Fields![4] = all[2];
            e.Fields[2] = interp.None;
        }
    }
}
