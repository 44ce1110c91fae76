using System.Runtime.InteropServices;
using Isolated.Modules.Signal;
using Isolated.Runtime;

namespace Isolated.Modules.Select;

/// <summary>
/// A blocking system call made the Python way: the GIL is released, and the wait is cut into short
/// slices because signals reach the interpreter through the .NET runtime's signal thread rather
/// than as EINTR on this one. Between slices pending signal handlers run (PEP 475: the call resumes
/// with the time left when they return) and an interrupt becomes KeyboardInterrupt.
/// </summary>
public static class BlockingWait
{
    // Interrupts must be seen within ~10 ms (README's interrupt-latency table).
    const int SliceMs = 10;

    /// <summary>Runs <paramref name="call"/>(sliceMs) until it reports something (a result other
    /// than 0), fails (negative; errno in <paramref name="errno"/>) or <paramref name="timeoutMs"/>
    /// (-1: forever) passes. Returns the call's result, 0 on timeout, or -2 with the exception set
    /// when a signal handler raised.</summary>
    public static int Run<TState>(ThreadState ts, long timeoutMs, ref TState state, SliceCall<TState> call, out int errno)
    {
        errno = 0;
        long deadline = timeoutMs < 0 ? long.MaxValue : Environment.TickCount64 + timeoutMs;
        var gil = ts.Interpreter.Gil;
        while (true)
        {
            int r;
            gil.Release(ts);
            try
            {
                while (true)
                {
                    long left = deadline == long.MaxValue ? SliceMs : Math.Max(0, deadline - Environment.TickCount64);
                    r = call(ref state, (int)Math.Min(left, SliceMs));
                    if (r < 0)
                    {
                        errno = Marshal.GetLastPInvokeError();
                        if (errno == 4) { r = 0; continue; }   // EINTR: retry
                    }
                    if (r != 0 || left <= SliceMs && deadline != long.MaxValue) break;
                    if (SignalState.WakeRequested(ts)) break;
                }
            }
            finally
            {
                gil.Acquire(ts);
            }
            if (r != 0) return r;
            if (!SignalState.CheckSignals(ts)) return -2;
            if (deadline != long.MaxValue && deadline - Environment.TickCount64 <= 0) return 0;
        }
    }

    public delegate int SliceCall<TState>(ref TState state, int sliceMs);

    /// <summary>Waits until <paramref name="fd"/> is ready for <paramref name="events"/> (POLLIN /
    /// POLLOUT): 1 ready, 0 timed out, -1 failure (errno), -2 exception set.</summary>
    public static unsafe int WaitFd(ThreadState ts, int fd, short events, long timeoutMs, out int errno)
    {
        var pfd = new PollNative.PollFd { Fd = fd, Events = events };
        return Run(ts, timeoutMs, ref pfd, static (ref PollNative.PollFd p, int slice) =>
        {
            fixed (PollNative.PollFd* ptr = &p) return PollNative.Poll(ptr, 1, slice);
        }, out errno);
    }

    /// <summary>Before a read(2) that may block (a pipe, FIFO, terminal or socket descriptor):
    /// waits until <paramref name="fd"/> is readable, in slices, so that an interrupt, a
    /// termination or a signal's handler reaches a thread blocked there. True: go on with the read
    /// (data, end of file, or an error the read reports; a non-blocking descriptor is not waited
    /// for, its read fails with EAGAIN as before). False with the exception set.</summary>
    public static unsafe bool WaitReadable(ThreadState ts, int fd)
    {
        var pfd = new PollNative.PollFd { Fd = fd, Events = PollNative.POLLIN };
        if (PollNative.Poll(&pfd, 1, 0) != 0) return true;   // ready, or poll failed: read reports it
        if ((PollNative.Fcntl(fd, PollNative.F_GETFL, 0) & PollNative.O_NONBLOCK) != 0) return true;
        return WaitFd(ts, fd, PollNative.POLLIN, -1, out _) != -2;
    }
}
