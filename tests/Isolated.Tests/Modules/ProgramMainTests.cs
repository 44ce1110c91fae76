using System.Text;
using Isolated.Execution;
using Xunit;

namespace Isolated.Tests.Modules;

public class ProgramMainTests
{
    static (int Rc, string Out, string Err) Run(params string[] args)
    {
        var host = new ProgramMainHost
        {
            Stdin = new MemoryStream(), Stdout = new MemoryStream(), Stderr = new MemoryStream(),
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
}
