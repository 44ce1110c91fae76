using Isolated.Tests.Execution;
using Xunit;

namespace Isolated.Tests.Reliability;

/// <summary>Hostile snippets (issue 8, fault containment): deep recursion in Python code, in
/// builtins and in the compiler ends in the exception CPython 3.12 gives (RecursionError,
/// MemoryError, SyntaxError), never in a crash, on a thread with a 256 KiB stack. The native twin
/// (native-tests/hostile_snippets.c) runs the same list from C on pthreads.</summary>
public class HostileRecursionTests
{
    const string Nested = "l = []\nfor i in range(100000): l = [l]\n";

    public static TheoryData<string, string> Cases => new()
    {
        { Nested + "repr(l)", "RecursionError" },
        { "d = {}\nfor i in range(100000): d = {1: d}\nrepr(d)", "RecursionError" },
        { "a = []\nb = []\nfor i in range(100000):\n    a = [a]; b = [b]\na == b", "RecursionError" },
        { "t = ()\nfor i in range(100000): t = (t,)\nhash(t)", "RecursionError|OK" },
        { "e = Exception()\nfor i in range(100000): e = Exception(e)\nstr(e)", "RecursionError" },
        { "def k(x): return sorted([x], key=k)\nsorted([1], key=k)", "RecursionError" },
        { "compile('(' * 100000, 's', 'exec')", "SyntaxError" },
        { "eval('-' * 100000 + '1')", "MemoryError|RecursionError" },
        { "eval('lambda: ' * 10000 + '1')", "MemoryError|RecursionError" },
        { "eval('[' * 100000 + ']' * 100000)", "SyntaxError" },
        { "eval('1' + '+1' * 100000)", "RecursionError|MemoryError" },   // CPython: RecursionError
        { "import ast\nast.parse('(' * 100000)", "SyntaxError|RecursionError" },   // CPython: SyntaxError
        { "import ast\nast.parse('-' * 100000 + '1')", "MemoryError|RecursionError" },   // CPython: MemoryError
        { "import ast\ne = ast.Constant(1, lineno=1, col_offset=0)\nfor i in range(100000): e = ast.UnaryOp(ast.USub(), e, lineno=1, col_offset=0)\ncompile(ast.Expression(e), 's', 'eval')", "RecursionError" },
        { "import json\n" + Nested + "json.dumps(l)", "RecursionError" },
        { "import copy\n" + Nested + "copy.deepcopy(l)", "RecursionError" },
        { "class B:\n    def __getattr__(self, n): return getattr(self, n)\nB().x", "RecursionError" },
        { "class A:\n    def __repr__(self): return repr(self)\nrepr(A())", "RecursionError" },
        { "class H:\n    def __hash__(self): return hash(self)\nhash(H())", "RecursionError" },
        { "class C:\n    def __eq__(self, o): return self == o\nC() == C()", "RecursionError" },
        { "def f(): f()\nf()", "RecursionError" },
        { "t = int\nfor i in range(100000): t = (t,)\nisinstance(1, t)", "RecursionError" },
        { "exec(''.join(' ' * i + 'if 1:\\n' for i in range(200)) + ' ' * 200 + 'pass\\n')", "IndentationError" },
        { Nested + "print(l)", "RecursionError" },
        { "t = ()\nfor i in range(100000): t = (t,)\nstr(t)", "RecursionError" },
        { "eval('f\"{' * 200 + '1' + '}\"' * 200)", "SyntaxError|RecursionError" },   // CPython: SyntaxError (too many nested f-strings)
        { "s = frozenset()\nfor i in range(100000): s = frozenset([s])\nhash(s)", "RecursionError|OK" },
        { "eval('f(' * 100000 + ')' * 100000)", "SyntaxError" },
        { "g = iter([1])\nfor _ in range(100000): g = map(abs, g)\nnext(g)", "RecursionError" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void EndsInAnExceptionOnASmallStack(string source, string expected)
    {
        string? result = null;
        var t = new Thread(() => result = HostControlTests.NewRunner().Run(source + "\nprint('OK')"), 256 * 1024);
        t.Start();
        Assert.True(t.Join(TimeSpan.FromSeconds(120)), "timed out");
        var kind = result == "OK\n" ? "OK" : result!.Split(':')[0];
        Assert.True(expected.Split('|').Contains(kind), result);
    }
}
