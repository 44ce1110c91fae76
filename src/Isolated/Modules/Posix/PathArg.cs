using System.Text;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Posix;

/// <summary>A path argument (str, bytes or os.PathLike) as CPython's path_converter takes it:
/// the text for libc, whether results should be bytes, and the original object for errors.</summary>
public readonly struct PathArg
{
    public readonly string Path;
    public readonly bool IsBytes;
    public readonly PyObject Original;
    public readonly int Fd;

    public PathArg(string path, bool isBytes, PyObject original, int fd = -1)
    {
        Path = path;
        IsBytes = isBytes;
        Original = original;
        Fd = fd;
    }

    public static bool Convert(ThreadState ts, string function, string argName, PyObject o, out PathArg result, bool allowFd = false)
    {
        result = default;
        if (allowFd && o is PyInt i)
        {
            if (!Ops.AsLong(ts, i, out long fd)) return false;
            result = new PathArg("", false, o, (int)fd);
            return true;
        }
        var p = o;
        if (p is not (PyStr or PyBytes))
        {
            var f = FsPath(ts, o, null);
            if (f is null)
            {
                if (ts.CurrentException?.Type.IsSubtypeOf(ts.Interpreter.ExceptionType(ExceptionKind.TypeError)) == true && o.Type.Dict.GetStr("__fspath__") is null && !HasFsPath(ts, o))
                {
                    ts.CurrentException = null;
                    ts.Raise(ExceptionKind.TypeError, $"{function}: {argName} should be string, bytes{(allowFd ? ", os.PathLike or integer" : " or os.PathLike")}, not {o.Type.Name}");
                }
                return false;
            }
            p = f;
        }
        if (p is PyStr s)
        {
            if (s.Value.Contains('\0')) { ts.Raise(ExceptionKind.ValueError, $"{function}: embedded null character in {argName}"); return false; }
            result = new PathArg(s.Value, false, o);
            return true;
        }
        var b = ((PyBytes)p).Value;
        if (Array.IndexOf(b, (byte)0) >= 0) { ts.Raise(ExceptionKind.ValueError, $"{function}: embedded null character in {argName}"); return false; }
        result = new PathArg(Encoding.UTF8.GetString(b), true, o);
        return true;
    }

    static bool HasFsPath(ThreadState ts, PyObject o)
    {
        int r = Ops.LookupAttr(ts, o.Type, ts.Interpreter.Str("__fspath__"), out _);
        ts.CurrentException = null;
        return r > 0;
    }

    /// <summary>os.fspath(o): str and bytes as they are, else type(o).__fspath__(o), which must
    /// give str or bytes. <paramref name="function"/> null gives fspath()'s own messages.</summary>
    public static PyObject? FsPath(ThreadState ts, PyObject o, string? function)
    {
        if (o is PyStr or PyBytes) return o;
        int found = Ops.LookupAttr(ts, o.Type, ts.Interpreter.Str("__fspath__"), out var method);
        if (found < 0) return null;
        if (found == 0 || method is null || ReferenceEquals(method, ts.Interpreter.None))
            return ts.Raise(ExceptionKind.TypeError, $"expected str, bytes or os.PathLike object, not {o.Type.Name}");
        var r = Ops.Call(ts, method, o);
        if (r is null) return null;
        if (r is not (PyStr or PyBytes))
            return ts.Raise(ExceptionKind.TypeError, $"expected {o.Type.Name}.__fspath__() to return str or bytes, not {r.Type.Name}");
        return r;
    }

    /// <summary>A name from the file system, as str or bytes like the argument was.</summary>
    public PyObject Name(Interpreter interp, string name) =>
        IsBytes ? new PyBytes(interp.Types.Bytes, Encoding.UTF8.GetBytes(name)) : interp.Str(name);
}
