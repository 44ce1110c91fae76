using Isolated.Execution;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Compiling;

/// <summary>
/// Accumulates the instructions of one code object: instruction words with their source lines,
/// jumps to labels (patched at the end), the statically tracked stack depth (for the frame size
/// and the depth each exception handler unwinds to), the exception handler in force for each
/// instruction (turned into the exception table), and the constant and name tables.
/// </summary>
public sealed class CodeBuilder
{
    readonly Interpreter _interp;
    readonly List<int> _code = new();
    readonly List<int> _lines = new();
    readonly List<SourceLocation> _locations = new();
    readonly List<int> _handlerOf = new();
    readonly List<(int at, Label label, bool extraWord)> _jumps = new();
    readonly List<(Label label, int depth, bool cleanup)> _handlers = new();
    readonly Stack<int> _activeHandlers = new();
    public readonly List<PyObject> Consts = new();
    readonly Dictionary<string, int> _constIndex = new();
    public readonly List<string> Names = new();
    readonly Dictionary<string, int> _nameIndex = new();

    public int Depth;
    public int MaxDepth;
    /// <summary>The source position given to the instructions emitted next.</summary>
    public SourceLocation Loc;
    public int Line { get => Loc.Line; set => Loc = SourceLocation.LineOnly(value); }
    /// <summary>False after an unconditional jump/return/raise until the next label.</summary>
    bool _reachable = true;

    public CodeBuilder(Interpreter interp) => _interp = interp;

    public int Position => _code.Count;

    // ---------------------------------------------------------------- tables

    public int AddConst(PyObject value, string? key)
    {
        if (key is not null && _constIndex.TryGetValue(key, out var i)) return i;
        Consts.Add(value);
        if (key is not null) _constIndex[key] = Consts.Count - 1;
        return Consts.Count - 1;
    }

    public int AddName(string name)
    {
        if (_nameIndex.TryGetValue(name, out var i)) return i;
        Names.Add(name);
        _nameIndex[name] = Names.Count - 1;
        return Names.Count - 1;
    }

    // ---------------------------------------------------------------- emitting

    int _lastLabelPosition = -1;

    public void Emit(OpCode op, int arg = 0)
    {
        if (arg > Instr.MaxArg || arg < -Instr.MaxArg) throw new CompileError("too many constants or names in one code object", Line, 0, Line, 0);
        // Superinstruction: two LOAD_FASTs in a row (not across a jump target) become one.
        int n = _code.Count;
        if (op == OpCode.LoadFast && n > 0 && _lastLabelPosition != n && arg < 4096
            && Instr.Op(_code[n - 1]) == OpCode.LoadFast && Instr.Arg(_code[n - 1]) < 4096 && _lines[n - 1] == Line
            && _handlerOf[n - 1] == (_activeHandlers.Count > 0 ? _activeHandlers.Peek() : -1))
        {
            _code[n - 1] = Instr.Make(OpCode.LoadFastLoadFast, Instr.Arg(_code[n - 1]) | (arg << 12));
            Depth += 1;
            if (Depth > MaxDepth) MaxDepth = Depth;
            return;
        }
        _code.Add(Instr.Make(op, arg));
        RecordWord();
        Depth += StackEffect(op, arg, jump: false);
        if (Depth > MaxDepth) MaxDepth = Depth;
        if (Depth < 0) Depth = 0; // a code generation slip must not crash the build; the frame keeps slack
        if (op is OpCode.ReturnValue or OpCode.ReturnConst or OpCode.RaiseVarargs or OpCode.Reraise or OpCode.PopExceptReraise)
            _reachable = false;
    }

    /// <summary>The line, position and handler of the word just added.</summary>
    void RecordWord()
    {
        _lines.Add(Loc.Line);
        _locations.Add(Loc);
        _handlerOf.Add(_activeHandlers.Count > 0 ? _activeHandlers.Peek() : -1);
    }

    public void EmitJump(OpCode op, Label target, int arg = 0)
    {
        bool extra = op == OpCode.CompareJumpIfFalse;
        int at = _code.Count;
        if (extra)
        {
            Emit(op, arg);
            _code.Add(0);
            RecordWord();
        }
        else Emit(op, 0);
        _jumps.Add((at, target, extra));
        // Depth on arrival at the target.
        int targetDepth = Depth - StackEffect(op, arg, false) + StackEffect(op, arg, true);
        if (target.Depth < targetDepth) target.Depth = targetDepth;
        if (targetDepth > MaxDepth) MaxDepth = targetDepth;
        if (op is OpCode.Jump or OpCode.JumpBackward) _reachable = false;
    }

    public void Place(Label label)
    {
        label.Position = _code.Count;
        _lastLabelPosition = _code.Count;
        if (!_reachable && label.Depth >= 0) Depth = label.Depth;
        else if (label.Depth > Depth) Depth = label.Depth;
        _reachable = true;
    }

    /// <summary>Places a handler label: the depth there is the handler's unwind depth plus the
    /// pushed exception.</summary>
    public void PlaceHandler(Label label, int depth)
    {
        label.Position = _code.Count;
        _lastLabelPosition = _code.Count;
        Depth = depth + 1;
        if (Depth > MaxDepth) MaxDepth = Depth;
        _reachable = true;
    }

    public bool Reachable => _reachable;

    /// <summary>Makes <paramref name="handler"/> the handler of the instructions emitted until
    /// <see cref="PopHandler"/>; it unwinds to the current depth.</summary>
    public void PushHandler(Label handler, bool cleanup = false, int? depth = null)
    {
        _handlers.Add((handler, depth ?? Depth, cleanup));
        _activeHandlers.Push(_handlers.Count - 1);
    }

    public void PopHandler() => _activeHandlers.Pop();

    /// <summary>Temporarily leaves all handlers (used while inlining a finally body on the way out).</summary>
    public int[] SuspendHandlers(int keep)
    {
        var saved = _activeHandlers.ToArray(); // top first
        _activeHandlers.Clear();
        for (int i = saved.Length - 1; i >= saved.Length - keep && i >= 0; i--)
            _activeHandlers.Push(saved[i]);
        return saved;
    }

    public void RestoreHandlers(int[] saved)
    {
        _activeHandlers.Clear();
        for (int i = saved.Length - 1; i >= 0; i--) _activeHandlers.Push(saved[i]);
    }

    public int HandlerCount => _activeHandlers.Count;

    readonly List<int> _cleanupRanges = new();

    /// <summary>Records the instructions emitted since <paramref name="start"/> (a
    /// <see cref="Position"/>) as cleanup code: a finally body or a with statement's exit, where a
    /// termination request waits for the cleanup to finish (<see cref="PyCode.CleanupRanges"/>).</summary>
    public void MarkCleanup(int start)
    {
        if (_code.Count <= start) return;
        _cleanupRanges.Add(start);
        _cleanupRanges.Add(_code.Count);
    }

    /// <summary>The cleanup ranges as [start, end) pairs of instruction indices; null when none.</summary>
    public int[]? CleanupRanges => _cleanupRanges.Count == 0 ? null : _cleanupRanges.ToArray();

    // ---------------------------------------------------------------- finishing

    public (int[] code, int[] lines, byte[] positions, ExceptionTableEntry[] table, int stackSize) Finish()
    {
        foreach (var (at, label, extra) in _jumps)
        {
            if (label.Position < 0) throw new InvalidOperationException("unplaced label");
            if (extra) _code[at + 1] = label.Position;
            else _code[at] = Instr.Make(Instr.Op(_code[at]), label.Position);
        }
        var table = new List<ExceptionTableEntry>();
        int n = _code.Count;
        int i = 0;
        while (i < n)
        {
            int h = _handlerOf[i];
            int j = i + 1;
            while (j < n && _handlerOf[j] == h) j++;
            if (h >= 0)
            {
                var (label, depth, cleanup) = _handlers[h];
                table.Add(new ExceptionTableEntry(i, j, label.Position, depth, cleanup));
            }
            i = j;
        }
        return (_code.ToArray(), _lines.ToArray(), LocationTable.Encode(_locations), table.ToArray(), MaxDepth + 2);
    }

    /// <summary>The net stack effect of one instruction (taking the jump when <paramref name="jump"/>).</summary>
    public static int StackEffect(OpCode op, int arg, bool jump)
    {
        switch (op)
        {
            case OpCode.Nop: case OpCode.Swap: case OpCode.LoadAttr: case OpCode.UnaryNegative:
            case OpCode.UnaryPositive: case OpCode.UnaryInvert: case OpCode.UnaryNot: case OpCode.ListToTuple:
            case OpCode.Jump: case OpCode.JumpBackward: case OpCode.GetIter: case OpCode.ReturnConst:
            case OpCode.YieldValue: case OpCode.GetYieldFromIter: case OpCode.GetAwaitable: case OpCode.GetAIter:
            case OpCode.CheckExcMatch: case OpCode.CheckEgMatch: case OpCode.SetupAnnotations: case OpCode.DeleteFast:
            case OpCode.DeleteDeref: case OpCode.DeleteGlobal: case OpCode.DeleteName: case OpCode.CopyDictWithoutKeys:
            case OpCode.NoOpDead:
                return 0;
            case OpCode.PopTop: case OpCode.PopIterator: case OpCode.StoreFast: case OpCode.StoreDeref: case OpCode.StoreGlobal:
            case OpCode.StoreName: case OpCode.BinaryOp: case OpCode.BinaryAdd: case OpCode.BinarySubtract:
            case OpCode.BinaryMultiply: case OpCode.BinaryRemainder: case OpCode.CompareOp: case OpCode.IsOp: case OpCode.ContainsOp:
            case OpCode.BinarySubscr: case OpCode.DeleteAttr: case OpCode.ListAppend: case OpCode.SetAdd:
            case OpCode.ListExtend: case OpCode.SetUpdate: case OpCode.DictUpdate: case OpCode.DictMerge:
            case OpCode.PopJumpIfFalse: case OpCode.PopJumpIfTrue: case OpCode.PopJumpIfNone: case OpCode.PopJumpIfNotNone:
            case OpCode.ReturnValue: case OpCode.Reraise: case OpCode.PopExcept: case OpCode.ImportName:
            case OpCode.ImportStar: case OpCode.StoreAnnotation:
                return -1;
            case OpCode.PushNull: case OpCode.Copy: case OpCode.LoadConst: case OpCode.LoadSmallInt: case OpCode.LoadFast:
            case OpCode.LoadDeref: case OpCode.LoadClassDeref: case OpCode.LoadClosure: case OpCode.LoadGlobal:
            case OpCode.LoadName: case OpCode.LoadMethod: case OpCode.PushExcInfo: case OpCode.BeforeWith:
            case OpCode.BeforeAsyncWith: case OpCode.WithExceptStart: case OpCode.LoadBuildClass: case OpCode.LoadLocals:
            case OpCode.ImportFrom: case OpCode.LoadAssertionError: case OpCode.MatchMapping: case OpCode.MatchSequence:
            case OpCode.MatchKeys: case OpCode.GetLen: case OpCode.GetANext:
                return 1;
            case OpCode.LoadFastLoadFast: return 2;
            case OpCode.StoreAttr: case OpCode.MapAdd: case OpCode.DeleteSubscr: case OpCode.CompareJumpIfFalse:
            case OpCode.PopExceptReraise: case OpCode.EndAsyncFor: case OpCode.MatchClass:
                return -2;
            case OpCode.StoreSubscr: return -3;
            case OpCode.BuildSlice: case OpCode.BuildTuple: case OpCode.BuildList: case OpCode.BuildSet:
            case OpCode.BuildString:
                return 1 - arg;
            case OpCode.BuildMap: return 1 - 2 * arg;
            case OpCode.FormatValue: return (arg & 4) != 0 ? -1 : 0;
            case OpCode.UnpackSequence: return arg - 1;
            case OpCode.UnpackEx: return (arg & 0xFF) + (arg >> 8);
            case OpCode.JumpIfFalseOrPop: case OpCode.JumpIfTrueOrPop: return jump ? 0 : -1;
            case OpCode.ForIter: return jump ? -1 : 1;
            case OpCode.Send: return jump ? -1 : 0;
            case OpCode.Call: return -arg - 1;
            case OpCode.CallKw: return -arg - 2;
            case OpCode.CallEx: return -2 - (arg & 1);
            case OpCode.MakeFunction: return -System.Numerics.BitOperations.PopCount((uint)arg);
            case OpCode.RaiseVarargs: return -arg;
            case OpCode.PrepReraiseStar: return -1;
            case OpCode.CallIntrinsic: return arg switch { (int)IntrinsicKind.TypeAlias => -2, (int)IntrinsicKind.TypeVarWithBound or (int)IntrinsicKind.TypeVarWithConstraints => -1, _ => 0 };
            default: return 0;
        }
    }
}
