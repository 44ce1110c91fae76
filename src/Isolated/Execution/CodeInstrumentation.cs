using Isolated.Objects;

namespace Isolated.Execution;

/// <summary>
/// What tracing needs to know about one code object: its original instruction words (while
/// hooked, <see cref="PyCode.Code"/> holds <see cref="OpCode.Traced"/> in every instruction's
/// opcode byte, the argument kept, so code that reads arguments of earlier instructions still
/// works), and which instructions start a line the way CPython 3.12 marks them for 'line' events.
/// </summary>
internal sealed class CodeInstrumentation
{
    public readonly int[] Original;
    /// <summary>Instructions that report a 'line' event when reached from another line: the first
    /// of each run of one line, jump targets, exception handlers, and what follows a return/raise.</summary>
    public readonly bool[] LineStart;
    /// <summary>A list/set/dict comprehension: CPython 3.12 inlines those into the enclosing
    /// frame (PEP 709), so a tracer sees no frame of theirs — only the enclosing frame's line
    /// events for each turn of their loop. Here they are frames, reported as CPython would.</summary>
    public readonly bool Inlined;
    /// <summary>Whether <see cref="PyCode.Code"/> currently holds the hooks.</summary>
    public bool Hooked;
    /// <summary>The evaluation stack's shape before each instruction, for f_lineno jumps
    /// (computed on the first jump).</summary>
    public StackShapes? Shapes;

    public CodeInstrumentation(PyCode co)
    {
        Original = (int[])co.Code.Clone();
        LineStart = ComputeLineStarts(co, Original);
        Inlined = co.IsInlinedComprehension;
    }

    /// <summary>Words an instruction occupies (a fused compare-and-jump carries its target in a second word).</summary>
    public static int Length(OpCode op) => op == OpCode.CompareJumpIfFalse ? 2 : 1;

    /// <summary>The jump target of <paramref name="i"/>, or -1 when it does not jump.</summary>
    public static int JumpTarget(int[] words, int i)
    {
        int w = words[i];
        switch (Instr.Op(w))
        {
            case OpCode.Jump: case OpCode.JumpBackward: case OpCode.PopJumpIfFalse: case OpCode.PopJumpIfTrue:
            case OpCode.PopJumpIfNone: case OpCode.PopJumpIfNotNone: case OpCode.JumpIfFalseOrPop:
            case OpCode.JumpIfTrueOrPop: case OpCode.ForIter: case OpCode.Send:
                return Instr.Arg(w);
            case OpCode.CompareJumpIfFalse:
                return words[i + 1];
            default:
                return -1;
        }
    }

    static bool[] ComputeLineStarts(PyCode co, int[] words)
    {
        var lines = co.Lines;
        var starts = new bool[words.Length];
        int current = -1;
        for (int i = 0; i < words.Length; i += Length(Instr.Op(words[i])))
        {
            int line = lines[i];
            if (line > 0 && line != current) starts[i] = true;
            current = line;
            // Code after a terminator belongs to another block: its first line is reported anew.
            if (Instr.Op(words[i]) is OpCode.ReturnValue or OpCode.ReturnConst or OpCode.RaiseVarargs
                or OpCode.Reraise or OpCode.PopExceptReraise)
                current = -1;
        }
        for (int i = 0; i < words.Length; i += Length(Instr.Op(words[i])))
        {
            int target = JumpTarget(words, i);
            if (target >= 0 && target < words.Length && lines[target] > 0) starts[target] = true;
        }
        foreach (var e in co.ExceptionTable)
            if (e.Handler < words.Length && lines[e.Handler] > 0) starts[e.Handler] = true;
        return starts;
    }

    /// <summary>The instruction whose original word is in place for one run (-1: none).</summary>
    int _runningOnce = -1;

    /// <summary>Puts the hooks into <paramref name="co"/>'s words (in place: running frames
    /// see them at their next instruction).</summary>
    public void Hook(PyCode co)
    {
        if (Hooked) return;
        var code = co.Code;
        for (int i = 0; i < code.Length; i += Length(Instr.Op(Original[i])))
            code[i] = HookWord(Original[i]);
        Hooked = true;
        _runningOnce = -1;
    }

    static int HookWord(int word) => (word & ~0xFF) | (int)OpCode.Traced;

    /// <summary>Restores the original words.</summary>
    public void Unhook(PyCode co)
    {
        if (!Hooked) return;
        Array.Copy(Original, co.Code, Original.Length);
        Hooked = false;
        _runningOnce = -1;
    }

    /// <summary>Puts the original word of <paramref name="ip"/> back so the VM runs it once.</summary>
    public void RunOnce(PyCode co, int ip)
    {
        Rehook(co);
        if (!Hooked) return;
        co.Code[ip] = Original[ip];
        _runningOnce = ip;
    }

    /// <summary>Hooks again the instruction that ran once.</summary>
    public void Rehook(PyCode co)
    {
        if (_runningOnce < 0) return;
        if (Hooked) co.Code[_runningOnce] = HookWord(Original[_runningOnce]);
        _runningOnce = -1;
    }
}
