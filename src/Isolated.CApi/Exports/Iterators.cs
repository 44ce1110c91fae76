using System.Runtime.InteropServices;
using Isolated.CApi.Boundary;
using Isolated.Objects;

namespace Isolated.CApi.Exports;

/// <summary>Iterator objects made from C (iterobject.h) and PyIter_Send (abstract.h).</summary>
internal static unsafe class Iterators
{
    /// <summary>PySeqIter_New: iter() over an object with __getitem__ (indexes 0, 1, ... until
    /// IndexError or StopIteration).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PySeqIter_New")]
    public static nint PySeqIter_New(nint seq) =>
        Api.Unary(seq, "PySeqIter_New", static (ts, s) => new PySeqIterator(ts.Interpreter.Types.SeqIterator, s));

    /// <summary>PyCallIter_New: iter(callable, sentinel).</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyCallIter_New")]
    public static nint PyCallIter_New(nint callable, nint sentinel) =>
        Api.Binary(callable, sentinel, "PyCallIter_New", static (ts, c, s) =>
            new PyCallableIterator(ts.Interpreter.Types.CallableIterator, c, s));

    /// <summary>PyIter_Send: one step of send(arg) (next() when arg is None and iter is an
    /// iterator). PYGEN_NEXT (1): *presult is the yielded value; PYGEN_RETURN (0): *presult is
    /// the return value; PYGEN_ERROR (-1): *presult is NULL and an exception is set.</summary>
    [UnmanagedCallersOnly(EntryPoint = "PyIter_Send")]
    public static int PyIter_Send(nint iter, nint arg, nint* presult)
    {
        var ts = Api.Ts("PyIter_Send");
        if (ts is null) return -1;
        try
        {
            if (presult == null)
            {
                ts.Raise(ExceptionKind.SystemError, "bad argument to internal function (NULL result pointer)");
                return -1;
            }
            *presult = 0;
            var it = Api.Arg(ts, iter);
            var a = it is null ? null : Api.Arg(ts, arg);
            if (a is null) return -1;
            int status = Isolated.Execution.Generators.Send(ts, it!, a, out var result);
            if (status >= 0) *presult = Api.New(ts, result);
            return status;
        }
        catch (Exception e) { Api.Fail(ts, e); return -1; }
    }
}
