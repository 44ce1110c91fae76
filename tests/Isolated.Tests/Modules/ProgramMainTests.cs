using System.Text;
using Isolated.Execution;
using Xunit;

namespace Isolated.Tests.Modules;

public class ProgramMainTests
{
    static (int Rc, string Out, string Err) Run(params string[] args) => RunWithInput("", args);

    static (int Rc, string Out, string Err) RunWithInput(string stdin, params string[] args)
    {
        var host = new ProgramMainHost
        {
            Stdin = new MemoryStream(Encoding.UTF8.GetBytes(stdin)), Stdout = new MemoryStream(), Stderr = new MemoryStream(),
            StdinIsTty = false, StdoutIsTty = false, GetEnvironmentVariable = _ => null,
        };
        int rc = ProgramMain.Run(["isolated", .. args], null, host);
        return (rc, Encoding.UTF8.GetString(((MemoryStream)host.Stdout).ToArray()), Encoding.UTF8.GetString(((MemoryStream)host.Stderr).ToArray()));
    }

    [Fact]
    public void Version()
    {
        Assert.Equal((0, "Python 3.12.7\n", ""), Run("-V"));
        Assert.Equal((0, "Python 3.12.7\n", ""), Run("--version"));
        Assert.StartsWith("Python 3.12.7 (", Run("-VV").Out);
    }

    [Fact]
    public void UsageErrors()
    {
        var r = Run("-z");
        Assert.Equal(2, r.Rc);
        Assert.Equal("Unknown option: -z\nusage: isolated [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information.\n", r.Err);
        Assert.StartsWith("Argument expected for the -c option\n", Run("-c").Err);
    }

    [Fact]
    public void Help()
    {
        var r = Run("-h");
        Assert.Equal(0, r.Rc);
        Assert.StartsWith("usage: isolated [option] ...", r.Out);
    }

    [Fact]
    public void MissingScript()
    {
        var r = Run("/nonexistent/x.py");
        Assert.Equal(2, r.Rc);
        Assert.Equal("isolated: can't open file '/nonexistent/x.py': [Errno 2] No such file or directory\n", r.Err);
    }

    [Fact]
    public void MissingModule()
    {
        var r = Run("-m", "surely_no_such_module");
        Assert.Equal(1, r.Rc);
        Assert.Equal("isolated: No module named surely_no_such_module\n", r.Err);
        Assert.Equal("isolated: Relative module names not supported\n", Run("-m", ".x").Err);
    }

    [Fact]
    public void OptionParsing()
    {
        var o = ProgramMainOptions.Parse(["-uB", "-X", "dev", "-Wdefault", "-c", "pass", "a", "-b"]);
        Assert.True(o.Unbuffered);
        Assert.Equal("pass", o.Command);
        Assert.Equal(["a", "-b"], o.Arguments);
        Assert.Equal(["dev"], o.XOptions);
        Assert.Equal(["default"], o.WarnOptions);
        var s = ProgramMainOptions.Parse(["-I", "script.py", "-c", "x"]);
        Assert.Equal("script.py", s.Script);
        Assert.Equal(["-c", "x"], s.Arguments);
        Assert.Equal(1, s.Flags.Isolated);
        Assert.Equal("-cprint(1)", "-c" + ProgramMainOptions.Parse(["-cprint(1)"]).Command);
        Assert.Equal("mod", ProgramMainOptions.Parse(["-mmod"]).Module);
        Assert.Equal("-", ProgramMainOptions.Parse(["-", "x"]).Script);
    }

    [Fact]
    public void CommandAndExitStatus()
    {
        Assert.Equal((0, "3 ['-c', 'a', 'b']\n", ""), Run("-c", "import sys; print(1 + 2, sys.argv)", "a", "b"));
        Assert.Equal(3, Run("-c", "import sys; sys.exit(3)").Rc);
        Assert.Equal(44, Run("-c", "raise SystemExit(300)").Rc);
        Assert.Equal(0, Run("-c", "raise SystemExit").Rc);
        var msg = Run("-c", "raise SystemExit('bye')");
        Assert.Equal((1, "bye\n"), (msg.Rc, msg.Err));
        var ki = Run("-c", "raise KeyboardInterrupt");
        Assert.Equal(130, ki.Rc);
        Assert.EndsWith("KeyboardInterrupt\n", ki.Err);
    }

    [Fact]
    public void UncaughtExceptionIsPrintedAndExitsWithOne()
    {
        var r = Run("-c", "def f():\n    raise ValueError('bad')\nf()");
        Assert.Equal(1, r.Rc);
        Assert.Equal("Traceback (most recent call last):\n  File \"<string>\", line 3, in <module>\n" +
                     "  File \"<string>\", line 2, in f\nValueError: bad\n", r.Err);
    }

    [Fact]
    public void SyntaxErrorInCommand()
    {
        var r = Run("-c", "x = (1,");
        Assert.Equal(1, r.Rc);
        Assert.EndsWith("SyntaxError: '(' was never closed\n", r.Err);
    }

    [Fact]
    public void ScriptFromStdin()
    {
        Assert.Equal((0, "['-', 'x'] 6\n", ""), RunWithInput("import sys\nprint(sys.argv, 2 * 3)\n", "-", "x"));
        Assert.Equal((0, "piped\n", ""), RunWithInput("print('piped')\n"));
    }

    [Fact]
    public void InteractiveModeEchoesValues()
    {
        var r = RunWithInput("1 + 1\nx = 5\nfor i in range(2):\n    print(i)\n\nx * 2\nundefined\n'after'\n", "-i", "-q");
        Assert.Equal(0, r.Rc);
        Assert.Equal("2\n0\n1\n10\n'after'\n", r.Out);
        Assert.Contains("NameError: name 'undefined' is not defined", r.Err);
        Assert.StartsWith(">>> ", r.Err);
        Assert.Contains("... ", r.Err);
    }

    [Fact]
    public void ScriptAndModule()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"pm_{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(dir, "app"));
        File.WriteAllText(Path.Combine(dir, "script.py"), "import sys, helper\nprint(__name__, sys.argv[1:], helper.VALUE, sys.path[0] == " + "__file__.rsplit('/', 1)[0])\n");
        File.WriteAllText(Path.Combine(dir, "helper.py"), "VALUE = 'helped'\n");
        File.WriteAllText(Path.Combine(dir, "app", "__init__.py"), "");
        File.WriteAllText(Path.Combine(dir, "app", "__main__.py"), "import sys\nprint('app main', __name__, __package__, sys.argv[0].endswith('__main__.py'))\n");
        Assert.Equal((0, "__main__ ['a'] helped True\n", ""), Run(Path.Combine(dir, "script.py"), "a"));
        var host = new ProgramMainHost
        {
            Stdin = new MemoryStream(), Stdout = new MemoryStream(), Stderr = new MemoryStream(),
            StdinIsTty = false, StdoutIsTty = false, GetEnvironmentVariable = _ => null, WorkingDirectory = dir,
        };
        Assert.Equal(0, ProgramMain.Run(["isolated", "-m", "app"], null, host));
        Assert.Equal("app main __main__ app True\n", Encoding.UTF8.GetString(((MemoryStream)host.Stdout).ToArray()));
    }
}
