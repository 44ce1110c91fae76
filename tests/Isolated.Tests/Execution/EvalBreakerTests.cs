using Isolated.Runtime;
using Xunit;

namespace Isolated.Tests.Execution;

/// <summary>The eval breaker: an interrupt raises KeyboardInterrupt in the running loop; a
/// termination request unwinds through finally blocks but no except clause can catch it.</summary>
public class EvalBreakerTests
{
    [Fact]
    public void InterruptRaisesKeyboardInterrupt()
    {
        var r = new PyRunner();
        r.Ts.SetBreaker(EvalBreaker.Interrupt);
        var output = r.Run("""
try:
    while True:
        pass
except KeyboardInterrupt:
    print('interrupted')
""");
        Assert.Equal("interrupted\n", output);
    }

    [Fact]
    public void TerminationRunsFinallyButSkipsExcept()
    {
        var r = new PyRunner();
        r.Ts.SetBreaker(EvalBreaker.Terminate);
        var output = r.Run("""
try:
    try:
        while True:
            pass
    except BaseException:
        print('caught (wrong)')
    except:
        print('bare caught (wrong)')
finally:
    print('finally ran')
""");
        Assert.Equal("finally ran\nInterpreterTerminated: interpreter terminated", output);
    }
}
