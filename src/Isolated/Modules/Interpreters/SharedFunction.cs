using Isolated.Execution;
using Isolated.Objects;
using Isolated.Runtime;

namespace Isolated.Modules.Interpreters;

/// <summary>
/// A function without a closure, captured as interpreter-neutral data (the equivalent of CPython
/// 3.14 sending a function's marshalled code): its code object with every constant captured as a
/// <see cref="SharedValue"/>, its defaults, and its names. The receiving interpreter rebuilds the
/// code object and binds the function to its own <c>__main__</c> globals, as functions "not
/// associated with any module" run there (PEP 734). Instruction words, line and exception tables
/// are immutable arrays and cross by reference.
/// </summary>
public sealed class SharedFunction
{
    /// <summary>A code object's parts: the immutable arrays are shared, names become strings, so
    /// that nothing of the sending interpreter stays reachable.</summary>
    sealed class Code(PyCode co, SharedValue[] consts)
    {
        public readonly int[] Words = co.OriginalCode, CellArgs = co.CellArgs, Lines = co.Lines;
        public readonly byte[] Positions = co.Positions;
        public readonly SharedValue[] Consts = consts;
        public readonly string[] Names = Array.ConvertAll(co.Names, n => n.Value);
        public readonly string[] VarNames = co.VarNames, CellVars = co.CellVars, FreeVars = co.FreeVars;
        public readonly int ArgCount = co.ArgCount, PosOnlyArgCount = co.PosOnlyArgCount, KwOnlyArgCount = co.KwOnlyArgCount;
        public readonly int Flags = co.Flags, StackSize = co.StackSize, FirstLineNo = co.FirstLineNo;
        public readonly string Name = co.Name, QualName = co.QualName, Filename = co.Filename;
        public readonly ExceptionTableEntry[] ExceptionTable = co.ExceptionTable;
        public readonly int[]? CleanupRanges = co.CleanupRanges;
        public readonly string[] VarNameStrs = Array.ConvertAll(co.VarNameStrs, n => n.Value);
    }

    readonly Code _code;
    readonly SharedValue? _defaults;
    readonly (string Name, SharedValue Value)[]? _kwDefaults;
    readonly string _name, _qualName;

    SharedFunction(Code code, SharedValue? defaults, (string, SharedValue)[]? kwDefaults, string name, string qualName)
    {
        _code = code;
        _defaults = defaults;
        _kwDefaults = kwDefaults;
        _name = name;
        _qualName = qualName;
    }

    /// <summary>Whether the function takes any argument at all.</summary>
    public bool TakesArguments => _code.ArgCount + _code.KwOnlyArgCount > 0
        || (_code.Flags & (PyCode.VarArgs | PyCode.VarKeywords)) != 0;

    /// <summary>Captures <paramref name="f"/>; null (no exception set) when it has a closure or a
    /// constant or default that cannot cross. With <paramref name="stateless"/>, also null when its
    /// code (or any code nested in it) names a global that is not a builtin: such a function
    /// depends on its module and crosses by reference (pickle) instead.</summary>
    public static SharedFunction? TryCapture(Interpreter interp, PyFunction f, bool stateless)
    {
        if (f.Closure is { Length: > 0 } || f.Code.FreeVars.Length > 0) return null;
        var builtins = ExecutionState.Of(interp).BuiltinsDict;
        var code = CaptureCode(interp, f.Code, stateless ? builtins : null);
        if (code is null) return null;
        SharedValue? defaults = null;
        if (f.Defaults is { } d && (defaults = SharedValue.TryCapture(interp, d)) is null) return null;
        (string, SharedValue)[]? kw = null;
        if (f.KwDefaults is { Count: > 0 } kwd)
        {
            kw = new (string, SharedValue)[kwd.Count];
            int pos = 0, i = 0;
            while (kwd.Next(ref pos, out var k, out var v))
            {
                if (k is not PyStr ks || SharedValue.TryCapture(interp, v) is not { } sv) return null;
                kw[i++] = (ks.Value, sv);
            }
        }
        return new SharedFunction(code, defaults, kw,
            f.Name is PyStr n ? n.Value : f.Code.Name, f.QualName is PyStr q ? q.Value : f.Code.QualName);
    }

    static Code? CaptureCode(Interpreter interp, PyCode co, PyDict? onlyBuiltins)
    {
        if (onlyBuiltins is not null && NamesNonBuiltinGlobal(co, onlyBuiltins)) return null;
        var consts = new SharedValue[co.Consts.Length];
        for (int i = 0; i < consts.Length; i++)
        {
            var c = co.Consts[i];
            // Nested code (a lambda, comprehension or inner def) may have free variables: they
            // are cells of the enclosing code, which crosses with it.
            SharedValue? sv = c is PyCode nested
                ? (CaptureCode(interp, nested, onlyBuiltins) is { } inner ? SharedValue.OfCode(inner) : null)
                : SharedValue.TryCaptureConstant(interp, c);
            if (sv is null) return null;
            consts[i] = sv;
        }
        return new Code(co, consts);
    }

    /// <summary>Whether the code reads, writes or deletes a global (or a name resolved through
    /// globals) that is not a builtin.</summary>
    static bool NamesNonBuiltinGlobal(PyCode co, PyDict builtins)
    {
        var words = co.OriginalCode;
        for (int i = 0; i < words.Length; i++)
        {
            var op = Instr.Op(words[i]);
            if (op == OpCode.CompareJumpIfFalse) { i++; continue; }
            if (op is OpCode.LoadGlobal or OpCode.StoreGlobal or OpCode.DeleteGlobal
                or OpCode.LoadName or OpCode.StoreName or OpCode.DeleteName)
            {
                var name = co.Names[Instr.Arg(words[i])];
                if (op != OpCode.LoadGlobal && op != OpCode.LoadName) return true;
                if (builtins.GetStr(name) is null) return true;
            }
        }
        return false;
    }

    /// <summary>The function rebuilt in <paramref name="ts"/>'s interpreter, bound to its
    /// <c>__main__</c>.</summary>
    public PyFunction ToFunction(ThreadState ts)
    {
        var interp = ts.Interpreter;
        var main = PythonRun.MainModule(ts);
        var f = Eval.NewFunction(ts, Rebuild(interp, _code), main.Dict, _qualName, null);
        f.Name = interp.Str(_name);
        if (_defaults?.ToObject(ts) is PyTuple d) f.Defaults = d;
        if (_kwDefaults is not null)
        {
            var kw = new PyDict(interp.Types.Dict);
            foreach (var (name, value) in _kwDefaults) kw.SetStr(name, value.ToObject(ts)!);
            f.KwDefaults = kw;
        }
        return f;
    }

    internal static PyCode Rebuild(Interpreter interp, object captured)
    {
        var c = (Code)captured;
        var consts = new PyObject[c.Consts.Length];
        for (int i = 0; i < consts.Length; i++) consts[i] = c.Consts[i].ToConstant(interp);
        var names = new PyStr[c.Names.Length];
        for (int i = 0; i < names.Length; i++) names[i] = interp.Intern(c.Names[i]);
        var varNameStrs = new PyStr[c.VarNameStrs.Length];
        for (int i = 0; i < varNameStrs.Length; i++) varNameStrs[i] = interp.Intern(c.VarNameStrs[i]);
        return new PyCode(interp.Types.Code, c.Words, consts, names, c.VarNames, c.CellVars, c.FreeVars, c.CellArgs,
            c.ArgCount, c.PosOnlyArgCount, c.KwOnlyArgCount, c.Flags, c.StackSize, c.Name, c.QualName,
            c.Filename, c.FirstLineNo, c.Lines, c.Positions, c.ExceptionTable, varNameStrs)
        { CleanupRanges = c.CleanupRanges };
    }
}
