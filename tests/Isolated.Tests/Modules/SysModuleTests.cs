using Isolated.Execution;
using Isolated.Modules;
using Isolated.Modules.Sys;
using Isolated.Objects;
using Xunit;

namespace Isolated.Tests.Modules;

public class SysModuleTests
{
    [Fact]
    public void VersionAttributes()
    {
        var h = new ModuleTestHost();
        Assert.StartsWith("3.12.7", ((PyStr)h.SysAttr("version")).Value);
        Assert.Equal("sys.version_info(major=3, minor=12, micro=7, releaselevel='final', serial=0)", h.Repr(h.SysAttr("version_info")));
        Assert.Equal(0x030C07F0, ((PyInt)h.SysAttr("hexversion")).Small);
        var impl = h.SysAttr("implementation");
        Assert.Equal("'isolated'", h.Repr(Ops.GetAttr(h.Ts, impl, "name")!));
        Assert.Same(h.Interp.None, Ops.GetAttr(h.Ts, impl, "cache_tag"));
        Assert.Equal("linux", ((PyStr)h.SysAttr("platform")).Value);
        Assert.Equal(long.MaxValue, ((PyInt)h.SysAttr("maxsize")).Small);
        Assert.Equal(0x10FFFF, ((PyInt)h.SysAttr("maxunicode")).Small);
        Assert.Same(h.Interp.True, h.SysAttr("dont_write_bytecode"));
        Assert.Same(h.Interp.Modules, h.SysAttr("modules"));
        Assert.StartsWith("sys.flags(debug=0, inspect=0, interactive=0, optimize=0, dont_write_bytecode=1,", h.Repr(h.SysAttr("flags")));
        Assert.Equal("sys.int_info(bits_per_digit=30, sizeof_digit=4, default_max_str_digits=4300, str_digits_check_threshold=640)",
            h.Repr(h.SysAttr("int_info")));
    }

    [Fact]
    public void VersionInfoFieldsAreAttributes()
    {
        var h = new ModuleTestHost();
        var vi = h.SysAttr("version_info");
        Assert.Equal(12, ((PyInt)Ops.GetAttr(h.Ts, vi, "minor")!).Small);
        Assert.Equal("'final'", h.Repr(Ops.GetAttr(h.Ts, vi, "releaselevel")!));
        Assert.IsAssignableFrom<PyTuple>(vi);
    }

    [Fact]
    public void PathStartsWithPathZeroThenStdlib()
    {
        var rt = new Isolated.Runtime.Runtime("/opt/isolated/lib/python3.12");
        var ts = rt.Main.NewThreadState();
        var state = SysState.Of(rt.Main);
        state.PathZero = "/scripts";
        state.StdoutSink = new MemoryStream();
        var path = LateBound.ToStrings(ts, state.SysModuleFor(ts).Dict.GetStr("path")!)!;
        Assert.Equal("/scripts", path[0]);
        Assert.Equal("/opt/isolated/lib/python3.12", path[1]);
    }

    [Fact]
    public void RecursionLimitAndErrors()
    {
        var h = new ModuleTestHost();
        h.Call(h.SysAttr("setrecursionlimit"), h.Interp.Int(2000));
        Assert.Equal(2000, h.Interp.RecursionLimit);
        Assert.Equal(2000, ((PyInt)h.Call(h.SysAttr("getrecursionlimit"))).Small);
        Assert.Null(Ops.Call(h.Ts, h.SysAttr("setrecursionlimit"), h.Interp.Int(0)));
        Assert.Equal("ValueError: recursion limit must be greater or equal than 1", h.Ts.FetchError()!.ToString());
        Assert.Null(Ops.Call(h.Ts, h.SysAttr("setrecursionlimit"), h.Interp.Str("a")));
        Assert.Equal("TypeError: 'str' object cannot be interpreted as an integer", h.Ts.FetchError()!.ToString());
    }

    [Fact]
    public void ExitRaisesSystemExit()
    {
        var h = new ModuleTestHost();
        Assert.Null(Ops.Call(h.Ts, h.SysAttr("exit"), h.Interp.Int(3)));
        var e = h.Ts.FetchError()!;
        Assert.Equal("SystemExit", e.Type.Name);
        Assert.Equal(3, PythonRun.SystemExitCode(h.Ts, e));
        Assert.Null(Ops.Call(h.Ts, h.SysAttr("exit")));
        Assert.Equal(0, PythonRun.SystemExitCode(h.Ts, h.Ts.FetchError()!));
    }

    [Fact]
    public void InternReturnsOneObjectPerValue()
    {
        var h = new ModuleTestHost();
        var a = h.Call(h.SysAttr("intern"), h.Interp.Str("hello world"));
        var b = h.Call(h.SysAttr("intern"), h.Interp.Str("hello world"));
        Assert.Same(a, b);
        Assert.Null(Ops.Call(h.Ts, h.SysAttr("intern"), h.Interp.Int(1)));
        Assert.Equal("TypeError: intern() argument must be str, not int", h.Ts.FetchError()!.ToString());
    }

    [Fact]
    public void PrintWritesThroughSysStdout()
    {
        var h = new ModuleTestHost();
        var print = h.Builtin("print");
        h.Call(print, h.Interp.Str("a"), h.Interp.Int(1));
        Ops.Call(h.Ts, print, [h.Interp.Str("x"), h.Interp.Str("y"), h.Interp.Str("-"), h.Interp.Str("!\n")],
            h.Interp.Tuple(h.Interp.Str("sep"), h.Interp.Str("end")));
        Assert.Equal("a 1\nx-y!\n", h.Out);
    }

    [Fact]
    public void PrintRejectsBadSep()
    {
        var h = new ModuleTestHost();
        Assert.Null(Ops.Call(h.Ts, h.Builtin("print"), [h.Interp.Int(1)], h.Interp.Tuple(h.Interp.Str("sep"))));
        Assert.Equal("TypeError: sep must be None or a string, not int", h.Ts.FetchError()!.ToString());
    }

    [Fact]
    public void InputReadsALineFromStdin()
    {
        var h = new ModuleTestHost(stdin: "first line\nsecond\n");
        var input = h.Builtin("input");
        Assert.Equal("first line", ((PyStr)h.Call(input, h.Interp.Str("? "))).Value);
        Assert.Equal("second", ((PyStr)h.Call(input)).Value);
        Assert.Null(Ops.Call(h.Ts, input));
        Assert.Equal("EOFError: EOF when reading a line", h.Ts.FetchError()!.ToString());
        Assert.Equal("? ", h.Out);
    }

    [Fact]
    public void DisplayHookPrintsReprAndSetsUnderscore()
    {
        var h = new ModuleTestHost();
        h.Call(h.SysAttr("displayhook"), h.Interp.Str("v"));
        h.Call(h.SysAttr("displayhook"), h.Interp.None);
        Assert.Equal("'v'\n", h.Out);
        Assert.Equal("'v'", h.Repr(h.Builtin("_")));
    }

    [Fact]
    public void StreamsHaveTextIOAttributes()
    {
        var h = new ModuleTestHost();
        var stdout = h.SysAttr("stdout");
        Assert.Equal("'utf-8'", h.Repr(Ops.GetAttr(h.Ts, stdout, "encoding")!));
        Assert.Equal(1, ((PyInt)h.Call(Ops.GetAttr(h.Ts, stdout, "fileno")!)).Small);
        Assert.Equal("<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>", h.Repr(stdout));
        Assert.Equal("'backslashreplace'", h.Repr(Ops.GetAttr(h.Ts, h.SysAttr("stderr"), "errors")!));
        Assert.Same(stdout, h.SysAttr("__stdout__"));
        Assert.Equal(5, ((PyInt)h.Call(Ops.GetAttr(h.Ts, stdout, "write")!, h.Interp.Str("héllo"))).Small);
        Assert.Equal("héllo", h.Out);
    }

    [Fact]
    public void ModuleRegistryListsSysAndBuiltins()
    {
        Assert.True(ModuleRegistry.IsBuiltin("sys"));
        Assert.True(ModuleRegistry.IsBuiltin("builtins"));
        Assert.True(ModuleRegistry.IsBuiltin("_imp"));
        Assert.False(ModuleRegistry.IsBuiltin("os"));
        var h = new ModuleTestHost();
        Assert.Contains("'sys'", h.Repr(h.SysAttr("builtin_module_names")));
    }

    [Fact]
    public void InterpretersHaveSeparateSysModules()
    {
        var rt = new Isolated.Runtime.Runtime();
        var a = rt.Main;
        var b = rt.CreateInterpreter(Isolated.Runtime.InterpreterConfig.Isolated);
        var tsa = a.NewThreadState();
        var tsb = b.NewThreadState();
        SysState.Of(a).StdoutSink = new MemoryStream();
        SysState.Of(b).StdoutSink = new MemoryStream();
        PythonRun.Initialize(tsa);
        PythonRun.Initialize(tsb);
        Assert.NotSame(SysState.Of(a).Sys, SysState.Of(b).Sys);
        Assert.Same(SysState.Of(a).Sys, a.Modules.GetStr("sys"));
        Assert.Same(SysState.Of(b).Sys, b.Modules.GetStr("sys"));
    }
}
