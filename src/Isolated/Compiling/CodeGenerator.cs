using System.Numerics;
using Isolated.Execution;
using Isolated.Objects;
using Isolated.Parsing.Ast;
using Attribute = Isolated.Parsing.Ast.Attribute;
using Isolated.Runtime;
using AstTuple = Isolated.Parsing.Ast.Tuple;
using AstList = Isolated.Parsing.Ast.List;
using AstDict = Isolated.Parsing.Ast.Dict;
using AstSet = Isolated.Parsing.Ast.Set;
using AstSlice = Isolated.Parsing.Ast.Slice;

namespace Isolated.Compiling;

/// <summary>
/// Turns a checked AST into code objects: one <see cref="CodeUnit"/> per scope, statements and
/// expressions lowered to the VM's instructions (<see cref="OpCode"/>), try/with/loops lowered to
/// an exception table plus inlined cleanup on the early-exit paths (return/break/continue), as
/// CPython 3.11+ does.
/// </summary>
public sealed partial class CodeGenerator
{
    readonly ThreadState _ts;
    readonly Interpreter _interp;
    readonly SymbolTable _symbols;
    readonly string _filename;
    readonly int _optimize;
    readonly bool _interactive;
    /// <summary>Where SyntaxWarnings go (null: nowhere).</summary>
    CompileWarnings? _warnings;
    /// <summary>Set when unwinding for a return ran a finally body.</summary>
    bool _unwoundFinally;
    // PEP 563 (from __future__ import annotations, or the compile() flag): annotations are stored
    // as their source text instead of being evaluated.
    readonly bool _futureAnnotations;
    // The `from __future__ import ...` statements that are where they must be (the file's start).
    readonly HashSet<ImportFrom> _validFutureImports;
    CodeUnit _u = null!;
    readonly Stack<CodeUnit> _units = new();

    sealed class CodeUnit
    {
        public required CodeBuilder B;
        public required Scope Scope;
        public required string Name;
        public required string QualName;
        /// <summary>A list/set/dict comprehension, which CPython 3.12 inlines into its enclosing
        /// code (PEP 709); see <see cref="PyCode.IsInlinedComprehension"/>.</summary>
        public bool InlinedComprehension;
        public readonly List<FBlock> FBlocks = new();
        public readonly List<string> VarNames = new();
        public readonly Dictionary<string, int> Fast = new();
        public readonly Dictionary<string, int> Deref = new();
        public int ArgCount, PosOnly, KwOnly, Flags, FirstLine;
        public string? ClassName;  // for private name mangling
    }

    CodeGenerator(ThreadState ts, SymbolTable symbols, string filename, int optimize, bool interactive, int futureFlags, HashSet<ImportFrom> futureImports)
    {
        _futureAnnotations = (futureFlags & PyCode.FutureAnnotations) != 0;
        _validFutureImports = futureImports;
        _ts = ts;
        _interp = ts.Interpreter;
        _symbols = symbols;
        _filename = filename;
        _optimize = optimize;
        _interactive = interactive;
    }

    CodeBuilder B => _u.B;

    static CompileError Error(string msg, Node node) => new(msg, node.Lineno, node.ColOffset, node.EndLineno, node.EndColOffset);

    // ================================================================ entry

    /// <summary>Compiles a module; <paramref name="flags"/> are compile()'s (the future features
    /// among them apply, with those the module's own future statements turn on).</summary>
    public static PyCode CompileModule(ThreadState ts, ModNode mod, string filename, int optimize, int flags = 0,
                                       CompileWarnings? warnings = null)
    {
        var futureImports = new HashSet<ImportFrom>();
        int futureFlags = (flags & PyCode.FutureAnnotations) | FutureFeatures(mod, futureImports);
        var st = SymbolTable.Build(mod, filename);
        var g = new CodeGenerator(ts, st, filename, optimize, mod is Interactive, futureFlags, futureImports);
        g._warnings = warnings;
        return g.CompileTop(mod);
    }

    /// <summary>The features named by the `from __future__ import` statements at the start of the
    /// module (after its docstring); the known features with nothing left to switch on are accepted.</summary>
    static int FutureFeatures(ModNode mod, HashSet<ImportFrom> futureImports)
    {
        List<StmtNode>? body = mod switch { Module m => m.Body, Interactive i => i.Body, _ => null };
        if (body is null) return 0;
        int flags = 0;
        for (int i = 0; i < body.Count; i++)
        {
            if (i == 0 && body[i] is Expr { Value: Constant { Value: string } }) continue;
            if (body[i] is not ImportFrom { Module: "__future__", Level: 0 } imf) break;
            foreach (var a in imf.Names)
            {
                switch (a.Name)
                {
                    case "annotations": flags |= PyCode.FutureAnnotations; break;
                    case "nested_scopes" or "generators" or "division" or "absolute_import" or "with_statement"
                        or "print_function" or "unicode_literals" or "generator_stop":
                        break;
                    case "braces": throw Error("not a chance", imf);
                    default: throw Error($"future feature {a.Name} is not defined", imf);
                }
            }
            futureImports.Add(imf);
        }
        return flags;
    }

    PyCode CompileTop(ModNode mod)
    {
        EnterUnit(_symbols.Top, "<module>", "<module>", 1, null);
        switch (mod)
        {
            case Module m:
                if (HasAnnotations(m.Body)) B.Emit(OpCode.SetupAnnotations);
                CompileBody(m.Body, docstringName: "__doc__");
                EmitReturnNone();
                break;
            case Interactive i:
                if (HasAnnotations(i.Body)) B.Emit(OpCode.SetupAnnotations);
                foreach (var s in i.Body) CompileStmt(s);
                EmitReturnNone();
                break;
            case Expression e:
                CompileExpr(e.Body);
                B.Emit(OpCode.ReturnValue);
                break;
            default:
                throw new CompileError("unsupported compile input", 0, 0, 0, 0);
        }
        return LeaveUnit();
    }

    static bool HasAnnotations(List<StmtNode> body)
    {
        foreach (var s in body)
        {
            switch (s)
            {
                case AnnAssign: return true;
                case If i: if (HasAnnotations(i.Body) || HasAnnotations(i.Orelse)) return true; break;
                case For f: if (HasAnnotations(f.Body) || HasAnnotations(f.Orelse)) return true; break;
                case While w: if (HasAnnotations(w.Body) || HasAnnotations(w.Orelse)) return true; break;
                case With w: if (HasAnnotations(w.Body)) return true; break;
                case Try t: if (HasAnnotations(t.Body) || HasAnnotations(t.Orelse) || HasAnnotations(t.Finalbody)) return true; break;
            }
        }
        return false;
    }

    /// <summary>co_firstlineno of a def or class: its first decorator's line when decorated, as CPython
    /// (inspect.getsource starts the source there).</summary>
    static int FirstLineOf(Node node) => node switch
    {
        FunctionDef { DecoratorList.Count: > 0 } f => f.DecoratorList[0].Lineno,
        AsyncFunctionDef { DecoratorList.Count: > 0 } f => f.DecoratorList[0].Lineno,
        ClassDef { DecoratorList.Count: > 0 } c => c.DecoratorList[0].Lineno,
        _ => node.Lineno,
    };

    void EnterUnit(Scope scope, string name, string qualname, int firstLine, Node? node)
    {
        if (_u is not null) _units.Push(_u);
        var u = new CodeUnit
        {
            B = new CodeBuilder(_interp) { Line = firstLine },
            Scope = scope,
            Name = name,
            QualName = qualname,
            FirstLine = firstLine,
        };
        u.ClassName = scope.Kind == ScopeKind.Class ? scope.Name : _u?.ClassName;
        if (scope.IsFunctionLike)
        {
            foreach (var p in scope.Params) AddVar(u, p);
            foreach (var (n, k) in scope.Kinds)
                if (k is NameKind.Fast or NameKind.Cell && (scope.Flags(n) & Scope.Param) == 0 && k == NameKind.Fast) AddVar(u, n);
            foreach (var (n, k) in scope.Kinds)
                if (k == NameKind.Cell && (scope.Flags(n) & Scope.Param) == 0 && !u.Fast.ContainsKey(n)) { }
        }
        int nlocals = u.VarNames.Count;
        for (int i = 0; i < scope.CellVars.Count; i++) u.Deref[scope.CellVars[i]] = nlocals + i;
        for (int i = 0; i < scope.FreeVars.Count; i++) u.Deref[scope.FreeVars[i]] = nlocals + scope.CellVars.Count + i;
        _u = u;
    }

    static void AddVar(CodeUnit u, string name)
    {
        if (u.Fast.ContainsKey(name)) return;
        u.Fast[name] = u.VarNames.Count;
        u.VarNames.Add(name);
    }

    PyCode LeaveUnit()
    {
        var u = _u;
        var (code, lines, positions, table, stackSize) = u.B.Finish();
        var scope = u.Scope;
        int flags = u.Flags;
        if (_futureAnnotations) flags |= PyCode.FutureAnnotations;
        if (scope.IsFunctionLike) flags |= PyCode.Optimized | PyCode.NewLocals;
        if (scope.IsNested) flags |= PyCode.Nested;
        if (scope.FreeVars.Count == 0 && scope.CellVars.Count == 0) flags |= PyCode.NoFree;
        if (scope.IsGenerator && scope.IsCoroutine) flags |= PyCode.AsyncGenerator;
        else if (scope.IsGenerator) flags |= PyCode.Generator;
        else if (scope.IsCoroutine) flags |= PyCode.Coroutine;
        var cellArgs = new int[scope.CellVars.Count];
        for (int i = 0; i < cellArgs.Length; i++)
            cellArgs[i] = u.Fast.TryGetValue(scope.CellVars[i], out var a) && a < u.ArgCount + u.KwOnly + ((flags & PyCode.VarArgs) != 0 ? 1 : 0) + ((flags & PyCode.VarKeywords) != 0 ? 1 : 0) ? a : -1;
        var names = new PyStr[u.B.Names.Count];
        for (int i = 0; i < names.Length; i++) names[i] = _interp.Intern(u.B.Names[i]);
        var varNameStrs = new PyStr[u.VarNames.Count];
        for (int i = 0; i < varNameStrs.Length; i++) varNameStrs[i] = _interp.Intern(u.VarNames[i]);
        var result = new PyCode(_interp.Types.Code, code, u.B.Consts.ToArray(), names, u.VarNames.ToArray(),
            scope.CellVars.ToArray(), scope.FreeVars.ToArray(), cellArgs, u.ArgCount, u.PosOnly, u.KwOnly, flags,
            stackSize, u.Name, u.QualName, _filename, u.FirstLine, lines, positions, table, varNameStrs)
        { IsInlinedComprehension = u.InlinedComprehension, CleanupRanges = u.B.CleanupRanges };
        _u = _units.Count > 0 ? _units.Pop() : null!;
        return result;
    }

    // ================================================================ helpers

    string Mangle(string name)
    {
        var cls = _u.ClassName;
        if (cls is null || !name.StartsWith("__", StringComparison.Ordinal) || name.EndsWith("__", StringComparison.Ordinal) || name.Contains('.'))
            return name;
        var stripped = cls.TrimStart('_');
        return stripped.Length == 0 ? name : "_" + stripped + name;
    }

    int Const(PyObject value, string? key) => B.AddConst(value, key);

    void LoadConst(object? value)
    {
        switch (value)
        {
            case null: B.Emit(OpCode.LoadConst, Const(_interp.None, "None")); return;
            case bool b: B.Emit(OpCode.LoadConst, Const(_interp.Bool(b), b ? "True" : "False")); return;
            case long l when l >= -(1 << 22) && l < (1 << 22): B.Emit(OpCode.LoadSmallInt, (int)l); return;
        }
        var (obj, key) = MakeConst(value);
        B.Emit(OpCode.LoadConst, Const(obj, key));
    }

    (PyObject, string?) MakeConst(object? value) => value switch
    {
        null => (_interp.None, "None"),
        bool b => (_interp.Bool(b), b ? "True" : "False"),
        long l => (_interp.Int(l), "i" + l),
        BigInteger bi => (_interp.Int(bi), "I" + bi),
        string s => (_interp.Str(s), "s" + s),
        double d => (Ops.VmMakeFloat(_ts, d), "d" + BitConverter.DoubleToInt64Bits(d)),
        Complex c => (Ops.VmMakeComplex(_ts, c.Real, c.Imaginary), null),
        byte[] bytes => (Ops.VmMakeBytes(_ts, bytes), null),
        AstEllipsis => (_interp.Ellipsis, "..."),
        PyObject o => (o, null),
        _ => throw new CompileError($"unsupported constant {value}", B.Line, 0, B.Line, 0),
    };

    void EmitReturnNone() => B.Emit(OpCode.ReturnConst, Const(_interp.None, "None"));

    int NameIndex(string name) => B.AddName(name);

    void SetLine(Node n)
    {
        if (n.Lineno > 0) B.Loc = new SourceLocation(n.Lineno, n.EndLineno, n.ColOffset, n.EndColOffset);
    }

    // ================================================================ names

    /// <summary>__debug__ is a constant: binding or deleting it is a SyntaxError.</summary>
    void CheckAssignable(string name, Node node, bool delete)
    {
        if (name == "__debug__") throw Error(delete ? "cannot delete __debug__" : "cannot assign to __debug__", node);
    }

    void CompileName(string rawName, ExprContext ctx, Node node)
    {
        if (ctx != ExprContext.Load) CheckAssignable(rawName, node, ctx == ExprContext.Del);
        var name = Mangle(rawName);
        var scope = _u.Scope;
        var kind = scope.KindOf(name);
        if (kind == NameKind.Name && scope.IsFunctionLike) kind = NameKind.Global;
        if (scope.Kind == ScopeKind.Module && kind != NameKind.Global) kind = NameKind.Name;
        if (scope.Kind == ScopeKind.Module && kind == NameKind.Global && (scope.Flags(name) & Scope.DeclaredGlobal) == 0) kind = NameKind.Name;
        switch (kind)
        {
            case NameKind.Fast:
                if (!_u.Fast.TryGetValue(name, out var idx)) { AddVar(_u, name); idx = _u.Fast[name]; }
                B.Emit(ctx switch { ExprContext.Load => OpCode.LoadFast, ExprContext.Store => OpCode.StoreFast, _ => OpCode.DeleteFast }, idx);
                return;
            case NameKind.Cell:
            case NameKind.Free:
                int d = _u.Deref[name];
                if (ctx == ExprContext.Load)
                    B.Emit(scope.Kind == ScopeKind.Class ? OpCode.LoadClassDeref : OpCode.LoadDeref, scope.Kind == ScopeKind.Class ? d | (NameIndex(name) << 12) : d);
                else B.Emit(ctx == ExprContext.Store ? OpCode.StoreDeref : OpCode.DeleteDeref, d);
                return;
            case NameKind.Global when ctx == ExprContext.Load && scope.InheritsLocals && (scope.Flags(name) & Scope.DeclaredGlobal) == 0:
                B.Emit(OpCode.LoadFast, _u.Fast[SymbolTable.LocalsParam]);
                B.Emit(OpCode.LoadFromDictOrGlobals, NameIndex(name));
                return;
            case NameKind.Global:
                B.Emit(ctx switch { ExprContext.Load => OpCode.LoadGlobal, ExprContext.Store => OpCode.StoreGlobal, _ => OpCode.DeleteGlobal }, NameIndex(name));
                return;
            default:
                B.Emit(ctx switch { ExprContext.Load => OpCode.LoadName, ExprContext.Store => OpCode.StoreName, _ => OpCode.DeleteName }, NameIndex(name));
                return;
        }
    }

    void StoreName(string name, Node node) => CompileName(name, ExprContext.Store, node);

    // ================================================================ statements

    void CompileBody(List<StmtNode> body, string? docstringName)
    {
        int start = 0;
        if (docstringName is not null && body.Count > 0 && body[0] is Expr { Value: Constant { Value: string doc } } first && _optimize < 2)
        {
            SetLine(first);
            LoadConst(doc);
            StoreName(docstringName, first);
            start = 1;
        }
        for (int i = start; i < body.Count; i++) CompileStmt(body[i]);
    }

    void CompileStmts(List<StmtNode> body)
    {
        foreach (var s in body) CompileStmt(s);
    }

    /// <summary>Deeply nested expressions recurse here in C#: near the stack's end the compile
    /// fails with CPython's RecursionError instead of overflowing (DESIGN §5).</summary>
    void EnsureStack()
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new PyException(_ts.Interpreter.NewException(ExceptionKind.RecursionError, "maximum recursion depth exceeded during compilation"));
    }

    void CompileStmt(StmtNode s)
    {
        EnsureStack();
        SetLine(s);
        switch (s)
        {
            case Expr e:
                if (e.Value is Constant && !_interactive) { B.Emit(OpCode.Nop); break; }
                CompileExpr(e.Value);
                if (_interactive && _u.Scope.Kind == ScopeKind.Module) B.Emit(OpCode.CallIntrinsic, (int)IntrinsicKind.Print);
                B.Emit(OpCode.PopTop);
                break;
            case Assign a:
                CompileExpr(a.Value);
                for (int i = 0; i < a.Targets.Count; i++)
                {
                    if (i < a.Targets.Count - 1) B.Emit(OpCode.Copy, 1);
                    CompileStore(a.Targets[i]);
                }
                break;
            case AugAssign aug: CompileAugAssign(aug); break;
            case AnnAssign ann: CompileAnnAssign(ann); break;
            case Return r: CompileReturn(r); break;
            case If i: CompileIf(i); break;
            case While w: CompileWhile(w); break;
            case For f: CompileFor(f.Target, f.Iter, f.Body, f.Orelse, false, f); break;
            case AsyncFor af: CompileFor(af.Target, af.Iter, af.Body, af.Orelse, true, af); break;
            case Break br: CompileBreakContinue(br, isBreak: true); break;
            case Continue c: CompileBreakContinue(c, isBreak: false); break;
            case Pass: B.Emit(OpCode.Nop); break;
            case Delete d: foreach (var t in d.Targets) CompileDelete(t); break;
            case FunctionDef fd: CompileFunctionDef(fd, fd.Name, fd.Args, fd.Body, fd.DecoratorList, fd.Returns, fd.TypeParams, false); break;
            case AsyncFunctionDef afd: CompileFunctionDef(afd, afd.Name, afd.Args, afd.Body, afd.DecoratorList, afd.Returns, afd.TypeParams, true); break;
            case ClassDef cd: CompileClassDef(cd); break;
            case Raise r: CompileRaise(r); break;
            // The NOP gives `try:` its own line, as CPython 3.12 (a tracer stops there).
            case Try t: B.Emit(OpCode.Nop); CompileTry(t.Body, t.Handlers, t.Orelse, t.Finalbody, star: false); break;
            case TryStar t: B.Emit(OpCode.Nop); CompileTry(t.Body, t.Handlers, t.Orelse, t.Finalbody, star: true); break;
            case Assert a: CompileAssert(a); break;
            case Import im: CompileImport(im); break;
            case ImportFrom imf: CompileImportFrom(imf); break;
            case Global or Nonlocal: B.Emit(OpCode.Nop); break;
            case With w: CompileWith(w.Items, 0, w.Body, false); break;
            case AsyncWith aw: CompileWith(aw.Items, 0, aw.Body, true); break;
            case Match m: CompileMatch(m); break;
            case TypeAlias ta: CompileTypeAlias(ta); break;
            default: throw Error($"unsupported statement {s.NodeName}", s);
        }
    }

    void CompileAugAssign(AugAssign aug)
    {
        var op = (int)BinaryKind(aug.Op) + (int)BinaryOpKind.InplaceAdd;
        switch (aug.Target)
        {
            case Name n:
                CompileName(n.Id, ExprContext.Load, n);
                CompileExpr(aug.Value);
                SetLine(aug);
                EmitBinary(op);
                CompileName(n.Id, ExprContext.Store, n);
                break;
            case Attribute at:
                CompileExpr(at.Value);
                B.Emit(OpCode.Copy, 1);
                B.Emit(OpCode.LoadAttr, NameIndex(Mangle(at.Attr)));
                CompileExpr(aug.Value);
                SetLine(aug);
                EmitBinary(op);
                B.Emit(OpCode.Swap, 2);
                B.Emit(OpCode.StoreAttr, NameIndex(Mangle(at.Attr)));
                break;
            case Subscript sub:
                CompileExpr(sub.Value);
                CompileSubscriptIndex(sub.Slice);
                B.Emit(OpCode.Copy, 2);
                B.Emit(OpCode.Copy, 2);
                B.Emit(OpCode.BinarySubscr);
                CompileExpr(aug.Value);
                SetLine(aug);
                EmitBinary(op);
                B.Emit(OpCode.Swap, 3);
                B.Emit(OpCode.Swap, 2);
                B.Emit(OpCode.StoreSubscr);
                break;
            default:
                throw Error("'" + aug.Target.NodeName + "' is an illegal expression for augmented assignment", aug.Target);
        }
    }

    void CompileAnnAssign(AnnAssign ann)
    {
        if (ann.Value is not null)
        {
            CompileExpr(ann.Value);
            CompileStore(ann.Target);
        }
        if (ann.Target is Name n && ann.Simple != 0 && _u.Scope.Kind is ScopeKind.Module or ScopeKind.Class)
        {
            CompileAnnotation(ann.Annotation);
            B.Emit(OpCode.StoreAnnotation, NameIndex(Mangle(n.Id)));
        }
        else if (ann.Target is not Name && ann.Value is null)
        {
            // Evaluate the target's parts for their side effects, as CPython does.
            if (ann.Target is Attribute at) { CompileExpr(at.Value); B.Emit(OpCode.PopTop); }
            else if (ann.Target is Subscript su) { CompileExpr(su.Value); B.Emit(OpCode.PopTop); CompileSubscriptIndex(su.Slice); B.Emit(OpCode.PopTop); }
        }
    }

    void CompileReturn(Return r)
    {
        if (!_u.Scope.IsFunctionLike || _u.Scope.Kind == ScopeKind.Class)
            throw Error("'return' outside function", r);
        if (r.Value is not null && _u.Scope.IsGenerator && _u.Scope.IsCoroutine)
            throw Error("'return' with value in async generator", r);
        CheckNotLeavingExceptStar(null, r);
        if (r.Value is null && _u.FBlocks.Count == 0) { EmitReturnNone(); return; }
        if (r.Value is not null) CompileExpr(r.Value);
        else LoadConst(null);
        _unwoundFinally = false;
        Unwind(preserveTos: true, stopAt: null);
        // After a finally body the return has no line of its own (CPython: the tracer reports the
        // return on the finally's last line, not the return statement again).
        if (_unwoundFinally) B.Line = 0; else SetLine(r);
        B.Emit(OpCode.ReturnValue);
    }

    void CompileIf(If s)
    {
        var end = new Label();
        var orelse = s.Orelse.Count > 0 ? new Label() : end;
        CompileJumpIf(s.Test, orelse, false);
        CompileStmts(s.Body);
        if (s.Orelse.Count > 0)
        {
            if (B.Reachable) B.EmitJump(OpCode.Jump, end);
            B.Place(orelse);
            CompileStmts(s.Orelse);
        }
        B.Place(end);
    }

    void CompileWhile(While w)
    {
        var top = new Label();
        var body = new Label();
        var orelse = new Label();
        var exit = new Label();
        bool forever = w.Test is Constant { Value: true } or Constant { Value: long and not 0 };
        B.Place(top);
        if (!forever) CompileJumpIf(w.Test, orelse, false);
        else B.Emit(OpCode.Nop); // `while True:` has a line a tracer stops at once
        B.Place(body);
        _u.FBlocks.Add(new FBlock { Kind = FBlockKind.WhileLoop, Continue = top, Exit = exit, HandlersBefore = B.HandlerCount });
        CompileStmts(w.Body);
        _u.FBlocks.RemoveAt(_u.FBlocks.Count - 1);
        SetLine(w);
        if (B.Reachable)
        {
            // The test again at the bottom, as CPython 3.12 lays a loop out: one jump per turn,
            // and the 'line' events a tracer sees are the same.
            if (!forever) CompileJumpIf(w.Test, orelse, false);
            B.EmitJump(OpCode.JumpBackward, body);
        }
        B.Place(orelse);
        CompileStmts(w.Orelse);
        B.Place(exit);
    }

    void CompileFor(ExprNode target, ExprNode iter, List<StmtNode> body, List<StmtNode> orelse, bool isAsync, Node node)
    {
        if (isAsync) { CompileAsyncFor(target, iter, body, orelse, node); return; }
        var top = new Label();
        var end = new Label();
        var exit = new Label();
        CompileExpr(iter);
        SetLine(node);
        B.Emit(OpCode.GetIter);
        B.Place(top);
        B.EmitJump(OpCode.ForIter, end);
        _u.FBlocks.Add(new FBlock { Kind = FBlockKind.ForLoop, Continue = top, Exit = exit, HandlersBefore = B.HandlerCount });
        CompileStore(target);
        CompileStmts(body);
        _u.FBlocks.RemoveAt(_u.FBlocks.Count - 1);
        // The jump back has no line of its own (it belongs to the body's last line, as in
        // CPython): a tracer sees the 'for' line once per turn, when FOR_ITER runs.
        B.Line = 0;
        if (B.Reachable) B.EmitJump(OpCode.JumpBackward, top);
        SetLine(node);
        B.Place(end);
        CompileStmts(orelse);
        B.Place(exit);
    }

    void CompileAsyncFor(ExprNode target, ExprNode iter, List<StmtNode> body, List<StmtNode> orelse, Node node)
    {
        if (!_u.Scope.IsCoroutine) throw Error("'async for' outside async function", node);
        var top = new Label();
        var handler = new Label();
        var end = new Label();
        var exit = new Label();
        CompileExpr(iter);
        B.Emit(OpCode.GetAIter);
        B.Place(top);
        int depth = B.Depth;
        B.PushHandler(handler);
        B.Emit(OpCode.GetANext);
        EmitAwaitLoop();
        B.PopHandler();
        _u.FBlocks.Add(new FBlock { Kind = FBlockKind.ForLoop, Continue = top, Exit = exit, HandlersBefore = B.HandlerCount });
        CompileStore(target);
        CompileStmts(body);
        _u.FBlocks.RemoveAt(_u.FBlocks.Count - 1);
        if (B.Reachable) B.EmitJump(OpCode.JumpBackward, top);
        B.PlaceHandler(handler, depth);
        // [aiter, exc]: StopAsyncIteration ends the loop, anything else propagates.
        B.Emit(OpCode.EndAsyncFor);
        B.Place(end);
        CompileStmts(orelse);
        B.Place(exit);
    }

    FBlock? FindLoop()
    {
        for (int i = _u.FBlocks.Count - 1; i >= 0; i--)
            if (_u.FBlocks[i].Kind is FBlockKind.ForLoop or FBlockKind.WhileLoop) return _u.FBlocks[i];
        return null;
    }

    void CompileBreakContinue(StmtNode s, bool isBreak)
    {
        var loop = FindLoop();
        if (loop is null) throw Error(isBreak ? "'break' outside loop" : "'continue' not properly in loop", s);
        CheckNotLeavingExceptStar(loop, s);
        Unwind(preserveTos: false, stopAt: loop);
        if (isBreak)
        {
            if (loop.Kind == FBlockKind.ForLoop) B.Emit(OpCode.PopIterator);
            B.EmitJump(OpCode.Jump, loop.Exit!);
        }
        else B.EmitJump(OpCode.JumpBackward, loop.Continue!);
    }

    /// <summary>An except* clause cannot be left by return/break/continue (the rest of the group
    /// still has to be matched): a SyntaxError, as in CPython.</summary>
    void CheckNotLeavingExceptStar(FBlock? target, Node at)
    {
        for (int i = _u.FBlocks.Count - 1; i >= 0 && _u.FBlocks[i] != target; i--)
            if (_u.FBlocks[i].Kind == FBlockKind.ExceptStarHandler)
                throw Error("'break', 'continue' and 'return' cannot appear in an except* block", at);
    }

    /// <summary>Emits the cleanup of every fblock from the innermost out to (not including)
    /// <paramref name="stopAt"/> (null: all of them, for return).</summary>
    void Unwind(bool preserveTos, FBlock? stopAt)
    {
        var blocks = _u.FBlocks;
        var savedHandlers = B.SuspendHandlers(B.HandlerCount);
        var savedBlocks = blocks.ToArray();
        try
        {
            for (int i = blocks.Count - 1; i >= 0; i--)
            {
                var fb = blocks[i];
                if (fb == stopAt) break;
                B.SuspendHandlers(fb.HandlersBefore);
                // Leave only the outer blocks visible while emitting this block's cleanup.
                blocks.RemoveRange(i, blocks.Count - i);
                EmitFBlockExit(fb, preserveTos);
            }
        }
        finally
        {
            blocks.Clear();
            blocks.AddRange(savedBlocks);
            B.RestoreHandlers(savedHandlers);
        }
    }

    void EmitFBlockExit(FBlock fb, bool preserveTos)
    {
        switch (fb.Kind)
        {
            case FBlockKind.ForLoop:
                if (preserveTos) B.Emit(OpCode.Swap, 2);
                B.Emit(OpCode.PopIterator);
                break;
            case FBlockKind.WhileLoop:
            case FBlockKind.TryExcept:
                break;
            case FBlockKind.ExceptStarHandler:
                throw new InvalidOperationException("except* blocks are never unwound (CheckNotLeavingExceptStar)");
            case FBlockKind.Finally:
                int finallyStart = B.Position;
                if (preserveTos)
                {
                    // Keep the return value safe below the finally body.
                    _u.FBlocks.Add(new FBlock { Kind = FBlockKind.PopValue, HandlersBefore = B.HandlerCount });
                    CompileStmts(fb.FinallyBody!);
                    _u.FBlocks.RemoveAt(_u.FBlocks.Count - 1);
                }
                else CompileStmts(fb.FinallyBody!);
                B.MarkCleanup(finallyStart);
                _unwoundFinally = true;
                break;
            case FBlockKind.FinallyEnd:
                if (preserveTos) B.Emit(OpCode.Swap, 2);
                B.Emit(OpCode.PopTop);
                if (preserveTos) B.Emit(OpCode.Swap, 2);
                B.Emit(OpCode.PopExcept);
                break;
            case FBlockKind.HandlerCleanup:
                if (preserveTos) B.Emit(OpCode.Swap, 2);
                B.Emit(OpCode.PopExcept);
                if (fb.HandlerName is not null)
                {
                    LoadConst(null);
                    StoreName(fb.HandlerName, _u.Scope.Node!);
                    CompileName(fb.HandlerName, ExprContext.Del, _u.Scope.Node!);
                }
                break;
            case FBlockKind.With:
            case FBlockKind.AsyncWith:
            {
                if (preserveTos) B.Emit(OpCode.Swap, 2);
                int exitStart = B.Position;
                LoadConst(null);
                LoadConst(null);
                LoadConst(null);
                B.Emit(OpCode.Call, 2);
                if (fb.Kind == FBlockKind.AsyncWith) { B.Emit(OpCode.GetAwaitable); EmitAwaitLoop(); }
                B.Emit(OpCode.PopTop);
                B.MarkCleanup(exitStart);
                break;
            }
            case FBlockKind.PopValue:
                if (preserveTos) B.Emit(OpCode.Swap, 2);
                B.Emit(OpCode.PopTop);
                break;
        }
    }

    void CompileDelete(ExprNode t)
    {
        SetLine(t);
        switch (t)
        {
            case Name n: CompileName(n.Id, ExprContext.Del, n); break;
            case Attribute a: CheckAssignable(a.Attr, a, delete: true); CompileExpr(a.Value); B.Emit(OpCode.DeleteAttr, NameIndex(Mangle(a.Attr))); break;
            case Subscript s: CompileExpr(s.Value); CompileSubscriptIndex(s.Slice); B.Emit(OpCode.DeleteSubscr); break;
            case AstTuple tu: foreach (var e in tu.Elts) CompileDelete(e); break;
            case AstList li: foreach (var e in li.Elts) CompileDelete(e); break;
            default: throw Error($"cannot delete {Describe(t)}", t);
        }
    }

    void CompileRaise(Raise r)
    {
        int n = 0;
        if (r.Exc is not null)
        {
            CompileExpr(r.Exc);
            n = 1;
            if (r.Cause is not null) { CompileExpr(r.Cause); n = 2; }
        }
        SetLine(r);
        B.Emit(OpCode.RaiseVarargs, n);
    }

    void CompileAssert(Assert a)
    {
        if (_optimize > 0) return;
        if (a.Test is AstTuple { Elts.Count: > 0 })
            Warn("assertion is always true, perhaps remove parentheses?", a);
        var end = new Label();
        CompileJumpIf(a.Test, end, true);
        SetLine(a);
        if (a.Msg is not null)
        {
            B.Emit(OpCode.PushNull);
            B.Emit(OpCode.LoadAssertionError);
            CompileExpr(a.Msg);
            B.Emit(OpCode.Call, 1);
        }
        else B.Emit(OpCode.LoadAssertionError);
        B.Emit(OpCode.RaiseVarargs, 1);
        B.Place(end);
    }

    void Warn(string message, Node node) => _warnings?.Add(message, node.Lineno, node.ColOffset + 1);

    void CompileImport(Import im)
    {
        foreach (var a in im.Names)
        {
            LoadConst(0L);
            LoadConst(null);
            B.Emit(OpCode.ImportName, NameIndex(a.Name));
            if (a.Asname is not null)
            {
                var parts = a.Name.Split('.');
                for (int i = 1; i < parts.Length; i++)
                {
                    B.Emit(OpCode.ImportFrom, NameIndex(parts[i]));
                    B.Emit(OpCode.Swap, 2);
                    B.Emit(OpCode.PopTop);
                }
                StoreName(a.Asname, im);
            }
            else
            {
                int dot = a.Name.IndexOf('.');
                StoreName(dot >= 0 ? a.Name[..dot] : a.Name, im);
            }
        }
    }

    void CompileImportFrom(ImportFrom imf)
    {
        if (imf is { Module: "__future__", Level: 0 } && !_validFutureImports.Contains(imf))
            throw Error("from __future__ imports must occur at the beginning of the file", imf);
        LoadConst((long)imf.Level);
        var names = new PyObject[imf.Names.Count];
        for (int i = 0; i < names.Length; i++) names[i] = _interp.Str(imf.Names[i].Name);
        B.Emit(OpCode.LoadConst, Const(_interp.Tuple(names), null));
        B.Emit(OpCode.ImportName, NameIndex(imf.Module ?? ""));
        if (imf.Names.Count == 1 && imf.Names[0].Name == "*")
        {
            B.Emit(OpCode.ImportStar);
            return;
        }
        foreach (var a in imf.Names)
        {
            B.Emit(OpCode.ImportFrom, NameIndex(a.Name));
            StoreName(a.Asname ?? a.Name, imf);
        }
        B.Emit(OpCode.PopTop);
    }

    // ---------------------------------------------------------------- try

    void CompileTry(List<StmtNode> body, List<ExceptHandlerNode> handlers, List<StmtNode> orelse, List<StmtNode> finalbody, bool star)
    {
        if (finalbody.Count > 0)
        {
            CompileTryFinally(() =>
            {
                if (handlers.Count > 0) CompileTryExcept(body, handlers, orelse, star);
                else CompileStmts(body);
            }, finalbody);
        }
        else CompileTryExcept(body, handlers, orelse, star);
    }

    void CompileTryFinally(Action body, List<StmtNode> finalbody)
    {
        var handler = new Label();
        var end = new Label();
        int depth = B.Depth;
        int handlersBefore = B.HandlerCount;
        B.PushHandler(handler, cleanup: true);
        _u.FBlocks.Add(new FBlock { Kind = FBlockKind.Finally, FinallyBody = finalbody, HandlersBefore = handlersBefore });
        body();
        _u.FBlocks.RemoveAt(_u.FBlocks.Count - 1);
        B.PopHandler();
        if (B.Reachable)
        {
            int normalStart = B.Position;
            CompileStmts(finalbody);
            B.MarkCleanup(normalStart);
            if (B.Reachable) B.EmitJump(OpCode.Jump, end);
        }
        // Exceptional path: [exc] -> [prev, exc], run the body, re-raise.
        B.PlaceHandler(handler, depth);
        var cleanup = new Label();
        int exceptionalStart = B.Position;
        B.Line = 0; // a handler's entry has no line of its own (the raising line is reported, then the except's)
        B.Emit(OpCode.PushExcInfo);
        B.PushHandler(cleanup, cleanup: true, depth: depth + 1);
        _u.FBlocks.Add(new FBlock { Kind = FBlockKind.FinallyEnd, HandlersBefore = handlersBefore });
        CompileStmts(finalbody);
        _u.FBlocks.RemoveAt(_u.FBlocks.Count - 1);
        B.PopHandler();
        if (B.Reachable) B.Emit(OpCode.PopExceptReraise);
        B.PlaceHandler(cleanup, depth + 1);
        B.Emit(OpCode.PopExceptReraise);
        B.MarkCleanup(exceptionalStart);
        B.Place(end);
    }

    void CompileTryExcept(List<StmtNode> body, List<ExceptHandlerNode> handlers, List<StmtNode> orelse, bool star)
    {
        var handler = new Label();
        var end = new Label();
        int depth = B.Depth;
        int handlersBefore = B.HandlerCount;
        B.PushHandler(handler);
        _u.FBlocks.Add(new FBlock { Kind = FBlockKind.TryExcept, HandlersBefore = handlersBefore });
        CompileStmts(body);
        _u.FBlocks.RemoveAt(_u.FBlocks.Count - 1);
        B.PopHandler();
        if (B.Reachable)
        {
            CompileStmts(orelse);
            if (B.Reachable) B.EmitJump(OpCode.Jump, end);
        }
        B.PlaceHandler(handler, depth);
        var cleanup = new Label();
        B.Line = 0; // a handler's entry has no line of its own (the raising line is reported, then the except's)
        B.Emit(OpCode.PushExcInfo);                        // [prev, exc]
        B.PushHandler(cleanup, depth: depth + 1);
        if (star) { CompileExceptStar(handlers, depth, end, cleanup, handlersBefore); return; }
        for (int i = 0; i < handlers.Count; i++)
        {
            var h = (ExceptHandler)handlers[i];
            SetLine(h);
            var next = new Label();
            if (h.Type is null && i < handlers.Count - 1) throw Error("default 'except:' must be last", h);
            // A bare except still checks: it matches everything except a termination request.
            if (h.Type is not null) CompileExpr(h.Type);
            else LoadConst(null);
            B.Emit(OpCode.CheckExcMatch);
            B.EmitJump(OpCode.PopJumpIfFalse, next);
            if (h.Name is not null)
            {
                StoreName(h.Name, h);                      // [prev]
                var nameCleanup = new Label();
                B.PushHandler(nameCleanup, depth: depth + 1);
                _u.FBlocks.Add(new FBlock { Kind = FBlockKind.HandlerCleanup, HandlerName = h.Name, HandlersBefore = handlersBefore });
                CompileStmts(h.Body);
                _u.FBlocks.RemoveAt(_u.FBlocks.Count - 1);
                B.PopHandler();
                if (B.Reachable)
                {
                    B.Emit(OpCode.PopExcept);
                    LoadConst(null);
                    StoreName(h.Name, h);
                    CompileName(h.Name, ExprContext.Del, h);
                    B.EmitJump(OpCode.Jump, end);
                }
                // An exception inside the handler body: clear the name, then propagate.
                B.PlaceHandler(nameCleanup, depth + 1);
                LoadConst(null);
                StoreName(h.Name, h);
                CompileName(h.Name, ExprContext.Del, h);
                B.Emit(OpCode.PopExceptReraise);
            }
            else
            {
                B.Emit(OpCode.PopTop);                     // [prev]
                _u.FBlocks.Add(new FBlock { Kind = FBlockKind.HandlerCleanup, HandlersBefore = handlersBefore });
                CompileStmts(h.Body);
                _u.FBlocks.RemoveAt(_u.FBlocks.Count - 1);
                if (B.Reachable)
                {
                    B.Emit(OpCode.PopExcept);
                    B.EmitJump(OpCode.Jump, end);
                }
            }
            B.Place(next);
            B.Depth = depth + 2;
        }
        // No clause matched: [prev, exc].
        B.PopHandler();
        B.Line = 0;
        B.Emit(OpCode.PopExceptReraise);
        B.PlaceHandler(cleanup, depth + 1);
        B.Emit(OpCode.PopExceptReraise);
        B.Place(end);
    }

    /// <summary>except*: each clause takes the matching part of the group; what no clause takes
    /// is re-raised (as a group) at the end.</summary>
    void CompileExceptStar(List<ExceptHandlerNode> handlers, int depth, Label end, Label cleanup, int handlersBefore)
    {
        // [prev, eg]
        foreach (ExceptHandler h in handlers)
        {
            SetLine(h);
            if (h.Type is null) throw Error("expected 'except' or 'finally' block", h);
            var next = new Label();
            CompileExpr(h.Type);
            B.Emit(OpCode.CheckEgMatch);                 // [prev, rest, match]
            B.Emit(OpCode.Copy, 1);
            B.EmitJump(OpCode.PopJumpIfNone, next);
            if (h.Name is not null) StoreName(h.Name, h); else B.Emit(OpCode.PopTop);
            // [prev, rest]
            var bodyHandler = new Label();
            var after = new Label();
            B.PushHandler(bodyHandler, depth: depth + 2);
            _u.FBlocks.Add(new FBlock { Kind = FBlockKind.ExceptStarHandler, HandlersBefore = B.HandlerCount });
            CompileStmts(h.Body);
            _u.FBlocks.RemoveAt(_u.FBlocks.Count - 1);
            B.PopHandler();
            if (h.Name is not null) { LoadConst(null); StoreName(h.Name, h); CompileName(h.Name, ExprContext.Del, h); }
            B.EmitJump(OpCode.Jump, after);
            // A raise inside the clause: the new exception replaces the rest (simplified).
            B.PlaceHandler(bodyHandler, depth + 2);
            B.Emit(OpCode.Swap, 2);
            B.Emit(OpCode.PopTop);
            B.EmitJump(OpCode.Jump, after);
            B.Place(next);
            B.Depth = depth + 3;
            B.Emit(OpCode.PopTop);
            B.Place(after);
            B.Depth = depth + 2;
        }
        // [prev, rest]: re-raise what is left, if anything.
        B.PopHandler();
        var none = new Label();
        B.Emit(OpCode.Copy, 1);
        B.EmitJump(OpCode.PopJumpIfNone, none);
        B.Emit(OpCode.PopExceptReraise);
        B.Place(none);
        B.Depth = depth + 2;
        B.Emit(OpCode.PopTop);
        B.Emit(OpCode.PopExcept);
        B.EmitJump(OpCode.Jump, end);
        B.PlaceHandler(cleanup, depth + 1);
        B.Emit(OpCode.PopExceptReraise);
        B.Place(end);
    }

    // ---------------------------------------------------------------- with

    void CompileWith(List<withitem> items, int index, List<StmtNode> body, bool isAsync)
    {
        if (isAsync && !_u.Scope.IsCoroutine) throw Error("'async with' outside async function", items[0].ContextExpr);
        var item = items[index];
        var handler = new Label();
        var end = new Label();
        CompileExpr(item.ContextExpr);
        SetLine(item.ContextExpr);
        int handlersBefore = B.HandlerCount;
        if (isAsync)
        {
            B.Emit(OpCode.BeforeAsyncWith);              // [exit, awaitable]
            B.Emit(OpCode.GetAwaitable);
            EmitAwaitLoop();
        }
        else B.Emit(OpCode.BeforeWith);                  // [exit, value]
        int depth = B.Depth - 1;                         // the exit function stays
        B.PushHandler(handler, cleanup: true, depth: depth);
        _u.FBlocks.Add(new FBlock { Kind = isAsync ? FBlockKind.AsyncWith : FBlockKind.With, HandlersBefore = handlersBefore });
        if (item.OptionalVars is not null) CompileStore(item.OptionalVars);
        else B.Emit(OpCode.PopTop);
        if (index + 1 < items.Count) CompileWith(items, index + 1, body, isAsync);
        else CompileStmts(body);
        _u.FBlocks.RemoveAt(_u.FBlocks.Count - 1);
        B.PopHandler();
        if (B.Reachable)
        {
            SetLine(item.ContextExpr); // __exit__ runs on the with line (a tracer reports it again)
            int exitStart = B.Position;
            LoadConst(null);
            LoadConst(null);
            LoadConst(null);
            B.Emit(OpCode.Call, 2);
            if (isAsync) { B.Emit(OpCode.GetAwaitable); EmitAwaitLoop(); }
            B.Emit(OpCode.PopTop);
            B.MarkCleanup(exitStart);
            B.EmitJump(OpCode.Jump, end);
        }
        // [exit, exc] -> [exit, prev, exc, result]
        B.PlaceHandler(handler, depth);
        int exceptionalStart = B.Position;
        var cleanup = new Label();
        var suppress = new Label();
        SetLine(item.ContextExpr);
        B.Emit(OpCode.PushExcInfo);
        // An exception from __exit__ unwinds to [exit, prev]: the cleanup restores prev as the
        // handled exception (not the body's exception, which would leak into sys.exc_info()).
        B.PushHandler(cleanup, cleanup: true, depth: depth + 1);
        B.Emit(OpCode.WithExceptStart);
        if (isAsync) { B.Emit(OpCode.GetAwaitable); EmitAwaitLoop(); }
        B.EmitJump(OpCode.PopJumpIfTrue, suppress);
        B.PopHandler();
        B.Emit(OpCode.PopExceptReraise);
        B.Place(suppress);
        B.Depth = depth + 2;                             // [exit, prev, exc]
        B.Emit(OpCode.PopTop);                           // exc
        B.Emit(OpCode.PopExcept);                        // prev
        B.Emit(OpCode.PopTop);                           // exit
        B.EmitJump(OpCode.Jump, end);
        B.PlaceHandler(cleanup, depth + 1);
        B.Emit(OpCode.PopExceptReraise);
        B.MarkCleanup(exceptionalStart);
        B.Place(end);
        B.Depth = depth - 1;                             // both paths consumed the exit function
    }

    // ---------------------------------------------------------------- functions and classes

    string QualNameFor(string name)
    {
        var scope = _u.Scope;
        if (scope.Kind == ScopeKind.Module) return name;
        if (scope.Kind == ScopeKind.Class)
        {
            return _u.QualName + "." + name;
        }
        return _u.QualName + ".<locals>." + name;
    }

    string ChildQualName(string name, Scope child)
    {
        var scope = _u.Scope;
        if (scope.Kind != ScopeKind.Module && (scope.Flags(Mangle(name)) & Scope.DeclaredGlobal) != 0) return name;
        return QualNameFor(name);
    }

    void CompileFunctionDef(Node node, string name, arguments args, List<StmtNode> body, List<ExprNode> decorators,
                            ExprNode? returns, List<TypeParamNode> typeParams, bool isAsync)
    {
        foreach (var d in decorators)
        {
            B.Emit(OpCode.PushNull);
            CompileExpr(d);
        }
        SetLine(node);
        var scope = _symbols.Scopes[node];
        var qualname = ChildQualName(name, scope);
        if (typeParams.Count == 0)
        {
            int flags = CompileDefaults(args);
            if (CompileAnnotations(args, returns)) flags |= 4;
            EmitMakeFunction(CompileFunctionBody(node, name, qualname, args, body, scope), flags);
        }
        else
        {
            // The hidden function that creates the type parameters gets the defaults as arguments
            // and returns the function, whose annotations it evaluates (so they can name T).
            bool hasDefaults = args.Defaults.Count > 0, hasKwDefaults = SymbolTable.HasKwDefaults(args);
            EnterUnit(_symbols.Scopes[typeParams[0]], "<generic parameters of " + name + ">", "<generic parameters of " + name + ">", node.Lineno, node);
            _u.ArgCount = (hasDefaults ? 1 : 0) + (hasKwDefaults ? 1 : 0);
            Const(_interp.None, "None");
            CompileTypeParams(typeParams);
            int flags = 0;
            if (hasDefaults) { CompileName(".defaults", ExprContext.Load, node); flags |= 1; }
            if (hasKwDefaults) { CompileName(".kwdefaults", ExprContext.Load, node); flags |= 2; }
            if (CompileAnnotations(args, returns)) flags |= 4;
            EmitMakeFunction(CompileFunctionBody(node, name, qualname, args, body, scope), flags);
            // function.__type_params__ = the tuple under it
            B.Emit(OpCode.Swap, 2);
            B.Emit(OpCode.Copy, 2);
            B.Emit(OpCode.StoreAttr, NameIndex("__type_params__"));
            B.Emit(OpCode.ReturnValue);
            var generic = LeaveUnit();
            B.Emit(OpCode.PushNull);
            EmitMakeFunction(generic, 0);
            CompileDefaults(args);
            B.Emit(OpCode.Call, (hasDefaults ? 1 : 0) + (hasKwDefaults ? 1 : 0));
        }
        SetLine(node);
        for (int i = 0; i < decorators.Count; i++) B.Emit(OpCode.Call, 1);
        StoreName(name, node);
    }

    PyCode CompileFunctionBody(Node node, string name, string qualname, arguments args, List<StmtNode> body, Scope scope)
    {
        EnterUnit(scope, name, qualname, FirstLineOf(node), node);
        SetArgCounts(args);
        // co_consts[0] is the docstring (or None): function.__doc__ comes from it.
        if (body.Count > 0 && body[0] is Expr { Value: Constant { Value: string doc } } && _optimize < 2)
            Const(_interp.Str(doc), null);
        else
            Const(_interp.None, "None");
        int start = body.Count > 0 && body[0] is Expr { Value: Constant { Value: string } } ? 1 : 0;
        for (int i = start; i < body.Count; i++) CompileStmt(body[i]);
        if (B.Reachable) EmitReturnNone();
        return LeaveUnit();
    }

    /// <summary>Creates each type parameter, stores it under its name, and leaves the tuple of all
    /// of them on the stack.</summary>
    void CompileTypeParams(List<TypeParamNode> typeParams)
    {
        foreach (var tp in typeParams)
        {
            SetLine(tp);
            switch (tp)
            {
                case TypeVar tv:
                    LoadConst(tv.Name);
                    if (tv.Bound is null) B.Emit(OpCode.CallIntrinsic, (int)IntrinsicKind.TypeVar);
                    else
                    {
                        CompileExpr(tv.Bound);
                        B.Emit(OpCode.CallIntrinsic, (int)(tv.Bound is Isolated.Parsing.Ast.Tuple ? IntrinsicKind.TypeVarWithConstraints : IntrinsicKind.TypeVarWithBound));
                    }
                    B.Emit(OpCode.Copy, 1);
                    StoreName(tv.Name, tp);
                    break;
                case ParamSpec ps:
                    LoadConst(ps.Name);
                    B.Emit(OpCode.CallIntrinsic, (int)IntrinsicKind.ParamSpec);
                    B.Emit(OpCode.Copy, 1);
                    StoreName(ps.Name, tp);
                    break;
                case TypeVarTuple tvt:
                    LoadConst(tvt.Name);
                    B.Emit(OpCode.CallIntrinsic, (int)IntrinsicKind.TypeVarTuple);
                    B.Emit(OpCode.Copy, 1);
                    StoreName(tvt.Name, tp);
                    break;
            }
        }
        B.Emit(OpCode.BuildTuple, typeParams.Count);
    }

    void SetArgCounts(arguments args)
    {
        foreach (var a in args.Posonlyargs) CheckAssignable(a.Arg, a, delete: false);
        foreach (var a in args.Args) CheckAssignable(a.Arg, a, delete: false);
        foreach (var a in args.Kwonlyargs) CheckAssignable(a.Arg, a, delete: false);
        if (args.Vararg is { } va) CheckAssignable(va.Arg, va, delete: false);
        if (args.Kwarg is { } ka) CheckAssignable(ka.Arg, ka, delete: false);
        _u.PosOnly = args.Posonlyargs.Count;
        _u.ArgCount = args.Posonlyargs.Count + args.Args.Count;
        _u.KwOnly = args.Kwonlyargs.Count;
        if (args.Vararg is not null) _u.Flags |= PyCode.VarArgs;
        if (args.Kwarg is not null) _u.Flags |= PyCode.VarKeywords;
    }

    /// <summary>Pushes the defaults tuple and kw-defaults dict; returns MAKE_FUNCTION's flags.</summary>
    int CompileDefaults(arguments args)
    {
        int flags = 0;
        if (args.Defaults.Count > 0)
        {
            foreach (var d in args.Defaults) CompileExpr(d);
            B.Emit(OpCode.BuildTuple, args.Defaults.Count);
            flags |= 1;
        }
        int nkw = 0;
        for (int i = 0; i < args.Kwonlyargs.Count; i++)
        {
            var d = i < args.KwDefaults.Count ? args.KwDefaults[i] : null;
            if (d is null) continue;
            LoadConst(Mangle(args.Kwonlyargs[i].Arg));
            CompileExpr(d);
            nkw++;
        }
        if (nkw > 0)
        {
            B.Emit(OpCode.BuildMap, nkw);
            flags |= 2;
        }
        return flags;
    }

    /// <summary>An annotation's value: evaluated, or under PEP 563 its source text.</summary>
    void CompileAnnotation(ExprNode annotation)
    {
        if (_futureAnnotations) LoadConst(AnnotationUnparser.Unparse(_ts, annotation));
        else CompileExpr(annotation);
    }

    bool CompileAnnotations(arguments args, ExprNode? returns)
    {
        int n = 0;
        foreach (var a in SymbolTable.AllArgs(args))
        {
            if (a.Annotation is null) continue;
            LoadConst(Mangle(a.Arg));
            CompileAnnotation(a.Annotation);
            n++;
        }
        if (returns is not null)
        {
            LoadConst("return");
            CompileAnnotation(returns);
            n++;
        }
        if (n == 0) return false;
        B.Emit(OpCode.BuildMap, n);
        return true;
    }

    void EmitMakeFunction(PyCode code, int flags)
    {
        if (code.FreeVars.Length > 0)
        {
            foreach (var fv in code.FreeVars)
            {
                if (!_u.Deref.TryGetValue(fv, out var idx))
                    throw new CompileError($"internal error: no cell for free variable '{fv}'", B.Line, 0, B.Line, 0);
                B.Emit(OpCode.LoadClosure, idx);
            }
            B.Emit(OpCode.BuildTuple, code.FreeVars.Length);
            flags |= 8;
        }
        B.Emit(OpCode.LoadConst, Const(code, null));
        B.Emit(OpCode.MakeFunction, flags);
    }

    void CompileLambda(Lambda l)
    {
        var scope = _symbols.Scopes[l];
        int flags = CompileDefaults(l.Args);
        EnterUnit(scope, "<lambda>", QualNameFor("<lambda>"), l.Lineno, l);
        SetArgCounts(l.Args);
        Const(_interp.None, "None");
        CompileExpr(l.Body);
        if (scope.IsGenerator) { B.Emit(OpCode.PopTop); EmitReturnNone(); }
        else B.Emit(OpCode.ReturnValue);
        var code = LeaveUnit();
        EmitMakeFunction(code, flags);
    }

    void CompileClassDef(ClassDef cd)
    {
        foreach (var d in cd.DecoratorList)
        {
            B.Emit(OpCode.PushNull);
            CompileExpr(d);
        }
        SetLine(cd);
        var scope = _symbols.Scopes[cd];
        var qualname = ChildQualName(cd.Name, scope);
        bool generic = cd.TypeParams.Count > 0;
        var bases = cd.Bases;
        if (generic)
        {
            // class C[T](bases): made inside the scope that creates T; Generic[T] is appended to the bases.
            EnterUnit(_symbols.Scopes[cd.TypeParams[0]], "<generic parameters of " + cd.Name + ">", "<generic parameters of " + cd.Name + ">", cd.Lineno, cd);
            Const(_interp.None, "None");
            CompileTypeParams(cd.TypeParams);
            B.Emit(OpCode.Copy, 1);
            StoreName(SymbolTable.TypeParamsName, cd);
            B.Emit(OpCode.CallIntrinsic, (int)IntrinsicKind.SubscriptGeneric);
            StoreName(GenericBaseName, cd);
            bases = new List<ExprNode>(cd.Bases) { new Name(GenericBaseName, ExprContext.Load, cd.Lineno, cd.ColOffset, cd.EndLineno, cd.EndColOffset) };
        }
        EnterUnit(scope, cd.Name, qualname, FirstLineOf(cd), cd);
        B.Emit(OpCode.LoadName, NameIndex("__name__"));
        B.Emit(OpCode.StoreName, NameIndex("__module__"));
        LoadConst(qualname);
        B.Emit(OpCode.StoreName, NameIndex("__qualname__"));
        if (generic)
        {
            CompileName(SymbolTable.TypeParamsName, ExprContext.Load, cd);
            B.Emit(OpCode.StoreName, NameIndex("__type_params__"));
        }
        if (HasAnnotations(cd.Body)) B.Emit(OpCode.SetupAnnotations);
        CompileBody(cd.Body, "__doc__");
        if (scope.NeedsClassCell)
        {
            int idx = _u.Deref["__class__"];
            B.Emit(OpCode.LoadClosure, idx);
            B.Emit(OpCode.Copy, 1);
            B.Emit(OpCode.StoreName, NameIndex("__classcell__"));
            B.Emit(OpCode.ReturnValue);
        }
        else EmitReturnNone();
        var code = LeaveUnit();

        B.Emit(OpCode.PushNull);
        B.Emit(OpCode.LoadBuildClass);
        EmitMakeFunction(code, 0);
        LoadConst(cd.Name);
        CompileCallArgs(bases, cd.Keywords, 2, cd);
        if (generic)
        {
            B.Emit(OpCode.ReturnValue);
            var genericCode = LeaveUnit();
            B.Emit(OpCode.PushNull);
            EmitMakeFunction(genericCode, 0);
            B.Emit(OpCode.Call, 0);
        }
        for (int i = 0; i < cd.DecoratorList.Count; i++) B.Emit(OpCode.Call, 1);
        StoreName(cd.Name, cd);
    }

    /// <summary>The hidden local holding Generic[*type_params], the implicit base of a generic class.</summary>
    public const string GenericBaseName = ".generic_base";

    void CompileTypeAlias(TypeAlias ta)
    {
        var name = ((Name)ta.Name).Id;
        var scope = _symbols.Scopes[ta];
        bool generic = ta.TypeParams.Count > 0;
        var qualname = QualNameFor(name);
        if (generic)
        {
            EnterUnit(_symbols.Scopes[ta.TypeParams[0]], "<generic parameters of " + name + ">", "<generic parameters of " + name + ">", ta.Lineno, ta);
            Const(_interp.None, "None");
            LoadConst(name);
            CompileTypeParams(ta.TypeParams);
        }
        else
        {
            LoadConst(name);
            LoadConst(null);
        }
        EnterUnit(scope, name, qualname, ta.Lineno, ta);
        Const(_interp.None, "None");
        CompileExpr(ta.Value);
        B.Emit(OpCode.ReturnValue);
        var code = LeaveUnit();
        EmitMakeFunction(code, 0);
        B.Emit(OpCode.CallIntrinsic, (int)IntrinsicKind.TypeAlias);
        if (generic)
        {
            B.Emit(OpCode.ReturnValue);
            var genericCode = LeaveUnit();
            B.Emit(OpCode.PushNull);
            EmitMakeFunction(genericCode, 0);
            B.Emit(OpCode.Call, 0);
        }
        StoreName(name, ta);
    }
}
