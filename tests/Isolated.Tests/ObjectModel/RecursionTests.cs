using Isolated.Tests.Execution;
using Xunit;

namespace Isolated.Tests.ObjectModel;

/// <summary>Python dunders that recurse through the C# slots end in RecursionError, never in a
/// stack overflow, on a 256 KiB thread stack (DESIGN §5).</summary>
public class RecursionTests
{
    static string RunOnSmallStack(string source)
    {
        string? result = null;
        var t = new Thread(() => result = PyRunner.Exec(source), 256 * 1024);
        t.Start();
        Assert.True(t.Join(TimeSpan.FromSeconds(60)), "timed out");
        return result!;
    }

    [Theory]
    [InlineData("class A:\n    def __repr__(self): return repr(self)\ntry:\n    repr(A())\nexcept RecursionError as e:\n    print(e)\n")]
    [InlineData("class B:\n    def __getattr__(self, n): return getattr(self, n)\ntry:\n    B().x\nexcept RecursionError as e:\n    print(e)\n")]
    [InlineData("class C:\n    def __eq__(self, o): return self == o\ntry:\n    C() == C()\nexcept RecursionError as e:\n    print(e)\n")]
    [InlineData("class D:\n    def __len__(self): return len(self)\ntry:\n    len(D())\nexcept RecursionError as e:\n    print(e)\n")]
    [InlineData("class E:\n    def __add__(self, o): return self + o\ntry:\n    E() + 1\nexcept RecursionError as e:\n    print(e)\n")]
    public void DunderRecursionRaisesRecursionError(string source)
    {
        Assert.StartsWith("maximum recursion depth exceeded", RunOnSmallStack(source));
    }
}
