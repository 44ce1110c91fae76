using Xunit;
using Xunit.Abstractions;

namespace Isolated.Tests.Reliability;

/// <summary>The per-interpreter memory cap (PyIsolated_SetMemoryLimit) and MemoryError for
/// requests .NET cannot satisfy.</summary>
public class MemoryLimitTests(ITestOutputHelper output)
{
    const long Cap = 64L << 20;

    [Theory]
    [InlineData("'x' * 10**8")]
    [InlineData("b'x' * 10**9")]
    [InlineData("bytearray(10**9)")]
    [InlineData("[0] * 10**9")]
    [InlineData("list(range(10**9))")]
    [InlineData("tuple(range(10**9))")]
    [InlineData("l = []\nwhile True: l.append('y' * 100000)")]
    [InlineData("b = bytearray()\nwhile True: b += b'z' * 65536")]
    [InlineData("s = ''\nwhile True: s += 'w' * 1000000")]
    [InlineData("''.join('v' * 10000 for _ in range(10**6))")]
    public void AllocationPastTheCapRaisesMemoryError(string source)
    {
        var r = HostControlTests.NewRunner();
        r.Interp.Host.Memory.SetLimit(Cap);
        Assert.Equal("MemoryError: ", r.Run(source));
        // The interpreter stays usable once the objects are gone.
        Assert.Equal("4000000\n", r.Run("s = 'x' * 4_000_000\nprint(len(s))\ndel s"));
        output.WriteLine($"charged after: {r.Interp.Host.Memory.Used} bytes");
    }

    [Fact]
    public void FreedObjectsAreGivenBack()
    {
        var r = HostControlTests.NewRunner();
        r.Interp.Host.Memory.SetLimit(Cap);
        // 20 rounds of 16 MiB each: 320 MiB in all, never more than 16 MiB alive at once.
        Assert.Equal("done\n", r.Run("for i in range(20):\n    s = 'x' * (8 << 20)\n    del s\nprint('done')"));
    }

    [Fact]
    public void OtherInterpretersAreNotAffected()
    {
        var capped = HostControlTests.NewRunner();
        capped.Interp.Host.Memory.SetLimit(Cap);
        var free = HostControlTests.NewRunner();
        Assert.Equal("MemoryError: ", capped.Run("'x' * 10**8"));
        Assert.Equal("100000000\n", free.Run("print(len('x' * 10**8))"));
    }

    [Theory]
    [InlineData("'x' * 10**10")]
    [InlineData("b'x' * 10**10")]
    [InlineData("bytearray(10**10)")]
    [InlineData("[0] * 10**10")]
    [InlineData("(0,) * 10**10")]
    public void RequestsBeyondWhatDotNetCanAllocateRaiseMemoryError(string source)
    {
        var r = HostControlTests.NewRunner();
        Assert.Equal("MemoryError: ", r.Run(source));
    }
}
