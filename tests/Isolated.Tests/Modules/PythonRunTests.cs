using Isolated.Execution;
using Isolated.Execution.Import;
using Isolated.Modules.Sys;
using Isolated.Objects;
using Xunit;

namespace Isolated.Tests.Modules;

public class PythonRunTests
{
    [Fact]
    public void RunSimpleStringUsesMain()
    {
        var h = new ModuleTestHost();
        Assert.Equal(0, PythonRun.RunSimpleString(h.Ts, "x = 6 * 7\nprint('x is', x)"));
        Assert.Equal(0, PythonRun.RunSimpleString(h.Ts, "print(x + 1, __name__)"));
        Assert.Equal("x is 42\n43 __main__\n", h.Out);
        Assert.Same(PythonRun.MainModule(h.Ts), h.Interp.Modules.GetStr("__main__"));
    }

    [Fact]
    public void RunSimpleStringPrintsErrors()
    {
        var h = new ModuleTestHost();
        Assert.Equal(-1, PythonRun.RunSimpleString(h.Ts, "1/0"));
        Assert.False(h.Ts.HasError);
        Assert.Equal("Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nZeroDivisionError: division by zero\n", h.Err);
        Assert.Same(h.Interp.ExceptionType(ExceptionKind.ZeroDivisionError), h.SysAttr("last_type"));
    }

    [Fact]
    public void SystemExitGoesToTheHostHandler()
    {
        var h = new ModuleTestHost();
        int? code = null;
        SysState.Of(h.Interp).SystemExitHandler = c => code = c;
        Assert.Equal(-1, PythonRun.RunSimpleString(h.Ts, "import sys; sys.exit(7)"));
        Assert.Equal(7, code);
        Assert.Equal("", h.Err);
    }

    [Fact]
    public void RunStringEvalReturnsTheValue()
    {
        var h = new ModuleTestHost();
        var globals = h.Interp.NewDict();
        globals.SetStr("a", h.Interp.Int(20));
        var r = PythonRun.RunString(h.Ts, "a * 2 + 2", SourceMode.Eval, globals, null);
        Assert.Equal(42, ((PyInt)r!).Small);
        Assert.NotNull(globals.GetStr("__builtins__"));
        Assert.Null(PythonRun.RunString(h.Ts, "a +", SourceMode.Eval, globals, null));
        Assert.Equal("SyntaxError", h.Ts.FetchError()!.Type.Name);
    }

    [Fact]
    public void RunFileSetsFileWhileRunning()
    {
        var h = new ModuleTestHost();
        var path = Path.Combine(Path.GetTempPath(), $"runfile_{Guid.NewGuid():N}.py");
        File.WriteAllText(path, "print(__file__ == FILE, __name__)\n");
        PythonRun.MainModule(h.Ts).Dict.SetStr("FILE", h.Interp.Str(path));
        Assert.Equal(0, PythonRun.RunFile(h.Ts, path));
        Assert.Equal("True __main__\n", h.Out);
        Assert.Null(PythonRun.MainModule(h.Ts).Dict.GetStr("__file__"));
    }

    [Fact]
    public void InteractiveEchoesThroughDisplayHook()
    {
        var h = new ModuleTestHost();
        Assert.NotNull(PythonRun.RunInteractive(h.Ts, "40 + 2\n"));
        Assert.NotNull(PythonRun.RunInteractive(h.Ts, "y = 1\n"));
        Assert.NotNull(PythonRun.RunInteractive(h.Ts, "_ + y\n"));
        Assert.Equal("42\n43\n", h.Out);
    }

    [Fact]
    public void ImportSourceModuleFromSysPath()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"runimp_{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(dir, "pkg"));
        File.WriteAllText(Path.Combine(dir, "pkg", "__init__.py"), "from .mod import VALUE\n");
        File.WriteAllText(Path.Combine(dir, "pkg", "mod.py"), "VALUE = 'from mod'\n");
        var h = new ModuleTestHost();
        Assert.Equal(0, PythonRun.RunSimpleString(h.Ts, $"import sys\nsys.path.insert(0, {dir.Replace("\\", "\\\\")!.Insert(0, "'")}')\nimport pkg\nprint(pkg.VALUE, pkg.mod.__name__, pkg.__spec__.submodule_search_locations == pkg.__path__)"));
        Assert.Equal("from mod pkg.mod True\n", h.Out);
    }
}
