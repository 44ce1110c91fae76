using Isolated.Execution;
using Isolated.Objects;
using Xunit;

namespace Isolated.Tests.Modules;

/// <summary>Traceback formatting on synthetic traceback/frame/code objects (attribute bags), so
/// the format is checked independently of the VM.</summary>
public class TracebackPrinterTests
{
    static PyObject Bag(ModuleTestHost h, params (string, PyObject)[] attrs)
    {
        var type = h.Interp.Types.NewBuiltin("bag", h.Interp.Types.Object, TypeFlags.HasInstanceDict, static _ => { });
        var o = new PyInstance(type) { InstanceDict = h.Interp.NewDict() };
        foreach (var (k, v) in attrs) o.InstanceDict.SetStr(k, v);
        return o;
    }

    /// <summary>A traceback chain for (filename, line, function) entries, outermost first.</summary>
    static PyObject Traceback(ModuleTestHost h, params (string File, int Line, string Name)[] entries)
    {
        PyObject next = h.Interp.None;
        for (int i = entries.Length - 1; i >= 0; i--)
        {
            var code = Bag(h, ("co_filename", h.Interp.Str(entries[i].File)), ("co_name", h.Interp.Str(entries[i].Name)));
            var frame = Bag(h, ("f_code", code));
            next = Bag(h, ("tb_frame", frame), ("tb_lineno", h.Interp.Int(entries[i].Line)), ("tb_next", next));
        }
        return next;
    }

    static string TempSource(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"tbtest_{Guid.NewGuid():N}.py");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void SimpleTraceback()
    {
        var h = new ModuleTestHost();
        var path = TempSource("def f():\n    1/0\nf()\n");
        var exc = h.Interp.NewException(ExceptionKind.ZeroDivisionError, "division by zero");
        exc.Traceback = Traceback(h, (path, 3, "<module>"), (path, 2, "f"));
        Assert.Equal(
            "Traceback (most recent call last):\n" +
            $"  File \"{path}\", line 3, in <module>\n    f()\n" +
            $"  File \"{path}\", line 2, in f\n    1/0\n" +
            "ZeroDivisionError: division by zero\n",
            TracebackPrinter.Format(h.Ts, exc));
    }

    [Fact]
    public void RepeatedFramesAreCollapsed()
    {
        var h = new ModuleTestHost();
        var entries = new List<(string, int, string)> { ("<string>", 3, "<module>") };
        for (int i = 0; i < 10; i++) entries.Add(("<string>", 2, "r"));
        var exc = h.Interp.NewException(ExceptionKind.RecursionError, "maximum recursion depth exceeded");
        exc.Traceback = Traceback(h, entries.ToArray());
        var text = TracebackPrinter.Format(h.Ts, exc);
        Assert.Equal(
            "Traceback (most recent call last):\n" +
            "  File \"<string>\", line 3, in <module>\n" +
            "  File \"<string>\", line 2, in r\n" +
            "  File \"<string>\", line 2, in r\n" +
            "  File \"<string>\", line 2, in r\n" +
            "  [Previous line repeated 7 more times]\n" +
            "RecursionError: maximum recursion depth exceeded\n", text);
    }

    [Fact]
    public void ChainedExceptions()
    {
        var h = new ModuleTestHost();
        var inner = h.Interp.NewException(ExceptionKind.KeyError, "k");
        var outer = h.Interp.NewException(ExceptionKind.ValueError, "bad");
        outer.Context = inner;
        Assert.Equal("KeyError: 'k'\n\nDuring handling of the above exception, another exception occurred:\n\nValueError: bad\n",
            TracebackPrinter.Format(h.Ts, outer));
        outer.Cause = inner;
        Assert.Equal("KeyError: 'k'\n\nThe above exception was the direct cause of the following exception:\n\nValueError: bad\n",
            TracebackPrinter.Format(h.Ts, outer));
        outer.Cause = null;
        outer.SuppressContext = true;
        Assert.Equal("ValueError: bad\n", TracebackPrinter.Format(h.Ts, outer));
    }

    [Fact]
    public void ChainCyclesTerminate()
    {
        var h = new ModuleTestHost();
        var a = h.Interp.NewException(ExceptionKind.ValueError, "a");
        var b = h.Interp.NewException(ExceptionKind.TypeError, "b");
        a.Context = b;
        b.Context = a;
        Assert.Equal("TypeError: b\n\nDuring handling of the above exception, another exception occurred:\n\nValueError: a\n",
            TracebackPrinter.Format(h.Ts, a));
    }

    [Fact]
    public void EmptyMessageAndNotes()
    {
        var h = new ModuleTestHost();
        var exc = new PyBaseException(h.Interp.ExceptionType(ExceptionKind.KeyboardInterrupt), h.Interp.EmptyTuple);
        exc.Dict = h.Interp.NewDict();
        exc.Dict.SetStr("__notes__", h.Interp.Tuple(h.Interp.Str("first note"), h.Interp.Str("two\nlines")));
        Assert.Equal("KeyboardInterrupt\nfirst note\ntwo\nlines\n", TracebackPrinter.Format(h.Ts, exc));
    }

    [Fact]
    public void SyntaxErrorWithCaret()
    {
        var h = new ModuleTestHost();
        var interp = h.Interp;
        var details = interp.Tuple(interp.Str("x.py"), interp.Int(1), interp.Int(5), interp.Str("x = (1, 2\n"), interp.Int(1), interp.Int(6));
        var exc = new PyBaseException(interp.ExceptionType(ExceptionKind.SyntaxError), interp.Tuple(interp.Str("'(' was never closed"), details));
        Assert.Equal("  File \"x.py\", line 1\n    x = (1, 2\n        ^\nSyntaxError: '(' was never closed\n",
            TracebackPrinter.Format(h.Ts, exc));
    }

    [Fact]
    public void ExceptionGroupTree()
    {
        var h = new ModuleTestHost();
        var interp = h.Interp;
        var v = interp.NewException(ExceptionKind.ValueError, "1");
        var t = interp.NewException(ExceptionKind.TypeError, "2");
        var innerGroup = new PyBaseException(interp.ExceptionType(ExceptionKind.ExceptionGroup), interp.Tuple(interp.Str("inner"), interp.Tuple(t)));
        innerGroup.Dict = interp.NewDict();
        innerGroup.Dict.SetStr("exceptions", interp.Tuple(t));
        var group = new PyBaseException(interp.ExceptionType(ExceptionKind.ExceptionGroup), interp.Tuple(interp.Str("eg"), interp.Tuple(v, innerGroup)));
        group.Dict = interp.NewDict();
        group.Dict.SetStr("exceptions", interp.Tuple(v, innerGroup));
        group.Traceback = Traceback(h, ("<string>", 1, "<module>"));
        var text = TracebackPrinter.Format(h.Ts, group);
        // str() of a group is the exception type's business; check the tree's frame.
        var lines = text.Split('\n');
        Assert.Equal("  + Exception Group Traceback (most recent call last):", lines[0]);
        Assert.Equal("  |   File \"<string>\", line 1, in <module>", lines[1]);
        Assert.StartsWith("  | ExceptionGroup: ", lines[2]);
        Assert.Equal("  +-+---------------- 1 ----------------", lines[3]);
        Assert.Equal("    | ValueError: 1", lines[4]);
        Assert.Equal("    +---------------- 2 ----------------", lines[5]);
        Assert.StartsWith("    | ExceptionGroup: ", lines[6]);
        Assert.Equal("    +-+---------------- 1 ----------------", lines[7]);
        Assert.Equal("      | TypeError: 2", lines[8]);
        Assert.Equal("      +------------------------------------", lines[9]);
    }

    [Fact]
    public void ExceptHookWritesToSysStderr()
    {
        var h = new ModuleTestHost();
        var exc = h.Interp.NewException(ExceptionKind.ValueError, "oops");
        PythonRun.PrintException(h.Ts, exc);
        Assert.Equal("ValueError: oops\n", h.Err);
        Assert.False(h.Ts.HasError);
    }
}
