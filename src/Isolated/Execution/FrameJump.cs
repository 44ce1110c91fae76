using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Execution;

/// <summary>
/// Assigning f_lineno from a trace function (a debugger's "jump"), with CPython 3.12's checks
/// and messages: only from a 'line' or 'opcode' event, only within the code's lines, and only to
/// an instruction whose evaluation stack is what remains of the current one (never into a for
/// loop's body or an except block). The values above the target's stack are dropped.
/// </summary>
public static class FrameJump
{
    public static bool SetLineNo(ThreadState ts, PyObject self, PyObject? value)
    {
        var fo = (PyFrame)self;
        if (value is null) { ts.Raise(ExceptionKind.AttributeError, "cannot delete attribute"); return false; }
        if (value is not PyInt || value is PyBool) { ts.Raise(ExceptionKind.ValueError, "lineno must be an integer"); return false; }
        var te = ts.Execution as ThreadExecution;
        var f = fo.Live;
        if (f is null || te is null || !te.InTracer || te.TraceFunction is null)
        {
            ts.Raise(ExceptionKind.ValueError, "f_lineno can only be set in a trace function");
            return false;
        }
        if (!fo.InLineEvent)
        {
            ts.Raise(ExceptionKind.ValueError, fo.TracePrevIp < 0 && f.Ip == 0
                ? "can't jump from the 'call' trace event of a new frame"
                : "can only jump from a 'line' trace event");
            return false;
        }
        var big = ((PyInt)value).ToBigInteger();
        var co = f.Code;
        var ci = co.Instrumentation!;
        var words = ci.Original;
        if (big < co.FirstLineNo)
        {
            ts.Raise(ExceptionKind.ValueError, $"line {big} comes before the current code block");
            return false;
        }
        // The target line is the first line at or after the one asked for that has code.
        int want = big > int.MaxValue ? int.MaxValue : (int)big;
        int line = int.MaxValue;
        for (int i = 0; i < words.Length; i += CodeInstrumentation.Length(Instr.Op(words[i])))
            if (co.Lines[i] >= want && co.Lines[i] < line) line = co.Lines[i];
        if (line == int.MaxValue)
        {
            ts.Raise(ExceptionKind.ValueError, $"line {big} comes after the current code block");
            return false;
        }
        var shapes = ci.Shapes ??= new StackShapes(co, words);
        var from = shapes.Before[f.Ip];
        StackShapes.Kind[]? firstRefused = null;
        int target = -1;
        for (int i = 0; i < words.Length; i += CodeInstrumentation.Length(Instr.Op(words[i])))
        {
            if (co.Lines[i] != line || !ci.LineStart[i] || shapes.Before[i] is not { } to) continue;
            if (from is not null && StackShapes.Compatible(from, to)) { target = i; break; }
            firstRefused ??= to;
        }
        if (target < 0)
        {
            ts.Raise(ExceptionKind.ValueError, firstRefused is null ? $"line {big} comes after the current code block" : StackShapes.Explain(firstRefused));
            return false;
        }
        // Drop what the target's stack does not have (an exception being handled gives back the
        // one handled before it).
        var targetStack = shapes.Before[target]!;
        int sp = f.Sp;
        if (sp - f.LocalsEnd != from!.Length)
        {
            ts.Raise(ExceptionKind.ValueError, "incompatible stacks");
            return false;
        }
        for (int k = from.Length - 1; k >= targetStack.Length; k--)
        {
            sp--;
            if (from[k] == StackShapes.Kind.Except) ts.HandledException = f.Stack[sp].Obj as PyBaseException;
            f.Stack[sp] = default;
        }
        f.Sp = sp;
        fo.JumpTo = target;
        return true;
    }
}
