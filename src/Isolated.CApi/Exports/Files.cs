using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.CApi.Exports;

/// <summary>File objects (fileobject.h): io.open on a descriptor, and readline/write on any
/// object that has those methods, as CPython defines them.</summary>
internal static unsafe class Files
{
    /// <summary>io.open(fd, mode, buffering, encoding, errors, newline, closefd); name is
    /// ignored (as in CPython) and a NULL string argument means None.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyFile_FromFd")]
    public static nint PyFile_FromFd(int fd, byte* name, byte* mode, int buffering, byte* encoding, byte* errors, byte* newline, int closefd)
    {
        var ts = Api.Ts("PyFile_FromFd");
        if (ts is null) return 0;
        try
        {
            var interp = ts.Interpreter;
            PyObject Text(byte* s) => s == null ? interp.None : interp.Str(Calls.CString(s, ""));
            return Api.New(ts, Calls.ModuleFunction(ts, "io", "open",
                [interp.Int(fd), Text(mode), interp.Int(buffering), Text(encoding), Text(errors), Text(newline), interp.Bool(closefd != 0)]));
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    /// <summary>f.readline() (n &lt;= 0) or f.readline(n); for n &lt; 0 the trailing newline is
    /// removed and an empty result is EOFError.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyFile_GetLine")]
    public static nint PyFile_GetLine(nint f, int n)
    {
        var ts = Api.Ts("PyFile_GetLine");
        if (ts is null) return 0;
        try
        {
            var file = Api.Arg(ts, f);
            if (file is null) return 0;
            var readline = Ops.GetAttr(ts, file, "readline");
            if (readline is null) return 0;
            var interp = ts.Interpreter;
            var line = n <= 0 ? Ops.Call(ts, readline) : Ops.Call(ts, readline, interp.Int(n));
            if (line is null) return 0;
            if (line is not (PyStr or PyBytes)) { ts.Raise(ExceptionKind.TypeError, "object.readline() returned non-string"); return 0; }
            if (n < 0)
            {
                if (line is PyStr s)
                {
                    if (s.Value.Length == 0) { ts.Raise(ExceptionKind.EOFError, "EOF when reading a line"); return 0; }
                    if (s.Value[^1] == '\n') line = interp.Str(s.Value[..^1]);
                }
                else
                {
                    var b = (PyBytes)line;
                    if (b.Length == 0) { ts.Raise(ExceptionKind.EOFError, "EOF when reading a line"); return 0; }
                    if (b.Value[^1] == (byte)'\n') line = PyBytes.Create(interp, b.Value.AsSpan(0, b.Length - 1).ToArray());
                }
            }
            return Api.New(ts, line);
        }
        catch (Exception e) { Api.Fail(ts, e); return 0; }
    }

    const int PrintRaw = 1;

    /// <summary>f.write(str(obj)) with Py_PRINT_RAW, else f.write(repr(obj)).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyFile_WriteObject")]
    public static int PyFile_WriteObject(nint obj, nint f, int flags)
    {
        var ts = Api.Ts("PyFile_WriteObject");
        if (ts is null) return -1;
        try
        {
            if (f == 0) { ts.Raise(ExceptionKind.TypeError, "writeobject with NULL file"); return -1; }
            var o = Api.Arg(ts, obj);
            var file = o is null ? null : Api.Arg(ts, f);
            if (file is null) return -1;
            var write = Ops.GetAttr(ts, file, "write");
            if (write is null) return -1;
            var text = (flags & PrintRaw) != 0 ? Ops.Str(ts, o!) : Ops.Repr(ts, o!);
            return text is not null && Ops.Call(ts, write, text) is not null ? 0 : -1;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }

    /// <summary>f.write(s) for a UTF-8 C string; -1 without writing when an error is already set.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyFile_WriteString")]
    public static int PyFile_WriteString(byte* s, nint f)
    {
        var ts = Api.Ts("PyFile_WriteString");
        if (ts is null) return -1;
        if (ts.CurrentException is not null) return -1;
        try
        {
            if (f == 0) { ts.Raise(ExceptionKind.SystemError, "null file for PyFile_WriteString"); return -1; }
            var text = Api.Utf8(ts, s);
            var file = text is null ? null : Api.Arg(ts, f);
            if (file is null) return -1;
            var write = Ops.GetAttr(ts, file, "write");
            return write is not null && Ops.Call(ts, write, ts.Interpreter.Str(text!)) is not null ? 0 : -1;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }
}
