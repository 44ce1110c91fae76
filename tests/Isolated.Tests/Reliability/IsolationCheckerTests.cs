using Isolated.Runtime;
using Xunit;
using Xunit.Abstractions;

namespace Isolated.Tests.Reliability;

/// <summary>The isolation checker (ISOLATED_CHECK_ISOLATION): nothing reachable from an
/// interpreter that has run real code belongs to another, and a planted foreign object is found.</summary>
public class IsolationCheckerTests(ITestOutputHelper output)
{
    const string Workload = """
import re, itertools, functools
data = {'a': [1, 2.5, 'x' * 3, None, True], 'b': {'c': (1, 2)}}
text = repr(data)
assert eval(text) == data
counts = re.findall(r'\w+', 'the quick brown fox the end')
total = functools.reduce(lambda a, b: a + b, itertools.islice(itertools.count(), 100))
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f'Point({self.x}, {self.y})'
points = [Point(i, i * i) for i in range(10)]
try:
    1 / 0
except ZeroDivisionError as e:
    err = e
""";

    [Fact]
    public void InterpretersThatRanCodeReachOnlyTheirOwnObjects()
    {
        var a = HostControlTests.NewRunner();
        var result = a.Run(Workload);
        Assert.True(result == "", result);
        var violations = IsolationChecker.Check(a.Interp);
        foreach (var v in violations) output.WriteLine(v);
        Assert.Empty(violations);
    }

    [Fact]
    public void AForeignObjectIsReported()
    {
        var rt = new Isolated.Runtime.Runtime();
        var a = rt.Main;
        var other = rt.CreateInterpreter(InterpreterConfig.Isolated);
        a.Dict.SetStr("planted", other.Str("from elsewhere"));
        var violations = IsolationChecker.Check(a);
        Assert.Contains(violations, v => v.Contains("belongs to interpreter " + other.Id));
        Assert.Throws<InvalidOperationException>(() => IsolationChecker.Enforce(a));
    }
}
