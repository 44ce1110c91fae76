using Xunit;

namespace Isolated.Tests.Execution;

/// <summary>Runtime objects the VM owns, seen from Python: code, functions, frames, tracebacks.</summary>
public class RuntimeObjectTests
{
    [Fact]
    public void CodeAndFunctionAttributes() => Assert.Equal(
        "f f (2, 2) 1 ('a', 'b', 'c', 'd') ('e',) True\n",
        PyRunner.Exec("""
def f(a, b=1, *, c=2, **d):
    e = 1
    def g():
        return e
    return g
co = f.__code__
print(co.co_name, f.__qualname__, (co.co_argcount, len(f.__defaults__) + 1), co.co_kwonlyargcount,
      co.co_varnames[:4], co.co_cellvars, f.__globals__ is globals())
"""));

    [Fact]
    public void TracebackChainHasFramesAndLines() => Assert.Equal(
        "[('<module>', 7), ('outer', 4), ('inner', 2)] inner\n",
        PyRunner.Exec("""
def inner():
    raise ValueError('x')
def outer():
    inner()
try:
    # the call below is on line 7
    outer()
except ValueError as e:
    tb = e.__traceback__
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(out, e.__traceback__.tb_next.tb_next.tb_frame.f_code.co_name)
"""));

    [Fact]
    public void InterpretersDoNotShareState()
    {
        var a = new PyRunner();
        var b = new PyRunner();
        Assert.Equal("", a.Run("import sys\nx = 1\nsys.marker = 'a'"));
        Assert.Equal("False\n", b.Run("import sys\nprint(hasattr(sys, 'marker'))"));
    }
}
