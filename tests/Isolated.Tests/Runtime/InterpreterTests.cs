using Isolated.Objects;
using Isolated.Runtime;
using Xunit;

namespace Isolated.Tests.Runtime;

using RuntimeT = Isolated.Runtime.Runtime;

/// <summary>The runtime model: each interpreter owns its world (DESIGN §2 rule 4).</summary>
public class InterpreterTests
{
    [Fact]
    public void InterpretersHaveTheirOwnSingletonsAndTypes()
    {
        var rt = new RuntimeT();
        var a = rt.Main;
        var b = rt.CreateInterpreter(InterpreterConfig.Isolated);
        Assert.NotSame(a.None, b.None);
        Assert.NotSame(a.True, b.True);
        Assert.NotSame(a.Types.Int, b.Types.Int);
        Assert.NotSame(a.Types.Object, b.Types.Object);
        Assert.NotSame(a.Int(5), b.Int(5));
        Assert.Same(a.Int(5), a.Int(5));
        Assert.NotSame(a.ExceptionType(ExceptionKind.TypeError), b.ExceptionType(ExceptionKind.TypeError));
        Assert.Same(a, a.None.Interpreter);
        Assert.Same(b, b.Types.Str.Type.Owner);
    }

    [Fact]
    public void TypeOfTypeIsType()
    {
        var interp = new RuntimeT().Main;
        Assert.Same(interp.Types.Type, interp.Types.Type.Type);
        Assert.Same(interp.Types.Type, interp.Types.Object.Type);
        Assert.Null(interp.Types.Object.Base);
        Assert.Equal(["bool", "int", "object"], interp.Types.Bool.Mro.Select(t => t.Name));
    }

    [Fact]
    public void ExceptionHierarchyFollowsTheTable()
    {
        var interp = new RuntimeT().Main;
        var zde = interp.ExceptionType(ExceptionKind.ZeroDivisionError);
        Assert.Equal(["ZeroDivisionError", "ArithmeticError", "Exception", "BaseException", "object"], zde.Mro.Select(t => t.Name));
        Assert.Equal((int)ExceptionKind.Count, ExceptionHierarchy.Table.Length);
    }

    [Fact]
    public void InterpreterIdsAreDistinctAndEndingUnregisters()
    {
        var rt = new RuntimeT();
        var b = rt.CreateInterpreter(InterpreterConfig.Isolated);
        var c = rt.CreateInterpreter(InterpreterConfig.Isolated);
        Assert.Equal(0, rt.Main.Id);
        Assert.NotEqual(b.Id, c.Id);
        Assert.Same(b, rt.Find(b.Id));
        b.End();
        Assert.True(b.IsEnded);
        Assert.Null(rt.Find(b.Id));
        Assert.Equal([rt.Main.Id, c.Id], rt.All().Select(i => i.Id));
    }

    [Fact]
    public void ConfigValidationRejectsWhatCPythonRejects()
    {
        Assert.Null(InterpreterConfig.Isolated.Validate());
        Assert.Null(InterpreterConfig.Legacy.Validate());
        Assert.Equal(InterpreterConfig.ErrorOwnGilWithMainObmalloc, (InterpreterConfig.Isolated with { UseMainObmalloc = true }).Validate());
        Assert.Equal(InterpreterConfig.ErrorObmallocWithSinglePhase, (InterpreterConfig.Isolated with { CheckMultiInterpExtensions = false }).Validate());
    }

    [Fact]
    public void EndedInterpreterIsCollectable()
    {
        var rt = new RuntimeT();
        var weak = CreateAndEnd(rt);
        for (int i = 0; i < 5 && weak.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        Assert.False(weak.IsAlive, "an ended interpreter is still reachable");
    }

    static WeakReference CreateAndEnd(RuntimeT rt)
    {
        var interp = rt.CreateInterpreter(InterpreterConfig.Isolated);
        var ts = interp.NewThreadState();
        interp.Gil.Acquire(ts);
        _ = interp.Modules;
        _ = interp.ExceptionType(ExceptionKind.KeyError);
        interp.Gil.Release(ts);
        interp.End();
        return new WeakReference(interp);
    }
}
