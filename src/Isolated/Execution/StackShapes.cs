using Isolated.Compiling;
using Isolated.Objects;

namespace Isolated.Execution;

/// <summary>
/// What the evaluation stack holds before each instruction of a code object (by kind: an
/// ordinary object, a NULL, a for loop's iterator, an exception being handled), found by walking
/// the bytecode from the entry and from each exception handler. f_lineno jumps use it: a jump is
/// allowed where the target's stack is what remains of the current one after popping.
/// </summary>
internal sealed class StackShapes
{
    public enum Kind : byte { Object, Null, Iterator, Except }

    /// <summary>The stack before each instruction, bottom first; null where unreachable.</summary>
    public readonly Kind[]?[] Before;

    public StackShapes(PyCode co, int[] words)
    {
        Before = new Kind[]?[words.Length];
        var work = new Stack<int>();
        Enter(0, [], work);
        foreach (var h in co.ExceptionTable)
        {
            // A handler starts with the stack cut to its depth and the exception pushed; what
            // is below comes from any instruction it covers.
            for (int i = h.Start; i < h.End && i < words.Length; i++)
            {
                if (Before[i] is not { } at) continue;
                var st = new Kind[Math.Min(h.Depth, at.Length) + 1];
                Array.Copy(at, st, st.Length - 1);
                st[^1] = Kind.Except;
                Enter(h.Handler, st, work);
                break;
            }
        }
        Walk(words, work);
        // Handlers reached only from code found after the first walk.
        foreach (var h in co.ExceptionTable)
            if (h.Handler < words.Length && Before[h.Handler] is null)
            {
                for (int i = h.Start; i < h.End && i < words.Length; i++)
                {
                    if (Before[i] is not { } at) continue;
                    var st = new Kind[Math.Min(h.Depth, at.Length) + 1];
                    Array.Copy(at, st, st.Length - 1);
                    st[^1] = Kind.Except;
                    Enter(h.Handler, st, work);
                    break;
                }
                Walk(words, work);
            }
    }

    void Enter(int at, Kind[] stack, Stack<int> work)
    {
        if (at < 0 || at >= Before.Length || Before[at] is not null) return;
        Before[at] = stack;
        work.Push(at);
    }

    void Walk(int[] words, Stack<int> work)
    {
        while (work.Count > 0)
        {
            int i = work.Pop();
            var st = Before[i]!;
            int w = words[i];
            var op = Instr.Op(w);
            int arg = Instr.Arg(w);
            int next = i + CodeInstrumentation.Length(op);
            int target = CodeInstrumentation.JumpTarget(words, i);
            if (target >= 0) Enter(target, After(st, op, arg, jump: true), work);
            if (op is OpCode.Jump or OpCode.JumpBackward or OpCode.ReturnValue or OpCode.ReturnConst
                or OpCode.RaiseVarargs or OpCode.Reraise or OpCode.PopExceptReraise)
                continue;
            Enter(next, After(st, op, arg, jump: false), work);
        }
    }

    static Kind[] After(Kind[] st, OpCode op, int arg, bool jump)
    {
        int effect = CodeBuilder.StackEffect(op, arg, jump);
        switch (op)
        {
            case OpCode.GetIter:
            case OpCode.GetAIter:
                return Replace(st, Kind.Iterator);
            case OpCode.PushNull:
                return Push(st, Kind.Null);
            case OpCode.PushExcInfo:
            {
                // [exc] -> [previously handled, exc]
                var r = Push(st, Kind.Object);
                r[^2] = Kind.Except;
                return r;
            }
            case OpCode.ForIter:
                return jump ? Resize(st, st.Length - 1) : Push(st, Kind.Object);
        }
        return Resize(st, st.Length + effect);
    }

    static Kind[] Push(Kind[] st, Kind k)
    {
        var r = Resize(st, st.Length + 1);
        r[^1] = k;
        return r;
    }

    static Kind[] Replace(Kind[] st, Kind k)
    {
        var r = (Kind[])st.Clone();
        if (r.Length > 0) r[^1] = k;
        return r;
    }

    static Kind[] Resize(Kind[] st, int n)
    {
        if (n < 0) n = 0;
        var r = new Kind[n];
        Array.Copy(st, r, Math.Min(n, st.Length));
        return r;
    }

    /// <summary>Whether a frame with stack <paramref name="from"/> may continue with
    /// <paramref name="to"/>: the target's stack is the bottom of the current one.</summary>
    public static bool Compatible(Kind[] from, Kind[] to)
    {
        if (to.Length > from.Length) return false;
        for (int i = 0; i < to.Length; i++)
            if (from[i] != to[i]) return false;
        return true;
    }

    /// <summary>CPython's reason for refusing a jump to a stack like <paramref name="to"/>.</summary>
    public static string Explain(Kind[] to) => to.Length == 0 ? "incompatible stacks" : to[^1] switch
    {
        Kind.Except => "can't jump into an 'except' block as there's no exception",
        Kind.Iterator => "can't jump into the body of a for loop",
        _ => "incompatible stacks",
    };
}
