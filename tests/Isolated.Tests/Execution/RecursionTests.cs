using Xunit;

namespace Isolated.Tests.Execution;

/// <summary>No stack overflow, ever (DESIGN §5): deep Python recursion raises RecursionError, also
/// on a thread with a 256 KiB stack, because Python→Python calls do not recurse in C#.</summary>
public class RecursionTests
{
    const string Deep = """
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print('RecursionError:', e)
def g(n):
    return 0 if n == 0 else 1 + g(n - 1)
print(g(900))
""";

    [Fact]
    public void DeepRecursionRaisesRecursionError() =>
        Assert.Equal("RecursionError: maximum recursion depth exceeded\n900\n", PyRunner.Exec(Deep));

    [Fact]
    public void DeepRecursionOnSmallThreadStack()
    {
        string? result = null;
        var t = new Thread(() => result = PyRunner.Exec(Deep), 256 * 1024);
        t.Start();
        t.Join();
        Assert.Equal("RecursionError: maximum recursion depth exceeded\n900\n", result);
    }

    [Fact]
    public void RecursionThroughDunderMethodsOnSmallThreadStack()
    {
        // Each level goes through a C# slot (__add__ dispatch), so the C# stack grows here.
        const string src = """
class A:
    def __add__(self, other):
        return self + other
try:
    A() + 1
except RecursionError:
    print('ok')
""";
        string? result = null;
        var t = new Thread(() => result = PyRunner.Exec(src), 256 * 1024);
        t.Start();
        t.Join();
        Assert.Equal("ok\n", result);
    }
}
