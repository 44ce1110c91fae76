using System.Runtime.InteropServices;
using Isolated.Modules.Signal;
using Isolated.Runtime;

namespace Isolated.Modules.Io;

/// <summary>
/// The process's standard input as sys.stdin reads it: before each read of the descriptor the
/// reading thread waits for input in 10 ms slices with the GIL released, so a script blocked in
/// input() or sys.stdin.read() sees a host's interrupt or termination (and signals) within a
/// slice instead of blocking until a line arrives, and other threads of its interpreter run.
/// </summary>
public sealed partial class InterruptibleInput : Stream
{
    const int SliceMs = 10;
    const short PollIn = 1;
    const int EINTR = 4;

    readonly Stream _inner;
    readonly int _fd;

    /// <summary>The thread state reading now (holding its GIL), set around each read by
    /// <see cref="PyConsoleStream"/>; null reads block as a plain stream would.</summary>
    public ThreadState? Waiter;

    public InterruptibleInput(Stream inner, int fd)
    {
        _inner = inner;
        _fd = fd;
    }

    /// <summary>Thrown out of a read that a stop request or a signal cut short; nothing was read.
    /// The reader turns it into the pending exception.</summary>
    public sealed class Stopped : Exception
    {
        public Stopped() : base("read interrupted") { }
    }

    public override int Read(Span<byte> buffer)
    {
        WaitForInput();
        return _inner.Read(buffer);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    void WaitForInput()
    {
        var ts = Waiter;
        if (ts is null) return;
        var gil = ts.Interpreter.Gil;
        gil.Release(ts);
        try
        {
            while (true)
            {
                int ready = PollOne(_fd, SliceMs);
                if (ready > 0 || ready < 0 && Marshal.GetLastPInvokeError() != EINTR) return;   // data, EOF, or an error read() reports
                if (SignalState.WakeRequested(ts)) throw new Stopped();
            }
        }
        finally
        {
            gil.Acquire(ts);
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    static unsafe int PollOne(int fd, int timeoutMs)
    {
        var p = new PollFd { Fd = fd, Events = PollIn };
        return Poll(&p, 1, timeoutMs);
    }

    [LibraryImport("libc", EntryPoint = "poll", SetLastError = true)]
    private static unsafe partial int Poll(PollFd* fds, nuint count, int timeoutMs);

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _inner.Dispose();
        base.Dispose(disposing);
    }
}
