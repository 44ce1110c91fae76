using System.Numerics;
using Isolated.Objects;
using Isolated.Runtime;
using ThreadState = Isolated.Runtime.ThreadState;
using Xunit;

namespace Isolated.Tests.Strings;

/// <summary>One call checked against CPython 3.12: the receiver, the method (or an operator
/// dunder), the arguments, and the expected outcome ("=repr" or "!ExceptionType: message").
/// Values are plain C# data turned into Python objects by <see cref="StrCases.ToPy"/>.</summary>
public sealed record Case(object? Receiver, string Method, object?[] Args, (string, object?)[] Kwargs, string Expected)
{
    public override string ToString() => $"{Receiver}.{Method}({string.Join(", ", Args)})";
}

public sealed record TupleValue(params object?[] Items);
public sealed record ListValue(params object?[] Items);
public sealed record DictValue(params object?[] KeysAndValues);
public sealed record SliceValue(object? Start, object? Stop, object? Step);
public sealed record ByteArrayValue(byte[] Data);
public sealed record MemoryViewValue(byte[] Data);

public static partial class StrCases
{
    public static PyObject ToPy(Interpreter interp, ThreadState ts, object? v) => v switch
    {
        null => interp.None,
        bool b => interp.Bool(b),
        long l => interp.Int(l),
        BigInteger big => interp.Int(big),
        double d => FloatType.New(interp, d),
        string s => interp.Str(s),
        byte[] bytes => PyBytes.Create(interp, bytes),
        ByteArrayValue ba => new PyByteArray(interp.Types.ByteArray, (byte[])ba.Data.Clone()),
        MemoryViewValue mv => MemoryViewType.FromObject(ts, PyBytes.Create(interp, mv.Data))!,
        TupleValue t => interp.Tuple(Array.ConvertAll(t.Items, x => ToPy(interp, ts, x))),
        ListValue l => new PyList(interp.Types.List, Array.ConvertAll(l.Items, x => ToPy(interp, ts, x)), l.Items.Length),
        DictValue d => MakeDict(interp, ts, d),
        SliceValue s => SliceType.NewSlice(interp, ToPy(interp, ts, s.Start), ToPy(interp, ts, s.Stop), ToPy(interp, ts, s.Step)),
        _ => throw new ArgumentException($"no Python value for {v.GetType()}"),
    };

    static PyDict MakeDict(Interpreter interp, ThreadState ts, DictValue d)
    {
        var dict = interp.NewDict();
        for (int i = 0; i < d.KeysAndValues.Length; i += 2)
            Assert.True(dict.TrySetItem(ts, ToPy(interp, ts, d.KeysAndValues[i]), ToPy(interp, ts, d.KeysAndValues[i + 1])));
        return dict;
    }

    /// <summary>Runs one case; returns the outcome in the same notation as the expectation.</summary>
    public static string Run(Interpreter interp, ThreadState ts, Case c)
    {
        var self = ToPy(interp, ts, c.Receiver);
        var args = new List<PyObject>();
        foreach (var a in c.Args) args.Add(ToPy(interp, ts, a));
        PyObject? result;
        switch (c.Method)
        {
            case "__len__":
            {
                long n = Ops.Length(ts, self);
                result = n < 0 ? null : interp.Int(n);
                break;
            }
            case "__repr__": result = Ops.Repr(ts, self); break;
            case "__getitem__": result = Ops.GetItem(ts, self, args[0]); break;
            case "__contains__":
            {
                int r = Ops.Contains(ts, self, args[0]);
                result = r < 0 ? null : interp.Bool(r > 0);
                break;
            }
            case "__add__": result = Ops.Add(ts, self, args[0]); break;
            case "__mul__": result = Ops.Multiply(ts, self, args[0]); break;
            case "__mod__": result = Ops.Remainder(ts, self, args[0]); break;
            case "__lt__": result = Ops.RichCompare(ts, self, args[0], CompareOp.Lt); break;
            case "__eq__": result = Ops.RichCompare(ts, self, args[0], CompareOp.Eq); break;
            default:
            {
                PyObject? callable;
                if (c.Method is "maketrans" or "fromhex")
                {
                    var descr = self.Type.LookupMro(interp.Str(c.Method))!;
                    callable = descr.Type.Slots.DescrGet!(ts, descr, null, self.Type);
                }
                else callable = Ops.GetAttr(ts, self, c.Method);
                if (callable is null) { result = null; break; }
                PyTuple? kwnames = null;
                if (c.Kwargs.Length > 0)
                {
                    var names = new PyObject[c.Kwargs.Length];
                    for (int i = 0; i < c.Kwargs.Length; i++)
                    {
                        names[i] = interp.Str(c.Kwargs[i].Item1);
                        args.Add(ToPy(interp, ts, c.Kwargs[i].Item2));
                    }
                    kwnames = interp.Tuple(names);
                }
                result = Ops.Call(ts, callable, args.ToArray(), kwnames);
                break;
            }
        }
        if (result is null)
        {
            var e = ts.FetchError();
            if (e is null) return "!<no exception set>";
            return "!" + e.Type.Name + ": " + Message(ts, e);
        }
        if (ReferenceEquals(result, interp.NotImplemented)) return "NotImplemented";
        var repr = Ops.Repr(ts, result);
        if (repr is null) return "!<repr failed: " + ts.FetchError() + ">";
        return "=" + ((PyStr)repr).Value;
    }

    static string Message(ThreadState ts, PyBaseException e)
    {
        var s = Ops.Str(ts, e);
        if (s is null)
        {
            ts.FetchError();
            return "<str failed>";
        }
        return ((PyStr)s).Value;
    }
}

public class StrCaseTests
{
    // One interpreter for all cases: creating one per case would dominate the run time.
    static readonly Lazy<(Interpreter, ThreadState)> Shared = new(() =>
    {
        var rt = new Isolated.Runtime.Runtime();
        return (rt.Main, rt.Main.NewThreadState());
    });

    public static IEnumerable<object[]> Indices()
    {
        for (int i = 0; i < StrCases.All.Length; i++) yield return [i];
    }

    [Theory]
    [MemberData(nameof(Indices))]
    public void MatchesCPython(int index)
    {
        var c = StrCases.All[index];
        var (interp, ts) = Shared.Value;
        var actual = StrCases.Run(interp, ts, c);
        Assert.True(c.Expected == actual, $"{c}\n expected: {c.Expected}\n   actual: {actual}");
    }
}
