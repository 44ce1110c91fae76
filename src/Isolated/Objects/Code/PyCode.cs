using Isolated.Execution;

namespace Isolated.Objects;

/// <summary>
/// A compiled code object (CPython's <c>types.CodeType</c>). Immutable after the compiler builds
/// it. The frame layout it describes: <see cref="VarNames"/> (arguments first), then
/// <see cref="CellVars"/>, then <see cref="FreeVars"/> — <see cref="LocalsPlus"/> slots — followed
/// by an evaluation stack of <see cref="StackSize"/> values.
/// </summary>
public sealed class PyCode : PyObject
{
    // co_flags bits, as CPython.
    public const int Optimized = 0x1, NewLocals = 0x2, VarArgs = 0x4, VarKeywords = 0x8, Nested = 0x10,
        Generator = 0x20, NoFree = 0x40, Coroutine = 0x80, IterableCoroutine = 0x100, AsyncGenerator = 0x200,
        FutureAnnotations = 0x1000000;

    public readonly int[] Code;
    public readonly PyObject[] Consts;
    public readonly PyStr[] Names;
    public readonly string[] VarNames;
    public readonly string[] CellVars;
    public readonly string[] FreeVars;
    /// <summary>For each cell variable, the index of the argument it starts from, or -1.</summary>
    public readonly int[] CellArgs;
    public readonly int ArgCount, PosOnlyArgCount, KwOnlyArgCount;
    public readonly int Flags;
    public readonly int StackSize;
    public readonly string Name, QualName, Filename;
    public readonly int FirstLineNo;
    /// <summary>Source line of each instruction word (0 for none).</summary>
    public readonly int[] Lines;
    /// <summary>End line and columns of each instruction word (<see cref="LocationTable"/>).</summary>
    public readonly byte[] Positions;
    public readonly ExceptionTableEntry[] ExceptionTable;
    /// <summary>Interned names of the variables, for keyword binding.</summary>
    public readonly PyStr[] VarNameStrs;

    /// <summary>Per-instruction inline caches (attribute and global loads), indexed like
    /// <see cref="Code"/>; created on first use.</summary>
    internal InlineCache[]? Caches;

    /// <summary>While tracing is on, <see cref="Code"/> is instrumented in place (see
    /// <see cref="Tracing"/>); this holds the original words and what tracing needs to know.</summary>
    internal CodeInstrumentation? Instrumentation;
    /// <summary>The interpreter's <see cref="Interpreter.TraceEpoch"/> this code was last brought
    /// in line with; a frame entering it checks this one int (zero cost when nobody traces).</summary>
    internal int TraceEpoch;

    /// <summary>The instruction words as compiled (never the tracing hooks).</summary>
    public int[] OriginalCode => Instrumentation?.Original ?? Code;

    // Fields, not computed properties: the VM reads them on every call.
    public readonly int NLocals;
    public readonly int LocalsPlus;
    public readonly int FrameSize;
    public int TotalPositional => ArgCount + KwOnlyArgCount + ((Flags & VarArgs) != 0 ? 1 : 0) + ((Flags & VarKeywords) != 0 ? 1 : 0);
    public bool IsGeneratorLike => (Flags & (Generator | Coroutine | AsyncGenerator)) != 0;

    /// <summary>True when a call needs nothing beyond copying positional arguments into the
    /// frame (the VM's fastest call path).</summary>
    public readonly bool SimpleArgs;

    /// <summary>A list/set/dict comprehension's own code. CPython 3.12 inlines these into the
    /// enclosing code (PEP 709); here they still run in a frame of their own, named like the
    /// enclosing code, and a traceback shows that frame in place of the enclosing frame's entry.</summary>
    public bool IsInlinedComprehension { get; init; }

    /// <summary>Cleanup code, as [start, end) pairs of instruction indices: finally bodies and
    /// with statements' exits. A termination request that arrives while a frame runs there waits
    /// a little for the cleanup to finish (<see cref="Runtime.HostControls.Poll"/>), so that a
    /// lock released before the cleanup is taken back before the termination unwinds.</summary>
    public int[]? CleanupRanges { get; init; }

    /// <summary>Whether instruction <paramref name="pc"/> is cleanup code.</summary>
    public bool InCleanup(int pc)
    {
        var r = CleanupRanges;
        if (r is null) return false;
        for (int i = 0; i < r.Length; i += 2)
            if (pc >= r[i] && pc < r[i + 1]) return true;
        return false;
    }

    public PyCode(PyType type, int[] code, PyObject[] consts, PyStr[] names, string[] varNames, string[] cellVars,
                  string[] freeVars, int[] cellArgs, int argCount, int posOnly, int kwOnly, int flags, int stackSize,
                  string name, string qualName, string filename, int firstLineNo, int[] lines, byte[] positions,
                  ExceptionTableEntry[] exceptionTable, PyStr[] varNameStrs)
        : base(type)
    {
        Code = code;
        Consts = consts;
        Names = names;
        VarNames = varNames;
        CellVars = cellVars;
        FreeVars = freeVars;
        CellArgs = cellArgs;
        ArgCount = argCount;
        PosOnlyArgCount = posOnly;
        KwOnlyArgCount = kwOnly;
        Flags = flags;
        StackSize = stackSize;
        Name = name;
        QualName = qualName;
        Filename = filename;
        FirstLineNo = firstLineNo;
        Lines = lines;
        Positions = positions;
        ExceptionTable = exceptionTable;
        VarNameStrs = varNameStrs;
        NLocals = varNames.Length;
        LocalsPlus = varNames.Length + cellVars.Length + freeVars.Length;
        FrameSize = LocalsPlus + stackSize;
        SimpleArgs = kwOnly == 0 && (flags & (VarArgs | VarKeywords)) == 0 && (flags & (Generator | Coroutine | AsyncGenerator)) == 0;
    }

    /// <summary>The source line of the instruction at <paramref name="pc"/>.</summary>
    public int LineAt(int pc)
    {
        if (pc < 0) return FirstLineNo;
        if (pc >= Lines.Length) pc = Lines.Length - 1;
        for (int i = pc; i >= 0; i--)
            if (Lines[i] > 0) return Lines[i];
        return FirstLineNo;
    }

    /// <summary>Finds the handler covering instruction <paramref name="pc"/>, or -1.</summary>
    public int FindHandler(int pc)
    {
        var table = ExceptionTable;
        for (int i = 0; i < table.Length; i++)
        {
            ref readonly var e = ref table[i];
            if (pc >= e.Start && pc < e.End) return i;
        }
        return -1;
    }

    public override string ToString() => $"<code object {Name}>";
}
