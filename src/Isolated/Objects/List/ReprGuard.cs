using Isolated.Runtime;

namespace Isolated.Objects;

/// <summary>
/// Py_ReprEnter / Py_ReprLeave: remembers, per thread, which containers are having their repr
/// computed, so that a container that contains itself prints as <c>[...]</c> / <c>{...}</c>
/// instead of recursing forever.
/// </summary>
public static class ReprGuard
{
    /// <summary>Returns false when <paramref name="obj"/>'s repr is already in progress on this
    /// thread (the caller then prints the "..." form and must not call <see cref="Leave"/>).</summary>
    public static bool Enter(ThreadState ts, PyObject obj)
    {
        var stack = ts.ReprInProgress ??= new List<PyObject>();
        for (int i = stack.Count - 1; i >= 0; i--)
            if (ReferenceEquals(stack[i], obj)) return false;
        stack.Add(obj);
        return true;
    }

    public static void Leave(ThreadState ts, PyObject obj)
    {
        var stack = ts.ReprInProgress;
        if (stack is null) return;
        for (int i = stack.Count - 1; i >= 0; i--)
        {
            if (ReferenceEquals(stack[i], obj))
            {
                stack.RemoveAt(i);
                return;
            }
        }
    }
}
