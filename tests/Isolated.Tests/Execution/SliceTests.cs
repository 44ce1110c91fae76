using Xunit;

namespace Isolated.Tests.Execution;

public class SliceTests
{
    [Fact]
    public void PrintsOnePlusOne() => Assert.Equal("2\n", PyRunner.Exec("print(1 + 1)"));
}
