using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Execution;

/// <summary>except*: splitting an exception (group) into the part a clause handles and the rest.</summary>
public static class ExceptionGroups
{
    public static bool Split(ThreadState ts, PyObject exc, PyObject spec, out PyObject? match, out PyObject? rest)
    {
        var interp = ts.Interpreter;
        match = null;
        rest = null;
        if (ReferenceEquals(exc, interp.None)) return true;
        var groupType = interp.ExceptionType(ExceptionKind.BaseExceptionGroup);
        if (spec is PyType st && st.IsSubtypeOf(groupType) || spec is PyTuple tt && Array.Exists(tt.Items, i => i is PyType t2 && t2.IsSubtypeOf(groupType)))
        {
            ts.Raise(ExceptionKind.TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
            return false;
        }
        if (exc.Type.IsSubtypeOf(groupType))
        {
            var r = Ops.VmCallMethod(ts, exc, "split", [spec]);
            if (r is null) return false;
            if (r is not PyTuple { Count: 2 } pair)
            {
                ts.Raise(ExceptionKind.TypeError, "ExceptionGroup.split must return a 2-tuple");
                return false;
            }
            match = ReferenceEquals(pair[0], interp.None) ? null : pair[0];
            rest = ReferenceEquals(pair[1], interp.None) ? null : pair[1];
            return true;
        }
        int m = Ops.VmExceptionMatches(ts, exc, spec);
        if (m < 0) return false;
        if (m == 0) { rest = exc; return true; }
        // A naked exception that matches is wrapped in a group, as CPython does.
        var egType = interp.ExceptionType(ExceptionKind.ExceptionGroup);
        var wrapped = Ops.Call(ts, egType, interp.EmptyStr, interp.Tuple(exc));
        if (wrapped is null)
        {
            // No ExceptionGroup constructor yet: hand the exception over as it is.
            ts.CurrentException = null;
            match = exc;
            return true;
        }
        if (wrapped is PyBaseException we && exc is PyBaseException e) we.Traceback = e.Traceback;
        match = wrapped;
        return true;
    }
}
