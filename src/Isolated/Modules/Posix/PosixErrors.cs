using System.Runtime.InteropServices;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Posix;

/// <summary>OSError from the last libc error, with errno, strerror and filename(s), as the
/// matching subclass (FileNotFoundError for ENOENT...).</summary>
static class PosixErrors
{
    public static PyObject? Raise(ThreadState ts, PyObject? filename = null, PyObject? filename2 = null) =>
        RaiseErrno(ts, Marshal.GetLastPInvokeError(), filename, filename2);

    public static PyObject? RaiseErrno(ThreadState ts, int errno, PyObject? filename = null, PyObject? filename2 = null)
    {
        ts.Raise(OSErrors.FromErrno(ts, errno, PosixNative.ErrorMessage(errno), filename, filename2));
        return null;
    }
}
